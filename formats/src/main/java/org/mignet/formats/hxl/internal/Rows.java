/*
 * Copyright 2026 the mignet authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.mignet.formats.hxl.internal;

import java.util.Iterator;
import java.util.List;
import org.mignet.core.validation.Issue;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/** The rows of an HXL table, whatever carries them (CSV, XLSX, HXL JSON). Not thread-safe. */
interface Rows extends Iterator<TableRow>, AutoCloseable {

  /**
   * Returns issues the source found since the last call (e.g. JSON members outside the columns);
   * never null.
   */
  default List<Issue> drainIssues() {
    return List.of();
  }

  @Override
  void close();

  /** Returns the blank rows the table layer skipped (counted there, never returned as rows). */
  default long skippedBlank() {
    return 0;
  }

  static Rows of(TableReader table) {
    return new Rows() {
      @Override
      public long skippedBlank() {
        return table.blankRows();
      }

      @Override
      public boolean hasNext() {
        return table.hasNext();
      }

      @Override
      public TableRow next() {
        return table.next();
      }

      @Override
      public void close() {
        table.close();
      }
    };
  }
}

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
package org.mignet.formats.tabular;

import java.nio.charset.Charset;
import java.util.Optional;

/** A pull source of table rows; {@code null} at the end. Not thread-safe. */
interface RowSource extends AutoCloseable {

  /**
   * Returns the next row, or {@code null} at the end of the table.
   *
   * @throws org.mignet.core.ParseException if the input cannot be read further
   */
  TableRow nextRow();

  /** Returns the encoding of a text source. */
  default Optional<Charset> encoding() {
    return Optional.empty();
  }

  /** Returns the delimiter of a delimited text source. */
  default Optional<Character> delimiter() {
    return Optional.empty();
  }

  /** Returns whether a text source started with a byte-order mark. */
  default boolean bom() {
    return false;
  }

  /** Returns the sheet read, for a workbook. */
  default Optional<String> sheetName() {
    return Optional.empty();
  }

  @Override
  void close();
}

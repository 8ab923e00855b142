package org.mignet.formats.hxl.internal;

import java.util.Iterator;
import java.util.List;
import org.mignet.core.validation.Issue;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/** The rows of an HXL table, whatever carries them (CSV, XLSX, HXL JSON). Not thread-safe. */
interface Rows extends Iterator<TableRow>, AutoCloseable {

  /** Returns issues the source found since the last call (e.g. JSON members outside the columns); never null. */
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

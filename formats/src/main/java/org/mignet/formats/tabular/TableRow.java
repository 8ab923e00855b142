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

import java.util.List;
import java.util.Objects;

/**
 * One row of a table as read by {@link TableReader}. Immutable and thread-safe.
 *
 * @param row the 1-based row number as a spreadsheet shows it: for CSV the ordinal of the record in
 *     the file (header included), for XLSX the sheet's row number (rows the sheet leaves out are
 *     skipped, not renumbered)
 * @param line the 1-based line where the row starts: for CSV the physical line (records may span
 *     lines inside quotes), for XLSX the row number
 * @param cells the cells as text, in column order, never null; for XLSX numbers are written in
 *     plain decimal (at most 15 significant digits, as Excel shows them) and cells with a date
 *     format as ISO-8601 dates ({@code 2024-07-01}, or {@code 2024-07-01T12:30} with a time); cells
 *     past the last filled one are absent
 * @param raw the cells as stored: for CSV the same as {@code cells}; for XLSX the stored value,
 *     e.g. the serial day number {@code 45474} of a date, the full-precision double of a number,
 *     {@code 1}/{@code 0} of a boolean
 */
public record TableRow(long row, long line, List<String> cells, List<String> raw) {

  /** Checks the numbers and copies the lists. */
  public TableRow {
    if (row < 1 || line < 1) {
      throw new IllegalArgumentException("row and line are 1-based");
    }
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    raw = List.copyOf(Objects.requireNonNull(raw, "raw"));
    if (raw.size() != cells.size()) {
      throw new IllegalArgumentException("raw and cells differ in size");
    }
  }

  /**
   * Returns a row whose raw values are its cells (CSV).
   *
   * @param row the row number
   * @param line the line
   * @param cells the cells, also the raw values
   */
  public static TableRow of(long row, long line, List<String> cells) {
    List<String> copy = List.copyOf(cells);
    return new TableRow(row, line, copy, copy);
  }

  /** Returns the number of cells, up to the last one present. */
  public int size() {
    return cells.size();
  }

  /**
   * Returns the cell's text, or an empty string if the row has no such cell.
   *
   * @param column the 0-based column index, &gt;= 0
   */
  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  /**
   * Returns the cell's stored value, or an empty string if the row has no such cell.
   *
   * @param column the 0-based column index, &gt;= 0
   */
  public String rawCell(int column) {
    return column < raw.size() ? raw.get(column) : "";
  }

  /** Returns whether every cell is empty or blank. */
  public boolean isBlank() {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Shows the position and the number of cells, never the cells (they may hold personal data). */
  @Override
  public String toString() {
    return "TableRow[row=" + row + ", line=" + line + ", cells=" + cells.size() + "]";
  }
}

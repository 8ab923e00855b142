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
package org.mignet.formats.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.mignet.core.MignetException;

/**
 * The seam between {@code mignet-formats} and {@code mignet-formats-xlsx}: reading one sheet of an
 * XLSX workbook row by row, and writing one. The base artifact has no spreadsheet library; the XLSX
 * module provides this service (with Apache POI) through {@link ServiceLoader}, and every XLSX path
 * of the base (the {@code xlsx}, {@code htcds}, {@code ctdc} and {@code hxl} formats, mapped
 * tables, {@code inspect}) asks {@link #require()} for it. Telling a workbook from a text table by
 * its first bytes needs no provider and stays in the base.
 *
 * <p>Internal: the two artifacts are released together and their versions must match (the {@code
 * mignet-bom} pins both); nothing outside mignet implements it.
 */
public interface WorkbookCodec {

  /** The coordinates of the artifact that provides XLSX support. */
  String ARTIFACT = "org.mignet:mignet-formats-xlsx";

  /**
   * Opens one sheet for reading.
   *
   * @param input the workbook bytes; closed by the provider (a {@link FileInput} is read in place)
   * @param sourceName the name used in locations
   * @param sheetName the sheet by name, or null
   * @param sheetIndex the 0-based sheet index, used when no name is given
   * @param maxColumns the most cells of a row and one past the highest 0-based column a cell may
   *     name
   * @param maxSharedStrings the most entries of the shared-strings table
   * @return the rows of the sheet
   * @throws org.mignet.core.ParseException if the input is not a readable workbook or has no such
   *     sheet
   */
  SheetRows read(
      InputStream input,
      String sourceName,
      String sheetName,
      int sheetIndex,
      int maxColumns,
      int maxSharedStrings);

  /**
   * Opens one sheet of a workbook file, read in place.
   *
   * @see #read(InputStream, String, String, int, int, int)
   */
  SheetRows read(
      Path file,
      String sourceName,
      String sheetName,
      int sheetIndex,
      int maxColumns,
      int maxSharedStrings);

  /**
   * Opens a one-sheet workbook for writing, streaming (a window of rows in memory).
   *
   * @param out the output; closed by the writer's {@code close()}
   * @param sheetName the sheet's name
   * @param neutralise whether text cells a spreadsheet could take for a formula are marked as text
   * @return the writer
   */
  SheetWriter write(OutputStream out, String sheetName, boolean neutralise);

  /**
   * One row of a sheet: its 1-based number, the cells as shown and as stored (same size, trailing
   * blanks cut).
   */
  record Row(long number, List<String> cells, List<String> raw) {
    /** Checks and copies. */
    public Row {
      cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
      raw = List.copyOf(Objects.requireNonNull(raw, "raw"));
    }
  }

  /** The rows of one sheet, pulled one at a time; not thread-safe. */
  interface SheetRows extends AutoCloseable {
    /**
     * Returns the next row, or null at the end of the sheet.
     *
     * @throws org.mignet.core.ParseException if the sheet cannot be read further
     */
    Row next();

    /** Returns the name of the sheet read. */
    String sheetName();

    @Override
    void close();
  }

  /** A sheet being written; not thread-safe. */
  interface SheetWriter extends AutoCloseable {
    /**
     * Writes one row.
     *
     * @param cells the row's cells in column order; a null or empty cell is left empty
     * @throws MignetException if a cell is too long for a sheet or the sheet is full
     */
    void writeRow(List<String> cells);

    /** Returns how many text cells were marked as text against formula injection. */
    long neutralised();

    /** Writes the workbook out and closes the output. */
    @Override
    void close();
  }

  /** Returns the provider on the class path, if any. */
  static Optional<WorkbookCodec> find() {
    return Provider.CODEC;
  }

  /**
   * Returns the provider.
   *
   * @throws MignetException saying which artifact to add, when none is on the class path
   */
  static WorkbookCodec require() {
    return Provider.CODEC.orElseThrow(
        () ->
            new MignetException(
                "XLSX support needs the artifact "
                    + ARTIFACT
                    + " on the class path (a workbook is read and written by that module; mignet-formats alone reads CSV, "
                    + "JSON, SDMX, JSON-stat, HXL in CSV and MRZ)"));
  }

  /** The provider, looked up once. */
  final class Provider {
    private static final Optional<WorkbookCodec> CODEC =
        ServiceLoader.load(WorkbookCodec.class, WorkbookCodec.class.getClassLoader()).findFirst();

    private Provider() {}
  }

  /** Returns the letters of a 0-based column ({@code AB} for 27), as a cell reference has them. */
  static String columnName(int index) {
    StringBuilder b = new StringBuilder();
    long n = index + 1L;
    while (n > 0) {
      b.insert(0, (char) ('A' + (n - 1) % 26));
      n = (n - 1) / 26;
    }
    return b.toString();
  }

  /**
   * Returns the 0-based column of a cell reference such as {@code AB12}; {@link Integer#MAX_VALUE}
   * for one past any column an {@code int} can count (it is refused as too wide, never wrapped
   * round).
   */
  static int columnIndex(String ref) {
    long col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
      if (col > Integer.MAX_VALUE) {
        return Integer.MAX_VALUE;
      }
    }
    return (int) (col - 1);
  }
}

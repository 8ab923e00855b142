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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.internal.TabularRules;

/**
 * A streaming reader of the rows of a CSV or XLSX table: the low-level layer under the mapping
 * specs, HXL and the agency table formats. Each {@link #next()} returns one {@link TableRow} with
 * its row and line numbers and its cells as text; the header row, if any, is read when the reader
 * opens and is available from {@link #header()}.
 *
 * <pre>{@code
 * try (TableReader table = TableReader.builder().open(path)) {
 *   List<String> header = table.header();
 *   while (table.hasNext()) {
 *     TableRow row = table.next();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>CSV is parsed by jackson-dataformat-csv (RFC 4180: quoted fields, doubled quotes, line breaks
 * inside quotes; blank lines skipped); its encoding (UTF-8 with or without BOM, UTF-16 with BOM,
 * otherwise Windows-1252, the superset of Latin-1) and delimiter ({@code , ; TAB |}) are detected
 * unless declared. XLSX is read with Apache POI's event API, one row at a time; the sheet is chosen
 * by name or 0-based index (default: the first).
 *
 * <p>Blank rows after the header, in CSV and XLSX alike, are skipped and counted ({@link
 * #blankRows()}): rows whose cells are all empty (a CSV line of delimiters, an XLSX row of
 * formatted empty cells) and rows whose only filled cells are whole numbers under unnamed header
 * columns (the row numbers of an empty template). The rows above the header are kept in {@link
 * #preamble()}, so that a mapping spec can check a layout's title rows.
 *
 * <p>Memory is bounded: a detection sample of 1 MiB for CSV, the shared strings and styles for
 * XLSX, and one row of at most {@link ReadLimits#maxColumns()} cells. Not thread-safe. Unreadable
 * input throws {@link ParseException} (rule ids {@code MG-TAB-001} to {@code MG-TAB-004}, {@code
 * MG-TAB-022}, and {@code MG-TAB-024} for a row past the column limit) with the source and line;
 * I/O failures throw {@link UncheckedIOException}.
 */
public final class TableReader implements Iterator<TableRow>, AutoCloseable {

  private final RowSource source;
  private final TableFormat format;
  private final List<String> header;
  private final long headerRowNumber;
  private final List<TableRow> preamble;
  private @Nullable TableRow pending;
  private boolean done;
  private long blankRows;

  private TableReader(RowSource source, TableFormat format, int headerRow, String sourceName) {
    this.source = source;
    this.format = format;
    List<String> h = List.of();
    long hr = 0;
    List<TableRow> before = new ArrayList<>();
    if (headerRow > 0) {
      TableRow row;
      try {
        do {
          row = source.nextRow();
          if (row != null && row.row() < headerRow && headerRow <= MAX_PREAMBLE) {
            before.add(row);
          }
        } while (row != null && row.row() < headerRow);
      } catch (RuntimeException e) {
        source.close();
        throw e;
      }
      if (row == null) {
        source.close();
        throw new org.mignet.formats.ReadException(
            TabularRules.issue(TabularRules.NO_HEADER, SourceLocation.of(sourceName), headerRow));
      }
      if (row.row() == headerRow) {
        h = row.cells();
        hr = row.row();
      } else {
        // an XLSX sheet without the header row itself (left out as empty): the row read is data
        pending = row;
        hr = headerRow;
      }
    }
    this.header = h;
    this.headerRowNumber = hr;
    this.preamble = List.copyOf(before);
    if (pending != null && blank(pending)) {
      pending = null;
      blankRows++;
    }
  }

  /**
   * The most rows above the header that {@link #preamble()} keeps (a spec checks its title rows
   * there).
   */
  public static final int MAX_PREAMBLE = 100;

  /**
   * Returns the rows above the header row, as read (rows the sheet leaves out are absent); empty if
   * the header row is past {@link #MAX_PREAMBLE} or there is none.
   */
  public List<TableRow> preamble() {
    return preamble;
  }

  /**
   * Returns the number of blank rows skipped so far: rows whose cells are all empty, and, under a
   * header, rows whose only filled cells are whole numbers in columns the header leaves unnamed (a
   * template's row numbers, as in the official HTCDS v1.0 spreadsheet). They are counted, not
   * returned.
   */
  public long blankRows() {
    return blankRows;
  }

  private boolean blank(TableRow row) {
    for (int i = 0; i < row.size(); i++) {
      String c = row.cell(i);
      if (c.isBlank()) {
        continue;
      }
      boolean unnamed = !header.isEmpty() && i < header.size() && header.get(i).isBlank();
      if (!unnamed || !c.strip().matches("[0-9]{1,9}")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a builder with the defaults: format sniffed, encoding and delimiter detected, first
   * sheet, header row 1.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the format read. */
  public TableFormat format() {
    return format;
  }

  /** Returns the header row's cells; empty if the reader was opened with header row 0. */
  public List<String> header() {
    return header;
  }

  /** Returns the row number of the header, 0 if none. */
  public long headerRowNumber() {
    return headerRowNumber;
  }

  /** Returns the encoding of a CSV, declared or detected; empty for XLSX. */
  public Optional<Charset> encoding() {
    return source.encoding();
  }

  /** Returns the delimiter of a CSV, declared or detected; empty for XLSX. */
  public Optional<Character> delimiter() {
    return source.delimiter();
  }

  /** Returns whether a CSV started with a byte-order mark. */
  public boolean hasBom() {
    return source.bom();
  }

  /** Returns the name of the sheet read; empty for CSV. */
  public Optional<String> sheetName() {
    return source.sheetName();
  }

  /**
   * Returns whether another row follows.
   *
   * @throws ParseException if the input cannot be read further
   */
  @Override
  public boolean hasNext() {
    while (pending == null && !done) {
      pending = source.nextRow();
      done = pending == null;
      if (pending != null && blank(pending)) {
        pending = null;
        blankRows++;
      }
    }
    return pending != null;
  }

  /**
   * Returns the next row after the header.
   *
   * @throws NoSuchElementException at the end
   * @throws ParseException if the input cannot be read further
   */
  @Override
  public TableRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TableRow row = pending;
    if (row == null) {
      throw new NoSuchElementException();
    }
    pending = null;
    return row;
  }

  /** Closes the input and deletes any temporary file; never throws. */
  @Override
  public void close() {
    source.close();
  }

  /** Options of a {@link TableReader}; not thread-safe, reusable. */
  public static final class Builder {
    // null: sniffed
    private @Nullable TableFormat format;
    // null: detected
    private @Nullable Charset encoding;
    private char delimiter;
    // null: the sheet at sheetIndex
    private @Nullable String sheetName;
    private int sheetIndex;
    private int headerRow = 1;
    private ReadLimits limits = ReadLimits.defaults();

    private Builder() {}

    /**
     * Sets the read limits.
     *
     * @param limits the limits; of them a table reader enforces {@link ReadLimits#maxColumns()}
     *     (cells per row, the header included, and for XLSX the highest column a cell reference
     *     names); not null; default {@link ReadLimits#defaults()}
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the table format.
     *
     * @param format the format; null to sniff it (a ZIP container is XLSX, anything else CSV)
     */
    public Builder format(@Nullable TableFormat format) {
      this.format = format;
      return this;
    }

    /**
     * Sets the CSV encoding.
     *
     * @param encoding the CSV encoding; null to detect it
     */
    public Builder encoding(@Nullable Charset encoding) {
      this.encoding = encoding;
      return this;
    }

    /**
     * Sets the CSV delimiter.
     *
     * @param delimiter the CSV delimiter, one character; 0 to detect it
     */
    public Builder delimiter(char delimiter) {
      if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
        throw new IllegalArgumentException("a delimiter cannot be a quote or a line break");
      }
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Selects the XLSX sheet by name.
     *
     * @param name the XLSX sheet by name; null for the index
     */
    public Builder sheet(String name) {
      this.sheetName = name;
      return this;
    }

    /**
     * Selects the XLSX sheet by index.
     *
     * @param index the XLSX sheet by 0-based index, &gt;= 0
     */
    public Builder sheet(int index) {
      if (index < 0) {
        throw new IllegalArgumentException("a sheet index is >= 0");
      }
      this.sheetIndex = index;
      this.sheetName = null;
      return this;
    }

    /**
     * Sets the header row.
     *
     * @param row the 1-based row number of the header (CSV: the n-th record; XLSX: the sheet's row
     *     number); rows before it are skipped; 0 for a table without header, whose rows are then
     *     all returned
     */
    public Builder headerRow(int row) {
      if (row < 0) {
        throw new IllegalArgumentException("a header row is >= 0 (0 = none)");
      }
      this.headerRow = row;
      return this;
    }

    /**
     * Returns an open reader, positioned after the header row.
     *
     * @param in the table; not null; closed by the reader's {@code close()} (or here if opening
     *     fails)
     * @param sourceName the name used in locations and messages; not null
     * @throws ParseException if the input is not a readable table or has no header row
     * @throws org.mignet.core.MignetException if the input is a workbook and {@code
     *     mignet-formats-xlsx} is not on the class path (the message names the artifact)
     */
    public TableReader open(InputStream in, String sourceName) {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(sourceName, "sourceName");
      BufferedInputStream buffered =
          in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
      TableFormat f = format;
      try {
        if (f == null) {
          buffered.mark(8);
          byte[] head = buffered.readNBytes(4);
          buffered.reset();
          f = TableFormat.sniff(head);
        }
      } catch (IOException e) {
        closeQuietly(buffered);
        throw new UncheckedIOException(e);
      }
      RowSource source;
      try {
        source =
            f == TableFormat.XLSX
                ? WorkbookRowSource.open(buffered, sourceName, sheetName, sheetIndex, limits)
                : new CsvRowSource(buffered, sourceName, encoding, delimiter, limits.maxColumns());
      } catch (RuntimeException e) {
        closeQuietly(buffered);
        throw e;
      }
      return new TableReader(source, f, headerRow, sourceName);
    }

    /**
     * Returns an open reader, positioned after the header row.
     *
     * @param path a CSV or XLSX file; not null; an XLSX file is read in place
     * @throws ParseException if the file is not a readable table or has no header row
     * @throws org.mignet.core.MignetException if the file is a workbook and {@code
     *     mignet-formats-xlsx} is not on the class path (the message names the artifact)
     * @throws UncheckedIOException if the file cannot be opened
     */
    public TableReader open(Path path) {
      Objects.requireNonNull(path, "path");
      String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
      try {
        TableFormat f = format;
        if (f == null) {
          try (InputStream in = Files.newInputStream(path)) {
            f = TableFormat.sniff(in.readNBytes(4));
          }
        }
        if (f == TableFormat.XLSX) {
          return new TableReader(
              WorkbookRowSource.open(path, name, sheetName, sheetIndex, limits),
              f,
              headerRow,
              name);
        }
        return new Builder()
            .format(TableFormat.CSV)
            .encoding(encoding)
            .delimiterOrDetect(delimiter)
            .headerRow(headerRow)
            .limits(limits)
            .open(Files.newInputStream(path), name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Builder delimiterOrDetect(char d) {
      this.delimiter = d;
      return this;
    }

    private static void closeQuietly(InputStream in) {
      try {
        in.close();
      } catch (IOException e) {
        // already failing
      }
    }
  }
}

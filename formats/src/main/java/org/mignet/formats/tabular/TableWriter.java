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

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.core.MignetException;
import org.mignet.formats.internal.FormulaCells;
import org.mignet.formats.internal.WorkbookCodec;

/**
 * A streaming writer of table rows to CSV (jackson-dataformat-csv, RFC 4180 quoting) or XLSX
 * (through the artifact {@code org.mignet:mignet-formats-xlsx}, which must be on the class path for
 * XLSX: POI SXSSF, a window of rows in memory, the rest flushed to a compressed temporary file
 * until {@link #close()}).
 *
 * <p><b>Formula injection.</b> When neutralising (the default for XLSX, {@link
 * Builder#forSpreadsheet(boolean)} for CSV), a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is marked so that a spreadsheet shows it as text
 * instead of evaluating it: in CSV with a leading apostrophe (the text changes), in XLSX with the
 * cell style's quote prefix, as a spreadsheet does when {@code '} is typed before a value (the text
 * is kept, and reads back unchanged). In XLSX, cells that are plain decimal numbers (such as {@code
 * -12.5}) are written as numeric cells, which a spreadsheet never evaluates, so they are left as
 * they are; {@link #neutralised()} counts the cells marked.
 *
 * <p>Not thread-safe. The output stream is closed by {@link #close()}.
 */
public final class TableWriter implements AutoCloseable {

  /** The most characters an XLSX cell holds. */
  public static final int XLSX_MAX_CELL = 32_767;

  /**
   * Quotes a cell only where CSV needs it (a delimiter, quote or line break in it): Jackson
   * otherwise quotes every value longer than 24 characters, so that one header cell of a file came
   * out quoted and its neighbours not.
   */
  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(
              com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private final TableFormat format;
  private final boolean neutralise;
  // one of the two, by format
  private final @Nullable SequenceWriter csv;
  private final WorkbookCodec.@Nullable SheetWriter sheet;
  private long rows;
  private long neutralised;
  private boolean closed;

  private TableWriter(Builder b, OutputStream out) throws IOException {
    this.format = b.format;
    if (format == TableFormat.CSV) {
      this.neutralise = b.neutralise != null && b.neutralise;
      Writer w = new OutputStreamWriter(out, b.encoding);
      if (b.bom) {
        w.write('\uFEFF');
      }
      CsvSchema schema =
          CsvSchema.emptySchema()
              .withColumnSeparator(b.delimiter)
              .withQuoteChar('"')
              .withoutEscapeChar()
              .withLineSeparator(b.lineSeparator);
      this.csv = MAPPER.writerFor(String[].class).with(schema).writeValues(w);
      this.sheet = null;
    } else {
      this.neutralise = b.neutralise == null || b.neutralise;
      this.csv = null;
      this.sheet = WorkbookCodec.require().write(out, b.sheetName, neutralise);
    }
  }

  /**
   * Returns a builder for CSV: comma, UTF-8 without BOM, CRLF line ends (RFC 4180), no
   * neutralising.
   */
  public static Builder csv() {
    return new Builder(TableFormat.CSV);
  }

  /** Returns a builder for XLSX: one sheet named {@code Sheet1}, formula injection neutralised. */
  public static Builder xlsx() {
    return new Builder(TableFormat.XLSX);
  }

  /**
   * Writes one row.
   *
   * @param cells the cells in column order; not null; a null cell is written empty
   * @throws MignetException if a cell is too long for XLSX or the sheet is full (1,048,576 rows)
   * @throws UncheckedIOException if the output fails
   * @throws IllegalStateException if the writer is closed
   */
  public void writeRow(List<String> cells) {
    Objects.requireNonNull(cells, "cells");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    if (csv != null) {
      String[] values = new String[cells.size()];
      for (int i = 0; i < values.length; i++) {
        String c = cells.get(i) == null ? "" : cells.get(i);
        values[i] = neutralise ? neutralised(c) : c;
      }
      try {
        csv.write(values);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      sheet().writeRow(cells);
    }
    rows++;
  }

  /** Writes one row, as {@link #writeRow(List)}. */
  public void writeRow(String... cells) {
    writeRow(java.util.Arrays.asList(cells));
  }

  /** Returns the rows written so far. */
  public long rowsWritten() {
    return rows;
  }

  /**
   * Returns how many cells were marked against formula injection (CSV: a leading apostrophe; XLSX:
   * quote prefix).
   */
  public long neutralised() {
    return sheet != null ? sheet.neutralised() : neutralised;
  }

  private String neutralised(String c) {
    if (isDangerous(c)) {
      neutralised++;
    }
    return FormulaCells.neutralised(c);
  }

  /**
   * Returns whether a spreadsheet could take it for a formula: it starts with {@code = + - @}, a
   * tab or a CR (the rule every mignet writer of CSV or XLSX output neutralises by).
   *
   * @param cell a cell's text; not null
   */
  public static boolean isDangerous(String cell) {
    return FormulaCells.isDangerous(cell);
  }

  /**
   * Finishes the output (for XLSX, writes the workbook) and closes the stream; never throws a
   * checked exception.
   */
  private WorkbookCodec.SheetWriter sheet() {
    return Objects.requireNonNull(sheet, "an XLSX writer writes a sheet");
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (csv != null) {
        csv.close();
      } else {
        sheet().close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Options of a {@link TableWriter}; not thread-safe, reusable. */
  public static final class Builder {
    private final TableFormat format;
    private char delimiter = ',';
    private Charset encoding = StandardCharsets.UTF_8;
    private boolean bom;
    private String lineSeparator = "\r\n";
    // null: the format's default (on for XLSX, off for CSV)
    private @Nullable Boolean neutralise;
    private String sheetName = "Sheet1";

    private Builder(TableFormat format) {
      this.format = format;
    }

    /** Sets the CSV delimiter; returns this builder. */
    public Builder delimiter(char d) {
      this.delimiter = d;
      return this;
    }

    /** Sets the CSV encoding; not null; returns this builder. */
    public Builder encoding(Charset charset) {
      this.encoding = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Sets whether a CSV starts with a byte-order mark (helps Excel recognise UTF-8); returns this
     * builder.
     */
    public Builder bom(boolean bom) {
      this.bom = bom;
      return this;
    }

    /** Sets the CSV line separator; not null; returns this builder. */
    public Builder lineSeparator(String separator) {
      this.lineSeparator = Objects.requireNonNull(separator, "separator");
      return this;
    }

    /**
     * Sets whether to neutralise formula injection (default: on for XLSX, off for CSV); returns
     * this builder.
     */
    public Builder forSpreadsheet(boolean on) {
      this.neutralise = on;
      return this;
    }

    /** Sets the XLSX sheet name; not null; returns this builder. */
    public Builder sheetName(String name) {
      this.sheetName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Returns an open writer.
     *
     * @param out the output; not null; closed by the writer's {@code close()}
     * @return an open writer
     * @throws MignetException for XLSX, if {@code mignet-formats-xlsx} is not on the class path
     *     (the message names the artifact; nothing is written)
     */
    public TableWriter open(OutputStream out) {
      Objects.requireNonNull(out, "out");
      try {
        return new TableWriter(this, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

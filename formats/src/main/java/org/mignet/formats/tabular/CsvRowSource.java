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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import org.mignet.core.SourceLocation;
import org.mignet.formats.internal.CheckedDecoding;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.TextDetection;
import org.mignet.formats.internal.Words;

/**
 * Rows of a delimited text, read by jackson-dataformat-csv's streaming parser (RFC 4180:
 * double-quoted fields, doubled quotes, line breaks inside quotes). Encoding and delimiter are
 * declared or detected from the first {@value #SAMPLE} bytes; bytes that do not decode in that
 * encoding stop the reading ({@code MG-TAB-022}) rather than become replacement characters. Blank
 * lines are skipped. Memory is bounded by the sample and the longest row, at most {@code
 * maxColumns} cells.
 */
// not yet null-checked: package-private, its nulls (absent cells, spec parts, reader state) are
// pervasive; the public classes of this package are checked
@NullUnmarked
final class CsvRowSource implements RowSource {

  /** Bytes looked at for detection. */
  public static final int SAMPLE = TextDetection.SAMPLE;

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
          .build();

  private final String sourceName;
  private final Charset encoding;
  private final char delimiter;
  private final boolean bom;
  private final CsvParser parser;
  private final int maxColumns;
  private long rows;

  /**
   * The cells of the row being read, reused from row to row: a row's list is made from it with one
   * copy ({@code List.of} copies its array); sized as the row before, which most rows are like.
   */
  private String[] cells = new String[16];

  /**
   * @param input the bytes; closed by {@link #close()}
   * @param sourceName the name used in locations
   * @param declaredEncoding the encoding, or null to detect it
   * @param declaredDelimiter the delimiter, or 0 to detect it
   * @param maxColumns the most cells of a row; a wider row stops the reading ({@code MG-TAB-024})
   */
  public CsvRowSource(
      InputStream input,
      String sourceName,
      Charset declaredEncoding,
      char declaredDelimiter,
      int maxColumns) {
    this.sourceName = sourceName;
    this.maxColumns = maxColumns;
    try {
      TextDetection.Opened text = TextDetection.open(input, declaredEncoding);
      this.encoding = text.encoding();
      this.bom = text.bom();
      char d = declaredDelimiter == 0 ? TextDetection.delimiter(text.sample()) : declaredDelimiter;
      this.delimiter = d;
      Reader reader = text.reader();
      this.parser = MAPPER.getFactory().createParser(reader);
      parser.setSchema(
          CsvSchema.emptySchema().withColumnSeparator(d).withQuoteChar('"').withoutEscapeChar());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public TableRow nextRow() {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return null;
      }
      long line = 0;
      String[] cells = this.cells;
      int n = 0;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        if (line == 0) {
          // the first cell's location: the row's START_ARRAY is reported where the previous row
          // ended
          line = parser.currentTokenLocation().getLineNr();
        }
        if (n == maxColumns) {
          long row = rows + 1;
          SourceLocation where =
              SourceLocation.of(sourceName).withRecord(row).withLine(Math.max(1, line), 0);
          throw new org.mignet.formats.ReadException(
              TabularRules.issue(
                  TabularRules.TABLE_LIMIT,
                  where,
                  Long.toString(row),
                  "maxColumns",
                  Integer.toString(maxColumns),
                  Integer.toString(maxColumns + 1)));
        }
        String text = parser.getText();
        if (n == cells.length) {
          cells = Arrays.copyOf(cells, Math.max(8, 2 * n));
          this.cells = cells;
        }
        cells[n++] = text == null ? "" : text;
      }
      rows++;
      if (n != cells.length) {
        // the next row most likely has as many cells: it will fill this one exactly
        cells = Arrays.copyOf(cells, n);
        this.cells = cells;
      }
      return TableRow.of(rows, Math.max(1, line), List.of(cells));
    } catch (CheckedDecoding.Undecodable e) {
      SourceLocation where =
          SourceLocation.of(sourceName).withRecord(rows + 1).withLine(e.line(), 0);
      throw new org.mignet.formats.ReadException(
          TabularRules.issue(TabularRules.UNDECODABLE, where, e.line(), e.encoding().name()), e);
    } catch (IOException e) {
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
        JsonLocation at = jpe.getLocation();
        SourceLocation where =
            SourceLocation.of(sourceName)
                .withRecord(rows + 1)
                .withLine(
                    at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()));
        String what = jpe.getOriginalMessage();
        throw new org.mignet.formats.ReadException(
            org.mignet.formats.internal.LimitErrors.issue(e, where)
                .orElseGet(
                    () ->
                        TabularRules.issue(
                            TabularRules.CSV_SYNTAX,
                            where,
                            what == null ? Words.SYNTAX_ERROR : TabularRules.cut(what))),
            e);
      }
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<Charset> encoding() {
    return Optional.of(encoding);
  }

  @Override
  public Optional<Character> delimiter() {
    return Optional.of(delimiter);
  }

  @Override
  public boolean bom() {
    return bom;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // closing a reader we only read from: nothing is lost
    }
  }
}

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
package org.mignet.formats.hxl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.RecordReader;
import org.mignet.formats.hxl.internal.HashtagReader;
import org.mignet.formats.hxl.internal.HxlSniffing;

/**
 * Any HXL-tagged table read by its hashtags, without a mapping spec: the entry point behind the
 * {@code hxl} format for tables that are not mignet's own canonical tables. Thread-safe
 * (stateless).
 *
 * <p>The table may be CSV (any encoding the tabular reader detects, BOM tolerated, multi-line
 * cells), an XLSX workbook (its first sheet) or HXL JSON as libhxl writes it (an array of rows,
 * each an array of cells or an object keyed by tag specs). The hashtag row is found among the first
 * 25 rows; text rows above it are headers. The HXL core schema's hashtags and attributes decide
 * each column's role: numbers such as {@code #affected}, {@code #inneed}, {@code #targeted}, {@code
 * #reached}, {@code #population}, {@code #value} and {@code +num} are measures, one observation per
 * filled cell, their {@code +f}/{@code +m} and age attributes the {@code SEX} and {@code AGE}
 * dimensions and the rest the {@code MEASURE} dimension; places, P-codes, dates, organisations,
 * sectors and other classifications are dimensions ({@code #country+code} is {@code REF_AREA}, the
 * reporting date {@code TIME_PERIOD}). What HXL does not tell is not carried and said. Rows become
 * {@code Dataset}s of at most 1,000 observations, so memory does not grow with the file.
 */
public final class HxlDatasets {

  /**
   * An HXL schema (a path to a CSV, XLSX or HXL JSON table of {@code #valid_*} rules, as libhxl's
   * {@code hxlvalidate} reads) whose rules the {@code hxl} reader applies to every data row.
   * Supported rules: {@code #valid_tag}, {@code #valid_severity}, {@code #valid_required} (+min,
   * +max), {@code #valid_datatype} (text, number, date, url, email, phone), {@code
   * #valid_value+min}, {@code +max}, {@code +list}, {@code +regex} (RE2), {@code +whitespace},
   * {@code #valid_unique} (+key). A schema that uses any other rule is refused ({@code MG-HXL-015})
   * before a row is read.
   */
  public static final FormatOption<Path> SCHEMA = FormatOption.of("hxl-schema", Path.class);

  private HxlDatasets() {}

  /**
   * Returns a reader of datasets: one failed result, and nothing else, if the table has no hashtag
   * row, cannot be read or the schema cannot be used (also when the table is a mignet canonical
   * table, which a schema of hashtags does not check).
   *
   * @param in the table; not null; closed by the reader's close
   * @param sourceName the name used in locations; not null
   * @param options {@link FormatOptions#ENCODING} (CSV) and {@link #SCHEMA} are read; others are
   *     the caller's to refuse; not null
   */
  public static RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Charset encoding = options.get(FormatOptions.ENCODING).orElse(null);
    return new HashtagReader(in, sourceName, encoding, options.get(SCHEMA).orElse(null));
  }

  /**
   * Returns whether they look like an HXL table: CSV or HXL JSON whose first rows hold a hashtag
   * row.
   *
   * @param head the first bytes of a file
   */
  public static boolean sniff(byte[] head) {
    return HxlSniffing.sniff(head);
  }

  /**
   * Returns whether it is an HXL table by its hashtags (a workbook is opened to look at its first
   * sheet's first rows); false for a canonical table and for anything unreadable.
   *
   * @param file a file; not null
   * @throws UncheckedIOException if the file cannot be read at all
   */
  public static boolean sniff(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(org.mignet.formats.Formats.SNIFF_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HxlSniffing.sniff(head) || HxlSniffing.sniffWorkbook(head, file);
  }

  /**
   * Returns whether its first row is a canonical table's header of JSON Pointers ({@code
   * /recordType} …).
   *
   * @param head the first bytes of a table
   */
  public static boolean isCanonical(byte[] head) {
    return HxlSniffing.isCanonical(head);
  }
}

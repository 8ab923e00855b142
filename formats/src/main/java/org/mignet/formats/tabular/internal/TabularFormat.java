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
package org.mignet.formats.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.hxl.HxlDatasets;
import org.mignet.formats.internal.HxlRules;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Tag;
import org.mignet.formats.internal.Words;
import org.mignet.formats.tabular.Mapping;
import org.mignet.formats.tabular.MappingSpec;
import org.mignet.formats.tabular.TableFormat;
import org.mignet.formats.tabular.TableWriter;

/**
 * The {@code csv} and {@code xlsx} formats: with a mapping spec ({@link FormatOptions#MAPPING}, a
 * file or the name of a bundled spec) a partner's table is read into datasets; without one, the
 * canonical table (JSON Pointer columns) is read and written, which carries every record type.
 */
public class TabularFormat implements Format {

  @Override
  public java.util.List<org.mignet.core.validation.RuleDefinition> rules() {
    return TabularRules.all();
  }

  private final String name;
  private final TableFormat table;

  protected TabularFormat(String name, TableFormat table) {
    this.name = name;
    this.table = table;
  }

  /** The {@code csv} format. */
  public static final class Csv extends TabularFormat {
    /** Creates it (ServiceLoader). */
    public Csv() {
      super("csv", TableFormat.CSV);
    }
  }

  /** The {@code xlsx} format. */
  public static final class Xlsx extends TabularFormat {
    /** Creates it (ServiceLoader). */
    public Xlsx() {
      super("xlsx", TableFormat.XLSX);
    }

    /** {@inheritDoc} A workbook whose first sheet is HXL-tagged is left to {@code hxl}. */
    @Override
    public boolean sniff(Path file) {
      return super.sniff(file) && !HxlDatasets.sniff(file);
    }
  }

  /**
   * The {@code hxl} format. Reads mignet's own canonical tables (a header of JSON Pointers, {@code
   * /recordType} first, then the hashtag row) as before, any other HXL-tagged table (CSV, XLSX or
   * HXL JSON) by its hashtags into datasets ({@link HxlDatasets}), and, with a mapping spec, by the
   * spec (CSV or XLSX, sniffed). Writes canonical tables with a hashtag row.
   */
  public static final class Hxl extends TabularFormat {
    /** Creates it (ServiceLoader). */
    public Hxl() {
      super("hxl", TableFormat.CSV);
    }

    @Override
    public String mediaType() {
      return "text/csv";
    }

    @Override
    public List<String> fileExtensions() {
      return List.of("csv");
    }

    @Override
    public List<org.mignet.core.validation.RuleDefinition> rules() {
      List<org.mignet.core.validation.RuleDefinition> all =
          new java.util.ArrayList<>(TabularRules.all());
      all.addAll(HxlRules.all());
      return List.copyOf(all);
    }

    /** {@inheritDoc} Those of {@code csv}, and an HXL schema ({@link HxlDatasets#SCHEMA}). */
    @Override
    public Set<FormatOption<?>> readerOptions() {
      return Set.of(
          FormatOptions.MAPPING, FormatOptions.LENIENT, FormatOptions.ENCODING, HxlDatasets.SCHEMA);
    }

    @Override
    TableFormat mappedTable() {
      return null;
    }

    @Override
    public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
      if (options.get(FormatOptions.MAPPING).isPresent()) {
        return super.reader(in, sourceName, options);
      }
      java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
      byte[] head;
      try {
        buffered.mark(256);
        head = buffered.readNBytes(200);
        buffered.reset();
      } catch (IOException e) {
        closeQuietly(buffered);
        throw new UncheckedIOException(e);
      }
      if (HxlDatasets.isCanonical(head) && options.get(HxlDatasets.SCHEMA).isEmpty()) {
        return super.reader(buffered, sourceName, options);
      }
      return HxlDatasets.reader(buffered, sourceName, options);
    }

    @Override
    public boolean sniff(byte[] head) {
      if (HxlDatasets.sniff(head)) {
        return true;
      }
      String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
      for (String line : text.split("\r?\n", 6)) {
        String[] cells = line.replace("\"", "").split(",");
        long tags = java.util.Arrays.stream(cells).filter(c -> Tag.tryParse(c).isPresent()).count();
        if (tags > 0
            && tags * 2 >= java.util.Arrays.stream(cells).filter(c -> !c.isBlank()).count()) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean sniff(Path file) {
      return HxlDatasets.sniff(file) || super.sniff(file);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return table == TableFormat.CSV
        ? "text/csv"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public List<String> fileExtensions() {
    return table == TableFormat.CSV ? List.of("csv", "tsv", "txt") : List.of("xlsx");
  }

  /** {@inheritDoc} A mapping spec, lenient mapping and, for CSV, a declared encoding. */
  @Override
  public Set<FormatOption<?>> readerOptions() {
    return table == TableFormat.CSV
        ? Set.of(FormatOptions.MAPPING, FormatOptions.LENIENT, FormatOptions.ENCODING)
        : Set.of(FormatOptions.MAPPING, FormatOptions.LENIENT);
  }

  /** {@inheritDoc} Neutralising formula-like cells. */
  @Override
  public Set<FormatOption<?>> writerOptions() {
    return Set.of(FormatOptions.FOR_SPREADSHEET);
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    Charset encoding = options.get(FormatOptions.ENCODING).orElse(null);
    if (options.get(FormatOptions.MAPPING).isPresent()) {
      MappingSpec spec;
      try {
        spec = spec(options.get(FormatOptions.MAPPING).get());
      } catch (ParseException e) {
        closeQuietly(in);
        return failed(e);
      }
      return Mapping.read(
          in,
          sourceName,
          spec,
          "json".equals(spec.sourceFormat()) ? null : mappedTable(),
          encoding,
          options.get(FormatOptions.LENIENT).orElse(false));
    }
    return new CanonicalTableReader(in, sourceName, table, encoding);
  }

  /** Returns the table format a mapping spec reads, null to sniff it. */
  TableFormat mappedTable() {
    return table;
  }

  /** Returns the spec in a file, or a bundled spec by name if no such file exists. */
  static MappingSpec spec(Path path) {
    if (!Files.exists(path)) {
      String n = path.getFileName().toString().replaceFirst("\\.json$", "");
      return MappingSpec.bundled(n)
          .orElseThrow(
              () ->
                  new org.mignet.formats.ReadException(
                      TabularRules.issue(
                          TabularRules.BAD_SPEC,
                          SourceLocation.of(path.getFileName().toString()),
                          Words.NO_SUCH_SPEC)));
    }
    return MappingSpec.read(path);
  }

  private static RecordReader failed(ParseException e) {
    return new RecordReader() {
      boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public ReadResult next() {
        if (done) {
          throw new java.util.NoSuchElementException();
        }
        done = true;
        return new ReadResult.Failed(
            e.location(),
            List.of(TabularRules.issue(TabularRules.BAD_SPEC, e.location(), e.getMessage())));
      }

      @Override
      public void close() {}
    };
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    TableWriter.Builder b = table == TableFormat.CSV ? TableWriter.csv() : TableWriter.xlsx();
    if (options.get(FormatOptions.FOR_SPREADSHEET).isPresent()) {
      b.forSpreadsheet(options.isSet(FormatOptions.FOR_SPREADSHEET));
    }
    return new CanonicalTableWriter(b, out, name.equals("hxl"));
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.allOf(RecordType.class);
  }

  @Override
  public boolean sniff(byte[] head) {
    if (table == TableFormat.XLSX) {
      return TableFormat.sniff(head) == TableFormat.XLSX;
    }
    // decoded and split as the reader will (a byte-order mark, UTF-16, ';' or tab, any line end)
    List<String> cells = org.mignet.formats.internal.TextDetection.headerCells(head);
    return cells.size() > 1 && cells.get(0).equals("/recordType");
  }
}

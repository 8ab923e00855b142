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
package org.mignet.examples.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Real tables: the Eurostat first-permits table (by citizenship) through the shipped {@code
 * eurostat-by-citizenship} mapping spec to NDJSON, against a raw jackson-dataformat-csv read of the
 * same bytes written back as JSON objects by Jackson; and the Missing Migrants Project 2021 export
 * read and validated under {@code structural} (as {@code mignet validate}), against a raw
 * jackson-dataformat-csv read. One operation is one pass over the file; rows per second = ops/s ×
 * rows (the suite counts the rows once). Files are read in place from {@code ../shared/data}
 * (system property {@code mignet.shared.dir} to move it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TableBenchmarks {

  /** The Eurostat table, beside the repository. */
  public static final String EUROSTAT =
      "statistics/eurostat-by-citizenship-2012-2016/migr_eirfs_Data_allcitizenships.csv";

  /** The MMP export of 2021, beside the repository. */
  public static final String MMP =
      "missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv";

  private byte[] eurostat;
  private byte[] mmp;
  private Format csv;
  private Format ndjson;
  private Format mmpFormat;
  private Validation validation;
  private CsvFactory csvFactory;
  private ObjectMapper json;

  /**
   * @return a file of the shared data
   */
  public static Path shared(String relative) {
    String dir = System.getProperty("mignet.shared.dir", "../shared");
    return Path.of(dir, "data").resolve(relative);
  }

  /** Reads both files into memory once. */
  @Setup
  public void setUp() throws IOException {
    eurostat = Files.readAllBytes(shared(EUROSTAT));
    mmp = Files.readAllBytes(shared(MMP));
    csv = Formats.named("csv");
    ndjson = Formats.named("ndjson");
    mmpFormat = Formats.named("mmp");
    validation = Validation.standard();
    csvFactory = new CsvFactory();
    json = new ObjectMapper();
  }

  /**
   * @return records read: the Eurostat table through the shipped spec to NDJSON
   */
  @Benchmark
  public long eurostatMignet() {
    FormatOptions options =
        FormatOptions.none()
            .with(FormatOptions.MAPPING, Path.of("eurostat-by-citizenship"))
            .forConversion(csv, ndjson);
    // the source name tells the spec the dataflow (migr_eirfs)
    ConversionReport report =
        Conversion.from(csv)
            .to(ndjson)
            .options(options)
            .maxIssues(0)
            .run(
                new ByteArrayInputStream(eurostat),
                shared(EUROSTAT).getFileName().toString(),
                OutputStream.nullOutputStream());
    // a table read as datasets counts its observations, one per row
    return Math.max(report.read(), report.observations().read());
  }

  /**
   * @return rows: the Eurostat table read by jackson-dataformat-csv, each row written by Jackson as
   *     an object
   */
  @Benchmark
  public long eurostatRawCsv() throws IOException {
    long rows = 0;
    try (CsvParser p =
            csvFactory.createParser(
                new InputStreamReader(
                    new ByteArrayInputStream(eurostat), Charset.forName("windows-1252")));
        JsonGenerator g = json.getFactory().createGenerator(OutputStream.nullOutputStream())) {
      p.setSchema(CsvSchema.emptySchema());
      List<String> header = null;
      List<String> row = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          row.add(p.getText());
        } else if (t == JsonToken.END_ARRAY) {
          if (header == null) {
            header = List.copyOf(row);
          } else {
            g.writeStartObject();
            for (int i = 0; i < row.size() && i < header.size(); i++) {
              g.writeStringField(header.get(i), row.get(i));
            }
            g.writeEndObject();
            g.writeRaw('\n');
            rows++;
          }
          row.clear();
        }
      }
    }
    return rows;
  }

  /**
   * @return records checked: the MMP 2021 export read by the {@code mmp} format and validated
   */
  @Benchmark
  public long mmpMignet() {
    return Conversion.from(mmpFormat)
        .validating(validation, org.mignet.core.validation.Profile.STRUCTURAL)
        .maxIssues(0)
        .check(new ByteArrayInputStream(mmp), "mmp.csv", RecordOutcome.Listener.none())
        .read();
  }

  /**
   * @return rows: the MMP 2021 export read by jackson-dataformat-csv, every cell's text taken
   */
  @Benchmark
  public long mmpRawCsv() throws IOException {
    return rawRows(mmp, StandardCharsets.UTF_8);
  }

  /**
   * @return the data rows of a CSV file (not its header), as jackson-dataformat-csv reads it
   */
  long rawRows(byte[] bytes, Charset charset) throws IOException {
    long rows = 0;
    try (CsvParser p =
        csvFactory.createParser(new InputStreamReader(new ByteArrayInputStream(bytes), charset))) {
      p.setSchema(CsvSchema.emptySchema());
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          p.getText();
        } else if (t == JsonToken.END_ARRAY) {
          rows++;
        }
      }
    }
    return rows - 1;
  }

  /**
   * @return the rows of each file once, for the suite's rates: {eurostat, mmp}
   */
  public static long[] rows() {
    TableBenchmarks b = new TableBenchmarks();
    try {
      b.setUp();
      return new long[] {b.eurostatMignet(), b.mmpMignet()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

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
package org.mignet.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;

/**
 * Rows per second of converting Eurostat by-citizenship tables through a mapping spec to NDJSON,
 * next to two floors on the same bytes in the same JVM and thread: a raw jackson-dataformat-csv
 * read, and that read with every row written by a Jackson generator as an NDJSON object named by
 * the header. Warm-up rounds, then interleaved measured rounds; the figures are medians. Run with
 * {@code -Xmx64m} to show that conversion streams.
 *
 * <pre>
 * java -Xmx64m -cp mignet.jar org.mignet.examples.bench.TabularBenchmark [SPEC [rounds [TABLE...]]]
 * </pre>
 *
 * <p>SPEC defaults to the shipped {@code eurostat-by-citizenship}; the tables to the four files of
 * {@code ../shared/data/statistics/eurostat-by-citizenship-2012-2016}.
 */
public final class TabularBenchmark {

  private static final Charset LATIN = Charset.forName("windows-1252");

  private TabularBenchmark() {}

  /**
   * @param args the mapping spec (a file or a shipped name), the number of measured rounds (default
   *     7), the tables
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path spec = Path.of(args.length > 0 ? args[0] : "eurostat-by-citizenship");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<Path> tables = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      tables.add(Path.of(args[i]));
    }
    if (tables.isEmpty()) {
      Path dir = Path.of("../shared/data/statistics/eurostat-by-citizenship-2012-2016");
      try (var files = Files.list(dir)) {
        files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(tables::add);
      }
    }
    List<Table> bytes = new ArrayList<>();
    long size = 0;
    for (Path t : tables) {
      bytes.add(new Table(t.getFileName().toString(), Files.readAllBytes(t)));
      size += bytes.get(bytes.size() - 1).bytes().length;
    }
    Format csv = Formats.named("csv");
    Format ndjson = Formats.named("ndjson");
    FormatOptions options =
        FormatOptions.none().with(FormatOptions.MAPPING, spec).forConversion(csv, ndjson);
    JsonFactory json = new JsonFactory();
    String[] names = {"raw jackson-csv read", "raw read + Jackson write", "mignet convert (spec)"};
    Job[] jobs = {
      () -> all(bytes, b -> raw(b, null)),
      () -> all(bytes, b -> raw(b, json)),
      () -> all(bytes, b -> mignet(csv, ndjson, options, b).read())
    };
    long rows = jobs[0].run();
    long read = jobs[2].run();
    for (int w = 0; w < 3; w++) {
      for (Job job : jobs) {
        job.run();
      }
    }
    double[][] rates = new double[jobs.length][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int j = 0; j < jobs.length; j++) {
        long t0 = System.nanoTime();
        jobs[j].run();
        rates[j][i] = rows * 1e9 / (System.nanoTime() - t0);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d tables, %,d rows (%,d records read), %,d bytes, spec %s, max heap %d MiB,"
            + " median of %d interleaved rounds, %s%n",
        tables.size(),
        rows,
        read,
        size,
        spec,
        Runtime.getRuntime().maxMemory() >> 20,
        rounds,
        System.getProperty("java.version"));
    double raw = median(rates[0]);
    double rawWrite = median(rates[1]);
    for (int j = 0; j < jobs.length; j++) {
      double m = median(rates[j]);
      String ratio =
          j < 2
              ? ""
              : String.format(
                  Locale.ROOT, "  %.2f× raw read, %.2f× raw read + write", m / raw, m / rawWrite);
      System.out.printf(Locale.ROOT, "%-26s %,12.0f rows/s%s%n", names[j], m, ratio);
    }
  }

  private interface Job {
    long run() throws IOException;
  }

  private interface PerTable {
    long run(Table table) throws IOException;
  }

  private record Table(String name, byte[] bytes) {}

  private static long all(List<Table> tables, PerTable job) throws IOException {
    long n = 0;
    for (Table b : tables) {
      n += job.run(b);
    }
    return n;
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * Reads every cell; with a factory, also writes each data row as a JSON object named by the
   * header.
   */
  private static long raw(Table table, JsonFactory json) throws IOException {
    CsvMapper mapper = new CsvMapper();
    long rows = 0;
    List<String> header = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(table.bytes());
        CsvParser p = mapper.getFactory().createParser(new InputStreamReader(in, LATIN));
        JsonGenerator g =
            json == null ? null : json.createGenerator(OutputStream.nullOutputStream())) {
      p.setSchema(CsvSchema.emptySchema());
      JsonToken t;
      int cell = 0;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          cell = 0;
          if (g != null && rows > 0) {
            g.writeStartObject();
          }
        } else if (t == JsonToken.END_ARRAY) {
          if (g != null && rows > 0) {
            g.writeEndObject();
            g.writeRaw('\n');
          }
          rows++;
        } else if (t == JsonToken.VALUE_STRING) {
          String text = p.getText();
          if (rows == 0) {
            header.add(text);
          } else if (g != null) {
            g.writeStringField(cell < header.size() ? header.get(cell) : "column" + cell, text);
          }
          cell++;
        }
      }
    }
    return rows - 1;
  }

  private static ConversionReport mignet(
      Format csv, Format ndjson, FormatOptions options, Table table) {
    return Conversion.from(csv)
        .to(ndjson)
        .options(options)
        .run(
            new ByteArrayInputStream(table.bytes()), table.name(), OutputStream.nullOutputStream());
  }
}

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

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordReader;

/**
 * Rows per second reading the 2021 Missing Migrants Project export: a raw jackson-dataformat-csv
 * token read of the same bytes (the floor), the {@code mmp} reader without the standard rules, and
 * with them; all in one JVM and thread, with warm-up rounds, then interleaved measured rounds; the
 * figures are medians. Usage: {@code MmpReadBenchmark [FILE] [ROUNDS]}; FILE defaults to {@code
 * ../shared/data/missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv}.
 */
public final class MmpReadBenchmark {

  private MmpReadBenchmark() {}

  /**
   * @param args optional file and number of measured rounds
   */
  public static void main(String[] args) throws IOException {
    Path file =
        Path.of(
            args.length > 0
                ? args[0]
                : "../shared/data/missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    byte[] bytes = Files.readAllBytes(file);
    Format mmp = Formats.named("mmp");
    FormatOptions plain = FormatOptions.none();
    CsvFactory csv = new CsvFactory();
    for (int i = 0; i < 5; i++) {
      raw(csv, bytes);
      mignet(mmp, bytes, plain);
      checked(mmp, bytes);
    }
    long rows = raw(csv, bytes);
    double[] raws = new double[rounds];
    double[] reads = new double[rounds];
    double[] valids = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      raws[i] = rate(() -> raw(csv, bytes));
      reads[i] = rate(() -> mignet(mmp, bytes, plain));
      valids[i] = rate(() -> checked(mmp, bytes));
    }
    double rawBest = TabularBenchmark.median(raws);
    double readBest = TabularBenchmark.median(reads);
    double validBest = TabularBenchmark.median(valids);
    System.out.printf(
        Locale.ROOT,
        "%s: %d rows, %d bytes, median of %d interleaved rounds, %s%n",
        file.getFileName(),
        rows,
        bytes.length,
        rounds,
        System.getProperty("java.version"));
    System.out.printf(Locale.ROOT, "raw jackson-dataformat-csv     %,12.0f rows/s%n", rawBest);
    System.out.printf(
        Locale.ROOT,
        "mignet mmp reader (no rules)   %,12.0f rows/s  ratio %.2f%n",
        readBest,
        readBest / rawBest);
    System.out.printf(
        Locale.ROOT,
        "mignet mmp reader + rules      %,12.0f rows/s  ratio %.2f%n",
        validBest,
        validBest / rawBest);
  }

  /**
   * The reader through the pipeline with the structural rules, as {@code mignet validate} runs it.
   */
  private static long checked(Format mmp, byte[] bytes) {
    return org.mignet.formats.Conversion.from(mmp)
        .validating(
            org.mignet.core.validation.Validation.standard(),
            org.mignet.core.validation.Profile.STRUCTURAL)
        .maxIssues(0)
        .check(new ByteArrayInputStream(bytes), "mmp.csv", o -> {})
        .read();
  }

  private interface Run {
    long rows() throws IOException;
  }

  private static double rate(Run run) throws IOException {
    long t0 = System.nanoTime();
    long rows = run.rows();
    long t1 = System.nanoTime();
    return rows * 1e9 / (t1 - t0);
  }

  private static long raw(CsvFactory csv, byte[] bytes) throws IOException {
    long rows = -1;
    try (CsvParser p = csv.createParser(new ByteArrayInputStream(bytes))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.END_ARRAY) {
          rows++;
        } else if (t == JsonToken.VALUE_STRING) {
          p.getText();
        }
      }
    }
    return rows;
  }

  private static long mignet(Format mmp, byte[] bytes, FormatOptions options) {
    long rows = 0;
    try (RecordReader r = mmp.reader(new ByteArrayInputStream(bytes), "bench.csv", options)) {
      while (r.hasNext()) {
        r.next();
        rows++;
      }
    }
    return rows;
  }
}

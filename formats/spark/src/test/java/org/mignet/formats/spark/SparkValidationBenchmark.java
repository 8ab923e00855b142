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
package org.mignet.formats.spark;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.json.CanonicalJson;

/**
 * A benchmark program, not a test: validates N generated cases (default 5,000,000; NDJSON,
 * templates from the real CTDC excerpt, one line in 97 broken) under the {@code exchange} profile,
 * first with the single-threaded pipeline the CLI's {@code validate} runs ({@link
 * Conversion#check}), then with the {@code mignet} data source on {@code local[2]} (read, validate,
 * aggregate the report), in the same JVM on the same machine, and prints both rates and their
 * ratio. The two must agree on the counts; the program says so and fails if they do not.
 *
 * <pre>
 * mvn -B -o -q -pl formats/spark -am test-compile
 * java $SPARK_ADD_OPENS -cp formats/spark/target/test-classes:formats/spark/target/classes:$(cat cp.txt) \
 *     org.mignet.formats.spark.SparkValidationBenchmark [cases] [split-bytes]
 * </pre>
 */
public final class SparkValidationBenchmark {

  private SparkValidationBenchmark() {}

  /**
   * @param args the number of cases (default 5,000,000) and the NDJSON split size in bytes (default
   *     64 MiB)
   * @throws IOException if the generated file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
    String split = args.length > 1 ? args[1] : String.valueOf(64L << 20);
    Path file = Files.createTempFile("mignet-spark-bench-", ".ndjson");
    try {
      long t0 = System.nanoTime();
      generate(file, cases);
      System.out.printf(
          Locale.ROOT,
          "generated %,d lines (%,d MiB) in %.1f s%n",
          cases,
          Files.size(file) >> 20,
          (System.nanoTime() - t0) / 1e9);

      long p0 = System.nanoTime();
      ConversionReport pipeline;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        pipeline =
            Conversion.from(Formats.named("ndjson"))
                .validating(Validation.standard(), org.mignet.core.validation.Profile.EXCHANGE)
                .maxIssues(0)
                .check(in, file.toString(), o -> {});
      }
      double pipelineSeconds = (System.nanoTime() - p0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "single-threaded pipeline: %,d records (%,d passed) in %.1f s, %,.0f records/s%n",
          pipeline.read(),
          pipeline.written(),
          pipelineSeconds,
          pipeline.read() / pipelineSeconds);

      SparkSession spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("mignet-bench")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      try {
        // warm-up on a small read, so that the session's start is not measured
        spark
            .read()
            .format("mignet")
            .option("from", "ndjson")
            .option("type", "TraffickingCase")
            .load(file.toString())
            .limit(1000)
            .count();
        long s0 = System.nanoTime();
        Dataset<Row> df =
            spark
                .read()
                .format("mignet")
                .option("from", "ndjson")
                .option("type", "TraffickingCase")
                .option("profile", "exchange")
                .option("split-bytes", split)
                .load(file.toString());
        Row totals =
            df.selectExpr(
                    "count(*)",
                    "sum(case when _rejected or exists(_issues, i -> i.severity in "
                        + "('ERROR', 'FATAL')) then 1 else 0 end)")
                .first();
        double sparkSeconds = (System.nanoTime() - s0) / 1e9;
        long records = totals.getLong(0);
        long invalid = totals.getLong(1);
        System.out.printf(
            Locale.ROOT,
            "Spark local[2]: %,d records (%,d passed) in %.1f s, %,.0f records/s, "
                + "%d partitions%n",
            records,
            records - invalid,
            sparkSeconds,
            records / sparkSeconds,
            df.rdd().getNumPartitions());
        System.out.printf(
            Locale.ROOT,
            "ratio Spark local[2] / single-threaded pipeline: %.2fx (%d cores here)%n",
            pipelineSeconds / sparkSeconds,
            Runtime.getRuntime().availableProcessors());
        if (records != pipeline.read() || records - invalid != pipeline.written()) {
          throw new IllegalStateException("the two runs disagree on the counts");
        }
      } finally {
        spark.stop();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void generate(Path file, int n) throws IOException {
    List<String> templates = new ArrayList<>();
    Path ctdc = SharedData.data("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv");
    try (RecordReader r = Formats.named("ctdc").reader(Files.newInputStream(ctdc), "ctdc.csv")) {
      while (r.hasNext()) {
        if (r.next() instanceof ReadResult.Ok ok) {
          templates.add(CanonicalJson.standard().toJson(ok.record()));
        }
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= n; i++) {
        String t = templates.get(i % templates.size());
        w.write(i % 97 == 0 ? t.substring(0, t.length() / 2) : t);
        w.write('\n');
      }
    }
  }
}

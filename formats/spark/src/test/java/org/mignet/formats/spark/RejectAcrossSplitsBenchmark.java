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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Formats;

/**
 * A benchmark program, not a test: what the first pass of a {@code reject-invalid} read of a split
 * file costs. N generated cases (NDJSON, unique identifiers but one in 1,000 repeating one used far
 * earlier in the file) are checked under a profile ({@code structural} by default, under which the
 * generated cases are valid but for their repeats and broken lines), rejecting the invalid: by the
 * single-threaded pipeline ({@code mignet convert --profile P} without the writing), by the data
 * source on {@code local[2]} with {@code reject-invalid} (first pass included), and by the data
 * source validating only (no first pass), all in one JVM. The first two must agree on the counts;
 * the program fails if they do not.
 *
 * <pre>
 * mvn -B -o -q -pl formats/spark -am test-compile
 * java $SPARK_ADD_OPENS -cp formats/spark/target/test-classes:formats/spark/target/classes:$(cat cp.txt) \
 *     org.mignet.formats.spark.RejectAcrossSplitsBenchmark [cases] [split-bytes] [profile]
 * </pre>
 */
public final class RejectAcrossSplitsBenchmark {

  private RejectAcrossSplitsBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the number of cases (default 300,000), the split size in bytes (default 16 MiB) and
   *     the profile (default {@code structural})
   * @throws IOException if the generated file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    long split = args.length > 1 ? Long.parseLong(args[1]) : 16L << 20;
    String profile = args.length > 2 ? args[2] : "structural";
    Path file = Files.createTempFile("mignet-spark-reject-", ".ndjson");
    try {
      Map<Integer, String> repeats = new HashMap<>();
      for (int i = 1_000; i <= cases; i += 1_000) {
        repeats.put(i, "c-" + (i / 7));
      }
      CrossInputTest.write(file, cases, "c-", repeats);
      System.out.printf(
          Locale.ROOT, "generated %,d lines (%,d MiB)%n", cases, Files.size(file) >> 20);

      long p0 = System.nanoTime();
      ConversionReport pipeline;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        pipeline =
            Conversion.from(Formats.named("ndjson"))
                .rejectingInvalid(Validation.standard(), Validation.standard().profile(profile))
                .maxIssues(0)
                .check(in, file.toString(), o -> {});
      }
      double pipelineSeconds = (System.nanoTime() - p0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "single-threaded pipeline, rejecting: %,d read, %,d passed, in %.1f s%n",
          pipeline.read(),
          pipeline.written(),
          pipelineSeconds);

      SparkSession spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("mignet-bench")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      try {
        read(spark, file, profile, false, split).limit(1000).count();
        // validating only once before too, so that neither run has the JIT's warm-up to itself
        long w0 = System.nanoTime();
        read(spark, file, profile, false, split).count();
        double firstValidateSeconds = (System.nanoTime() - w0) / 1e9;
        long r0 = System.nanoTime();
        Dataset<Row> rejecting = read(spark, file, profile, true, split);
        long passed = rejecting.filter("not _rejected").count();
        double rejectSeconds = (System.nanoTime() - r0) / 1e9;
        long v0 = System.nanoTime();
        long validated = read(spark, file, profile, false, split).count();
        double validateSeconds = (System.nanoTime() - v0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "Spark local[2], reject-invalid (first pass included): %,d passed in %.1f s, "
                + "%d partitions%n",
            passed,
            rejectSeconds,
            rejecting.rdd().getNumPartitions());
        System.out.printf(
            Locale.ROOT,
            "Spark local[2], validating only: %,d records in %.1f s (before: %.1f s)%n",
            validated,
            validateSeconds,
            firstValidateSeconds);
        System.out.printf(
            Locale.ROOT,
            "reject-invalid / validating only: %.2fx the time; pipeline / reject-invalid: %.2fx%n",
            rejectSeconds / validateSeconds,
            pipelineSeconds / rejectSeconds);
        if (passed != pipeline.written() || validated != pipeline.read()) {
          throw new IllegalStateException("the runs disagree on the counts");
        }
      } finally {
        spark.stop();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Dataset<Row> read(
      SparkSession spark, Path file, String profile, boolean reject, long split) {
    return spark
        .read()
        .format("mignet")
        .option("from", "ndjson")
        .option("type", "TraffickingCase")
        .option("profile", profile)
        .option("reject-invalid", String.valueOf(reject))
        .option("split-bytes", String.valueOf(split))
        .load(file.toString());
  }
}

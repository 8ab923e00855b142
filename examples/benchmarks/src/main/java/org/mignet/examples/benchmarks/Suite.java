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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark of this module and prints each mignet figure next to its baselines from
 * the same run, with the ratio and the target of issue 11. Figures measured outside this JVM (ajv
 * on Node, the CLI's cold start) are read from files the {@code run} script wrote before.
 *
 * <pre>
 * java -jar benchmarks.jar [--quick] [--ajv FILE] [--cold-start FILE] [--scaling FILE] [--interleaved FILE] [--memory FILE]
 * </pre>
 */
public final class Suite {

  private Suite() {}

  /**
   * @param args {@code --quick} for a short run; files with the figures measured outside the JVM
   * @throws RunnerException if JMH fails
   * @throws IOException if a figures file cannot be read
   */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    Path ajv = null;
    Path coldStart = null;
    Path memory = null;
    Path scaling = null;
    Path interleaved = null;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--ajv" -> ajv = Path.of(args[++i]);
        case "--cold-start" -> coldStart = Path.of(args[++i]);
        case "--memory" -> memory = Path.of(args[++i]);
        case "--scaling" -> scaling = Path.of(args[++i]);
        case "--interleaved" -> interleaved = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    int records = quick ? 20_000 : 100_000;
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(
                only == null ? "org\\.mignet\\.examples\\.benchmarks\\..*Benchmarks\\..*" : only)
            .param("records", Integer.toString(records))
            .forks(1)
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(quick ? 2 : 3))
            .measurementIterations(quick ? 3 : 8)
            .measurementTime(TimeValue.seconds(quick ? 2 : 3))
            .jvmArgsAppend(
                "-Xmx3g",
                "-Dorg.jboss.logging.provider=jdk",
                "-Dmignet.shared.dir=" + System.getProperty("mignet.shared.dir", "../shared"));
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Double> ops = new HashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      ops.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
    }
    long[] rows = TableBenchmarks.rows();
    SdmxWriteBenchmarks sdmx = new SdmxWriteBenchmarks();
    sdmx.setUp();
    int sdmxRows = sdmx.rows();

    System.out.printf(
        Locale.ROOT,
        "%nmignet benchmarks (%s; JDK %s; %d cores; one thread unless said)%n",
        quick ? "quick" : "full",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "%-52s %14s %14s %8s %s%n",
        "job",
        "mignet",
        "baseline",
        "ratio",
        "baseline / target");
    Rate cases = new Rate(ops, records, "rec/s");
    Double ajvRate = ajv == null ? null : Double.valueOf(Files.readString(ajv).strip());
    for (String profile : List.of("Structural", "Exchange")) {
      String name = "mignet" + profile;
      String p = profile.toLowerCase(Locale.ROOT);
      String target = p.equals("exchange") ? " (target ≥ 0.30)" : "";
      cases.line(
          "read+bind+" + p + " vs token scan",
          name,
          "jacksonTokenScan",
          "Jackson token scan" + target);
      cases.line("read+bind+" + p + " vs readTree", name, "jacksonReadTree", "Jackson readTree");
      cases.line(
          "read+bind+" + p + " vs networknt",
          name,
          "networkntSchema",
          "networknt 2.0.8, per-type schema" + (p.equals("exchange") ? " (target ≥ 1.5)" : ""));
      if (ajvRate != null) {
        double mine = cases.rate(name);
        System.out.printf(
            Locale.ROOT,
            "%-52s %,14.0f %,14.0f %8.3f %s%n",
            "read+bind+" + p + " vs ajv",
            mine,
            ajvRate,
            mine / ajvRate,
            "ajv 8 on Node, same schema and file"
                + (p.equals("exchange") ? " (target ≥ 1.0)" : ""));
      }
    }
    cases.line(
        "read+bind only vs token scan",
        "mignetReadBind",
        "jacksonTokenScan",
        "Jackson token scan (target ≥ 0.5)");
    cases.line(
        "structural, 2 threads vs 1 thread",
        "mignetStructuralTwoThreads",
        "mignetStructural",
        "one thread (target ≥ 1.8)");
    new Rate(ops, rows[0], "rows/s")
        .line(
            "Eurostat table via shipped spec → NDJSON",
            "eurostatMignet",
            "eurostatRawCsv",
            "raw jackson-csv read + Jackson write (target ≥ 0.4)");
    new Rate(ops, rows[1], "rows/s")
        .line(
            "MMP 2021 export read + structural",
            "mmpMignet",
            "mmpRawCsv",
            "raw jackson-csv read (target ≥ 0.3)");
    new Rate(ops, sdmxRows, "obs/s")
        .line(
            "SDMX-CSV write, " + sdmxRows + " observations",
            "mignetSdmxCsvWrite",
            "jacksonCsvWrite",
            "jackson-csv write of the same cells");
    if (interleaved != null) {
      System.out.println();
      System.out.print(Files.readString(interleaved));
    }
    if (scaling != null) {
      System.out.println();
      System.out.print(Files.readString(scaling));
    }
    if (coldStart != null) {
      System.out.println();
      System.out.print(Files.readString(coldStart));
    }
    if (memory != null) {
      System.out.println();
      System.out.print(Files.readString(memory));
    }
  }

  /** Turns ops/s into items per second and prints a figure against its baseline. */
  private record Rate(Map<String, Double> ops, long perOp, String unit) {
    double rate(String benchmark) {
      Double score = ops.get(benchmark);
      return score == null ? Double.NaN : score * perOp;
    }

    void line(String job, String mine, String baseline, String what) {
      double m = rate(mine);
      double b = rate(baseline);
      System.out.printf(
          Locale.ROOT, "%-52s %,14.0f %,14.0f %8.3f %s (%s)%n", job, m, b, m / b, what, unit);
    }
  }
}

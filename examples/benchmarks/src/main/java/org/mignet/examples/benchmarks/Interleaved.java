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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one-thread ratios of the JMH suite measured a second way: each mignet job and its baseline
 * run back to back in one JVM, round after round (the order alternates each round), timed by the
 * thread's CPU time. A JMH run measures a job's iterations minutes away from its baseline's, so
 * whatever drifts in between (the machine's other load, a neighbour on the host) goes into the
 * ratio; a pair run back to back shares it. Prints, for each job, the median of the rounds' own
 * ratios (mignet's rate over the baseline's) with its quartiles, lowest and highest, so that the
 * spread is seen beside the figure. Given a job's number (1 to 5, in the order printed), it runs
 * that job alone, so that its code is compiled for it alone, as a JMH fork is; the benchmark
 * command runs each job in a JVM of its own.
 *
 * <pre>java -Dmignet.shared.dir=../shared -cp benchmarks.jar
 *     org.mignet.examples.benchmarks.Interleaved [RECORDS] [ROUNDS] [JOB] [--header]</pre>
 */
public final class Interleaved {

  private Interleaved() {}

  /** The least time the jobs run before they are measured. */
  private static final long WARMUP_SECONDS = 15;

  /** A job that runs once. */
  @FunctionalInterface
  private interface Op {
    long run() throws Exception;
  }

  /** A mignet job and its baseline, with the target the ratio is held to (0 for none). */
  private record Pair(String name, Op mignet, Op baseline, String baselineName, double target) {}

  /**
   * @param args the cases per pass (default 20,000), the measured rounds (default 21), the job's
   *     number or 0 for all (default), and {@code --header} to print the column names
   * @throws Exception if a job fails
   */
  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    int job = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    boolean header = job == 0 || Arrays.asList(args).contains("--header");
    int warmup = Math.max(5, rounds / 2);
    CaseBenchmarks cases = new CaseBenchmarks();
    cases.records = records;
    cases.setUp();
    TableBenchmarks tables = new TableBenchmarks();
    tables.setUp();
    List<Pair> all =
        List.of(
            new Pair(
                "read+bind+exchange",
                cases::mignetExchange,
                cases::jacksonTokenScan,
                "Jackson token scan",
                0.30),
            new Pair(
                "read+bind+structural",
                cases::mignetStructural,
                cases::jacksonTokenScan,
                "Jackson token scan",
                0),
            new Pair(
                "read+bind only",
                cases::mignetReadBind,
                cases::jacksonTokenScan,
                "Jackson token scan",
                0.5),
            new Pair(
                "Eurostat table via shipped spec → NDJSON",
                tables::eurostatMignet,
                tables::eurostatRawCsv,
                "raw jackson-csv read + Jackson write",
                0.4),
            new Pair(
                "MMP 2021 export read + structural",
                tables::mmpMignet,
                tables::mmpRawCsv,
                "raw jackson-csv read",
                0.3));
    if (job < 0 || job > all.size()) {
      throw new IllegalArgumentException("no job " + job + "; jobs are 1 to " + all.size());
    }
    List<Pair> pairs = job == 0 ? all : List.of(all.get(job - 1));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] ratios = new double[pairs.size()][rounds];
    // warm-up: at least half the rounds and at least WARMUP_SECONDS, so that a short job (a file
    // read in 30 ms) is compiled as fully as a long one before it is measured
    long warmEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    int warmed = 0;
    while (warmed < warmup || System.nanoTime() < warmEnd) {
      for (Pair pair : pairs) {
        pair.baseline().run();
        pair.mignet().run();
      }
      warmed++;
    }
    for (int round = 0; round < rounds; round++) {
      for (int p = 0; p < pairs.size(); p++) {
        Pair pair = pairs.get(p);
        long[] cpu = new long[2];
        for (int k = 0; k < 2; k++) {
          // baseline first in even rounds, mignet first in odd ones
          int which = (round & 1) == 0 ? k : 1 - k;
          Op op = which == 0 ? pair.baseline() : pair.mignet();
          long t0 = threads.getCurrentThreadCpuTime();
          op.run();
          cpu[which] = threads.getCurrentThreadCpuTime() - t0;
        }
        // the same input both ways: mignet's rate over the baseline's is the inverse time ratio
        ratios[p][round] = (double) cpu[0] / Math.max(1, cpu[1]);
      }
    }
    if (header) {
      System.out.printf(
          Locale.ROOT,
          "%-44s %8s %9s %8s %8s  %s%n",
          "one thread, interleaved, CPU time",
          "median",
          "quartiles",
          "lowest",
          "highest",
          "baseline (target)");
    }
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      Pair pair = pairs.get(p);
      double[] r = ratios[p].clone();
      Arrays.sort(r);
      lines.add(
          String.format(
              Locale.ROOT,
              "%-44s %8.3f %4.3f–%4.3f %8.3f %8.3f  %s%s",
              pair.name(),
              median(r),
              r[rounds / 4],
              r[(3 * rounds) / 4],
              r[0],
              r[rounds - 1],
              pair.baselineName(),
              pair.target() > 0
                  ? String.format(Locale.ROOT, " (target ≥ %.2f)", pair.target())
                  : ""));
    }
    lines.forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "  %s: %d cases per pass; medians of %d rounds after %d; load average %.1f at the end%n",
        job == 0 ? "all jobs in one JVM" : "a JVM of its own",
        records,
        rounds,
        warmed,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}

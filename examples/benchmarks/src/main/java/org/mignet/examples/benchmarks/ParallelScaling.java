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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordOutcome;

/**
 * One thread against two on the headline check (NDJSON read + bind + {@code structural}, as {@code
 * mignet validate --threads N}), in one JVM, in interleaved rounds (the order alternates each
 * round), medians. Besides the rate it measures the CPU time per record of the whole process and of
 * the committing thread (the one that runs the check: it reads the lines, runs the cross-record
 * rules and commits in order), so that on a machine shared with other work, where a wall-time ratio
 * says little, the figures still show whether the parallel path adds work and how much of it stays
 * serial. On Linux it also gives the CPU time of the caller and the workers without the JIT
 * compiler's and GC's threads (from {@code /proc/self/task}), and takes the serial share against
 * that. Prints the load average before and after.
 *
 * <pre>java -cp benchmarks.jar org.mignet.examples.benchmarks.ParallelScaling [RECORDS] [ROUNDS]
 * </pre>
 */
public final class ParallelScaling {

  private ParallelScaling() {}

  /**
   * @param args the records per pass (default 20,000) and the measured rounds (default 15)
   */
  public static void main(String[] args) {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int warmup = Math.max(3, rounds / 2);
    byte[] ndjson = Corpus.ndjson(records);
    Format ndjsonFormat = Formats.named("ndjson");
    Validation validation = Validation.standard();
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    double[][] rate = new double[2][rounds];
    double[][] cpu = new double[2][rounds];
    double[][] caller = new double[2][rounds];
    double[][] app = new double[2][rounds];
    double[][] gc = new double[2][rounds];
    double[] split = new double[rounds];
    byte[][] halves = halves(ndjson);
    for (int round = -warmup; round < rounds; round++) {
      // three passes a round, the order turning: 1 thread, 2 threads, and the file split in two
      for (int k = 0; k < 3; k++) {
        int kind = (round + k) % 3 < 0 ? (round + k) % 3 + 3 : (round + k) % 3;
        if (kind == 2) {
          double r = splitPass(ndjsonFormat, validation, halves);
          if (round >= 0) {
            split[round] = r;
          }
          continue;
        }
        int threads = kind + 1;
        Sample s = pass(ndjsonFormat, validation, ndjson, threads);
        if (round >= 0) {
          rate[threads - 1][round] = s.recordsPerSecond;
          cpu[threads - 1][round] = s.cpuMicrosPerRecord;
          caller[threads - 1][round] = s.callerMicrosPerRecord;
          app[threads - 1][round] = s.appMicrosPerRecord;
          gc[threads - 1][round] = s.gcPauseMicrosPerRecord;
        }
      }
    }
    double loadAfter = os.getSystemLoadAverage();
    double r1 = median(rate[0]);
    double r2 = median(rate[1]);
    // each round's two passes ran back to back: their ratio cancels what drifts between rounds (the
    // machine's other load, the heap's state), so the paired ratios say how steady the figure is
    double[] paired = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      paired[round] = rate[1][round] / rate[0][round];
    }
    Arrays.sort(paired);
    double[] pairedSplit = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      pairedSplit[round] = split[round] / rate[0][round];
    }
    Arrays.sort(pairedSplit);
    double c1 = median(cpu[0]);
    double c2 = median(cpu[1]);
    double k2 = median(caller[1]);
    double a1 = median(app[0]);
    double a2 = median(app[1]);
    String f = "%-52s %,14.0f %,14.0f %8.3f %s%n";
    System.out.printf(
        Locale.ROOT,
        f,
        "structural, 2 threads vs 1 (interleaved)",
        r2,
        r1,
        r2 / r1,
        "one thread, rec/s (target ≥ 1.8)");
    System.out.printf(
        Locale.ROOT,
        "  paired rounds: median %.3f, quartiles %.3f–%.3f, lowest %.3f, highest %.3f%n",
        median(paired),
        paired[rounds / 4],
        paired[(3 * rounds) / 4],
        paired[0],
        paired[rounds - 1]);
    // the ceiling of this machine for this job: two independent one-thread checks, each of half
    // the file, at once (no hand-over, no order to keep, nothing shared but the Validation)
    System.out.printf(
        Locale.ROOT,
        f,
        "  the file cut in two, two 1-thread checks at once",
        median(split),
        r1,
        median(split) / r1,
        String.format(
            Locale.ROOT,
            "one thread (this machine's ceiling; paired median %.3f, quartiles %.3f–%.3f)",
            median(pairedSplit),
            pairedSplit[rounds / 4],
            pairedSplit[(3 * rounds) / 4]));
    System.out.printf(
        Locale.ROOT,
        "%-52s %14.2f %14.2f %8.3f %s%n",
        "  CPU µs per record, 2 threads vs 1",
        c2,
        c1,
        c2 / c1,
        "one thread (1.0 = the parallel path adds no work)");
    if (a1 > 0) {
      System.out.printf(
          Locale.ROOT,
          "%-52s %14.2f %14.2f %8.3f %s%n",
          "  caller + workers CPU µs/record, 2 threads vs 1",
          a2,
          a1,
          a2 / a1,
          "one thread (without the JIT compiler's and GC's threads)");
    }
    System.out.printf(
        Locale.ROOT,
        "%-52s %14.2f %14.2f %8.3f %s%n",
        "  committing thread's CPU µs/record, 2 threads",
        k2,
        a1 > 0 ? a2 : c2,
        k2 / (a1 > 0 ? a2 : c2),
        a1 > 0 ? "caller + workers (the serial share)" : "all threads (the serial share)");
    System.out.printf(
        Locale.ROOT,
        "%-52s %14.3f %14.3f %8s %s%n",
        "  collectors' time, µs per record, 2 threads vs 1",
        median(gc[1]),
        median(gc[0]),
        median(gc[0]) > 0 ? String.format(Locale.ROOT, "%.3f", median(gc[1]) / median(gc[0])) : "-",
        "one thread (records in flight stay live through a collection)");
    System.out.printf(
        Locale.ROOT,
        "  %d cores; %d records per pass; medians of %d interleaved rounds after %d; load average %.1f before, %.1f "
            + "after%n",
        Runtime.getRuntime().availableProcessors(),
        records,
        rounds,
        warmup,
        loadBefore,
        loadAfter);
  }

  /** Returns the corpus cut in two at the line break nearest its middle. */
  private static byte[][] halves(byte[] ndjson) {
    int cut = ndjson.length / 2;
    while (cut < ndjson.length && ndjson[cut - 1] != '\n') {
      cut++;
    }
    return new byte[][] {
      Arrays.copyOfRange(ndjson, 0, cut), Arrays.copyOfRange(ndjson, cut, ndjson.length)
    };
  }

  /**
   * Checks each half on a thread of its own, both at once, one thread each; returns the records of
   * both per second of the pair's wall time.
   */
  private static double splitPass(Format format, Validation validation, byte[][] halves) {
    long[] read = new long[2];
    Thread[] threads = new Thread[2];
    long t0 = System.nanoTime();
    for (int i = 0; i < 2; i++) {
      int half = i;
      threads[i] =
          new Thread(
              () ->
                  read[half] =
                      Conversion.from(format)
                          .validating(validation, org.mignet.core.validation.Profile.STRUCTURAL)
                          .maxIssues(0)
                          .parallelism(1)
                          .check(
                              new ByteArrayInputStream(halves[half]),
                              "bench",
                              RecordOutcome.Listener.none())
                          .read(),
              "split-" + i);
      threads[i].start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    long wall = System.nanoTime() - t0;
    return (read[0] + read[1]) * 1e9 / wall;
  }

  /**
   * @param appMicrosPerRecord the CPU time of every thread but the JIT compiler's and the garbage
   *     collector's (the caller and the workers), or 0 where {@code /proc/self/task} is not there
   * @param gcPauseMicrosPerRecord the collectors' time during the pass, per record
   */
  private record Sample(
      double recordsPerSecond,
      double cpuMicrosPerRecord,
      double callerMicrosPerRecord,
      double appMicrosPerRecord,
      double gcPauseMicrosPerRecord) {}

  /**
   * Returns the CPU time so far of the JVM's own JIT compiler and GC threads, in nanoseconds, from
   * {@code /proc/self/task} (Linux; -1 elsewhere). Their time is counted apart: on two threads the
   * compiler runs longer before the code settles, which says nothing of the parallel path's work.
   * The clock ticks are 10 ms: figures are only good over passes of a few hundred milliseconds.
   */
  private static long jvmThreadsCpu() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return -1;
    }
    long ticks = 0;
    try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
      for (Path t : all) {
        String stat;
        try {
          stat = Files.readString(t.resolve("stat"));
        } catch (IOException e) {
          continue; // the thread ended meanwhile
        }
        int close = stat.lastIndexOf(')');
        String name = stat.substring(stat.indexOf('(') + 1, close);
        if (name.startsWith("C1 ")
            || name.startsWith("C2 ")
            || name.startsWith("GC ")
            || name.startsWith("G1 ")) {
          String[] f = stat.substring(close + 2).split(" ");
          ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return ticks * 10_000_000L;
  }

  private static Sample pass(Format format, Validation validation, byte[] ndjson, int threads) {
    ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long gc0 = gcMillis();
    long jvm0 = jvmThreadsCpu();
    long cpu0 = os.getProcessCpuTime();
    long caller0 = tmx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long n =
        Conversion.from(format)
            .validating(validation, org.mignet.core.validation.Profile.STRUCTURAL)
            .maxIssues(0)
            .parallelism(threads)
            .check(new ByteArrayInputStream(ndjson), "bench", RecordOutcome.Listener.none())
            .read();
    long wall = System.nanoTime() - t0;
    long callerCpu = tmx.getCurrentThreadCpuTime() - caller0;
    long cpu = os.getProcessCpuTime() - cpu0;
    long jvm1 = jvmThreadsCpu();
    double app = jvm0 < 0 || jvm1 < 0 ? 0 : (cpu - (jvm1 - jvm0)) / 1e3 / n;
    double gcPause = (gcMillis() - gc0) * 1e3 / n;
    return new Sample(n * 1e9 / wall, cpu / 1e3 / n, callerCpu / 1e3 / n, app, gcPause);
  }

  /** Returns the time the collectors have taken so far, in milliseconds. */
  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}

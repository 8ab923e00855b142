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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Wall time of {@code java [JVM options] -jar mignet.jar validate} (the bundled valid samples) from
 * process start to exit, the median of several runs after two discarded ones, with the JVM options
 * given; and, where {@code /usr/bin/time} exists, the CPU time (user + system) of the same runs,
 * which a machine shared with other work disturbs less than the wall time.
 *
 * <p>With {@code -} for the jar it times {@code java [JVM options] -version} instead: the JVM's own
 * start, the floor under any command, printed beside the CLI's as its baseline from the same run.
 * Each line ends with the load average of the machine, without which a wall time on a shared
 * machine cannot be read.
 *
 * <pre>
 * java -cp benchmarks.jar org.mignet.examples.benchmarks.ColdStart MIGNET.jar|- RUNS LABEL [JVM OPTION...]
 * </pre>
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * @param args the jar, the number of measured runs, a label, then JVM options
   * @throws IOException if the JVM cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    boolean jvmOnly = args[0].equals("-");
    int runs = Integer.parseInt(args[1]);
    String label = args[2];
    List<String> command = new ArrayList<>();
    boolean cpu = java.nio.file.Files.isExecutable(Path.of("/usr/bin/time"));
    if (cpu) {
      command.addAll(List.of("/usr/bin/time", "-f", "cpu %U %S"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(args).subList(3, args.length));
    if (jvmOnly) {
      command.add("-version");
    } else {
      command.addAll(List.of("-jar", Path.of(args[0]).toString(), "validate"));
    }
    double[] seconds = new double[runs];
    double[] cpuSeconds = new double[runs];
    for (int i = -2; i < runs; i++) {
      long t0 = System.nanoTime();
      Process p =
          new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err =
          new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int code = p.waitFor();
      double s = (System.nanoTime() - t0) / 1e9;
      if (code != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
      }
      if (i >= 0) {
        seconds[i] = s;
        for (String line : err.split("\n")) {
          if (line.startsWith("cpu ")) {
            String[] parts = line.split(" ");
            cpuSeconds[i] = Double.parseDouble(parts[1]) + Double.parseDouble(parts[2]);
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-52s %9.3f s wall (min %.3f, max %.3f)%s; median of %d runs; load %.1f%n",
        (jvmOnly ? "JVM start alone (java -version), " : "CLI cold start, validate, ") + label,
        median(seconds),
        seconds[0],
        seconds[runs - 1],
        cpu ? String.format(Locale.ROOT, ", %.3f s CPU", median(cpuSeconds)) : "",
        runs,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * @return the median; sorts the array
   */
  private static double median(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}

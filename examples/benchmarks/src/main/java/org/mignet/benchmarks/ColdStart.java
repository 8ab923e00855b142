package org.mignet.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Wall time of {@code java [JVM options] -jar mignet.jar validate} (the bundled valid samples) from process start to
 * exit, the median of several runs after two discarded ones, with the JVM options given.
 *
 * <pre>java -cp benchmarks.jar org.mignet.benchmarks.ColdStart MIGNET.jar RUNS LABEL [JVM OPTION...]</pre>
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * @param args the jar, the number of measured runs, a label, then JVM options
   * @throws IOException if the JVM cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path jar = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    String label = args[2];
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(args).subList(3, args.length));
    command.addAll(List.of("-jar", jar.toString(), "validate"));
    double[] seconds = new double[runs];
    for (int i = -2; i < runs; i++) {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      int code = p.waitFor();
      double s = (System.nanoTime() - t0) / 1e9;
      if (code != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
      }
      if (i >= 0) {
        seconds[i] = s;
      }
    }
    Arrays.sort(seconds);
    double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
    System.out.printf(Locale.ROOT, "%-52s %13.3fs  median of %d (min %.3f, max %.3f)%n",
        "CLI cold start, validate, " + label, median, runs, seconds[0], seconds[runs - 1]);
  }
}

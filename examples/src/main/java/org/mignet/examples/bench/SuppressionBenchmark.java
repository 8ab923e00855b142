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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.mignet.formats.stat.CellStatus;
import org.mignet.formats.stat.CountTable;
import org.mignet.formats.stat.DisclosureControl;
import org.mignet.formats.stat.ProtectedTable;
import org.mignet.formats.stat.SuppressionMethod;

/**
 * How many cells each secondary-suppression method suppresses against the exact optimum, on seeded
 * random small tables with their totals (about a third of the cells below the threshold of 5, a
 * fifth zeros), and how long each takes relative to the hypercube in the same run. Every pattern is
 * audited; a pattern the audit finds unsafe is counted and printed. Usage: {@code
 * SuppressionBenchmark [TABLES] [SEED]} (default 40 tables of 2×2 to 4×4 interior cells, seed
 * 20261207); three-dimensional tables (2×2×2 to 3×3×2) are compared between the heuristics only,
 * since the exact model is for one or two dimensions.
 */
public final class SuppressionBenchmark {

  private SuppressionBenchmark() {}

  /**
   * @param args optional number of tables and seed
   */
  public static void main(String[] args) {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261207L;
    Random random = new Random(seed);
    List<CountTable> flat = new ArrayList<>();
    List<CountTable> cubes = new ArrayList<>();
    for (int n = 0; n < tables; n++) {
      flat.add(table(random, 2 + random.nextInt(3), 2 + random.nextInt(3), 0));
      cubes.add(table(random, 2 + random.nextInt(2), 2 + random.nextInt(2), 2));
    }
    System.out.println(
        "seed " + seed + "; " + tables + " 2-D tables and " + tables + " 3-D tables, threshold 5");
    run(
        "2-D",
        flat,
        List.of(SuppressionMethod.OPTIMAL, SuppressionMethod.HYPERCUBE, SuppressionMethod.LINEAR));
    run("3-D", cubes, List.of(SuppressionMethod.HYPERCUBE, SuppressionMethod.LINEAR));
  }

  private static void run(String label, List<CountTable> tables, List<SuppressionMethod> methods) {
    Map<SuppressionMethod, long[]> totals = new LinkedHashMap<>();
    int skipped = 0;
    for (CountTable t : tables) {
      Map<SuppressionMethod, long[]> one = new LinkedHashMap<>();
      try {
        for (SuppressionMethod m : methods) {
          long start = System.nanoTime();
          ProtectedTable p = DisclosureControl.threshold(5).method(m).protect(t);
          one.put(
              m,
              new long[] {
                System.nanoTime() - start,
                p.count(CellStatus.PRIMARY),
                p.count(CellStatus.SECONDARY),
                p.isSafe() ? 0 : 1
              });
        }
      } catch (IllegalStateException e) {
        // the exact model was not solved in its time limit: the table is left out of the comparison
        skipped++;
        continue;
      }
      one.forEach(
          (m, x) -> {
            long[] sum = totals.computeIfAbsent(m, k -> new long[4]);
            for (int i = 0; i < 4; i++) {
              sum[i] += x[i];
            }
          });
    }
    System.out.println(
        label
            + ": "
            + (tables.size() - skipped)
            + " tables compared, "
            + skipped
            + " left out (the exact model not solved within its time limit)");
    double base = totals.get(SuppressionMethod.HYPERCUBE)[0];
    for (Map.Entry<SuppressionMethod, long[]> e : totals.entrySet()) {
      long[] x = e.getValue();
      System.out.println(
          String.format(
              Locale.ROOT,
              "%s %-9s primary %4d secondary %4d  time x%.2f of hypercube" + "  unsafe %d",
              label,
              e.getKey().name().toLowerCase(Locale.ROOT),
              x[1],
              x[2],
              x[0] / base,
              x[3]));
    }
  }

  private static CountTable table(Random random, int rows, int cols, int layers) {
    Map<List<String>, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        if (layers == 0) {
          m.put(List.of("a" + i, "b" + j), sample(random));
        } else {
          for (int k = 0; k < layers; k++) {
            m.put(List.of("a" + i, "b" + j, "c" + k), sample(random));
          }
        }
      }
    }
    return CountTable.of(layers == 0 ? List.of("A", "B") : List.of("A", "B", "C"), m);
  }

  private static long sample(Random r) {
    int x = r.nextInt(10);
    return x < 2 ? 0 : x < 5 ? 1 + r.nextInt(4) : 5 + r.nextInt(20);
  }
}

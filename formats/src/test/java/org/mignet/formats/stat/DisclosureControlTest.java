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
package org.mignet.formats.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Suppression on generated tables whose answers are known by hand or by the exact optimum. */
class DisclosureControlTest {

  /** A 2-D table from rows of interior counts. */
  static CountTable table(long[][] rows) {
    Map<List<String>, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < rows[i].length; j++) {
        m.put(List.of("R" + i, "C" + j), rows[i][j]);
      }
    }
    return CountTable.of(List.of("ROW", "COL"), m);
  }

  static CountTable table3(long[][][] cube) {
    Map<List<String>, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < cube.length; i++) {
      for (int j = 0; j < cube[i].length; j++) {
        for (int k = 0; k < cube[i][j].length; k++) {
          m.put(List.of("A" + i, "B" + j, "C" + k), cube[i][j][k]);
        }
      }
    }
    return CountTable.of(List.of("A", "B", "C"), m);
  }

  static final long[][] ONE_SMALL = {{2, 10, 12}, {8, 9, 7}, {11, 6, 10}};

  @Test
  void computesEveryMarginalAndTheGrandTotal() {
    CountTable t = table(ONE_SMALL);
    assertThat(t.size()).isEqualTo(16);
    assertThat(t.count(t.cell(0, 3))).isEqualTo(24);
    assertThat(t.count(t.cell(3, 0))).isEqualTo(21);
    assertThat(t.grandTotal()).isEqualTo(75);
    assertThat(t.key(t.cell(3, 1))).containsExactly("_T", "C1");
  }

  @Test
  void primarySuppressionAloneLeaksASingleCellInARowWithItsTotal() {
    ProtectedTable p =
        DisclosureControl.threshold(5).method(SuppressionMethod.NONE).protect(table(ONE_SMALL));
    assertThat(p.count(CellStatus.PRIMARY)).isEqualTo(1);
    assertThat(p.audit())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.key()).containsExactly("R0", "C0");
              assertThat(r.isExact()).isTrue();
              assertThat(r.lower()).isEqualTo(2.0);
              assertThat(r.protectedEnough()).isFalse();
            });
    assertThat(p.isSafe()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = SuppressionMethod.class,
      names = {"HYPERCUBE", "LINEAR", "OPTIMAL"})
  void secondarySuppressionProtectsTheSingleSmallCell(SuppressionMethod method) {
    ProtectedTable p = DisclosureControl.threshold(5).method(method).protect(table(ONE_SMALL));
    assertThat(p.isSafe()).isTrue();
    assertThat(p.audit()).noneMatch(CellRange::isExact);
    CellRange small =
        p.audit().stream()
            .filter(r -> r.key().equals(List.of("R0", "C0")))
            .findFirst()
            .orElseThrow();
    assertThat(small.lower()).isLessThanOrEqualTo(0.0);
    assertThat(small.upper()).isGreaterThanOrEqualTo(5.0);
    // a rectangle of four interior cells is the least a 2-D table with its totals allows
    assertThat(p.count(CellStatus.SECONDARY)).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(
      value = SuppressionMethod.class,
      names = {"HYPERCUBE", "LINEAR", "OPTIMAL"})
  void protectsTablesWithZerosAndSmallTotals(SuppressionMethod method) {
    long[][] rows = {{1, 0, 0}, {0, 7, 9}, {6, 0, 8}};
    ProtectedTable p = DisclosureControl.threshold(5).method(method).protect(table(rows));
    CountTable t = p.table();
    assertThat(p.status(t.cell(0, 0))).isEqualTo(CellStatus.PRIMARY);
    assertThat(p.status(t.cell(0, 3))).isEqualTo(CellStatus.PRIMARY);
    assertThat(p.status(t.cell(0, 1))).as("a zero is published").isEqualTo(CellStatus.FREE);
    assertThat(p.isSafe()).isTrue();
    assertThat(p.audit()).noneMatch(CellRange::isExact);
  }

  /**
   * Two small cells in one row cannot cover each other: a box in which one moves against the other
   * needs the other to absorb a move it is too small for, so each needs partners of its own.
   */
  @ParameterizedTest
  @EnumSource(
      value = SuppressionMethod.class,
      names = {"HYPERCUBE", "LINEAR", "OPTIMAL"})
  void twoSmallCellsInOneRowAreEachProtectedUpToTheThreshold(SuppressionMethod method) {
    long[][] rows = {{1, 2, 20}, {20, 20, 20}, {20, 20, 20}};
    ProtectedTable p = DisclosureControl.threshold(5).method(method).protect(table(rows));
    assertThat(p.count(CellStatus.PRIMARY)).isEqualTo(2);
    assertThat(p.isSafe()).isTrue();
    assertThat(p.audit())
        .filteredOn(r -> r.status() == CellStatus.PRIMARY)
        .allSatisfy(
            r -> {
              assertThat(r.lower()).isLessThanOrEqualTo(0.0);
              assertThat(r.upper()).isGreaterThanOrEqualTo(5.0);
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = SuppressionMethod.class,
      names = {"HYPERCUBE", "LINEAR"})
  void protectsThreeDimensionalTables(SuppressionMethod method) {
    long[][][] cube = {{{3, 9}, {8, 12}}, {{10, 6}, {2, 15}}, {{7, 11}, {9, 8}}};
    ProtectedTable p = DisclosureControl.threshold(5).method(method).protect(table3(cube));
    assertThat(p.count(CellStatus.PRIMARY)).isEqualTo(2);
    assertThat(p.isSafe()).isTrue();
    assertThat(p.audit()).noneMatch(CellRange::isExact);
  }

  @Test
  void suppressesNothingBelowAThresholdOfOneOrInATableWithoutSmallCells() {
    assertThat(DisclosureControl.threshold(1).protect(table(ONE_SMALL)).audit()).isEmpty();
    assertThat(DisclosureControl.threshold(2).protect(table(ONE_SMALL)).audit()).isEmpty();
  }

  @Test
  void refusesTheOptimalMethodOnThreeDimensionalTables() {
    long[][][] cube = {{{3, 9}, {8, 12}}, {{10, 6}, {2, 15}}};
    assertThatThrownBy(
            () ->
                DisclosureControl.threshold(5)
                    .method(SuppressionMethod.OPTIMAL)
                    .protect(table3(cube)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one or two dimensions");
  }

  @Test
  void refusesTheOptimalMethodOnLargeTables() {
    long[][] big = new long[9][9];
    for (long[] r : big) {
      java.util.Arrays.fill(r, 10);
    }
    big[0][0] = 1;
    assertThatThrownBy(
            () ->
                DisclosureControl.threshold(5)
                    .method(SuppressionMethod.OPTIMAL)
                    .protect(table(big)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 64 cells");
  }

  /**
   * Random small tables (seeded): every method's pattern passes the audit, and no heuristic
   * suppresses fewer cells than the optimum. Prints the totals, which the report quotes.
   */
  @Test
  void heuristicsAreSafeAndNeverBeatTheOptimumOnRandomSmallTables() {
    long seed = 20261207L;
    Random random = new Random(seed);
    Map<String, Long> suppressed = new java.util.TreeMap<>();
    int tables = 0;
    List<String> shapes = new ArrayList<>();
    for (int n = 0; n < 15; n++) {
      boolean three = n % 3 == 2;
      CountTable t;
      if (three) {
        long[][][] cube = new long[2 + random.nextInt(2)][2 + random.nextInt(2)][2];
        for (long[][] a : cube) {
          for (long[] b : a) {
            for (int k = 0; k < b.length; k++) {
              b[k] = sample(random);
            }
          }
        }
        t = table3(cube);
      } else {
        long[][] rows = new long[2 + random.nextInt(2)][2 + random.nextInt(2)];
        for (long[] r : rows) {
          for (int k = 0; k < r.length; k++) {
            r[k] = sample(random);
          }
        }
        t = table(rows);
      }
      shapes.add(t.dimensions().size() + "D/" + t.size());
      tables++;
      long optimum = -1;
      List<SuppressionMethod> methods =
          three
              ? List.of(SuppressionMethod.HYPERCUBE, SuppressionMethod.LINEAR)
              : List.of(
                  SuppressionMethod.OPTIMAL, SuppressionMethod.HYPERCUBE, SuppressionMethod.LINEAR);
      for (SuppressionMethod m : methods) {
        ProtectedTable p = DisclosureControl.threshold(5).method(m).protect(t);
        assertThat(p.isSafe()).as("seed %d table %d method %s", seed, n, m).isTrue();
        long secondary = p.count(CellStatus.SECONDARY);
        if (m == SuppressionMethod.OPTIMAL) {
          optimum = secondary;
        } else if (!three) {
          assertThat(secondary)
              .as("seed %d table %d method %s", seed, n, m)
              .isGreaterThanOrEqualTo(optimum);
        }
        suppressed.merge(
            m + (three ? " 3-D" : " 2-D"), p.count(CellStatus.PRIMARY) + secondary, Long::sum);
      }
    }
    System.out.println(
        "suppressed cells (primary + secondary) on "
            + tables
            + " random tables "
            + shapes
            + ": "
            + suppressed);
  }

  static long sample(Random r) {
    // about a third of the cells small, some zeros
    int x = r.nextInt(10);
    return x < 2 ? 0 : x < 5 ? 1 + r.nextInt(4) : 5 + r.nextInt(20);
  }
}

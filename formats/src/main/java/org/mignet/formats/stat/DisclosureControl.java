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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.formats.stat.internal.Lp;

/**
 * Disclosure control of a frequency table with its totals (DESIGN §6): primary suppression of
 * counts above 0 and below the threshold, secondary suppression by a {@link SuppressionMethod}, and
 * an audit of the result.
 *
 * <p><b>Protection.</b> A primary cell with count {@code v} is protected when an intruder who knows
 * every published cell, every equation of the table (interior cells add up to their totals) and
 * that counts are not negative can only place it somewhere in a range that includes both 0 and the
 * threshold: the intruder can tell neither that the cell is empty nor that it is small. So its
 * upward protection level is {@code threshold − v} and its downward one {@code v}. A secondary cell
 * must not be exactly recoverable.
 *
 * <p><b>Audit.</b> {@link #audit} computes, for each suppressed cell, the minimum and maximum over
 * every non-negative table agreeing with what is published (two linear programs per cell, ojalgo's
 * simplex). The range is that of the linear relaxation; an intruder who also uses integrality may
 * narrow it by less than one unit at each end, which the protection levels (whole counts) do not
 * depend on.
 *
 * <p>Zeros are published: a cell of 0 is not a disclosure under a threshold rule, and a suppressed
 * 0 would protect nothing in the direction that matters. Immutable and thread-safe; cost grows with
 * the table: the audit solves two LPs per suppressed cell, {@link SuppressionMethod#OPTIMAL} a
 * mixed-integer program that is exponential in the worst case (so it is refused above {@link
 * #OPTIMAL_MAX_CELLS} cells and 2 dimensions: ojalgo's branch-and-bound did not finish
 * 3-dimensional models of 27 cells in 8 seconds); a model not solved within 60 seconds is an {@link
 * IllegalStateException}.
 */
public final class DisclosureControl {

  /** The default threshold for counts of people (DESIGN §6). */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The largest table {@link SuppressionMethod#OPTIMAL} takes. */
  public static final int OPTIMAL_MAX_CELLS = 64;

  /** Below this, two ranges' ends are the same. */
  static final double TOLERANCE = 1e-6;

  /**
   * The most boxes the hypercube method tries per primary cell before it falls back to the linear
   * method.
   */
  private static final long MAX_BOXES = 200_000;

  private final int threshold;
  private final SuppressionMethod method;

  private DisclosureControl(int threshold, SuppressionMethod method) {
    this.threshold = threshold;
    this.method = method;
  }

  /**
   * Returns disclosure control with that threshold and the {@link SuppressionMethod#HYPERCUBE}
   * method.
   *
   * @param minimum counts above 0 and below this are primary; 0 or more (0 and 1 suppress nothing)
   * @throws IllegalArgumentException for a negative threshold
   */
  public static DisclosureControl threshold(int minimum) {
    if (minimum < 0) {
      throw new IllegalArgumentException("threshold must be 0 or more");
    }
    return new DisclosureControl(minimum, SuppressionMethod.HYPERCUBE);
  }

  /** Returns a copy using that method for secondary suppression. */
  public DisclosureControl method(SuppressionMethod m) {
    return new DisclosureControl(threshold, Objects.requireNonNull(m, "method"));
  }

  /** Returns the threshold. */
  public int threshold() {
    return threshold;
  }

  /** Returns the method. */
  public SuppressionMethod method() {
    return method;
  }

  /** Returns whether a count is primary under this threshold. */
  public boolean isPrimary(long count) {
    return count > 0 && count < threshold;
  }

  /**
   * Suppresses, then audits.
   *
   * @param table the table; not null
   * @return the statuses and the audit
   * @throws IllegalArgumentException if the method is {@link SuppressionMethod#OPTIMAL} and the
   *     table has more than {@link #OPTIMAL_MAX_CELLS} cells or 2 dimensions
   * @throws IllegalStateException if the optimal model could not be solved
   */
  public ProtectedTable protect(CountTable table) {
    long[] counts = counts(table);
    List<int[]> equations = table.equations();
    CellStatus[] status = new CellStatus[counts.length];
    List<Integer> primary = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      status[c] = isPrimary(counts[c]) ? CellStatus.PRIMARY : CellStatus.FREE;
      if (status[c] == CellStatus.PRIMARY) {
        primary.add(c);
      }
    }
    if (!primary.isEmpty()) {
      switch (method) {
        case NONE -> {}
        case HYPERCUBE -> hypercube(table, counts, equations, status, primary);
        case LINEAR -> linear(counts, equations, status, primary);
        case OPTIMAL -> optimal(table, counts, equations, status, primary);
        default -> throw new IllegalStateException(method.name());
      }
    }
    return new ProtectedTable(table, status, method, threshold, audit(table, status));
  }

  /**
   * The audit of a pattern of suppressions: for each suppressed cell, in cell order, the range an
   * intruder can derive from the published cells and the table's equations, and whether it is wide
   * enough (class comment).
   *
   * @param table the table
   * @param status the status of every cell
   * @return one range per suppressed cell
   */
  public List<CellRange> audit(CountTable table, CellStatus[] status) {
    long[] counts = counts(table);
    boolean[] suppressed = suppressed(status);
    List<int[]> equations = table.equations();
    List<CellRange> out = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      if (!suppressed[c]) {
        continue;
      }
      double[] r = Lp.range(counts, suppressed, equations, c);
      boolean ok =
          status[c] == CellStatus.PRIMARY
              ? r[0] <= counts[c] - lowerLevel(counts[c]) + TOLERANCE
                  && r[1] >= counts[c] + upperLevel(counts[c]) - TOLERANCE
              : r[1] - r[0] > TOLERANCE;
      out.add(new CellRange(table.key(c), status[c], round(r[0]), round(r[1]), ok));
    }
    return out;
  }

  private static double round(double x) {
    return Double.isInfinite(x) ? x : Math.round(x * 1e6) / 1e6;
  }

  private double upperLevel(long v) {
    return Math.max(0, threshold - v);
  }

  private double lowerLevel(long v) {
    return v;
  }

  private static long[] counts(CountTable table) {
    long[] counts = new long[table.size()];
    for (int c = 0; c < counts.length; c++) {
      counts[c] = table.count(c);
    }
    return counts;
  }

  private static boolean[] suppressed(CellStatus[] status) {
    boolean[] s = new boolean[status.length];
    for (int c = 0; c < s.length; c++) {
      s[c] = status[c].isSuppressed();
    }
    return s;
  }

  private static double cost(long count) {
    return 1 + count;
  }

  private void hypercube(
      CountTable table,
      long[] counts,
      List<int[]> equations,
      CellStatus[] status,
      List<Integer> primary) {
    int d = table.dimensions().size();
    for (int s : primary) {
      int[] own = table.indices(s);
      long boxes = 1;
      for (int k = 0; k < d; k++) {
        boxes = Math.min(Long.MAX_VALUE / 64, boxes * (table.extent(k) - 1));
      }
      int @Nullable [] best = null;
      if (boxes <= MAX_BOXES) {
        int[] alt = new int[d];
        best =
            bestBox(
                table,
                counts,
                status,
                s,
                own,
                alt,
                0,
                null,
                new double[] {Double.POSITIVE_INFINITY});
      }
      if (best == null) {
        // no box can absorb the protection levels: the linear method finds a move of the whole
        // table
        linear(counts, equations, status, List.of(s));
        continue;
      }
      for (int corner : best) {
        if (status[corner] == CellStatus.FREE) {
          status[corner] = CellStatus.SECONDARY;
        }
      }
    }
  }

  /**
   * Tries every choice of the other index per dimension; returns the corners of the cheapest
   * feasible box.
   */
  private int @Nullable [] bestBox(
      CountTable table,
      long[] counts,
      CellStatus[] status,
      int s,
      int[] own,
      int[] alt,
      int k,
      int @Nullable [] best,
      double[] bestCost) {
    int d = own.length;
    if (k == d) {
      int corners = 1 << d;
      int[] cells = new int[corners];
      double cost = 0;
      long v = counts[s];
      for (int m = 0; m < corners; m++) {
        int[] at = new int[d];
        int sign = 1;
        for (int j = 0; j < d; j++) {
          boolean other = (m >> j & 1) == 1;
          at[j] = other ? alt[j] : own[j];
          int total = table.extent(j) - 1;
          // moving along a dimension between two interior codes flips the sign; to or from the
          // total it does not
          if (other && own[j] != total && alt[j] != total) {
            sign = -sign;
          }
        }
        int c = table.cell(at);
        cells[m] = c;
        // a corner moving against the cell must be able to go down by the upward level, and one
        // moving with it
        // by the downward level
        double need = sign < 0 ? upperLevel(v) : lowerLevel(v);
        if (counts[c] < need - TOLERANCE) {
          return best;
        }
        if (status[c] == CellStatus.FREE) {
          cost += cost(counts[c]);
        }
      }
      if (cost < bestCost[0]) {
        bestCost[0] = cost;
        return cells;
      }
      return best;
    }
    for (int i = 0; i < table.extent(k); i++) {
      if (i == own[k]) {
        continue;
      }
      alt[k] = i;
      best = bestBox(table, counts, status, s, own, alt, k + 1, best, bestCost);
    }
    return best;
  }

  private void linear(
      long[] counts, List<int[]> equations, CellStatus[] status, List<Integer> primary) {
    for (int s : primary) {
      for (int dir = 0; dir < 2; dir++) {
        double delta = dir == 0 ? upperLevel(counts[s]) : -lowerLevel(counts[s]);
        if (delta == 0) {
          continue;
        }
        boolean[] suppressed = suppressed(status);
        double[] r = Lp.range(counts, suppressed, equations, s);
        if (dir == 0
            ? r[1] >= counts[s] + delta - TOLERANCE
            : r[0] <= counts[s] + delta + TOLERANCE) {
          continue;
        }
        double[] cost = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
          cost[c] = suppressed[c] ? 0 : cost(counts[c]);
        }
        Optional<double[]> move = Lp.cheapestMove(counts, cost, equations, s, delta);
        if (move.isEmpty()) {
          throw new IllegalStateException(
              "no secondary suppression can protect a cell of this table");
        }
        double[] mv = move.get();
        for (int c = 0; c < counts.length; c++) {
          if (Math.abs(mv[c]) > TOLERANCE && status[c] == CellStatus.FREE) {
            status[c] = CellStatus.SECONDARY;
          }
        }
      }
    }
  }

  private void optimal(
      CountTable table,
      long[] counts,
      List<int[]> equations,
      CellStatus[] status,
      List<Integer> primary) {
    if (counts.length > OPTIMAL_MAX_CELLS || table.dimensions().size() > 2) {
      throw new IllegalArgumentException(
          "the optimal method takes tables of at most "
              + OPTIMAL_MAX_CELLS
              + " cells in one or two dimensions; this one has "
              + counts.length
              + " in "
              + table.dimensions().size());
    }
    int[] sensitive = primary.stream().mapToInt(Integer::intValue).toArray();
    double[] up = new double[sensitive.length];
    double[] down = new double[sensitive.length];
    for (int j = 0; j < sensitive.length; j++) {
      up[j] = upperLevel(counts[sensitive[j]]);
      down[j] = lowerLevel(counts[sensitive[j]]);
    }
    // the number of cells first; among patterns of equal size, the one with the smaller counts
    // (totals last)
    double[] cost = new double[counts.length];
    for (int c = 0; c < counts.length; c++) {
      cost[c] = 1 + counts[c] / (2.0 * counts.length * (table.grandTotal() + 1));
    }
    boolean[] chosen =
        Lp.optimal(counts, equations, sensitive, up, down, cost, table.dimensions().size())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the optimal suppression model could not be solved for " + table));
    for (int c = 0; c < counts.length; c++) {
      if (chosen[c] && status[c] == CellStatus.FREE) {
        status[c] = CellStatus.SECONDARY;
      }
    }
  }

  @Override
  public String toString() {
    return "DisclosureControl[threshold=" + threshold + ", method=" + method + "]";
  }
}

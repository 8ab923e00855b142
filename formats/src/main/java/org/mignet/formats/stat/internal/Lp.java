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
package org.mignet.formats.stat.internal;

import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The linear programs of disclosure control, solved with ojalgo's pure-Java simplex and
 * branch-and-bound. Cells are numbered as in the table; each equation lists its interior cells and
 * then its total (sum of the interior = total). Stateless and thread-safe.
 */
public final class Lp {

  static {
    // ojalgo prints a banner about hardware profiles on standard output when it first loads
    // (OjAlgoUtils' static
    // initialiser), which would land in the middle of statistics written to standard output. Its
    // own switch, the
    // system property shut.up.ojAlgo, turns the banner off; set it unless the application set it
    // already. (Swapping
    // System.out while the class loads, as before, would also silence other threads writing at that
    // moment.)
    if (System.getProperty("shut.up.ojAlgo") == null) {
      System.setProperty("shut.up.ojAlgo", "true");
    }
  }

  private Lp() {}

  /**
   * The range an intruder can derive for one suppressed cell: the minimum and maximum of that cell
   * over every non-negative table that agrees with every published cell and every equation.
   *
   * @param counts the true counts (only the published ones are used)
   * @param suppressed which cells are suppressed
   * @param equations the table's equations
   * @param target the suppressed cell asked about
   * @return {lower, upper}; upper is infinite when the cell is unbounded
   */
  public static double[] range(
      long[] counts, boolean[] suppressed, List<int[]> equations, int target) {
    return new double[] {
      solveRange(counts, suppressed, equations, target, false),
      solveRange(counts, suppressed, equations, target, true)
    };
  }

  private static double solveRange(
      long[] counts, boolean[] suppressed, List<int[]> equations, int target, boolean max) {
    ExpressionsBasedModel m = new ExpressionsBasedModel();
    Variable[] y = new Variable[counts.length];
    for (int c = 0; c < counts.length; c++) {
      if (suppressed[c]) {
        y[c] = m.addVariable("y" + c).lower(0);
      }
    }
    y[target].weight(1);
    int n = 0;
    for (int[] eq : equations) {
      double constant = 0;
      boolean any = false;
      for (int i = 0; i < eq.length; i++) {
        double sign = i == eq.length - 1 ? -1 : 1;
        if (suppressed[eq[i]]) {
          any = true;
        } else {
          constant += sign * counts[eq[i]];
        }
      }
      if (!any) {
        continue;
      }
      Expression e = m.addExpression("e" + n++).level(-constant);
      for (int i = 0; i < eq.length; i++) {
        if (suppressed[eq[i]]) {
          e.set(y[eq[i]], i == eq.length - 1 ? -1 : 1);
        }
      }
    }
    Optimisation.Result r = max ? m.maximise() : m.minimise();
    if (r.getState() == Optimisation.State.UNBOUNDED) {
      return max ? Double.POSITIVE_INFINITY : 0;
    }
    if (!r.getState().isFeasible()) {
      throw new IllegalStateException(
          "the audit found no table that agrees with what is published: " + r.getState());
    }
    return y[target].getValue().doubleValue();
  }

  /**
   * The cheapest way to move one cell by {@code delta} while every equation still holds and no cell
   * goes below 0: the cells that must move with it are the ones to suppress so that the move stays
   * possible for an intruder.
   *
   * @param counts the counts
   * @param cost the cost of moving each cell by one (0 for cells already suppressed)
   * @param equations the table's equations
   * @param target the cell to move
   * @param delta the move, positive or negative, not 0
   * @return the move of every cell, or empty if no move exists
   */
  public static java.util.Optional<double[]> cheapestMove(
      long[] counts, double[] cost, List<int[]> equations, int target, double delta) {
    ExpressionsBasedModel m = new ExpressionsBasedModel();
    Variable[] up = new Variable[counts.length];
    Variable[] down = new Variable[counts.length];
    for (int c = 0; c < counts.length; c++) {
      up[c] = m.addVariable("u" + c).lower(0).weight(cost[c]);
      down[c] = m.addVariable("d" + c).lower(0).upper(counts[c]).weight(cost[c]);
    }
    m.addExpression("target").level(delta).set(up[target], 1).set(down[target], -1);
    int n = 0;
    for (int[] eq : equations) {
      Expression e = m.addExpression("e" + n++).level(0);
      for (int i = 0; i < eq.length; i++) {
        double sign = i == eq.length - 1 ? -1 : 1;
        e.set(up[eq[i]], sign);
        e.set(down[eq[i]], -sign);
      }
    }
    Optimisation.Result r = m.minimise();
    if (!r.getState().isFeasible()) {
      return java.util.Optional.empty();
    }
    double[] move = new double[counts.length];
    for (int c = 0; c < counts.length; c++) {
      move[c] = up[c].getValue().doubleValue() - down[c].getValue().doubleValue();
    }
    return java.util.Optional.of(move);
  }

  /**
   * The fewest suppressions that protect every sensitive cell (Fischetti and Salazar's model): a
   * binary per cell, and for each sensitive cell and direction a move of the table that reaches its
   * protection level using only suppressed cells.
   *
   * @param counts the counts
   * @param equations the table's equations
   * @param sensitive the sensitive cells
   * @param upper each sensitive cell's upward protection level
   * @param lower each sensitive cell's downward protection level
   * @param cost the cost of suppressing each cell (1 to count cells)
   * @param dimensions the table's dimensions, 1 or 2: there the equations form a network matrix, so
   *     the table's elementary moves are 0, +1 or −1 per cell and no cell need move more than the
   *     protection level, which keeps the model tight and the optimum exact
   * @return which cells to suppress, or empty if the solver found no optimum
   */
  public static java.util.Optional<boolean[]> optimal(
      long[] counts,
      List<int[]> equations,
      int[] sensitive,
      double[] upper,
      double[] lower,
      double[] cost,
      int dimensions) {
    if (dimensions > 2) {
      throw new IllegalArgumentException("the exact model is for tables of one or two dimensions");
    }
    ExpressionsBasedModel m = new ExpressionsBasedModel();
    Variable[] x = new Variable[counts.length];
    for (int c = 0; c < counts.length; c++) {
      x[c] = m.addVariable("x" + c).binary().weight(cost[c]);
    }
    for (int s : sensitive) {
      x[s].level(1);
    }
    int n = 0;
    for (int j = 0; j < sensitive.length; j++) {
      for (int dir = 0; dir < 2; dir++) {
        double delta = dir == 0 ? upper[j] : -lower[j];
        if (delta == 0) {
          continue;
        }
        double big = Math.abs(delta);
        Variable[] up = new Variable[counts.length];
        Variable[] down = new Variable[counts.length];
        for (int c = 0; c < counts.length; c++) {
          up[c] = m.addVariable("u" + j + "_" + dir + "_" + c).lower(0);
          down[c] = m.addVariable("d" + j + "_" + dir + "_" + c).lower(0);
          // a cell moves only if suppressed, never below 0
          m.addExpression("bu" + n + "_" + c).upper(0).set(up[c], 1).set(x[c], -big);
          m.addExpression("bd" + n + "_" + c)
              .upper(0)
              .set(down[c], 1)
              .set(x[c], -Math.min(big, (double) counts[c]));
        }
        m.addExpression("t" + n).level(delta).set(up[sensitive[j]], 1).set(down[sensitive[j]], -1);
        int q = 0;
        for (int[] eq : equations) {
          Expression e = m.addExpression("e" + n + "_" + q++).level(0);
          for (int i = 0; i < eq.length; i++) {
            double sign = i == eq.length - 1 ? -1 : 1;
            e.set(up[eq[i]], sign);
            e.set(down[eq[i]], -sign);
          }
        }
        n++;
      }
    }
    m.options.time_abort = 60_000L;
    Optimisation.Result r = m.minimise();
    if (!r.getState().isOptimal()) {
      return java.util.Optional.empty();
    }
    boolean[] out = new boolean[counts.length];
    for (int c = 0; c < counts.length; c++) {
      out[c] = x[c].getValue().doubleValue() > 0.5;
    }
    return java.util.Optional.of(out);
  }
}

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A frequency table of any number of dimensions with every marginal and the grand total: each
 * dimension has its codes (the interior values, sorted) plus the total {@value #TOTAL}, and every
 * cell, totals included, holds a count. The totals are computed here from the interior cells, so
 * they always equal the sum of their parts.
 *
 * <p>Cells are numbered 0 … {@link #size()} − 1, the last dimension varying fastest; in each
 * dimension the index {@code codes(k).size()} is the total. Immutable and thread-safe.
 */
public final class CountTable {

  /** The SDMX code of a total ({@code _T}). */
  public static final String TOTAL = "_T";

  private final List<String> dimensions;
  private final List<List<String>> codes;
  private final int[] extent;
  private final int[] stride;
  // null in a shape (no counts yet), used only to lay out cells while the counts are added
  private final long @Nullable [] counts;

  private CountTable(List<String> dimensions, List<List<String>> codes, long @Nullable [] counts) {
    this.dimensions = List.copyOf(dimensions);
    this.codes = codes.stream().map(List::copyOf).toList();
    this.extent = new int[dimensions.size()];
    this.stride = new int[dimensions.size()];
    int s = 1;
    for (int k = dimensions.size() - 1; k >= 0; k--) {
      extent[k] = codes.get(k).size() + 1;
      stride[k] = s;
      s = Math.multiplyExact(s, extent[k]);
    }
    this.counts = counts;
  }

  /**
   * A table whose codes are those found in the keys, sorted.
   *
   * @param dimensions the dimension ids, in key order; at least one, distinct, none {@value #TOTAL}
   * @param interior the count of each interior cell by its key (one code per dimension, none
   *     {@value #TOTAL}); absent keys count 0; counts 0 or more
   * @return the table with its totals
   * @throws IllegalArgumentException for a key of the wrong length, a total code in a key or a
   *     negative count
   */
  public static CountTable of(List<String> dimensions, Map<List<String>, Long> interior) {
    List<List<String>> codes = new ArrayList<>();
    for (int k = 0; k < dimensions.size(); k++) {
      TreeSet<String> seen = new TreeSet<>();
      for (List<String> key : interior.keySet()) {
        if (key.size() != dimensions.size()) {
          throw new IllegalArgumentException(
              "a key must have one code per dimension (" + dimensions.size() + ")");
        }
        seen.add(key.get(k));
      }
      codes.add(List.copyOf(seen));
    }
    return of(dimensions, codes, interior);
  }

  /**
   * A table with the codes given (codes no key names are cells of 0).
   *
   * @param dimensions the dimension ids; at least one, distinct
   * @param codes the codes of each dimension, in the order wanted; distinct, none {@value #TOTAL}
   * @param interior counts by key as in {@link #of(List, Map)}; every code in a key among the codes
   *     given
   * @return the table with its totals
   * @throws IllegalArgumentException for bad dimensions, codes, keys or counts
   */
  public static CountTable of(
      List<String> dimensions, List<List<String>> codes, Map<List<String>, Long> interior) {
    Objects.requireNonNull(interior, "interior");
    if (dimensions.isEmpty()
        || dimensions.stream().distinct().count() != dimensions.size()
        || codes.size() != dimensions.size()) {
      throw new IllegalArgumentException(
          "name one or more distinct dimensions, with the codes of each");
    }
    for (List<String> c : codes) {
      if (c.contains(TOTAL) || c.stream().distinct().count() != c.size()) {
        throw new IllegalArgumentException("codes must be distinct and must not be " + TOTAL);
      }
    }
    CountTable shape = new CountTable(dimensions, codes, null);
    long[] counts = new long[shape.size()];
    for (Map.Entry<List<String>, Long> e : interior.entrySet()) {
      List<String> key = e.getKey();
      if (key.size() != dimensions.size()) {
        throw new IllegalArgumentException(
            "a key must have one code per dimension (" + dimensions.size() + ")");
      }
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("counts must be 0 or more");
      }
      int[] at = new int[key.size()];
      for (int k = 0; k < key.size(); k++) {
        at[k] = codes.get(k).indexOf(key.get(k));
        if (at[k] < 0) {
          throw new IllegalArgumentException(
              "code "
                  + (key.get(k).equals(TOTAL) ? TOTAL + " " : "")
                  + "not among the codes of "
                  + dimensions.get(k));
        }
      }
      // each interior count goes into its cell and every total above it
      addEverywhere(shape, at, 0, e.getValue(), counts);
    }
    return new CountTable(dimensions, codes, counts);
  }

  private static void addEverywhere(CountTable t, int[] at, int k, long n, long[] counts) {
    if (k == at.length) {
      counts[t.cell(at)] += n;
      return;
    }
    addEverywhere(t, at, k + 1, n, counts);
    int own = at[k];
    at[k] = t.extent[k] - 1;
    addEverywhere(t, at, k + 1, n, counts);
    at[k] = own;
  }

  /** Returns the dimension ids. */
  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * Returns the interior codes of dimension {@code k} (the total is index {@code codes(k).size()}).
   */
  public List<String> codes(int k) {
    return codes.get(k);
  }

  /** Returns the number of cells, totals included. */
  public int size() {
    return counts == null ? Arrays.stream(extent).reduce(1, Math::multiplyExact) : counts.length;
  }

  /** Returns the count of a cell. */
  public long count(int cell) {
    return counts()[cell];
  }

  /** Returns the grand total. */
  public long grandTotal() {
    long[] c = counts();
    return c[c.length - 1];
  }

  private long[] counts() {
    return Objects.requireNonNull(counts, "a table's shape has no counts");
  }

  /**
   * Returns the cell at the given index in each dimension (the total at {@code codes(k).size()}).
   */
  public int cell(int... at) {
    int c = 0;
    for (int k = 0; k < at.length; k++) {
      c += at[k] * stride[k];
    }
    return c;
  }

  /** Returns the index in each dimension of a cell. */
  public int[] indices(int cell) {
    int[] at = new int[extent.length];
    for (int k = 0; k < extent.length; k++) {
      at[k] = cell / stride[k] % extent[k];
    }
    return at;
  }

  /** Returns the codes of a cell, {@value #TOTAL} for totals. */
  public List<String> key(int cell) {
    int[] at = indices(cell);
    List<String> key = new ArrayList<>(at.length);
    for (int k = 0; k < at.length; k++) {
      key.add(at[k] == codes.get(k).size() ? TOTAL : codes.get(k).get(at[k]));
    }
    return key;
  }

  /** Returns whether the cell is a total in at least one dimension. */
  public boolean isTotal(int cell) {
    int[] at = indices(cell);
    for (int k = 0; k < at.length; k++) {
      if (at[k] == extent[k] - 1) {
        return true;
      }
    }
    return false;
  }

  /** Returns the extent (codes + 1) of dimension {@code k}. */
  int extent(int k) {
    return extent[k];
  }

  /**
   * The additivity equations an intruder knows: for each dimension and each choice of index in the
   * others, the interior cells along that dimension add up to its total. Each is the list of its
   * cells, the total last.
   */
  List<int[]> equations() {
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < extent.length; k++) {
      for (int cell = 0; cell < size(); cell++) {
        int[] at = indices(cell);
        if (at[k] != 0) {
          continue;
        }
        int[] eq = new int[extent[k]];
        for (int i = 0; i < extent[k]; i++) {
          eq[i] = cell + i * stride[k];
        }
        out.add(eq);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "CountTable" + dimensions + " of " + size() + " cells";
  }
}

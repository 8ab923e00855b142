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
package org.mignet.formats.ctdc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.code.Countries;
import org.mignet.core.code.Country;
import org.mignet.core.model.AgeRange;

/**
 * k-anonymity by local recoding over quasi-identifier columns of the 2024 layout: rows whose
 * combination of quasi-identifier values occurs fewer than k times are generalised step by step
 * (age band → wider band → minor or adult; country → UN M49 sub-region → region), then their
 * quasi-identifier cells are blanked one column at a time, and rows still in a class of fewer than
 * k rows are suppressed. Rows in classes of k or more are never touched, so those classes only
 * grow. Pure function over its input; thread-safe.
 */
public final class KAnonymity {

  /**
   * The outcome.
   *
   * @param rows the rows kept, in input order, with their quasi-identifiers generalised or blanked
   * @param kept for each kept row, its index in the input
   * @param generalised per column index, how many cells were generalised
   * @param suppressed per column index, how many cells were blanked
   * @param suppressedRows how many rows were suppressed whole
   */
  // never compared nor hashed: the result of one pass, read by the writer once
  @SuppressWarnings("ArrayRecordComponent")
  public record Result(
      List<String[]> rows,
      int[] kept,
      long[] generalised,
      long[] suppressed,
      long suppressedRows) {}

  private static final Map<String, String> PARENT = new HashMap<>();

  static {
    for (Country c : Countries.instance().countries()) {
      Optional<String> sub = c.m49SubRegion();
      Optional<String> region = c.m49Region();
      if (sub.isPresent()) {
        PARENT.put(c.alpha3(), sub.get());
        region.ifPresent(r -> PARENT.put(sub.get(), r));
      } else {
        region.ifPresent(r -> PARENT.put(c.alpha3(), r));
      }
    }
  }

  private KAnonymity() {}

  /**
   * Returns the anonymised rows and what changed.
   *
   * @param input the rows (not changed)
   * @param qi the column indices of the quasi-identifiers
   * @param k at least 1
   */
  public static Result apply(List<String[]> input, int[] qi, int k) {
    // no rows still have the quasi-identifier columns, which callers index the counts by
    int width =
        input.isEmpty() ? java.util.Arrays.stream(qi).max().orElse(-1) + 1 : input.get(0).length;
    List<String[]> rows = new ArrayList<>(input.size());
    for (String[] r : input) {
      rows.add(r.clone());
    }
    List<int[]> steps = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (int c : qi) {
        if (generalisable(c)) {
          steps.add(new int[] {c, 0});
        }
      }
    }
    int[] blankOrder = {
      CaseToCtdc.index("citizenship"),
      CaseToCtdc.index("CountryOfExploitation"),
      CaseToCtdc.index("traffickMonths"),
      CaseToCtdc.index("ageBroad"),
      CaseToCtdc.index("gender"),
      CaseToCtdc.index("yearOfRegistration")
    };
    for (int c : blankOrder) {
      for (int q : qi) {
        if (q == c) {
          steps.add(new int[] {c, 1});
        }
      }
    }
    for (int q : qi) {
      boolean listed = false;
      for (int c : blankOrder) {
        listed |= c == q;
      }
      if (!listed) {
        steps.add(new int[] {q, 1});
      }
    }
    boolean[] small = smallClasses(rows, qi, k);
    for (int[] step : steps) {
      boolean any = false;
      for (int i = 0; i < rows.size(); i++) {
        if (!small[i]) {
          continue;
        }
        String[] r = rows.get(i);
        String v = r[step[0]];
        if (v.isEmpty()) {
          continue;
        }
        if (step[1] == 1) {
          r[step[0]] = "";
          any = true;
        } else {
          String g = generalise(step[0], v);
          if (g != null) {
            r[step[0]] = g;
            any = true;
          }
        }
      }
      if (!any) {
        continue;
      }
      small = smallClasses(rows, qi, k);
    }
    long[] generalised = new long[width];
    long[] suppressed = new long[width];
    List<String[]> out = new ArrayList<>();
    int[] kept = new int[rows.size()];
    long dropped = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (small[i]) {
        dropped++;
        continue;
      }
      String[] before = input.get(i);
      String[] after = rows.get(i);
      for (int c : qi) {
        if (!before[c].equals(after[c])) {
          if (after[c].isEmpty()) {
            suppressed[c]++;
          } else {
            generalised[c]++;
          }
        }
      }
      kept[out.size()] = i;
      out.add(after);
    }
    return new Result(
        out, java.util.Arrays.copyOf(kept, out.size()), generalised, suppressed, dropped);
  }

  private static boolean generalisable(int column) {
    return column == CaseToCtdc.index("ageBroad")
        || column == CaseToCtdc.index("citizenship")
        || column == CaseToCtdc.index("CountryOfExploitation");
  }

  /**
   * Returns the next more general value, or null if there is none.
   *
   * @param column a column index
   * @param value a non-empty value
   */
  static String generalise(int column, String value) {
    if (column == CaseToCtdc.index("ageBroad")) {
      Optional<AgeRange> band = CtdcValues.parseBand(value);
      if (band.isEmpty()) {
        return null;
      }
      for (int level = 0; level < 3; level++) {
        Optional<AgeRange> b = CtdcValues.bandAt(band.get(), level);
        if (b.isPresent() && !b.get().equals(band.get())) {
          return CtdcValues.label(b.get());
        }
      }
      return null;
    }
    return PARENT.get(value);
  }

  private static boolean[] smallClasses(List<String[]> rows, int[] qi, int k) {
    Map<String, int[]> sizes = new HashMap<>();
    String[] keys = new String[rows.size()];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      sb.setLength(0);
      String[] r = rows.get(i);
      for (int c : qi) {
        sb.append(r[c]).append('\u0001');
      }
      keys[i] = sb.toString();
      sizes.computeIfAbsent(keys[i], x -> new int[1])[0]++;
    }
    boolean[] small = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      small[i] = sizes.get(keys[i])[0] < k;
    }
    return small;
  }
}

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mignet.core.code.Countries;
import org.mignet.core.code.Country;
import org.mignet.core.model.AgeRange;

/**
 * CTDC value lists and their parsing and formatting: age bands, gender labels, countries, flags.
 * Immutable.
 */
public final class CtdcValues {

  /** The CTDC age bands (CB6, CB2024); {@code 48+} is 48 to 150. */
  public static final List<AgeRange> BANDS =
      List.of(
          AgeRange.of(0, 8),
          AgeRange.of(9, 17),
          AgeRange.of(18, 20),
          AgeRange.of(21, 23),
          AgeRange.of(24, 26),
          AgeRange.of(27, 29),
          AgeRange.of(30, 38),
          AgeRange.of(39, 47),
          AgeRange.of(48, 150));

  /**
   * mignet's first generalisation of the bands (not a CTDC list; written only by the k-anonymising
   * writer).
   */
  public static final List<AgeRange> WIDE_BANDS =
      List.of(AgeRange.of(0, 17), AgeRange.of(18, 29), AgeRange.of(30, 47), AgeRange.of(48, 150));

  /** mignet's second generalisation: minors and adults. */
  public static final List<AgeRange> MAJORITY_BANDS =
      List.of(AgeRange.of(0, 17), AgeRange.of(18, 150));

  /** The gender labels of the 2024 layout. */
  public static final String MAN = "Man";

  /** The gender label of women in the 2024 layout. */
  public static final String WOMAN = "Woman";

  /** The merged trans and non-conforming label of the 2024 layout. */
  public static final String TRANS = "Trans/Transgender/NonConforming";

  /** The merged trans and non-conforming label of the Global Dataset. */
  public static final String TRANS_2018 = "Transgender/NonConforming";

  static final List<String> GENDER_LABELS =
      List.of("Male", "Female", TRANS_2018, "Unknown", MAN, WOMAN, TRANS);
  static final List<String> MAJORITY_LABELS = List.of("Minor", "Adult", "Unknown");
  static final List<String> BAND_LABELS =
      List.of(
          "0--8", "9--17", "09--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47",
          "48+");

  private static final Pattern RANGE =
      Pattern.compile("(\\d{1,3})\\s*(?:--|-|\u2014|\u2013)\\s*(\\d{1,3})");
  private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\s*\\+");
  private static final Set<String> MISSING = Set.of("", "-99", "null", "na", "unknown");
  private static final Map<String, String> M49_NAMES = new HashMap<>();

  static {
    for (Country c : Countries.instance().countries()) {
      c.m49Region().ifPresent(r -> M49_NAMES.put(r, c.m49RegionName().orElse(r)));
      c.m49SubRegion().ifPresent(r -> M49_NAMES.put(r, c.m49SubRegionName().orElse(r)));
      c.m49IntermediateRegion()
          .ifPresent(r -> M49_NAMES.put(r, c.m49IntermediateRegionName().orElse(r)));
    }
  }

  private CtdcValues() {}

  /**
   * Returns whether a cell means "not reported" ({@code -99}, empty, {@code NULL}, {@code
   * Unknown}).
   */
  public static boolean isMissing(String cell) {
    return MISSING.contains(cell.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the band ({@code 9--17}, {@code 09--17}, {@code 0—8}, {@code 48+}, or any wider {@code
   * N--M}), or empty.
   *
   * @param cell an {@code ageBroad} cell, not missing
   */
  public static Optional<AgeRange> parseBand(String cell) {
    String s = cell.strip();
    Matcher m = RANGE.matcher(s);
    if (m.matches()) {
      int min = Integer.parseInt(m.group(1));
      int max = Integer.parseInt(m.group(2));
      return min <= max && max <= 150 ? Optional.of(AgeRange.of(min, max)) : Optional.empty();
    }
    m = OPEN.matcher(s);
    if (m.matches() && Integer.parseInt(m.group(1)) <= 150) {
      return Optional.of(AgeRange.of(Integer.parseInt(m.group(1)), 150));
    }
    return Optional.empty();
  }

  /** Returns whether a band is one of CTDC's own. */
  public static boolean isCtdcBand(AgeRange band) {
    return BANDS.contains(band);
  }

  /** Returns the 2024 label of a band: {@code 09--17}, {@code 48+}, {@code 18--29}. */
  public static String label(AgeRange band) {
    if (band.max() == 150) {
      return band.min() + "+";
    }
    return (band.min() == 9 ? "09" : String.valueOf(band.min())) + "--" + band.max();
  }

  /**
   * Returns the band of that level containing the whole of {@code age}, or empty if none does.
   *
   * @param age an age or band
   * @param level 0 for CTDC's bands, 1 for {@link #WIDE_BANDS}, 2 for {@link #MAJORITY_BANDS}
   */
  public static Optional<AgeRange> bandAt(AgeRange age, int level) {
    List<AgeRange> bands = level == 0 ? BANDS : level == 1 ? WIDE_BANDS : MAJORITY_BANDS;
    for (AgeRange b : bands) {
      if (b.min() <= age.min() && age.max() <= b.max()) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the ISO alpha-3 code of an alpha-2, alpha-3 or numeric code (or a name {@link
   * Countries} knows).
   *
   * @param cell a country cell, not missing
   */
  public static Optional<String> country(String cell) {
    String s = cell.strip().toUpperCase(Locale.ROOT);
    Optional<Country> c =
        s.length() == 2
            ? Countries.instance().byAlpha2(s)
            : s.length() == 3 && Character.isLetter(s.charAt(0))
                ? Countries.instance().byAlpha3(s)
                : Optional.empty();
    if (c.isPresent()) {
      return c.map(Country::alpha3);
    }
    if (isM49Region(s)) {
      return Optional.empty();
    }
    return Countries.instance().resolve(cell.strip()).code();
  }

  /** Returns whether a cell is a UN M49 region, sub-region or intermediate-region code. */
  public static boolean isM49Region(String cell) {
    return M49_NAMES.containsKey(cell.strip());
  }

  /** Returns the English name of an M49 region code, or the code. */
  public static String m49Name(String code) {
    return M49_NAMES.getOrDefault(code, code);
  }

  /**
   * Returns true for {@code 1}, false for {@code 0}, {@code -99} or empty (not reported), empty if
   * not a flag.
   *
   * @param cell a flag cell
   */
  public static Optional<Boolean> flag(String cell) {
    String s = cell.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "1", "1.0", "true" -> Optional.of(true);
      case "0", "0.0", "false", "-99", "", "null", "unknown" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** Returns up to three of the candidates closest to the input by edit distance, case ignored. */
  public static String closest(String input, List<String> candidates) {
    String key = input.strip().toLowerCase(Locale.ROOT);
    List<String> sorted = new ArrayList<>(new HashSet<>(candidates));
    sorted.sort(
        Comparator.comparingInt((String c) -> distance(key, c.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
    return String.join(", ", sorted.subList(0, Math.min(3, sorted.size())));
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

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
package org.mignet.formats.sdmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An SDMX content constraint: which values a dataflow or data structure allows ({@link
 * Type#ALLOWED}) or actually has ({@link Type#ACTUAL}), as cube regions (values per dimension, plus
 * a time range) and data key sets (whole or partial keys). Only allowed constraints restrict what
 * is valid; actual ones describe availability. Immutable.
 *
 * @param ref agency, id and version; not null
 * @param names names by language; never null
 * @param type allowed or actual; not null
 * @param attachedTo the dataflows and data structures it constrains; never null
 * @param cubeRegions the cube regions; never null
 * @param keySets the data key sets; never null
 */
public record ContentConstraint(
    SdmxRef ref,
    Map<String, String> names,
    Type type,
    List<SdmxRef> attachedTo,
    List<CubeRegion> cubeRegions,
    List<KeySet> keySets) {

  /** SDMX constraint {@code type}. */
  public enum Type {
    /** The values a dataflow may have; used for validation. */
    ALLOWED,
    /** The values a dataflow actually has (availability); not used for validation. */
    ACTUAL
  }

  /**
   * A cube region: for each listed dimension, the values included in (or, with {@code include}
   * false, excluded from) the region, and an optional time range on the time dimension.
   *
   * @param include whether the listed values are included ({@code true}) or excluded
   * @param values values by dimension id; a dimension with an empty set is not restricted
   * @param timeRange a range on the time dimension, if any
   */
  public record CubeRegion(
      boolean include, Map<String, Set<String>> values, Optional<TimeRange> timeRange) {

    /** Copies the values keeping their order. */
    public CubeRegion {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
      values = Collections.unmodifiableMap(copy);
      timeRange = timeRange == null ? Optional.empty() : timeRange;
    }
  }

  /**
   * A time range of a cube region, as written in the message (dates or periods such as {@code
   * 1995-01-01T00:00:00}).
   *
   * @param dimension the time dimension's id; not blank
   * @param start the start, if bounded
   * @param startInclusive whether the start is included
   * @param end the end, if bounded
   * @param endInclusive whether the end is included
   */
  public record TimeRange(
      String dimension,
      Optional<String> start,
      boolean startInclusive,
      Optional<String> end,
      boolean endInclusive) {

    /** Normalises absent parts. */
    public TimeRange {
      Objects.requireNonNull(dimension, "dimension");
      start = start == null ? Optional.empty() : start;
      end = end == null ? Optional.empty() : end;
    }
  }

  /**
   * A data key set: keys (all or some dimensions) that are included or, with {@code included}
   * false, excluded.
   *
   * @param included whether the keys are included
   * @param keys the keys, each values by dimension id
   */
  public record KeySet(boolean included, List<Map<String, String>> keys) {

    /** Copies the keys. */
    public KeySet {
      keys = keys.stream().map(k -> Collections.unmodifiableMap(new LinkedHashMap<>(k))).toList();
    }
  }

  /** Checks required parts and copies collections. */
  public ContentConstraint {
    Objects.requireNonNull(ref, "ref");
    names =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    Objects.requireNonNull(type, "type");
    attachedTo = List.copyOf(attachedTo);
    cubeRegions = List.copyOf(cubeRegions);
    keySets = List.copyOf(keySets);
  }

  /**
   * Checks a key against the regions and key sets.
   *
   * @param key dimension values by id (the time dimension included); not null
   * @return the id of the first dimension whose value the constraint excludes, or empty if the key
   *     is allowed
   */
  public Optional<String> excludedDimension(Map<String, String> key) {
    for (CubeRegion r : cubeRegions) {
      for (Map.Entry<String, Set<String>> e : r.values().entrySet()) {
        String v = key.get(e.getKey());
        if (v == null || e.getValue().isEmpty()) {
          continue;
        }
        if (r.include() != e.getValue().contains(v)) {
          return Optional.of(e.getKey());
        }
      }
      if (r.timeRange().isPresent()) {
        TimeRange t = r.timeRange().get();
        String v = key.get(t.dimension());
        if (v != null && r.include() != within(v, t)) {
          return Optional.of(t.dimension());
        }
      }
    }
    for (KeySet s : keySets) {
      boolean matches =
          s.keys().stream()
              .anyMatch(
                  k ->
                      k.entrySet().stream()
                          .allMatch(
                              e ->
                                  !key.containsKey(e.getKey())
                                      || e.getValue().equals(key.get(e.getKey()))));
      if (matches != s.included() && !s.keys().isEmpty()) {
        return Optional.of(
            s.keys().get(0).keySet().stream()
                .filter(key::containsKey)
                .findFirst()
                .orElse(s.keys().get(0).keySet().iterator().next()));
      }
    }
    return Optional.empty();
  }

  /**
   * Compares the start of a period ({@code 2019}, {@code 2019-03}, {@code 2019-Q2}, a date) with
   * the range.
   */
  private static boolean within(String period, TimeRange t) {
    String p = startOf(period);
    if (p == null) {
      return true;
    }
    if (t.start().isPresent()) {
      String s = startOf(t.start().get());
      int c = s == null ? 1 : p.compareTo(s);
      if (c < 0 || (c == 0 && !t.startInclusive())) {
        return false;
      }
    }
    if (t.end().isPresent()) {
      String e = startOf(t.end().get());
      int c = e == null ? -1 : p.compareTo(e);
      return c < 0 || (c == 0 && t.endInclusive());
    }
    return true;
  }

  /**
   * Returns {@code yyyy-MM-dd} of the start of a period or date, or null if not a period mignet
   * knows.
   */
  static @Nullable String startOf(String period) {
    String p = period.strip();
    if (p.length() < 4 || !p.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return null;
    }
    String year = p.substring(0, 4);
    if (p.length() == 4) {
      return year + "-01-01";
    }
    String rest = p.substring(5);
    if (p.charAt(4) != '-' || rest.isEmpty()) {
      return null;
    }
    char kind = rest.charAt(0);
    if (Character.isDigit(kind)) {
      return rest.length() >= 5 && rest.charAt(2) == '-'
          ? year + "-" + rest.substring(0, 5)
          : rest.length() >= 2 ? year + "-" + rest.substring(0, 2) + "-01" : null;
    }
    int n;
    try {
      n = Integer.parseInt(rest.substring(1).replaceAll("[^0-9].*$", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    int month =
        switch (kind) {
          case 'Q' -> (n - 1) * 3 + 1;
          case 'S' -> (n - 1) * 6 + 1;
          case 'M' -> n;
          case 'A' -> 1;
          default -> 0;
        };
    return month < 1 || month > 12
        ? null
        : String.format(java.util.Locale.ROOT, "%s-%02d-01", year, month);
  }

  /** Returns the name in a language, falling back to English, then to any name. */
  public Optional<String> name(String language) {
    return Names.pick(names, language);
  }
}

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
package org.mignet.core.code;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mignet.core.code.internal.Text;

/**
 * A versioned list of codes with a source, able to resolve the codes, aliases and names found in
 * real files to its canonical codes.
 *
 * <p>Every implementation in mignet is immutable and thread-safe. Find lists through {@link
 * CodeLists}.
 */
public interface CodeList {

  /**
   * Returns the stable lower-case id, e.g. {@code iso3166} or {@code htcds:vic_MethodsOfControl}.
   */
  String id();

  /** Returns the version of the list's data, e.g. {@code 2.0}. */
  String version();

  /** Returns a citation of where the data comes from. */
  String source();

  /** Returns the canonical codes in the list's own order, unmodifiable. */
  List<Code> codes();

  /**
   * Tells whether a string is a canonical code of this list, exactly (no trimming, no case
   * folding).
   *
   * @param canonicalCode the code, not null
   * @return true if it is a canonical code
   * @throws NullPointerException if the code is null
   */
  boolean contains(String canonicalCode);

  /**
   * Returns the entry for a canonical code (exact match).
   *
   * @param canonicalCode the code, not null
   * @return the entry, or empty if it is not a canonical code
   * @throws NullPointerException if the code is null
   */
  Optional<Code> get(String canonicalCode);

  /**
   * Finds the canonical code an input stands for. Surrounding whitespace (including U+00A0) is
   * ignored; then the input is tried as an exact code, a code in another case, an alias and a name.
   * Never throws for a non-null string.
   *
   * @param input the input, not null
   * @return the outcome, never null
   * @throws NullPointerException if the input is null
   */
  Resolution resolve(String input);

  /**
   * Returns the canonical codes whose code or label is nearest to an input by edit distance (case,
   * accents and punctuation ignored), nearest first; meant for "did you mean" messages.
   *
   * @param input the input, not null
   * @param max the maximum number of codes returned, not negative
   * @return up to {@code max} distinct canonical codes
   * @throws NullPointerException if the input is null
   * @throws IllegalArgumentException if {@code max} is negative
   */
  default List<String> closest(String input, int max) {
    Objects.requireNonNull(input, "input must not be null");
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    String key = Text.key(input);
    Map<String, Integer> best = new LinkedHashMap<>();
    for (Code c : codes()) {
      int d = Text.distance(key, Text.key(c.code()), 64);
      if (!c.label().equals(c.code())) {
        d = Math.min(d, Text.distance(key, Text.key(c.label()), 64));
      }
      best.merge(c.code(), d, Math::min);
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }
}

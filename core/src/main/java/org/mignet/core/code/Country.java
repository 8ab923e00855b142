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

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ISO 3166-1 country or area with its UN M49 geographic classification.
 *
 * <p>M49 parts are empty where M49 gives none (Antarctica, Taiwan) or where the bundled compilation
 * lacks them (the Channel Islands intermediate region 830).
 *
 * @param alpha2 ISO 3166-1 alpha-2 code, two upper-case letters
 * @param alpha3 ISO 3166-1 alpha-3 code, three upper-case letters (the canonical code in {@link
 *     Countries})
 * @param numeric ISO 3166-1 numeric code, three digits, zero-padded (equal to the M49 code)
 * @param englishName ISO English short name, not blank
 * @param m49Region M49 region code, e.g. {@code 150}
 * @param m49RegionName M49 region name in English, e.g. {@code Europe}
 * @param m49SubRegion M49 sub-region code
 * @param m49SubRegionName M49 sub-region name in English
 * @param m49IntermediateRegion M49 intermediate region code
 * @param m49IntermediateRegionName M49 intermediate region name in English
 */
public record Country(
    String alpha2,
    String alpha3,
    String numeric,
    String englishName,
    Optional<String> m49Region,
    Optional<String> m49RegionName,
    Optional<String> m49SubRegion,
    Optional<String> m49SubRegionName,
    Optional<String> m49IntermediateRegion,
    Optional<String> m49IntermediateRegionName) {

  private static final Set<String> UN_LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

  /**
   * Checks the entry.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a code has the wrong shape or the name is blank
   */
  public Country {
    Objects.requireNonNull(alpha2, "alpha2");
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(numeric, "numeric");
    Objects.requireNonNull(englishName, "englishName");
    Objects.requireNonNull(m49Region, "m49Region");
    Objects.requireNonNull(m49RegionName, "m49RegionName");
    Objects.requireNonNull(m49SubRegion, "m49SubRegion");
    Objects.requireNonNull(m49SubRegionName, "m49SubRegionName");
    Objects.requireNonNull(m49IntermediateRegion, "m49IntermediateRegion");
    Objects.requireNonNull(m49IntermediateRegionName, "m49IntermediateRegionName");
    // plain loops, not String.matches: 249 countries are built at start-up, three patterns each
    if (!isAll(alpha2, 2, 'A', 'Z')) {
      throw new IllegalArgumentException("alpha2 must be two upper-case letters: " + alpha2);
    }
    if (!isAll(alpha3, 3, 'A', 'Z')) {
      throw new IllegalArgumentException("alpha3 must be three upper-case letters: " + alpha3);
    }
    if (!isAll(numeric, 3, '0', '9')) {
      throw new IllegalArgumentException("numeric must be three digits: " + numeric);
    }
    if (englishName.isBlank()) {
      throw new IllegalArgumentException("englishName must not be blank");
    }
  }

  /** Whether {@code s} is {@code length} characters, each from {@code lo} to {@code hi}. */
  private static boolean isAll(String s, int length, char lo, char hi) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < lo || c > hi) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the country's name in a language. For the six UN languages (Arabic, Chinese, English,
   * French, Russian, Spanish) the name comes from the JDK's locale data ({@link
   * Locale#getDisplayCountry}); for any other language, or where the JDK has no name, the ISO
   * English short name is returned.
   *
   * @param locale the language wanted, not null
   * @return the name, never blank
   * @throws NullPointerException if the locale is null
   */
  public String name(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (!UN_LANGUAGES.contains(locale.getLanguage())) {
      return englishName;
    }
    String name = new Locale.Builder().setRegion(alpha2).build().getDisplayCountry(locale);
    return name.isBlank() || name.equals(alpha2) ? englishName : name;
  }
}

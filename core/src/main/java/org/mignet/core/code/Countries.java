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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.code.internal.Text;
import org.mignet.core.code.internal.TsvResource;

/**
 * ISO 3166-1 countries (code list id {@code iso3166}); the canonical code is the <b>alpha-3</b>
 * code.
 *
 * <p>{@link #resolve(String)} accepts alpha-3, alpha-2 and numeric codes (with or without zero
 * padding), ISO English names, names in the six UN languages from the JDK locale data, withdrawn
 * codes and common variants from the bundled {@code country-aliases.tsv} (e.g. ROM → ROU, "UK" →
 * GBR, Eurostat labels). Codes of several successor states (SU, YU, CS, AN) stay unresolved with a
 * note. Eurostat aggregates ("European Union (28 countries)", "Total") are not countries: they stay
 * unresolved with the note "aggregate, not a country", and {@link #aggregateCode(String)} gives
 * their Eurostat code.
 *
 * <p><b>Kosovo</b> has no ISO 3166-1 code. "XK", "XKX", "RKS" and "Kosovo…" resolve, as {@link
 * ResolutionKind#ALIAS} with a note, to the user-assigned code {@code XKX} in common use (EU, World
 * Bank); {@code contains("XKX")} is false, {@link #isKnownNonIso(String)} is true.
 *
 * <p>Immutable and thread-safe; {@link #instance()} builds the table once, on first use.
 */
public final class Countries extends TableBackedCodeList {

  /** The id of this code list. */
  public static final String ID = "iso3166";

  private static final String AGGREGATE_NOTE = "aggregate, not a country";
  private static final String KOSOVO = "XKX";
  private static final List<Locale> UN_LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.FRENCH,
          Locale.forLanguageTag("es"),
          Locale.forLanguageTag("ru"),
          Locale.CHINESE,
          Locale.forLanguageTag("ar"));

  /**
   * Codes, aliases and what stays unresolved, without the JDK's names: all but {@link #resolve}
   * needs.
   */
  private final CodeTable table;

  /** The same with the JDK's names in the six UN languages, built on the first {@link #resolve}. */
  private volatile @Nullable CodeTable withNames;

  private final Map<String, Country> byAlpha3;
  private final Map<String, Country> byAlpha2;
  private final Map<String, Country> byNumeric;
  private final Map<String, String> aggregates;

  private static final class Holder {
    static final Countries INSTANCE = new Countries();
  }

  private Countries() {
    TsvResource tsv = TsvResource.read("iso3166-m49.tsv", 10, "alpha2");
    Map<String, Country> a3 = new LinkedHashMap<>();
    Map<String, Country> a2 = new HashMap<>();
    Map<String, Country> num = new HashMap<>();
    for (TsvResource.Row r : tsv.rows()) {
      Country c;
      try {
        c =
            new Country(
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3),
                r.optional(5),
                r.optional(4),
                r.optional(7),
                r.optional(6),
                r.optional(9),
                r.optional(8));
      } catch (IllegalArgumentException e) {
        throw TsvResource.malformed(tsv.name(), r.line(), e.getMessage());
      }
      if (a3.putIfAbsent(c.alpha3(), c) != null
          || a2.putIfAbsent(c.alpha2(), c) != null
          || num.putIfAbsent(c.numeric(), c) != null) {
        throw TsvResource.malformed(tsv.name(), r.line(), "duplicate code in " + c);
      }
    }
    this.byAlpha3 = Map.copyOf(a3);
    this.byAlpha2 = Map.copyOf(a2);
    this.byNumeric = Map.copyOf(num);

    Map<String, String> aggregateKeys = new HashMap<>();
    this.table = table(tsv.version(), tsv.source(), a3.values(), false, aggregateKeys);
    this.aggregates = Map.copyOf(aggregateKeys);
  }

  /**
   * Builds the table: codes, aliases and what stays unresolved; with {@code jdkNames} also the
   * names of every country in the six UN languages from the JDK's locale data, which only {@link
   * #resolve(String)} needs and which take about a tenth of a second to look up (validation, which
   * only asks {@link #contains}, never does).
   */
  private static CodeTable table(
      String version,
      String source,
      Collection<Country> countries,
      boolean jdkNames,
      Map<String, String> aggregateKeys) {
    CodeTable.Builder b = CodeTable.builder(ID, version, source);
    b.extra(KOSOVO);
    for (Country c : countries) {
      b.code(c.alpha3(), c.englishName());
    }
    for (Country c : countries) {
      b.alias(c.alpha2(), c.alpha3(), "ISO 3166-1 alpha-2 code " + c.alpha2());
      b.alias(c.numeric(), c.alpha3(), "ISO 3166-1 numeric code " + c.numeric());
      String unpadded = withoutLeadingZeros(c.numeric());
      if (!unpadded.equals(c.numeric())) {
        b.alias(
            unpadded,
            c.alpha3(),
            "ISO 3166-1 numeric code " + c.numeric() + " without zero padding");
        if (c.numeric().startsWith("00")) {
          b.alias(
              c.numeric().substring(1),
              c.alpha3(),
              "ISO 3166-1 numeric code " + c.numeric() + " without zero padding");
        }
      }
    }
    TsvResource aliases = TsvResource.read("country-aliases.tsv", 3, "alias");
    for (TsvResource.Row r : aliases.rows()) {
      String target = r.get(1);
      if (target.equals("-")) {
        b.unresolvable(r.get(0), r.get(2));
        continue;
      }
      if (!b.knows(target)) {
        throw TsvResource.malformed(aliases.name(), r.line(), "unknown alpha-3 target " + target);
      }
      b.alias(r.get(0), target, r.get(2).isEmpty() ? null : r.get(2));
    }
    // Names from the JDK come after the curated names, so that ambiguous translations are dropped
    // rather
    // than allowed to shadow an ISO name.
    for (Locale language : jdkNames ? UN_LANGUAGES : List.<Locale>of()) {
      for (Country c : countries) {
        String name =
            new Locale.Builder().setRegion(c.alpha2()).build().getDisplayCountry(language);
        if (!name.isBlank() && !name.equals(c.alpha2())) {
          b.name(name, c.alpha3());
        }
      }
    }
    TsvResource agg = TsvResource.read("country-aggregates.tsv", 3, "code");
    for (TsvResource.Row r : agg.rows()) {
      String note = r.get(2).isEmpty() ? AGGREGATE_NOTE + " (Eurostat " + r.get(0) + ")" : r.get(2);
      for (String input : List.of(r.get(0), r.get(1))) {
        b.unresolvable(input, note);
        aggregateKeys.putIfAbsent(Text.key(input), r.get(0));
      }
    }
    return b.build();
  }

  /**
   * Returns the shared instance, building it on first use (thread-safe, a few milliseconds; the
   * names in the six UN languages wait for the first {@link #resolve}).
   *
   * @return the ISO 3166-1 code list
   */
  public static Countries instance() {
    return Holder.INSTANCE;
  }

  @Override
  CodeTable table() {
    return table;
  }

  /** Resolves against the table with the names in the six UN languages, built on first use. */
  @Override
  public Resolution resolve(String input) {
    CodeTable t = withNames;
    if (t == null) {
      synchronized (this) {
        t = withNames;
        if (t == null) {
          t = table(table.version(), table.source(), countries(), true, new HashMap<>());
          withNames = t;
        }
      }
    }
    return t.resolve(input);
  }

  @Override
  public String id() {
    return ID;
  }

  /** Returns all countries in the order of {@link #codes()}, unmodifiable. */
  public List<Country> countries() {
    List<Country> out = new ArrayList<>();
    for (Code c : codes()) {
      out.add(byAlpha3.get(c.code()));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the country for a canonical (alpha-3) code, exact match.
   *
   * @param canonical the alpha-3 code, not null
   * @return the country, or empty
   */
  public Optional<Country> country(String canonical) {
    return Optional.ofNullable(byAlpha3.get(Objects.requireNonNull(canonical, "canonical")));
  }

  /**
   * Returns the country for an alpha-2 code (trimmed, any case).
   *
   * @param alpha2 the code, not null
   * @return the country, or empty
   */
  public Optional<Country> byAlpha2(String alpha2) {
    return Optional.ofNullable(byAlpha2.get(Text.trim(alpha2).toUpperCase(Locale.ROOT)));
  }

  /**
   * Returns the country for an alpha-3 code (trimmed, any case).
   *
   * @param alpha3 the code, not null
   * @return the country, or empty
   */
  public Optional<Country> byAlpha3(String alpha3) {
    return Optional.ofNullable(byAlpha3.get(Text.trim(alpha3).toUpperCase(Locale.ROOT)));
  }

  /** The code without its leading zeros ("004" gives "4"), as {@code replaceFirst("^0+", "")}. */
  private static String withoutLeadingZeros(String numeric) {
    int i = 0;
    while (i < numeric.length() && numeric.charAt(i) == '0') {
      i++;
    }
    return numeric.substring(i);
  }

  /**
   * Returns the country for a numeric code, with or without zero padding ("76" and "076" both give
   * Brazil).
   *
   * @param numeric the code, not null
   * @return the country, or empty if the code is not 1–3 digits or not assigned
   */
  public Optional<Country> byNumeric(String numeric) {
    String s = Text.trim(numeric);
    if (!s.matches("[0-9]{1,3}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(byNumeric.get("000".substring(s.length()) + s));
  }

  /**
   * Tells whether an input is a code mignet knows outside ISO 3166-1: currently Kosovo's {@code
   * XKX} (also written {@code XK}).
   *
   * @param code the code, not null
   * @return true for a known non-ISO code
   */
  public boolean isKnownNonIso(String code) {
    String s = Text.trim(code).toUpperCase(Locale.ROOT);
    return s.equals(KOSOVO) || s.equals("XK");
  }

  /**
   * Returns the Eurostat code of an aggregate or other non-country entry ("European Union (28
   * countries)" gives {@code EU28}, "Total" gives {@code TOTAL}).
   *
   * @param input a code or label, not null
   * @return the Eurostat code, or empty if the input is not a known aggregate
   */
  public Optional<String> aggregateCode(String input) {
    Objects.requireNonNull(input, "input");
    return Optional.ofNullable(aggregates.get(Text.key(Text.trim(input))));
  }

  @Override
  public String toString() {
    return "Countries[" + version() + ", " + codes().size() + " codes]";
  }
}

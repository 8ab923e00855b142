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

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.code.internal.TsvResource;

/**
 * ICAO Doc 9303 Part 3 nationality and issuing-state codes (code list id {@code icao-nationality}):
 * every ISO 3166-1 alpha-3 code plus the codes ICAO adds, such as {@code D} (Germany), {@code XXA}
 * (stateless), {@code XXB}/{@code XXC} (refugees), {@code XXX} (unspecified), {@code UNO}, {@code
 * EUE}, {@code RKS} and the British national categories {@code GBD}…{@code GBS}.
 *
 * <p>{@link #resolve(String)} also accepts the MRZ form {@code D<<}, ICAO two-letter codes, ISO
 * alpha-2 codes and English names. Immutable and thread-safe.
 */
public final class IcaoCodes extends TableBackedCodeList {

  /** The id of this code list. */
  public static final String ID = "icao-nationality";

  private static final Set<String> STATELESS_OR_REFUGEE = Set.of("XXA", "XXB", "XXC");

  private final CodeTable table;
  private final Map<String, String> toIso;

  private static final class Holder {
    static final IcaoCodes INSTANCE = new IcaoCodes();
  }

  private IcaoCodes() {
    Countries countries = Countries.instance();
    TsvResource tsv = TsvResource.read("icao-nationality-extra.tsv", 5, "code");
    CodeTable.Builder b = CodeTable.builder(ID, tsv.version(), tsv.source());
    Map<String, String> iso = new HashMap<>();
    for (Country c : countries.countries()) {
      b.code(c.alpha3(), c.englishName());
      iso.put(c.alpha3(), c.alpha3());
    }
    for (TsvResource.Row r : tsv.rows()) {
      String code = r.get(0);
      if (!isIcaoCode(code)) {
        throw TsvResource.malformed(tsv.name(), r.line(), "bad ICAO code " + code);
      }
      b.code(code, r.get(4));
      r.optional(2)
          .ifPresent(
              target -> {
                if (countries.country(target).isEmpty()) {
                  throw TsvResource.malformed(
                      tsv.name(), r.line(), "unknown ISO equivalent " + target);
                }
                iso.put(code, target);
              });
    }
    b.alias("D<<", "D", "MRZ form of D (Germany), padded with fillers");
    for (TsvResource.Row r : tsv.rows()) {
      r.optional(1).ifPresent(two -> b.alias(two, r.get(0), "ICAO two-letter code " + two));
    }
    for (Country c : countries.countries()) {
      b.alias(c.alpha2(), c.alpha3(), "ISO 3166-1 alpha-2 code " + c.alpha2());
    }
    this.toIso = Map.copyOf(iso);
    this.table = b.build();
  }

  /** One to three upper-case ASCII letters (a plain loop: no pattern compiled per row). */
  private static boolean isIcaoCode(String code) {
    if (code.isEmpty() || code.length() > 3) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the shared instance, building it on first use (thread-safe).
   *
   * @return the ICAO nationality code list
   */
  public static IcaoCodes instance() {
    return Holder.INSTANCE;
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code of the state an ICAO code stands for: {@code D} gives
   * {@code DEU}, an ISO code gives itself, the British national categories give {@code GBR}. Codes
   * of statelessness, refugees, organisations, Kosovo and deprecated entries give empty. The input
   * is resolved first, so {@code "d<<"} works.
   *
   * @param icao the code, not null
   * @return the ISO code, or empty
   * @throws NullPointerException if the code is null
   */
  public Optional<String> toIso(String icao) {
    return resolve(icao).code().map(toIso::get);
  }

  /**
   * Tells whether a code marks a stateless person ({@code XXA}) or a refugee ({@code XXB}, {@code
   * XXC}). {@code XXX} (unspecified nationality) is neither.
   *
   * @param icao the code, not null
   * @return true for XXA, XXB and XXC (in any case, trimmed)
   * @throws NullPointerException if the code is null
   */
  public boolean isStatelessOrRefugee(String icao) {
    return resolve(icao).code().filter(STATELESS_OR_REFUGEE::contains).isPresent();
  }

  @Override
  CodeTable table() {
    return table;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Resolution resolve(String input) {
    Objects.requireNonNull(input, "input to resolve against code list " + ID + " must not be null");
    return table.resolve(input);
  }
}

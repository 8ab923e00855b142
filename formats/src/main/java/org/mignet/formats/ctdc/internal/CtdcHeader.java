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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a header row is a CTDC header, the same way for reading and for sniffing.
 *
 * <p>A header is CTDC's when (1) it names at least one variable only CTDC uses: every CTDC variable
 * except the generic {@code gender}, {@code citizenship} and {@code Datasource}, which any table of
 * people may have; and (2) CTDC variables make up at least half of its named columns, so that a
 * wider table that shares a few names with CTDC is not read as CTDC with most of its data moved to
 * extensions. Every published CTDC layout passes easily (the Global Dataset names 63 variables, the
 * 2024 synthetic data 27, all of them CTDC's); an extract of a few CTDC columns passes too. Empty
 * cells and the terms-of-use notice that heads the 2020 Global Dataset's first column are not named
 * columns. Stateless.
 */
final class CtdcHeader {

  private static final Set<String> GENERIC = Set.of("gender", "citizenship", "datasource");

  /** The variables named in messages as examples of CTDC's own. */
  static final String EXAMPLES =
      "yearOfRegistration, ageBroad, majorityStatus, CountryOfExploitation, "
          + "isForcedLabour, meansOfControlDebtBondage, typeOfLabourAgriculture, recruiterRelationFamily";

  /**
   * What a header row holds.
   *
   * @param known the CTDC variables it names, as written
   * @param own how many of them are CTDC's own (not generic) names
   * @param named how many of its cells name a column (not empty, not the notice)
   */
  record Verdict(List<String> known, int own, int named) {

    /** Returns whether the header is a CTDC header. */
    boolean isCtdc() {
      return own >= 1 && known.size() * 2 >= named;
    }
  }

  private CtdcHeader() {}

  /**
   * @param cells the header cells, as written
   */
  static Verdict of(List<String> cells) {
    List<String> known = new ArrayList<>();
    int own = 0;
    int named = 0;
    for (String raw : cells) {
      String cell = raw.replace("\uFEFF", "").strip();
      if (cell.isEmpty() || isNotice(cell)) {
        continue;
      }
      named++;
      Optional<CtdcColumns.Column> c = CtdcColumns.resolve(cell);
      if (c.isPresent()) {
        known.add(cell);
        if (!GENERIC.contains(c.get().name().toLowerCase(Locale.ROOT))) {
          own++;
        }
      }
    }
    return new Verdict(List.copyOf(known), own, named);
  }

  /**
   * Returns whether it is CTDC's terms-of-use notice ("By using this data you agree to the Terms of
   * Use: https://www.ctdatacollaborative.org/terms-use"), which the 2020 Global Dataset writes as
   * its first header cell, above a column that is empty in every row.
   *
   * @param cell a header cell
   */
  static boolean isNotice(String cell) {
    String c = cell.toLowerCase(Locale.ROOT);
    return CtdcColumns.resolve(cell).isEmpty()
        && (c.contains("terms of use") || c.contains("terms-use"))
        && c.contains("ctdatacollaborative");
  }

  /** Returns the address the notice gives, or the notice cut short if it gives none. */
  static String noticeAddress(String cell) {
    for (String token : cell.split("\\s+", -1)) {
      if (token.startsWith("http://") || token.startsWith("https://")) {
        return token;
      }
    }
    return org.mignet.core.internal.Values.cut(cell, 60);
  }
}

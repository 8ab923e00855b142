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
package org.mignet.formats.mrz.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.mignet.core.model.PartialDate;

/**
 * Puts the two-digit years of an MRZ in their century, against the document's own dates: the date
 * of expiry is at most 20 years ahead of today (no document is valid longer), and the date of birth
 * is the latest that is neither after today nor after the date of expiry. When these disagree (an
 * expiry read in the past that falls before the birth), the expiry moves a century ahead if that
 * keeps it within 50 years of today, else the birth moves a century back. Stateless.
 */
final class Centuries {

  /** The furthest ahead of today a date of expiry is read. */
  static final int MAX_VALIDITY_YEARS = 20;

  private Centuries() {}

  /** A birth date (empty if all unknown) and an expiry date. */
  record Dates(Optional<PartialDate> birth, PartialDate expiry) {}

  /**
   * Returns the dates in their centuries.
   *
   * @param birth the MRZ date of birth, {@code YYMMDD} with {@code <} for unknown parts, a possible
   *     date
   * @param expiry the MRZ date of expiry, {@code YYMMDD}, a possible date
   * @param today the reference day
   */
  static Dates resolve(String birth, String expiry, LocalDate today) {
    int ey = Integer.parseInt(expiry.substring(0, 2));
    int em = Integer.parseInt(expiry.substring(2, 4));
    int ed = Integer.parseInt(expiry.substring(4, 6));
    int expiryYear = 2000 + ey <= today.getYear() + MAX_VALIDITY_YEARS ? 2000 + ey : 1900 + ey;
    if (birth.startsWith("<<")) {
      return new Dates(Optional.empty(), date(expiryYear, em, ed));
    }
    int by = Integer.parseInt(birth.substring(0, 2));
    int bm = birth.charAt(2) == '<' ? 0 : Integer.parseInt(birth.substring(2, 4));
    int bd = birth.charAt(4) == '<' ? 0 : Integer.parseInt(birth.substring(4, 6));
    int birthYear = latest(by, bm, bd, today);
    LocalDate exp =
        LocalDate.of(
            expiryYear, em, Math.min(ed, java.time.YearMonth.of(expiryYear, em).lengthOfMonth()));
    if (birthYear > expiryYear
        || (birthYear == expiryYear && earliest(birthYear, bm, bd).isAfter(exp))) {
      if (expiryYear + 100 <= today.getYear() + 50) {
        expiryYear += 100;
      } else {
        birthYear -= 100;
      }
    }
    return new Dates(Optional.of(date(birthYear, bm, bd)), date(expiryYear, em, ed));
  }

  private static int latest(int yy, int month, int day, LocalDate today) {
    int year = 2000 + yy;
    return earliest(year, month, day).isAfter(today) ? year - 100 : year;
  }

  private static LocalDate earliest(int year, int month, int day) {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  private static PartialDate date(int year, int month, int day) {
    if (month == 0) {
      return PartialDate.ofYear(year);
    }
    if (day == 0) {
      return PartialDate.ofMonth(year, month);
    }
    return PartialDate.of(year, month, day);
  }
}

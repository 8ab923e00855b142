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
package org.mignet.formats.hxl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The HXL datatypes mignet reads: numbers (HXL 1.1: a decimal number, optionally signed, with a
 * {@code .} decimal point and an optional exponent; no thousands separators, since {@code 1,405} is
 * 1405 in one locale and 1.405 in another) and dates (ISO 8601 year, month, day, or day and time;
 * and the unambiguous English form {@code 1 March 2015} that libhxl's test files use). Thread-safe.
 */
final class HxlValues {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)"
              + "(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern MIDNIGHT = Pattern.compile("00:00(:00(\\.0+)?)?");
  private static final Pattern WORDS = Pattern.compile("\\d{1,2}\\s+[A-Za-z]{3,9}\\s+\\d{4}");
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter ENGLISH_SHORT =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private HxlValues() {}

  /** Returns the number, or null if the (stripped, non-empty) text is not one. */
  static BigDecimal number(String text) {
    String s = text.strip();
    if (s.length() > 64 || !NUMBER.matcher(s).matches()) {
      return null;
    }
    return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
  }

  /**
   * Returns the date in ISO 8601 ({@code 2017-03-30}; a time of midnight is dropped, another time
   * kept as {@code 2017-03-30T12:00}), or null if the text is not a date.
   */
  static String date(String text) {
    String s = text.strip();
    if (YEAR.matcher(s).matches() || MONTH.matcher(s).matches()) {
      return s;
    }
    try {
      if (ISO_DAY.matcher(s).matches()) {
        return LocalDate.parse(s).toString();
      }
      var m = ISO_TIME.matcher(s);
      if (m.matches()) {
        String day = LocalDate.parse(m.group(1)).toString();
        String time = m.group(2);
        if (MIDNIGHT.matcher(time).matches() && m.group(5) == null) {
          return day;
        }
        return day + "T" + time + (m.group(5) == null ? "" : m.group(5));
      }
      if (!WORDS.matcher(s).matches()) {
        return null;
      }
      String cased = capitaliseMonth(s);
      for (DateTimeFormatter f : new DateTimeFormatter[] {ENGLISH, ENGLISH_SHORT}) {
        try {
          return LocalDate.parse(cased, f).toString();
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static String capitaliseMonth(String s) {
    String[] parts = s.split("\\s+", -1);
    if (parts.length != 3 || parts[1].isEmpty()) {
      return s;
    }
    String month =
        parts[1].substring(0, 1).toUpperCase(Locale.ROOT)
            + parts[1].substring(1).toLowerCase(Locale.ROOT);
    return parts[0] + " " + month + " " + parts[2];
  }
}

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
package org.mignet.formats.json.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads ISO 8601 instants as {@link Instant#parse(CharSequence)} does, with a direct path for the
 * form the canonical writer writes ({@code 2024-05-17T08:30:00Z}): that form is read by hand,
 * anything else (fractions, offsets, lower case, leap seconds, impossible dates) goes to {@code
 * Instant.parse}, so what is accepted, and every exception, is {@code Instant.parse}'s. Stateless.
 */
final class Instants {

  private static final int SECONDS_PER_DAY = 86_400;

  private Instants() {}

  /**
   * Returns the instant.
   *
   * @param text the text; not null
   * @throws java.time.format.DateTimeParseException as {@link Instant#parse(CharSequence)}
   */
  static Instant parse(CharSequence text) {
    if (text.length() == 20
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(19) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && hour >= 0
          && hour <= 23
          && minute >= 0
          && minute <= 59
          && second >= 0
          && second <= 59
          && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
        try {
          long days = LocalDate.of(year, month, day).toEpochDay();
          return Instant.ofEpochSecond(
              days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second);
        } catch (DateTimeException e) {
          // not expected after the checks above; the general parser decides
        }
      }
    }
    return Instant.parse(text);
  }

  /**
   * Returns the number written in ASCII digits from {@code from} to {@code to} (exclusive), or -1.
   */
  private static int digits(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}

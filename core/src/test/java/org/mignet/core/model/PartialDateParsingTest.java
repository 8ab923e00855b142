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
package org.mignet.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link PartialDate#parse(CharSequence)} against the regex parser it replaced
 * (kept here as the oracle, verbatim): on many generated strings, well-formed, nearly well-formed
 * and hostile, both give the same date or the same exception, message, parsed text, index and
 * cause.
 */
class PartialDateParsingTest {

  /** The parser as it was before it was written by hand; the oracle. */
  static PartialDate regexParse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    try {
      if (s.matches("\\d{4}")) {
        return PartialDate.ofYear(Integer.parseInt(s));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return PartialDate.ofMonth(
            Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)));
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return PartialDate.of(
            Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(5, 7)),
            Integer.parseInt(s.substring(8, 10)));
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new DateTimeParseException(
          "not a real date: expected yyyy, yyyy-MM or yyyy-MM-dd", cut(s), 0, e);
    }
    throw new DateTimeParseException("expected yyyy, yyyy-MM or yyyy-MM-dd", cut(s), 0);
  }

  private static String cut(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }

  /** Characters a date is made of, near misses of them, and hostile ones. */
  private static final char[] ALPHABET = {
    '0', '1', '2', '3', '9', '-', '-', '-', '/', '.', ' ', '\t', '\n', 'T', 'Z', '+', 'e', '\u0660',
    '\u0663', '\u06F5', '\u0966', '\uFF10', '\uFF19', '\u2012', '\u2013', '\u2212', '\u00A0',
    '\u200B', '\uFEFF', '\u0000', '\uD83D', '\uDE00', '\uD800', 'a', 'Z', '٫'
  };

  private static List<String> corpus(long seed, int count) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    // well-formed shapes with every kind of part: real dates, impossible months and days, year 0000
    for (int i = 0; i < count / 2; i++) {
      int year = r.nextInt(4) == 0 ? r.nextInt(10) : r.nextInt(10_000);
      int month = r.nextInt(15);
      int day = r.nextInt(33);
      String y = String.format(Locale.ROOT, "%04d", year);
      String m = String.format(Locale.ROOT, "%02d", month);
      String d = String.format(Locale.ROOT, "%02d", day);
      String s =
          switch (r.nextInt(3)) {
            case 0 -> y;
            case 1 -> y + "-" + m;
            default -> y + "-" + m + "-" + d;
          };
      out.add(mutate(r, s));
    }
    // strings from the alphabet, of every length up to past the 20 characters an error echoes
    for (int i = 0; i < count / 2; i++) {
      int length = r.nextInt(4) == 0 ? 20 + r.nextInt(10) : r.nextInt(12);
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < length; j++) {
        b.append(ALPHABET[r.nextInt(ALPHABET.length)]);
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Leaves most strings alone; changes, inserts or deletes one character of the others. */
  private static String mutate(Random r, String s) {
    if (r.nextInt(3) > 0 || s.isEmpty()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    int at = r.nextInt(s.length());
    char c = ALPHABET[r.nextInt(ALPHABET.length)];
    switch (r.nextInt(3)) {
      case 0 -> b.setCharAt(at, c);
      case 1 -> b.insert(at, c);
      default -> b.deleteCharAt(at);
    }
    return b.toString();
  }

  @Test
  void readsEveryGeneratedStringAsTheRegexParserDid() {
    List<String> corpus = corpus(20260107L, 200_000);
    corpus.addAll(
        List.of(
            "",
            "1990",
            "1990-05",
            "1990-05-17",
            "0000",
            "0000-01",
            "1990-00",
            "1990-13",
            "2023-02-29",
            "2024-02-29",
            "1990-00-05",
            "1990-05-00",
            "١٩٩٠",
            "１９９０",
            "1990-05-17\n",
            "\n1990",
            "1990-05-17T00:00",
            "+1990",
            "-1990",
            "19900",
            "1990-5",
            "1990-05-1",
            "1990--05",
            "99999999999999999999999999"));
    int dates = 0;
    int refused = 0;
    for (String s : corpus) {
      Object expected = outcome(() -> regexParse(s));
      Object actual = outcome(() -> PartialDate.parse(s));
      assertThat(actual)
          .as("parse(%s)", s.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(expected);
      if (expected instanceof PartialDate) {
        dates++;
      } else {
        refused++;
      }
    }
    // the corpus exercises both sides, and both kinds of refusal
    assertThat(dates).isGreaterThan(20_000);
    assertThat(refused).isGreaterThan(20_000);
  }

  @Test
  void readsOtherCharSequencesAsTheirText() {
    assertThat(PartialDate.parse(new StringBuilder("1990-05")))
        .isEqualTo(PartialDate.ofMonth(1990, 5));
    assertThat(outcome(() -> PartialDate.parse(new StringBuilder("1990-13"))))
        .isEqualTo(outcome(() -> regexParse("1990-13")));
  }

  @Test
  void refusalsSayWhichKindTheyAre() {
    assertThat(outcome(() -> PartialDate.parse("1990-13")))
        .asString()
        .startsWith(
            "not a real date: expected yyyy, yyyy-MM or yyyy-MM-dd|1990-13|0|IllegalArgumentException")
        .contains("month must be 1-12");
    assertThat(outcome(() -> PartialDate.parse("1990-5")))
        .asString()
        .isEqualTo("expected yyyy, yyyy-MM or yyyy-MM-dd|1990-5|0|null");
    assertThat(outcome(() -> PartialDate.parse("x".repeat(30))))
        .asString()
        .isEqualTo("expected yyyy, yyyy-MM or yyyy-MM-dd|" + "x".repeat(20) + "…|0|null");
  }

  @Test
  void writesEveryDateAsTheFormatterDidInAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      Random r = new Random(7);
      for (int i = 0; i < 20_000; i++) {
        int year = 1 + r.nextInt(9999);
        int month = r.nextInt(13);
        int day = month == 0 ? 0 : r.nextInt(29);
        PartialDate d = new PartialDate(year, month, day);
        String expected =
            switch (d.precision()) {
              case YEAR -> String.format("%04d", year);
              case MONTH -> String.format("%04d-%02d", year, month);
              case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            };
        assertThat(d.toString()).isEqualTo(expected);
        assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
      }
      // digits stay ASCII where the locale writes numbers in its own digits
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertThat(PartialDate.of(1990, 5, 17).toString()).isEqualTo("1990-05-17");
    } finally {
      Locale.setDefault(before);
    }
  }

  /** A date, or the exception's message, parsed text, index and cause, as one comparable string. */
  private static Object outcome(java.util.function.Supplier<PartialDate> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      Throwable cause = e.getCause();
      return e.getMessage()
          + "|"
          + e.getParsedString()
          + "|"
          + e.getErrorIndex()
          + "|"
          + (cause == null ? "null" : cause.getClass().getSimpleName() + ":" + cause.getMessage());
    }
  }
}

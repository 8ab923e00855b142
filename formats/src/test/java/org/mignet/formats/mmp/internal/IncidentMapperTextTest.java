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
package org.mignet.formats.mmp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The MMP reader's cell parsing done without regular expressions gives what they gave. */
class IncidentMapperTextTest {

  private static final Pattern MONTH_NUMBER = Pattern.compile("0?[1-9]|1[0-2]");
  private static final Pattern URL_SEPARATORS = Pattern.compile("[,\\s]+");

  @Test
  void readsCountsAsLongParseLongDid() {
    List<String> cells =
        new ArrayList<>(
            List.of(
                "",
                "-",
                "0",
                "-0",
                "007",
                "2.0",
                "-2.0",
                ".0",
                "1,022",
                "-1,022,333",
                "1,02",
                "2147483647",
                "2147483648",
                "-2147483648",
                "-2147483649",
                "9999999999",
                "-9999999999",
                "12345678901",
                "+5",
                " 5",
                "\u0663"));
    SplittableRandom random = new SplittableRandom(5);
    String alphabet = "0123456789-,.+ ";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(13);
      for (int i = 0; i < length; i++) {
        b.append(
            n % 2 == 0
                ? (char) ('0' + random.nextInt(10))
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      cells.add(b.toString());
    }
    for (String c : cells) {
      assertThat(IncidentMapper.parseCount(c)).as(c).isEqualTo(countAsLongParseLongRead(c));
    }
  }

  /** The count as the reader read it with Long.parseLong, before it read the digits itself. */
  private static Integer countAsLongParseLongRead(String v) {
    String s = v;
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.indexOf(',') > 0 && Pattern.compile("-?\\d{1,3}(,\\d{3})+").matcher(s).matches()) {
      s = s.replace(",", "");
    }
    int start = s.startsWith("-") ? 1 : 0;
    if (s.length() == start || s.length() - start > 10) {
      return null;
    }
    for (int k = start; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return null;
      }
    }
    long n = Long.parseLong(s);
    return n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : (int) n;
  }

  @Test
  void readsEachSideOfACoordinateCellAsItsStrippedSubstring() {
    List<String> cells =
        new ArrayList<>(
            List.of(
                "36.8, -118.25",
                " 36.8 ,-118.25 ",
                "\u2003-1.5\u2003,\t2",
                "\u00a01.5,2\u00a0",
                ",",
                " , ",
                "1e5, NaN",
                "12345678901234567,1",
                "\ud83d\ude001,2"));
    SplittableRandom random = new SplittableRandom(9);
    String alphabet = "0123456789.-+e \t\u2003\u00a0,";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      cells.add(b.toString());
    }
    for (String c : cells) {
      int comma = c.indexOf(',');
      int[][] sides =
          comma < 0
              ? new int[][] {{0, c.length()}}
              : new int[][] {{0, comma}, {comma + 1, c.length()}};
      for (int[] side : sides) {
        String stripped = c.substring(side[0], side[1]).strip();
        Double expected;
        try {
          expected = IncidentMapper.parseDecimal(stripped);
        } catch (NumberFormatException e) {
          expected = null;
        }
        if (expected == null) {
          assertThatThrownBy(() -> IncidentMapper.parseDecimal(c, side[0], side[1]))
              .as(c)
              .isInstanceOf(NumberFormatException.class);
        } else {
          assertThat(Double.doubleToRawLongBits(IncidentMapper.parseDecimal(c, side[0], side[1])))
              .as(c)
              .isEqualTo(Double.doubleToRawLongBits(expected));
        }
      }
    }
  }

  @Test
  void readsMonthNamesAsTheLowerCaseComparisonDid() {
    List<String> cells =
        new ArrayList<>(
            List.of("Jun", "JUNE", " aug ", "Sept.", "sep", "Ma", "mar", "MAY", "Ju", "Octo", "x"));
    cells.add("\u212Aan"); // a Kelvin sign, whose lower case is an ASCII k
    cells.add("\u017Fep"); // a long s, whose upper case is an ASCII S
    SplittableRandom random = new SplittableRandom(3);
    String alphabet = "janfebmrpyulgsoctvdJANFEBMRPYULGSOCTVDiI. 1\u0130\u0131";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(11);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      cells.add(b.toString());
    }
    for (String c : cells) {
      assertThat(IncidentMapper.month(c)).as(c).isEqualTo(monthAsLowerCaseRead(c));
    }
  }

  /** The month as the reader read it, lower-casing each name first. */
  private static int monthAsLowerCaseRead(String name) {
    String n = name.strip().toLowerCase(java.util.Locale.ROOT);
    if (MONTH_NUMBER.matcher(n).matches()) {
      return Integer.parseInt(n);
    }
    if (n.length() < 3) {
      return 0;
    }
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    String[] months = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    for (int i = 0; i < months.length; i++) {
      if (months[i].startsWith(n)) {
        return i + 1;
      }
    }
    return 0;
  }

  @Test
  void readsMonthDayYearInPlaceAsParseDateDoes() {
    List<String> cells =
        new ArrayList<>(
            List.of(
                "March 20, 2016",
                "Aug 1, 2021",
                "February 29, 2016",
                "February 29, 2017",
                "February 30, 2016",
                "June 0, 2016",
                "June 31, 2016",
                "Sept. 3, 2016",
                "Ma 3, 2016",
                "March 20,2016",
                "March 20, 0000",
                "March 20, 10000",
                "March 200, 2016",
                "March 20 , 2016",
                "Thu, 01/01/2026 - 12:00"));
    SplittableRandom random = new SplittableRandom(17);
    String[] names = {"January", "Feb", "MARCH", "apr", "Mayo", "Jun", "Julyx", "Xyz", "Dec", "se"};
    String alphabet = "0123456789 ,";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder(names[random.nextInt(names.length)]).append(' ');
      if (n % 2 == 0) {
        b.append(1 + random.nextInt(32)).append(", ").append(random.nextInt(3000));
      } else {
        int length = random.nextInt(10);
        for (int i = 0; i < length; i++) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      cells.add(b.toString());
    }
    int read = 0;
    for (String c : cells) {
      org.mignet.core.model.PartialDate d = IncidentMapper.monthDayYear(c);
      if (d != null) {
        read++;
        assertThat(d).as(c).isEqualTo(IncidentMapper.parseDate(c));
      }
    }
    // the shape is read in place for most of the well-formed dates
    assertThat(read).isGreaterThan(10_000);
    assertThat(IncidentMapper.monthDayYear("March 20, 2016"))
        .isEqualTo(org.mignet.core.model.PartialDate.of(2016, 3, 20));
  }

  @Test
  void readsMonthNumbersAsThePatternDid() {
    List<String> cells = new ArrayList<>(List.of("", " 7 ", "1a", "\u0663"));
    for (int i = 0; i < 130; i++) {
      cells.add(Integer.toString(i));
      cells.add(String.format("%02d", i));
      cells.add(String.format("%03d", i));
    }
    for (String c : cells) {
      String n = c.strip();
      // a number the pattern does not take is no month name either (under three letters, or
      // digits no month name starts with)
      int expected = MONTH_NUMBER.matcher(n).matches() ? Integer.parseInt(n) : 0;
      assertThat(IncidentMapper.month(c)).as(c).isEqualTo(expected);
    }
    assertThat(IncidentMapper.month("Sept.")).isEqualTo(9);
    assertThat(IncidentMapper.month("aug")).isEqualTo(8);
  }

  @Test
  void splitsUrlsAsThePatternDid() {
    SplittableRandom random = new SplittableRandom(11);
    String alphabet = "ab,, \t\n\u000B\f\r\u00a0\u2003\u001c/";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String cell = b.toString();
      List<String> expected = new ArrayList<>();
      for (String u : URL_SEPARATORS.split(cell, -1)) {
        if (!u.isBlank()) {
          expected.add(u.strip());
        }
      }
      assertThat(IncidentMapper.urls(cell)).as("%s", cell).isEqualTo(expected);
    }
    assertThat(IncidentMapper.urls("https://a.org/1, https://b.org/2\nhttps://c.org"))
        .containsExactly("https://a.org/1", "https://b.org/2", "https://c.org");
  }

  @Test
  void readsDecimalDegreesToTheSameDoubleAsParseDouble() {
    SplittableRandom random = new SplittableRandom(17);
    List<String> cells =
        new ArrayList<>(
            List.of(
                "0",
                "-0",
                "+0",
                "-0.0",
                ".5",
                "5.",
                "-.5",
                "36.8065",
                "-118.25",
                "0.1",
                "0.3",
                "123456789012345",
                "1234567890123456",
                "0.000000000000001",
                "0.0000000000000001",
                "9007199254740993",
                "1e5",
                "1.5d",
                "NaN",
                "Infinity",
                "0x1p3",
                "",
                "-",
                "+",
                ".",
                "1.2.3",
                "--1",
                "1-",
                " 1",
                "1 "));
    String alphabet = "0123456789.-+eEdfx ";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      if (n % 2 == 0) {
        // mostly the shape the exports write: a sign, digits, a point, digits
        if (random.nextInt(3) == 0) {
          b.append('-');
        }
        int whole = random.nextInt(5);
        for (int i = 0; i < whole; i++) {
          b.append((char) ('0' + random.nextInt(10)));
        }
        b.append('.');
        int fraction = random.nextInt(18);
        for (int i = 0; i < fraction; i++) {
          b.append((char) ('0' + random.nextInt(10)));
        }
      } else {
        int length = random.nextInt(10);
        for (int i = 0; i < length; i++) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      cells.add(b.toString());
    }
    for (String c : cells) {
      Double expected;
      try {
        expected = Double.parseDouble(c);
      } catch (NumberFormatException e) {
        expected = null;
      }
      if (expected == null) {
        assertThatThrownBy(() -> IncidentMapper.parseDecimal(c))
            .as(c)
            .isInstanceOf(NumberFormatException.class);
      } else {
        // bit for bit: -0.0 is not 0.0
        assertThat(Double.doubleToRawLongBits(IncidentMapper.parseDecimal(c)))
            .as(c)
            .isEqualTo(Double.doubleToRawLongBits(expected));
      }
    }
  }
}

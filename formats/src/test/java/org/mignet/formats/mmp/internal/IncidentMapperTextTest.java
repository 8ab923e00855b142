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

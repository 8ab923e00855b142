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
}

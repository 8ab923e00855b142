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
package org.mignet.core.code.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void trimsNoBreakSpacesThatStripKeeps() {
    assertThat(Text.trim("\u00A0 Feminine\u00A0")).isEqualTo("Feminine");
    assertThat(Text.trim("\u202F\uFEFF")).isEmpty();
  }

  @Test
  void foldsCaseAccentsSpacingAndPunctuation() {
    assertThat(Text.key("Côte d'Ivoire"))
        .isEqualTo(Text.key("COTE D’IVOIRE"))
        .isEqualTo("cotedivoire");
    assertThat(Text.key("Bosnia & Herzegovina")).isEqualTo("bosniaandherzegovina");
    assertThat(Text.key("!!!")).isEmpty();
  }

  @Test
  void boundsTheEditDistanceWork() {
    assertThat(Text.distance("germny", "germany", 64)).isEqualTo(1);
    assertThat(Text.distance("a".repeat(10_000), "b", 8)).isEqualTo(8);
  }

  @Test
  void failsFastNamingAMissingBundledResource() {
    assertThatThrownBy(() -> TsvResource.read("no-such-file.tsv", 2, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-file.tsv");
  }

  @Test
  void failsFastNamingTheResourceAndLineOfAMalformedRow() {
    // iso3166-m49.tsv has 10 columns; asking for 3 makes its first data row malformed
    assertThatThrownBy(() -> TsvResource.read("iso3166-m49.tsv", 3, "alpha2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("iso3166-m49.tsv line 13");
  }

  @Test
  void bitParallelDistanceEqualsTheFullTableOnRandomStrings() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    String alphabet = "abcab\u00e9\u4e2d ";
    for (int n = 0; n < 50_000; n++) {
      String a = random(random, alphabet, random.nextInt(70));
      String b = random(random, alphabet, random.nextInt(70));
      int limit = 1 + random.nextInt(80);
      String x = a.length() > limit ? a.substring(0, limit) : a;
      String y = b.length() > limit ? b.substring(0, limit) : b;
      assertThat(Text.distance(a, b, limit))
          .as("%s / %s / %d", a, b, limit)
          .isEqualTo(Text.table(x, y));
    }
    assertThat(Text.distance("kitten", "sitting", 64)).isEqualTo(3);
    assertThat(Text.distance("", "abc", 64)).isEqualTo(3);
    assertThat(Text.distance("abc", "", 64)).isEqualTo(3);
  }

  @Test
  void distanceFromOneTextEqualsTheDistanceForEveryOtherText() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    String alphabet = "abcab\u00e9\u4e2d ";
    for (int n = 0; n < 2_000; n++) {
      String a = random(random, alphabet, random.nextInt(80));
      int limit = 1 + random.nextInt(80);
      Text.DistanceFrom from = new Text.DistanceFrom(a, limit);
      // the same prepared text against many others: nothing of one comparison leaks into the next
      for (int k = 0; k < 25; k++) {
        String b = random(random, alphabet, random.nextInt(80));
        assertThat(from.to(b))
            .as("%s / %s / %d", a, b, limit)
            .isEqualTo(Text.distance(a, b, limit));
      }
    }
    assertThat(new Text.DistanceFrom("kitten", 64).to("sitting")).isEqualTo(3);
    assertThat(new Text.DistanceFrom("", 64).to("abc")).isEqualTo(3);
    assertThat(new Text.DistanceFrom("abc", 64).to("")).isEqualTo(3);
  }

  private static String random(java.util.SplittableRandom random, String alphabet, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}

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
package org.mignet.formats.mmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The code lists' comparison key is the same with and without the ASCII shortcut. */
class MmpCodeListKeyTest {

  /** The key as the lists made it for every text: decomposed, letters and digits, lower case. */
  private static String keyAsNormalised(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        b.append(Character.toLowerCase(ch));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  @Test
  void aKeyIsTheSameWithOrWithoutTheAsciiShortcut() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "",
                "Drowning",
                "Harsh environmental conditions / lack of adequate shelter, food, water",
                "Côte d'Ivoire",
                "MIXED or unknown (2)",
                "\u212Aelvin",
                "\u0130stanbul"));
    SplittableRandom random = new SplittableRandom(13);
    String alphabet = "aZz09 ,/()-_'.@[`{~\u007f\u00e9\u00c9\u0130\u212a";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(16);
      // half the texts ASCII only, the shortcut's case
      int bound = n % 2 == 0 ? alphabet.indexOf('\u00e9') : alphabet.length();
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(bound)));
      }
      texts.add(b.toString());
    }
    for (String t : texts) {
      assertThat(MmpCodeList.key(t)).as(t).isEqualTo(keyAsNormalised(t));
    }
  }
}

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
}

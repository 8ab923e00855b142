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
package org.mignet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LazyMessagesTest {

  /** Bundles with a message for ar and ru only, recording each language asked for. */
  private final List<String> asked = new ArrayList<>();

  private final LazyMessages.Bundles bundles =
      (language, ruleId) -> {
        asked.add(language);
        return switch (language) {
          case "ar" -> "عربي " + ruleId;
          case "ru" -> "русский " + ruleId;
          default -> null;
        };
      };

  private LazyMessages messages() {
    return new LazyMessages(
        "MG-X-001", Map.of("en", "English", "ru", "given"), List.of("ar", "zh", "ru"), bundles);
  }

  @Test
  void aGivenLanguageReadsNoBundle() {
    LazyMessages m = messages();
    assertThat(m.get("en")).isEqualTo("English");
    assertThat(m.containsKey("en")).isTrue();
    assertThat(asked).isEmpty();
  }

  @Test
  void aBundleLanguageReadsThatLanguageOnly() {
    LazyMessages m = messages();
    assertThat(m.get("ar")).isEqualTo("عربي MG-X-001");
    assertThat(m.containsKey("zh")).isFalse();
    assertThat(m.get("fr")).isNull();
    assertThat(asked).containsExactly("ar", "zh");
  }

  @Test
  void aGivenMessageIsNotReplacedByTheBundles() {
    assertThat(messages().get("ru")).isEqualTo("given");
  }

  @Test
  void asAWholeItIsTheMapOfEveryMessageItHas() {
    LazyMessages m = messages();
    Map<String, String> all = Map.of("en", "English", "ru", "given", "ar", "عربي MG-X-001");
    assertThat(m).isEqualTo(all).hasSameHashCodeAs(all).hasSize(3);
    assertThat(all).isEqualTo(m);
    assertThat(Map.copyOf(m)).isEqualTo(all);
  }

  @Test
  void itCannotBeChanged() {
    LazyMessages m = messages();
    assertThatThrownBy(() -> m.put("fr", "Français"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.entrySet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

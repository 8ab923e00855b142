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
package org.mignet.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatMessagesTest {

  @Test
  void aMissingBundleFailsFastNamingTheFile() {
    assertThatThrownBy(() -> FormatMessages.load("/org/mignet/formats/internal/none/messages_"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/org/mignet/formats/internal/none/messages_ar.properties");
  }

  @Test
  void aBundleThatIsNotUtf8FailsFastNamingTheFile() {
    assertThatThrownBy(() -> FormatMessages.load("/org/mignet/formats/internal/broken/messages_"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/org/mignet/formats/internal/broken/messages_ar.properties");
  }

  @Test
  void bundleMessagesJoinTheGivenOnesWithoutReplacingThem() {
    Map<String, String> m =
        FormatMessages.with("MG-READ-001", Map.of("en", "English", "ru", "given"));
    assertThat(m)
        .containsEntry("en", "English")
        .containsEntry("ru", "given")
        .containsKeys("ar", "zh");
    assertThat(FormatMessages.with("MG-NONE-001", Map.of("en", "English"))).containsOnlyKeys("en");
  }
}

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
    Map<String, String> m = FormatMessages.with("MG-READ-001", Map.of("en", "English", "ru", "given"));
    assertThat(m).containsEntry("en", "English").containsEntry("ru", "given").containsKeys("ar", "zh");
    assertThat(FormatMessages.with("MG-NONE-001", Map.of("en", "English"))).containsOnlyKeys("en");
  }
}

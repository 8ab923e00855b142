package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry's wrapper stays the format it wraps: it forwards every method of the contract, defaults too. */
class CheckedFormatTest {

  @Test
  void declaresEveryMethodOfTheFormatContractSoNoDefaultHidesTheFormatsOwn() {
    List<String> missing = new ArrayList<>();
    for (Method m : Format.class.getMethods()) {
      try {
        CheckedFormat.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(m.toString());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theRegistryHandsOutCheckedFormatsThatAnswerAsTheFormat() {
    assertThat(Formats.all()).allMatch(f -> f instanceof CheckedFormat);
    assertThat(Formats.named("csv").readerOptions()).contains(FormatOptions.MAPPING);
    assertThat(Formats.named("json-stat").isWritable()).isFalse();
  }
}

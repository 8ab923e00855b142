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
package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry's wrapper stays the format it wraps: it forwards every method of the contract,
 * defaults too.
 */
class CheckedFormatTest {

  @Test
  void forwardsEveryMethodOfTheFormatContractSoNoDefaultHidesTheFormatsOwn() {
    assertThat(ForwardingFormat.class).isAssignableFrom(CheckedFormat.class);
    List<String> missing = new ArrayList<>();
    for (Method m : Format.class.getMethods()) {
      try {
        ForwardingFormat.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
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

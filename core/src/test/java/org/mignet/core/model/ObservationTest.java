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
package org.mignet.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationTest {

  private static final Map<String, String> DIMS = Map.of("REF_AREA", "DEU", "TIME_PERIOD", "2020");

  @Test
  void refusesANumberAndATextAsTheSameValue() {
    assertThatThrownBy(
            () ->
                new Observation(
                    DIMS, Optional.of(BigDecimal.ONE), Optional.of("n.a."), null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("textValue");
  }

  @Test
  void refusesAnEmptyTextValueSinceAbsentMeansMissing() {
    assertThatThrownBy(() -> Observation.ofText(DIMS, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsATextValueThroughTheWithersThatDoNotSetTheValue() {
    Observation o = Observation.ofText(DIMS, "<5").withUnit("PS").withConfidentiality("F");
    assertThat(o.textValue()).contains("<5");
    assertThat(o.value()).isEmpty();
    assertThat(o.hasValue()).isTrue();
    assertThat(o.unit()).contains("PS");
  }

  @Test
  void settingANumberOrNoValueReplacesTheTextValue() {
    Observation o = Observation.ofText(DIMS, "<5");
    assertThat(o.withValue(BigDecimal.TEN, "A").textValue()).isEmpty();
    Observation none = o.withValue(null, "Q");
    assertThat(none.textValue()).isEmpty();
    assertThat(none.hasValue()).isFalse();
    assertThat(Observation.of(DIMS, BigDecimal.ONE).textValue()).isEmpty();
  }
}

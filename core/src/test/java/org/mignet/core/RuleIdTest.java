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
package org.mignet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule id is a value: checked when made, written back as it was read. */
class RuleIdTest {

  @Test
  void toStringGivesTheIdThatParseReadsBack() {
    RuleId id = RuleId.of("MG-INC-001");
    assertThat(id).hasToString("MG-INC-001");
    assertThat(id.value()).isEqualTo("MG-INC-001");
    assertThat(RuleId.parse(id.toString())).isEqualTo(id);
    assertThat(RuleId.parse(new StringBuilder("MG-INC-001"))).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"MG-PERSON-003", "MG-READ-011", "IOM-GHA-001", "ACME-XREC-001", "TEST-T-A"})
  void takesMignetAndAgencyIds(String text) {
    assertThat(RuleId.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MG-INC-01",
        "MG-INC-0001",
        "MG-T-A",
        "MG-INC",
        "mg-inc-001",
        "IOM",
        "IOM GHA 001",
        ""
      })
  void refusesWhatIsNeitherForm(String text) {
    assertThatThrownBy(() -> RuleId.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MG-<AREA>-<three digits>");
  }

  @Test
  void tellsMignetsOwnRulesFromAnAgencys() {
    assertThat(RuleId.of("MG-CODE-001").isMignet()).isTrue();
    assertThat(RuleId.of("IOM-GHA-001").isMignet()).isFalse();
  }

  @Test
  void sortsAsItsText() {
    assertThat(
            List.of(RuleId.of("MG-READ-011"), RuleId.of("IOM-GHA-001"), RuleId.of("MG-CODE-001"))
                .stream()
                .sorted()
                .map(RuleId::value))
        .containsExactly("IOM-GHA-001", "MG-CODE-001", "MG-READ-011");
  }
}

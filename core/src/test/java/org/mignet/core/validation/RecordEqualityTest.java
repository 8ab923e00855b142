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
package org.mignet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.Reason;
import org.mignet.core.RuleId;
import org.mignet.core.validation.internal.Messages;

/**
 * The records whose {@code equals} and {@code hashCode} are written by hand (for a fast start) are
 * equal exactly when every component is, as a record's generated ones: one variant per component,
 * each differing from the base in that component alone, is unequal to it.
 */
class RecordEqualityTest {

  /**
   * Checks {@code base} against an equal copy and against one variant per record component (in
   * component order), each of which must differ from it.
   */
  static <T extends Record> void assertEqualByEveryComponent(
      T base, T equalCopy, List<T> oneChangedComponentEach) {
    assertThat(oneChangedComponentEach)
        .as("one variant per component of %s", base.getClass().getSimpleName())
        .hasSize(base.getClass().getRecordComponents().length);
    assertThat(equalCopy).isNotSameAs(base).isEqualTo(base).hasSameHashCodeAs(base);
    assertThat(base).isEqualTo(base).isNotEqualTo(null).isNotEqualTo(new Object());
    for (T variant : oneChangedComponentEach) {
      assertThat(variant).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(variant);
    }
  }

  @Test
  void aRuleIdIsEqualByItsValue() {
    assertEqualByEveryComponent(
        RuleId.of("MG-INC-001"),
        RuleId.parse(new StringBuilder("MG-INC-001")),
        List.of(RuleId.of("MG-INC-002")));
  }

  @Test
  void aProfileIsEqualByNameDescriptionAndIncludes() {
    Profile base = Profile.of("custom", "Custom.", "structural");
    assertEqualByEveryComponent(
        base,
        Profile.of("custom", "Custom.", "structural"),
        List.of(
            Profile.of("custom-two", "Custom.", "structural"),
            Profile.of("custom", "Other.", "structural"),
            Profile.of("custom", "Custom.", "exchange")));
  }

  @Test
  void aRuleDefinitionIsEqualByEveryComponent() {
    RuleDefinition base = definition("MG-INC-001", Map.of("en", "English."));
    assertEqualByEveryComponent(
        base,
        definition("MG-INC-001", Map.of("en", "English.")),
        List.of(
            definition("MG-INC-002", Map.of("en", "English.")),
            new RuleDefinition(
                base.id(),
                Severity.WARNING,
                base.kind(),
                base.profiles(),
                base.messages(),
                base.rationale(),
                base.source(),
                base.reason()),
            new RuleDefinition(
                base.id(),
                base.severity(),
                RuleKind.STRUCTURAL,
                base.profiles(),
                base.messages(),
                base.rationale(),
                base.source(),
                base.reason()),
            new RuleDefinition(
                base.id(),
                base.severity(),
                base.kind(),
                Set.of("exchange"),
                base.messages(),
                base.rationale(),
                base.source(),
                base.reason()),
            definition("MG-INC-001", Map.of("en", "English.", "fr", "Français.")),
            new RuleDefinition(
                base.id(),
                base.severity(),
                base.kind(),
                base.profiles(),
                base.messages(),
                "Another rationale.",
                base.source(),
                base.reason()),
            new RuleDefinition(
                base.id(),
                base.severity(),
                base.kind(),
                base.profiles(),
                base.messages(),
                base.rationale(),
                "Another source",
                base.reason()),
            base.withReason(Reason.LIMIT)));
  }

  @Test
  void aStandardRuleWithMessagesReadPerLanguageEqualsOneWithTheSameMessagesGiven() {
    RuleDefinition standard = StandardRules.semantic("MG-INC-001", Severity.ERROR, "R.", "S");
    Map<String, String> all = Map.copyOf(Messages.forRule("MG-INC-001"));
    RuleDefinition given =
        new RuleDefinition(
            standard.id(),
            standard.severity(),
            standard.kind(),
            standard.profiles(),
            all,
            standard.rationale(),
            standard.source());
    assertThat(all).containsKeys("ar", "zh", "en", "fr", "ru", "es");
    assertThat(given).isEqualTo(standard).hasSameHashCodeAs(standard);
    assertThat(standard).isEqualTo(given);
  }

  private static RuleDefinition definition(String id, Map<String, String> messages) {
    return new RuleDefinition(
        RuleId.of(id),
        Severity.ERROR,
        RuleKind.SEMANTIC,
        Set.of("structural"),
        messages,
        "A rationale.",
        "A source");
  }
}

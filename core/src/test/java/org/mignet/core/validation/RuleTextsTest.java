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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Person;
import org.mignet.core.model.ReportedAge;

/**
 * The texts around rules and issues that tools show: a rule's message template, a rule's and a
 * standard cross-record rule's names, the report words, an issue's location, and how the value a
 * rule reports is shown (a record or a list by its type, an optional by what it holds).
 */
class RuleTextsTest {

  private static RuleDefinition rule(String id, String english) {
    return new RuleDefinition(
        RuleId.of(id),
        Severity.ERROR,
        RuleKind.SEMANTIC,
        Set.of(Profile.STRUCTURAL.name()),
        Map.of("en", english),
        "For the test.",
        "mignet tests");
  }

  @Test
  void aTemplateShowsNumberedSlotsWhateverTheFormatOfEachArgument() {
    RuleDefinition d =
        rule("ACME-TEXT-001", "Expected at most {0,number,integer} people; found {1} on {2,date}.");
    assertThat(d.template(Locale.ENGLISH))
        .isEqualTo("Expected at most \u20391\u203a people; found \u20392\u203a on \u20393\u203a.");
  }

  @Test
  void aRuleAndTheStandardCrossRecordRuleSayWhatTheyAre() {
    Rule<Person> r = Rule.of(rule("ACME-TEXT-002", "Text."), Person.class, (p, ctx) -> {});
    assertThat(r).hasToString("Rule[ACME-TEXT-002 on Person]");
    assertThat(CrossRecordRules.standard())
        .singleElement()
        .hasToString("CrossRecordRule[MG-XREC-001]");
  }

  @Test
  void reportWordsAreLookedUpByKeyInEachLanguage() {
    assertThat(ReportWords.keys()).contains("issue.record", "issue.line").doesNotContain("");
    assertThat(ReportWords.text("issue.record", Locale.ENGLISH, "3")).isEqualTo("record 3");
    assertThat(ReportWords.text("issue.record", Locale.FRENCH, "3"))
        .contains("3")
        .isNotEqualTo("record 3");
    assertThatThrownBy(() -> ReportWords.text("no.such.word", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIssueWithALocationButNoRecordNumberShowsTheLocationAsItIs() {
    SourceLocation at = SourceLocation.of("in.csv").withLine(4, 2);
    Issue issue =
        Fixtures.validate(Fixtures.person("p").countryOfBirth("ZZZ").build())
            .issues()
            .get(0)
            .at(at);
    assertThat(issue.toString()).contains(" @ " + at.withoutPointer() + ": ");
  }

  /** Pointers of an incident that hold no personal data (a value elsewhere is withheld). */
  private static final List<String> PLACES =
      List.of("/dead", "/missing", "/totalDeadAndMissing", "/sourceQuality", "/date");

  @Test
  void aReportedValueIsShownByWhatItHoldsAndARecordOrListByItsType() {
    List<Object> values = new ArrayList<>();
    values.add(Optional.of("inside"));
    values.add(Optional.empty());
    values.add(new ArrayList<>(List.of("a", "b")));
    values.add(ReportedAge.of(org.mignet.core.model.AgeRange.exactly(3), Fixtures.date("2020")));
    values.add(7);
    Validation v =
        Validation.builder()
            .clock(Fixtures.CLOCK)
            .addRule(
                Rule.of(
                    rule("ACME-TEXT-003", "Shown."),
                    org.mignet.core.model.Incident.class,
                    (inc, ctx) -> {
                      for (int i = 0; i < values.size(); i++) {
                        ctx.reportValue(PLACES.get(i), values.get(i));
                      }
                    }))
            .build();
    // an incident: no pointer in it is personal data, so every value is shown
    assertThat(
            v.validate(org.mignet.core.model.Incident.builder(Fixtures.meta("i")).build()).issues())
        .extracting(i -> i.pointer() + "=" + i.value().orElse("(none)") + (i.masked() ? "*" : ""))
        .containsExactly(
            "/dead=inside",
            "/missing=(none)",
            "/totalDeadAndMissing=ArrayList",
            "/sourceQuality=ReportedAge",
            "/date=7");
  }
}

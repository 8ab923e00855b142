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
import org.junit.jupiter.api.Test;
import org.mignet.core.Reason;
import org.mignet.core.RuleId;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Incident;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;

/**
 * Cross-record rules: an identifier used twice in a file or batch, and an agency's own rules
 * through the SPI.
 */
class CrossRecordRuleTest {

  private static final Validation VALIDATION = Fixtures.VALIDATION;

  private static SourceLocation at(String file, long record, long line) {
    return SourceLocation.of(file).withRecord(record).withLine(line, 0);
  }

  private static Incident incident(String id) {
    return Incident.builder(RecordMeta.of("iom-mmp", id)).counts(1, 0, 1).build();
  }

  @Test
  void anIncidentIdUsedTwiceIsReportedOnTheSecondWithTheFirstsRecordAndLine() {
    CrossRecordCheck check = VALIDATION.crossRecord(Profile.STRUCTURAL);
    assertThat(check.check(incident("100"), at("mmp.csv", 1, 2))).isEmpty();
    assertThat(check.check(incident("101"), at("mmp.csv", 2, 3))).isEmpty();
    List<Issue> again = check.check(incident("100"), at("mmp.csv", 3, 4));

    assertThat(again)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("MG-XREC-001");
              assertThat(i.severity()).isEqualTo(Severity.ERROR);
              assertThat(i.pointer()).isEqualTo("/meta/identifier/value");
              assertThat(i.location().recordNumber()).hasValue(3);
              assertThat(i.location().lineNumber()).hasValue(4);
              assertThat(i.reason()).isEqualTo(Reason.DUPLICATE);
              // an incident carries no personal data: its id is shown
              assertThat(i.value()).hasValue("100");
              assertThat(i.message())
                  .isEqualTo(
                      "Expected each record identifier once in a file or batch; found it again: it is already used in "
                          + "mmp.csv, record 1, line 2.");
            });
  }

  @Test
  void theMessageLeavesOutAnUnknownLineAndReadsInEveryUnLanguage() {
    CrossRecordCheck check = VALIDATION.crossRecord(Profile.STRUCTURAL);
    check.check(incident("7"), SourceLocation.of("a.json").withRecord(12_345));
    Issue i = check.check(incident("7"), SourceLocation.of("a.json").withRecord(12_346)).get(0);

    assertThat(i.message())
        .isEqualTo(
            "Expected each record identifier once in a file or batch; found it again: it is already used in a.json, "
                + "record 12345.");
    for (String lang : List.of("ar", "zh", "fr", "ru", "es")) {
      assertThat(i.message(Locale.forLanguageTag(lang)))
          .as(lang)
          .contains("12345")
          .contains("a.json")
          .isNotEqualTo(i.message());
    }
  }

  @Test
  void theIdentifierOfARecordWithPersonalDataIsNeverShown() {
    CrossRecordCheck check = VALIDATION.crossRecord(Profile.STRUCTURAL);
    check.check(Fixtures.named("victim-42"), at("people.json", 1, 1));
    Issue i = check.check(Fixtures.named("victim-42"), at("people.json", 2, 9)).get(0);

    assertThat(i.value()).isEmpty();
    assertThat(i.masked()).isTrue();
    assertThat(i.toString()).doesNotContain("victim-42");
  }

  @Test
  void recordsOfDifferentTypesOrSystemsMayShareAValue() {
    CrossRecordCheck check = VALIDATION.crossRecord(Profile.STRUCTURAL);
    assertThat(check.check(incident("5"), at("f", 1, 1))).isEmpty();
    assertThat(
            check.check(
                Incident.builder(RecordMeta.of("other-system", "5")).build(), at("f", 2, 2)))
        .isEmpty();
    assertThat(check.check(Person.builder(RecordMeta.of("iom-mmp", "5")).build(), at("f", 3, 3)))
        .isEmpty();
    assertThat(
            check.check(
                TraffickingCase.builder(RecordMeta.of("iom-mmp", "5")).build(), at("f", 4, 4)))
        .isEmpty();
  }

  @Test
  void aBatchSpansFilesAndNamesTheFileOfTheFirstOccurrence() {
    CrossRecordCheck batch = VALIDATION.crossRecord(Profile.EXCHANGE);
    batch.check(incident("9"), at("2022.csv", 5, 6));
    Issue i = batch.check(incident("9"), at("2023.csv", 1, 2)).get(0);

    assertThat(i.location().source()).hasValue("2023.csv");
    assertThat(i.message()).contains("2022.csv, record 5, line 6");
  }

  @Test
  void aCheckOfSomeRulesRunsOnlyThoseTheCallerAccepts() {
    CrossRecordCheck without =
        VALIDATION.crossRecord(Profile.EXCHANGE, d -> !d.id().equals(RuleId.of("MG-XREC-001")));
    without.check(incident("9"), at("a.csv", 1, 1));
    assertThat(without.check(incident("9"), at("a.csv", 2, 2))).isEmpty();
    assertThat(without.isEmpty()).isTrue();

    CrossRecordCheck with = VALIDATION.crossRecord(Profile.EXCHANGE, d -> true);
    with.check(incident("9"), at("a.csv", 1, 1));
    assertThat(with.check(incident("9"), at("a.csv", 2, 2)))
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-XREC-001");
  }

  @Test
  void seenKeysNameTheSourceWhereEachKeyWasFirstSeen() {
    SeenKeys seen = new SeenKeys();
    seen.firstOrAdd("a", at("2022.csv", 1, 2));
    seen.firstOrAdd("b", at("2023.csv", 3, 4));
    seen.firstOrAdd("c", SourceLocation.unknown().withRecord(5));
    seen.firstOrAdd("d", at("2022.csv", 6, 0));
    assertThat(seen.firstOrAdd("b", at("2024.csv", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("2023.csv", 3, 4));
    assertThat(seen.firstOrAdd("a", at("2024.csv", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("2022.csv", 1, 2));
    assertThat(seen.firstOrAdd("c", at("2024.csv", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("", 5, 0));
    assertThat(seen.firstOrAdd("d", at("2024.csv", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("2022.csv", 6, 0));
    assertThat(seen.size()).isEqualTo(4);
  }

  @Test
  void eachCheckStartsEmpty() {
    VALIDATION.crossRecord(Profile.STRUCTURAL).check(incident("1"), at("f", 1, 1));
    assertThat(VALIDATION.crossRecord(Profile.STRUCTURAL).check(incident("1"), at("f", 1, 1)))
        .isEmpty();
  }

  @Test
  void anUnknownProfileIsRefused() {
    assertThatThrownBy(() -> VALIDATION.crossRecord(Profile.of("nope", "unknown")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void theRuleIsInTheCatalogueAsACrossRecordRule() {
    assertThat(VALIDATION.catalogue().find(RuleId.of("MG-XREC-001")))
        .get()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(RuleKind.CROSS_RECORD);
              assertThat(d.profiles()).containsExactly(Profile.STRUCTURAL.name());
            });
  }

  @Test
  void seenKeysGrowWithDistinctKeysNotWithRecords() {
    SeenKeys seen = new SeenKeys();
    for (int i = 0; i < 200_000; i++) {
      seen.firstOrAdd("key-" + (i % 3), at("f", i + 1, i + 2));
    }
    assertThat(seen.size()).isEqualTo(3);
    int fewKeys = seen.capacity();
    for (int i = 0; i < 10_000; i++) {
      seen.firstOrAdd("distinct-" + i, at("f", i + 1, 0));
    }
    assertThat(seen.size()).isEqualTo(10_003);
    assertThat(seen.capacity()).isGreaterThan(fewKeys).isLessThanOrEqualTo(4 * 10_003);
    assertThat(seen.firstOrAdd("key-1", at("g", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("f", 2, 3));
    assertThat(seen.firstOrAdd("distinct-77", at("g", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("f", 78, 0));
  }

  @Test
  void anAgencyRuleAddedToTheBuilderRunsInItsProfileOnly() {
    Validation v = Validation.builder().addCrossRecordRule(new ExampleCaseReferenceRule()).build();
    List<String> exchange = run(v.crossRecord(Profile.EXCHANGE));
    assertThat(exchange)
        .containsExactly(
            "ACME-XREC-001 /meta/extensions/acme:caseRef "
                + "Expected each case reference once in a batch; found it again, first in cases.json, record 1.");
    assertThat(run(v.crossRecord(Profile.STRUCTURAL))).isEmpty();
  }

  @Test
  void anAgencyRuleWithAClashingIdIsRefused() {
    CrossRecordRule clash =
        new CrossRecordRule() {
          @Override
          public RuleDefinition definition() {
            return CrossRecordRules.DUPLICATE_IDENTIFIER;
          }

          @Override
          public Scope open() {
            return (r, c) -> {};
          }
        };
    assertThatThrownBy(() -> Validation.builder().addCrossRecordRule(clash).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MG-XREC-001");
  }

  private static List<String> run(CrossRecordCheck check) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Person p =
          Person.builder(RecordMeta.of("acme", "p" + i).withExtension("acme:caseRef", "R-7"))
              .build();
      for (Issue issue : check.check(p, SourceLocation.of("cases.json").withRecord(i))) {
        out.add(issue.ruleId().value() + " " + issue.pointer() + " " + issue.message());
      }
    }
    return out;
  }
}

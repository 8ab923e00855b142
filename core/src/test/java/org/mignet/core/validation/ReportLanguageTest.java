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

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.RuleId;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Incident;
import org.mignet.core.validation.internal.Messages;

/**
 * Severity words, summary lines and the catalogue follow the reader's language; no placeholder is
 * shown raw.
 */
class ReportLanguageTest {

  private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
  private static final String RAW_PLACEHOLDER = "\\{\\d";

  @Test
  void everySeverityHasADistinctLabelInEachUnLanguage() {
    for (String lang : LANGUAGES) {
      Set<String> labels = new HashSet<>();
      for (Severity s : Severity.values()) {
        labels.add(s.label(Locale.forLanguageTag(lang)));
      }
      assertThat(labels)
          .as(lang)
          .hasSize(Severity.values().length)
          .allSatisfy(l -> assertThat(l).isNotBlank());
    }
    assertThat(Severity.ERROR.label(Locale.FRENCH)).isEqualTo("erreur");
    assertThat(Severity.WARNING.label(Locale.forLanguageTag("ru"))).isEqualTo("предупреждение");
    assertThat(Severity.ERROR.label(Locale.GERMAN)).isEqualTo("error");
  }

  @Test
  void everyReportWordIsTranslatedAndFormatsWithoutPlaceholders() {
    for (String key : Messages.wordKeys()) {
      for (String lang : List.of("ar", "zh", "ru")) {
        Locale l = Locale.forLanguageTag(lang);
        String text = Messages.word(key, l, "A", "B", "C", "D", "E");
        assertThat(text)
            .as(key + " " + lang)
            .doesNotContainPattern(RAW_PLACEHOLDER)
            .doesNotContain("''")
            .isNotEqualTo(Messages.word(key, Locale.ENGLISH, "A", "B", "C", "D", "E"));
      }
    }
  }

  @Test
  void summaryKeepsItsEnglishFormWithoutALocale() {
    ValidationReport report =
        Fixtures.validate(Incident.builder(Fixtures.meta("i")).counts(3, 2, 6).build());
    assertThat(report.summary())
        .startsWith("invalid: 0 fatal, ")
        .endsWith(" info")
        .isEqualTo(report.summary(Locale.ENGLISH));
    assertThat(report.toText())
        .isEqualTo(report.toText(Locale.ENGLISH))
        .contains("ERROR MG-INC-001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
  void textReportSpeaksTheReadersLanguage(String lang) {
    Locale l = Locale.forLanguageTag(lang);
    ValidationReport report =
        Fixtures.validate(Incident.builder(Fixtures.meta("i")).counts(3, 2, 6).build());
    String text = report.toText(l);
    assertThat(text)
        .contains(report.summary(l))
        .contains(report.issuesOf(RuleId.of("MG-INC-001")).get(0).message(l))
        .contains(Severity.ERROR.label(l).toUpperCase(l))
        .doesNotContainPattern(RAW_PLACEHOLDER)
        .doesNotContain("invalid")
        .doesNotContain("errors")
        .doesNotContain("found:");
  }

  @Test
  void oneLineFormTranslatesTheRecordNumberOfItsLocationAndKeepsEnglishByDefault() {
    Issue issue =
        Fixtures.validate(Incident.builder(Fixtures.meta("i")).counts(3, 2, 6).build())
            .issuesOf(RuleId.of("MG-INC-001"))
            .get(0)
            .at(SourceLocation.of("mmp.csv").withRecord(12).withLine(13, 2));
    assertThat(issue.toString())
        .contains(" @ mmp.csv:13:2 record 12: ")
        .isEqualTo(issue.toString(Locale.ENGLISH));
    assertThat(issue.toString(Locale.FRENCH))
        .startsWith("ERREUR MG-INC-001")
        .contains(" @ mmp.csv:13:2 enregistrement 12: ")
        .contains("(trouvé : 6)");
    assertThat(issue.toString(Locale.forLanguageTag("zh")))
        .contains("第 12 条记录")
        .doesNotContain("record");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
  void catalogueShowsArgumentsAsSlotsNeverAsRawPlaceholders(String lang) {
    Locale l = Locale.forLanguageTag(lang);
    RuleCatalogue catalogue = Validation.standard().catalogue();
    for (RuleDefinition r : catalogue.rules()) {
      assertThat(r.template(l))
          .as(r.id().value())
          .doesNotContainPattern(RAW_PLACEHOLDER)
          .doesNotContain("''");
      if (r.messagePattern(l).contains("{0")) {
        assertThat(r.template(l)).as(r.id().value()).contains("\u20391\u203a");
      }
    }
    assertThat(catalogue.toText(l)).doesNotContainPattern(RAW_PLACEHOLDER).doesNotContain("''");
  }
}

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

/** The catalogue of rules: ids, documentation and messages in the six UN languages. */
class RuleCatalogueTest {

  private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
  private static final RuleCatalogue CATALOGUE = Validation.standard().catalogue();

  @Test
  void listsAtLeastFortyFiveRulesEachWithRationaleAndSource() {
    assertThat(CATALOGUE.rules()).hasSizeGreaterThanOrEqualTo(45);
    assertThat(CATALOGUE.rules())
        .allSatisfy(
            r -> {
              assertThat(r.rationale()).as("rationale of %s", r.id()).isNotBlank();
              assertThat(r.source()).as("source of %s", r.id()).isNotBlank();
            });
    assertThat(CATALOGUE.toText(Locale.ENGLISH))
        .contains("MG-TIP-001", "Palermo", "Why:", "Source:");
  }

  @Test
  void hasMoreThanThirtySemanticRules() {
    assertThat(CATALOGUE.rules().stream().filter(r -> r.kind() == RuleKind.SEMANTIC).count())
        .isGreaterThan(30);
  }

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    List<String> ids = StandardRules.structural().stream().map(rd -> rd.id().value()).toList();
    List<String> semantic =
        StandardRules.semantic().stream().map(r -> r.definition().id().value()).toList();
    Set<String> unique = new HashSet<>(ids);
    assertThat(semantic)
        .allSatisfy(id -> assertThat(unique.add(id)).as("duplicate %s", id).isTrue());
    assertThat(unique).allSatisfy(id -> assertThat(id).matches("MG-[A-Z]+-\\d{3}"));
  }

  @Test
  void exchangeRulesBelongToTheExchangeProfileOnly() {
    List<RuleDefinition> exchange =
        CATALOGUE.rules().stream()
            .filter(r -> r.profiles().contains(Profile.EXCHANGE.name()))
            .toList();
    assertThat(exchange)
        .hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(r -> assertThat(r.profiles()).containsExactly(Profile.EXCHANGE.name()));
    assertThat(Validation.standard().profiles()).contains(Profile.STRUCTURAL, Profile.EXCHANGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
  void everyRuleHasAMessageThatFormatsCleanly(String language) {
    Locale locale = Locale.forLanguageTag(language);
    for (RuleDefinition r : CATALOGUE.rules()) {
      assertThat(r.messages()).as("languages of %s", r.id()).containsKey(language);
      String pattern = r.messages().get(language);
      assertThat(pattern).as("%s in %s", r.id(), language).isNotBlank();
      assertThat(pattern.replace("''", ""))
          .as("unescaped apostrophe in %s/%s", r.id(), language)
          .doesNotContain("'");
      String formatted =
          new java.text.MessageFormat(pattern, locale).format(new Object[] {"A", 2, "C"});
      assertThat(formatted)
          .as("%s in %s", r.id(), language)
          .doesNotContain("{")
          .doesNotContain("}");
    }
  }

  @Test
  void messagesUseTheSameArgumentsInEveryLanguage() {
    for (RuleDefinition r : CATALOGUE.rules()) {
      Set<String> english = placeholders(r.messages().get("en"));
      for (String language : LANGUAGES) {
        assertThat(placeholders(r.messages().get(language)))
            .as("%s in %s", r.id(), language)
            .isEqualTo(english);
      }
    }
  }

  @Test
  void arabicChineseAndRussianMessagesAreTranslations() {
    for (RuleDefinition r : CATALOGUE.rules()) {
      for (String language : List.of("ar", "zh", "ru", "fr", "es")) {
        assertThat(r.messages().get(language))
            .as("%s in %s", r.id(), language)
            .isNotEqualTo(r.messages().get("en"));
      }
    }
  }

  @Test
  void reportsInTheReadersLanguage() {
    var incident =
        org.mignet.core.model.Incident.builder(Fixtures.meta("i")).counts(3, 2, 6).build();
    assertThat(
            Validation.standard()
                .validate(incident, Profile.STRUCTURAL, Locale.FRENCH)
                .issuesOf(RuleId.of("MG-INC-001"))
                .get(0)
                .message(Locale.FRENCH))
        .startsWith("Total des morts et disparus")
        .contains("(5)");
    assertThat(
            Validation.standard()
                .validate(incident, Profile.STRUCTURAL, Locale.forLanguageTag("ar"))
                .issuesOf(RuleId.of("MG-INC-001"))
                .get(0)
                .message(Locale.forLanguageTag("ar")))
        .contains("مجموع");
    assertThat(
            Validation.standard()
                .validate(incident, Profile.STRUCTURAL, Locale.GERMAN)
                .issuesOf(RuleId.of("MG-INC-001"))
                .get(0)
                .message(Locale.GERMAN))
        .startsWith("Expected a total");
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new HashSet<>();
    var m = java.util.regex.Pattern.compile("\\{(\\d)").matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}

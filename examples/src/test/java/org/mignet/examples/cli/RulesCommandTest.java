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
package org.mignet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.validation.RuleCatalogue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Validation;

class RulesCommandTest {

  @Test
  void jsonParsesAndListsAtLeastFortyRules() throws Exception {
    CliRun run = CliRun.of("rules", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    List<String> ids = new ArrayList<>();
    root.findValues("id").forEach(n -> ids.add(n.asText()));
    assertThat(ids)
        .filteredOn(id -> id.startsWith("MG-"))
        .hasSizeGreaterThanOrEqualTo(40)
        .doesNotHaveDuplicates();
  }

  @Test
  void textListsEveryRuleOfTheCatalogue() {
    CliRun run = CliRun.of("rules");

    assertThat(run.exitCode()).isZero();
    for (RuleDefinition rule : Validation.standard().catalogue().rules()) {
      assertThat(run.out()).contains(rule.id().value());
    }
  }

  @Test
  void langFrPrintsTheFrenchMessages() {
    CliRun run = CliRun.of("rules", "--lang", "fr");

    assertThat(run.exitCode()).isZero();
    RuleCatalogue catalogue = Validation.standard().catalogue();
    long translated = 0;
    for (RuleDefinition rule : catalogue.rules()) {
      String french = rule.template(Locale.FRENCH);
      assertThat(run.out()).contains(french);
      if (!french.equals(rule.template(Locale.ENGLISH))) {
        translated++;
      }
    }
    // the catalogue is French, not English with a French flag: most messages differ from the
    // English ones
    assertThat(translated).isGreaterThan(catalogue.rules().size() / 2);
    assertThat(run.out()).isNotEqualTo(CliRun.of("rules", "--lang", "en").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
  void everyRuleOfTheCatalogueIsShownWithoutRawPlaceholdersOrDoubledQuotes(String lang)
      throws Exception {
    CliRun text = CliRun.of("rules", "--lang", lang);
    CliRun json = CliRun.of("rules", "--lang", lang, "--json");

    assertThat(text.exitCode()).isZero();
    assertThat(json.exitCode()).isZero();
    assertThat(text.out()).doesNotContainPattern("\\{\\d+}").doesNotContain("''");
    JsonNode rules = new ObjectMapper().readTree(json.out()).path("rules");
    assertThat(rules.size()).isGreaterThanOrEqualTo(175);
    for (JsonNode rule : rules) {
      assertThat(rule.path("message").asText())
          .as(rule.path("id").asText() + " " + lang)
          .doesNotContainPattern("\\{\\d+}")
          .doesNotContain("''");
    }
    assertThat(text.out()).contains("MG-READ-002").contains("\u20391\u203a");
  }

  @Test
  void unknownLanguageIsAUsageError() {
    CliRun run = CliRun.of("rules", "--lang", "de");

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("ar, zh, en, fr, ru, es");
  }
}

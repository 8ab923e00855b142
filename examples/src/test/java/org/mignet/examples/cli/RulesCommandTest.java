package org.mignet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
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
    assertThat(ids).filteredOn(id -> id.startsWith("MG-")).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
  }

  @Test
  void textListsEveryRuleOfTheCatalogue() {
    CliRun run = CliRun.of("rules");

    assertThat(run.exitCode()).isZero();
    for (RuleDefinition rule : Validation.standard().catalogue().rules()) {
      assertThat(run.out()).contains(rule.id());
    }
  }

  @Test
  void langFrPrintsTheFrenchMessages() {
    CliRun run = CliRun.of("rules", "--lang", "fr");

    assertThat(run.exitCode()).isZero();
    RuleCatalogue catalogue = Validation.standard().catalogue();
    long translated = 0;
    for (RuleDefinition rule : catalogue.rules()) {
      String french = rule.messagePattern(Locale.FRENCH).replace("''", "'");
      assertThat(run.out()).contains(french);
      if (!french.equals(rule.messagePattern(Locale.ENGLISH).replace("''", "'"))) {
        translated++;
      }
    }
    // the catalogue is French, not English with a French flag: most messages differ from the English ones
    assertThat(translated).isGreaterThan(catalogue.rules().size() / 2);
    assertThat(run.out()).isNotEqualTo(CliRun.of("rules", "--lang", "en").out());
  }

  @Test
  void unknownLanguageIsAUsageError() {
    CliRun run = CliRun.of("rules", "--lang", "de");

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("ar, zh, en, fr, ru, es");
  }
}

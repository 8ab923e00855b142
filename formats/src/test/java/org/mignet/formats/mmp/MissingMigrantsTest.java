package org.mignet.formats.mmp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.formats.Formats;

class MissingMigrantsTest {

  @Test
  void readRulesAreTheRulesTheRegisteredFormatDeclares() {
    assertThat(MissingMigrants.readRules()).isNotEmpty()
        .isEqualTo(Formats.named("mmp").rules())
        .extracting(RuleDefinition::id).allMatch(id -> id.startsWith("MG-MMP-"));
  }
}

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

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.model.Person;

/** An agency adds its own rules and profiles through the public builder. */
class AgencyRulesTest {

  private static final RuleDefinition NEEDS_LANGUAGE =
      new RuleDefinition(
          RuleId.of("IOM-GHA-001"),
          Severity.ERROR,
          RuleKind.SEMANTIC,
          Set.of("iom-ghana"),
          Map.of(
              "en",
              "Expected at least one language for a returnee; found none.",
              "fr",
              "Au moins une langue attendue pour une personne de retour ; aucune trouvée."),
          "Return counselling in Ghana is planned in the returnee's language.",
          "IOM Ghana SOP 2024, §3");

  private static Validation agencyValidation() {
    return Validation.builder()
        .addRule(
            Rule.of(
                NEEDS_LANGUAGE,
                Person.class,
                (p, ctx) -> {
                  if (p.languages().isEmpty()) {
                    ctx.report("/languages");
                  }
                }))
        .addProfile(
            Profile.of(
                "iom-ghana",
                "IOM Ghana returns: exchange plus local rules.",
                Profile.EXCHANGE.name()))
        .clock(Fixtures.CLOCK)
        .build();
  }

  @Test
  void anAgencyRuleFiresOnlyInTheAgencyProfile() {
    Validation v = agencyValidation();
    Person p = Person.builder(Fixtures.meta("p")).build();
    ValidationReportAssert.assertThat(v.validate(p, v.profile("iom-ghana")))
        .hasIssue("IOM-GHA-001", "/languages");
    ValidationReportAssert.assertThat(v.validate(p, Profile.EXCHANGE)).hasNoIssue("IOM-GHA-001");
    ValidationReportAssert.assertThat(v.validate(p, Profile.STRUCTURAL)).hasNoIssue("IOM-GHA-001");
  }

  @Test
  void theAgencyProfileAlsoAppliesTheProfilesItIncludes() {
    Validation v = agencyValidation();
    Person p = Person.builder(Fixtures.meta("p")).countryOfBirth("ZZZ").build();
    ValidationReportAssert.assertThat(v.validate(p, v.profile("iom-ghana")))
        .hasIssue("MG-CODE-001", "/countryOfBirth")
        .hasIssue("MG-META-010", "/meta/sourceOrganization");
    assertThat(v.catalogue().find(RuleId.of("IOM-GHA-001"))).isPresent();
    assertThat(v.profiles()).extracting(Profile::name).contains("iom-ghana");
  }

  @Test
  void anAgencyRuleCannotReuseAStandardId() {
    RuleDefinition clash =
        new RuleDefinition(
            RuleId.of("MG-INC-001"),
            Severity.INFO,
            RuleKind.SEMANTIC,
            Set.of("structural"),
            Map.of("en", "x"),
            "x",
            "x");
    assertThatThrownBy(
            () -> Validation.builder().addRule(Rule.of(clash, Person.class, (p, c) -> {})).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MG-INC-001");
  }

  @Test
  void anUnknownProfileIsRejected() {
    assertThatThrownBy(
            () ->
                Validation.standard()
                    .validate(
                        Person.builder(Fixtures.meta("p")).build(),
                        Validation.standard().profile("nope")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

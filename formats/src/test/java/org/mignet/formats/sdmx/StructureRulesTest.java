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
package org.mignet.formats.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Rule;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;

/**
 * The structure checks as rules of a {@link Validation}, added by a user through the public
 * builder.
 */
class StructureRulesTest {

  static final Profile SDMX_TEST =
      Profile.of("sdmx-test", "Exchange plus the TEST structures.", Profile.EXCHANGE.name());

  static Validation with(java.util.List<Rule<?>> rules) {
    Validation.Builder b = Validation.builder();
    rules.forEach(b::addRule);
    return b.addProfile(SDMX_TEST).build();
  }

  /** AFG/F/2020 fits; XXX is not in CL_AREA; the last repeats the first's key. */
  static final Dataset DATA =
      StructureValidatorTest.dataset(
          StructureValidatorTest.obs("AFG", "F", "2020"),
          StructureValidatorTest.obs("XXX", "F", "2020"),
          StructureValidatorTest.obs("AFG", "F", "2020"));

  @Test
  void structureRulesReportWhereTheDatasetBreaksItsStructure() {
    ValidationReport report =
        with(StructureValidator.rules(SdmxStructuresTest.fixture()))
            .validate(DATA, Profile.STRUCTURAL);
    assertThat(report.issues())
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "MG-SDMX-010", "/observations/1/dimensions/REF_AREA"),
            org.assertj.core.groups.Tuple.tuple("MG-SDMX-012", "/observations/2"));
    Issue notInList =
        report.issues().stream()
            .filter(i -> i.ruleId().value().equals("MG-SDMX-010"))
            .findFirst()
            .orElseThrow();
    assertThat(notInList.message()).contains("REF_AREA", "CL_AREA");
    assertThat(notInList.value()).contains("XXX");
  }

  @Test
  void findsTheSameIssuesAsTheStructureValidator() {
    ValidationReport viaRules =
        with(StructureValidator.rules(SdmxStructuresTest.fixture()))
            .validate(DATA, Profile.STRUCTURAL);
    ValidationReport direct = StructureValidator.of(SdmxStructuresTest.fixture()).validate(DATA);
    assertThat(viaRules.issues().stream().filter(i -> i.ruleId().value().startsWith("MG-SDMX")))
        .extracting(ri -> ri.ruleId().value(), Issue::pointer, Issue::message)
        .containsExactlyInAnyOrderElementsOf(
            direct.issues().stream()
                .map(
                    i ->
                        org.assertj.core.groups.Tuple.tuple(
                            i.ruleId().value(), i.pointer(), i.message()))
                .toList());
  }

  @Test
  void rulesInAnAgencyProfileFireOnlyThere() {
    Validation v = with(StructureValidator.rules(SdmxStructuresTest.fixture(), Set.of(SDMX_TEST)));
    assertThat(v.validate(DATA, SDMX_TEST).issues())
        .extracting(ri -> ri.ruleId().value())
        .contains("MG-SDMX-010");
    assertThat(v.validate(DATA, Profile.EXCHANGE).issues())
        .extracting(ri -> ri.ruleId().value())
        .doesNotContain("MG-SDMX-010", "MG-SDMX-012");
  }

  @Test
  void rulesAreSemanticWithTheReadersMessagesInFrench() {
    java.util.List<Rule<?>> rules = StructureValidator.rules(SdmxStructuresTest.fixture());
    assertThat(rules)
        .extracting(r -> r.definition().id().value())
        .containsExactly(
            "MG-SDMX-010",
            "MG-SDMX-011",
            "MG-SDMX-012",
            "MG-SDMX-013",
            "MG-SDMX-014",
            "MG-SDMX-015",
            "MG-SDMX-017");
    assertThat(rules)
        .allMatch(r -> r.definition().kind() == RuleKind.SEMANTIC && r.target() == Dataset.class);
    ValidationReport fr = with(rules).validate(DATA, Profile.STRUCTURAL, Locale.FRENCH);
    assertThat(fr.issues())
        .filteredOn(i -> i.ruleId().value().equals("MG-SDMX-010"))
        .singleElement()
        .extracting(i -> i.message(Locale.FRENCH))
        .asString()
        .startsWith("Dimension REF_AREA : la valeur");
  }

  @Test
  void aDatasetWithoutStructureGetsOneWarning() {
    Dataset other =
        new Dataset(
            DATA.meta(),
            "OTHER:DF_X(1.0)",
            java.util.Optional.empty(),
            DATA.dimensionIds(),
            java.util.Map.of(),
            DATA.observations());
    SdmxStructures two = SdmxCsvColumnsTest.twoStructures();
    ValidationReport report =
        with(StructureValidator.rules(two)).validate(other, Profile.STRUCTURAL);
    assertThat(report.issues())
        .filteredOn(i -> i.ruleId().value().startsWith("MG-SDMX"))
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MG-SDMX-017", "/dataflow"));
  }
}

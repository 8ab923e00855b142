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
package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.RuleCatalogue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Validation;

class FormatsCatalogueTest {

  @Test
  void catalogueListsValidationReadAndConversionRulesOnceEach() {
    RuleCatalogue catalogue = Formats.catalogue(Validation.standard());
    Set<String> ids = new HashSet<>();
    for (RuleDefinition r : catalogue.rules()) {
      assertThat(ids.add(r.id().value())).as("duplicate " + r.id().value()).isTrue();
      assertThat(r.id().value()).matches("MG-[A-Z]+-\\d{3}");
      assertThat(r.rationale()).as(r.id().value()).isNotBlank();
      assertThat(r.source()).as(r.id().value()).isNotBlank();
    }
    assertThat(ids).contains("MG-INC-001", "MG-READ-001", "MG-CONV-001");
    assertThat(catalogue.rules().size())
        .isGreaterThan(Validation.standard().catalogue().rules().size());
  }

  @Test
  void noFormatReusesAnIdOfTheValidationRules() {
    Set<String> validation = new HashSet<>();
    Validation.standard().catalogue().rules().forEach(r -> validation.add(r.id().value()));
    for (Format f : Formats.all()) {
      for (RuleDefinition r : f.rules()) {
        assertThat(validation).as(f.name() + " reuses " + r.id()).doesNotContain(r.id().value());
      }
    }
  }
}

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

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.model.Incident;
import org.mignet.core.model.Person;
import org.mignet.core.model.Place;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;

/** Issues never carry personal values; non-personal values are shown. */
class PersonalDataMaskingTest {

  @Test
  void masksABadCountryOfBirthOfANestedVictim() {
    Person p = Person.builder(Fixtures.meta("p1")).countryOfBirth("ZZZ").build();
    TraffickingCase c =
        TraffickingCase.builder(Fixtures.meta("c1"))
            .victim(Victim.builder(p).recruitmentPlace(Place.country("QQQ")).build())
            .build();
    ValidationReport report = Fixtures.validate(c);
    ValidationReportAssert.assertThat(report)
        .hasIssue("MG-CODE-001", "/victims/0/person/countryOfBirth")
        .hasIssue("MG-CODE-001", "/victims/0/recruitmentPlace/country");
    for (Issue i : report.issuesOf(RuleId.of("MG-CODE-001"))) {
      assertThat(i.masked()).isTrue();
      assertThat(i.value()).isEmpty();
      assertThat(i.message()).doesNotContain("ZZZ").doesNotContain("QQQ");
      assertThat(i.toString()).doesNotContain("ZZZ").doesNotContain("QQQ");
    }
    assertThat(report.toHtml()).doesNotContain("ZZZ").doesNotContain("QQQ");
  }

  @Test
  void masksAFutureBirthDateInEveryLanguage() {
    Person p = Person.builder(Fixtures.meta("p1")).birthDate(Fixtures.date("2031-07-19")).build();
    for (String lang : new String[] {"ar", "zh", "en", "fr", "ru", "es"}) {
      ValidationReport report =
          Fixtures.VALIDATION.validate(p, Profile.STRUCTURAL, Locale.forLanguageTag(lang));
      Issue issue = report.issuesOf(RuleId.of("MG-PERSON-001")).get(0);
      assertThat(issue.masked()).isTrue();
      assertThat(issue.value()).isEmpty();
      assertThat(issue.message(Locale.forLanguageTag(lang)))
          .doesNotContain("2031")
          .contains("2025");
      assertThat(issue.toString(Locale.forLanguageTag(lang))).doesNotContain("2031");
    }
  }

  @Test
  void showsNonPersonalValues() {
    Incident i = Incident.builder(Fixtures.meta("i")).counts(3, 2, 6).build();
    Issue issue = Fixtures.validate(i).issuesOf(RuleId.of("MG-INC-001")).get(0);
    assertThat(issue.masked()).isFalse();
    assertThat(issue.value()).contains("6");
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
  }
}

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

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Person;
import org.mignet.core.model.SmugglingCase;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;

/** A rule on a type runs on every value of that type, wherever it sits in the record. */
class NestedRecordsTest {

  private static Person bornInTheFuture(String id) {
    return Fixtures.person(id).birthDate(Fixtures.date("2031")).build();
  }

  @Test
  void checksAPersonThatIsAVictimInsideATraffickingCase() {
    TraffickingCase c =
        TraffickingCase.builder(Fixtures.meta("c"))
            .victim(Victim.builder(Fixtures.person("v0").build()).build())
            .victim(Victim.builder(bornInTheFuture("v1")).build())
            .build();
    ValidationReportAssert.assertThat(Fixtures.validate(c))
        .hasIssue("MG-PERSON-001", "/victims/1/person/birthDate");
  }

  @Test
  void checksEveryMigrantOfASmugglingCase() {
    SmugglingCase c =
        new SmugglingCase(
            Fixtures.meta("s"),
            List.of(bornInTheFuture("m0"), bornInTheFuture("m1")),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    ValidationReportAssert.assertThat(Fixtures.validate(c))
        .hasIssue("MG-PERSON-001", "/migrants/0/birthDate")
        .hasIssue("MG-PERSON-001", "/migrants/1/birthDate");
  }

  @Test
  void checksThePersonOfAReturnCaseAndTheSensitivityOfTheWholeRecordOnly() {
    Person named = Fixtures.named("r1");
    var r =
        new org.mignet.core.model.ReturnCase(
            Fixtures.meta("ret").withSensitivity(org.mignet.core.model.Sensitivity.RESTRICTED),
            named,
            org.mignet.core.model.ReturnType.FORCED,
            "DEU",
            "GHA",
            null,
            null,
            null,
            null,
            null,
            null);
    ValidationReportAssert.assertThat(Fixtures.validate(r))
        .hasIssue("MG-META-006", "/meta/sensitivity");
  }
}

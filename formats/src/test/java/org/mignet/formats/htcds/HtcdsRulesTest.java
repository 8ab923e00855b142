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
package org.mignet.formats.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.ValidationReport;

class HtcdsRulesTest {

  @Test
  void htcdsCoreReportsMissingCoreFields() {
    TraffickingCase c =
        TraffickingCase.builder(RecordMeta.of("s", "c1"))
            .victim(Victim.builder(Person.builder(RecordMeta.of("s", "p1")).build()).build())
            .build();
    ValidationReport report =
        HtcdsRules.validation().validate(c, HtcdsRules.profile(), Locale.ENGLISH);
    assertThat(report.issues())
        .extracting(ri -> ri.ruleId().value())
        .contains(
            HtcdsRules.CASE_STATUS,
            HtcdsRules.VICTIM_STATUS,
            HtcdsRules.VICTIM_PERSON,
            HtcdsRules.CONSENT,
            HtcdsRules.EXPLOITATION);
    assertThat(report.issues())
        .extracting(Issue::pointer)
        .contains("/status", "/victims/0/traffickingStatus");
  }

  @Test
  void htcdsCoreAcceptsACaseWithItsCoreFields() {
    TraffickingCase c =
        TraffickingCase.builder(RecordMeta.of("s", "c1"))
            .status("Active")
            .consent(org.mignet.core.model.Consent.given(null, null))
            .victim(
                Victim.builder(
                        Person.builder(RecordMeta.of("s", "p1"))
                            .gender("Feminine")
                            .citizenship("NGA")
                            .build())
                    .status("ActualVictimOfTrafficking", "NGO")
                    .exploitationType("ForcedLabour")
                    .methodOfControl("DebtBondage")
                    .build())
            .build();
    ValidationReport report =
        HtcdsRules.validation().validate(c, HtcdsRules.profile(), Locale.ENGLISH);
    assertThat(report.issues())
        .extracting(ri -> ri.ruleId().value())
        .noneMatch(id -> id.startsWith("MG-HTCDS-1"));
  }
}

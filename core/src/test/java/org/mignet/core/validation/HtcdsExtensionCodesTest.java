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

import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;

/** mignet's extension codes to HTCDS code lists are valid codes of the model (HTCDS issue #28). */
class HtcdsExtensionCodesTest {

  private static ValidationReport caseWithExploitation(String code) {
    Person p = Person.builder(RecordMeta.of("test", "p1")).build();
    return Validation.standard()
        .validate(
            TraffickingCase.builder(RecordMeta.of("test", "c1"))
                .victim(Victim.builder(p).exploitationType(code).build())
                .build());
  }

  @Test
  void acceptsForcedCriminalityAsAnExploitationType() {
    assertThat(caseWithExploitation("ForcedCriminality").issuesOf(RuleId.of("MG-CODE-005")))
        .isEmpty();
  }

  @Test
  void stillRejectsCodesThatAreNeitherHtcdsNorExtensions() {
    assertThat(
            caseWithExploitation("ScamCompound")
                .hasIssue(RuleId.of("MG-CODE-005"), "/victims/0/exploitationTypes/0"))
        .isTrue();
  }
}

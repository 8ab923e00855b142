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
package org.mignet.formats.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;

class KAnonymityCheckTest {

  static int ids;

  static TraffickingCase victim(Sex sex, String citizenship, String exploitation) {
    Person p =
        Person.builder(RecordMeta.of("urn:t", "p" + ids++))
            .sex(sex)
            .citizenship(citizenship)
            .build();
    return TraffickingCase.builder(RecordMeta.of("urn:t", "c" + ids++))
        .victim(Victim.builder(p).exploitationType(exploitation).build())
        .build();
  }

  @Test
  void defaultQuasiIdentifiersAreThePersonComponentsTheModelMarksAndGender() {
    assertThat(KAnonymityCheck.defaultQuasiIdentifiers())
        .contains("sex", "birthDate", "citizenships", "countryOfBirth", "gender")
        .doesNotContain("names", "documents", "deceased");
  }

  @Test
  void byDefaultAGenderOfItsOwnSinglesAPersonOut() {
    // CTDC records gender and not sex: without gender among the quasi-identifiers these five look
    // alike
    KAnonymityCheck check = KAnonymityCheck.of(2, 1, List.of(), null);
    for (String g : List.of("Feminine", "Feminine", "Masculine", "Masculine", "NonConforming")) {
      Person p =
          Person.builder(RecordMeta.of("urn:t", "p" + ids++)).citizenship("COL").gender(g).build();
      check.add(
          TraffickingCase.builder(RecordMeta.of("urn:t", "c" + ids++))
              .victim(Victim.builder(p).exploitationType("ForcedLabour").build())
              .build());
    }
    KAnonymityCheck.Result r = check.result();
    assertThat(r.classes()).isEqualTo(3);
    assertThat(r.classesBelowK()).isEqualTo(1);
    assertThat(r.peopleBelowK()).isEqualTo(1);
    assertThat(r.summary()).doesNotContain("NonConforming");
  }

  @Test
  void findsTheClassesBelowKAndTheResidualRisk() {
    KAnonymityCheck check = KAnonymityCheck.of(3, 1, List.of("sex", "citizenships"), null);
    for (int i = 0; i < 4; i++) {
      check.add(victim(Sex.FEMALE, "NGA", "ForcedLabour"));
    }
    check.add(victim(Sex.MALE, "NGA", "ForcedLabour"));
    check.add(victim(Sex.MALE, "NGA", "ForcedLabour"));
    check.add(victim(Sex.FEMALE, "ROU", "ForcedLabour"));
    KAnonymityCheck.Result r = check.result();
    assertThat(r.people()).isEqualTo(7);
    assertThat(r.classes()).isEqualTo(3);
    assertThat(r.classesBelowK()).isEqualTo(2);
    assertThat(r.peopleBelowK()).isEqualTo(3);
    assertThat(r.sizesBelowK()).containsEntry(1L, 1L).containsEntry(2L, 1L);
    assertThat(r.maximumRisk()).isEqualTo(1.0);
    assertThat(r.averageRisk()).isEqualTo(3.0 / 7);
    assertThat(r.passes()).isFalse();
    assertThat(r.summary())
        .contains("2 classes below k")
        .doesNotContain("NGA")
        .doesNotContain("ROU");
  }

  @Test
  void findsClassesWhoseSensitiveValuesAreNotDiverse() {
    KAnonymityCheck check = KAnonymityCheck.of(2, 2, List.of("sex"), "exploitationTypes");
    check.add(victim(Sex.FEMALE, "NGA", "ForcedLabour"));
    check.add(victim(Sex.FEMALE, "UKR", "SexualExploitation"));
    check.add(victim(Sex.MALE, "NGA", "ForcedLabour"));
    check.add(victim(Sex.MALE, "UKR", "ForcedLabour"));
    KAnonymityCheck.Result r = check.result();
    assertThat(r.classesBelowK()).isZero();
    assertThat(r.classesBelowL()).isEqualTo(1);
    assertThat(r.passes()).isFalse();
  }

  @Test
  void refusesANameThatIsNotAPersonComponent() {
    assertThatThrownBy(() -> KAnonymityCheck.of(2, 1, List.of("shoeSize"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shoeSize");
    assertThatThrownBy(() -> KAnonymityCheck.of(1, 1, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

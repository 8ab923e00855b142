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
package org.mignet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.Incident;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.privacy.PersonalDataCategory;

class RecordModelTest {

  private static Map<String, PersonalDataCategory> marks(Class<?> type) {
    return RecordModel.of(type).markedPaths().stream()
        .collect(Collectors.toMap(RecordModel.MarkedPath::path, RecordModel.MarkedPath::category));
  }

  @Test
  void findsTheCategoryOfANestedComponentThroughListsAndOptionals() {
    RecordModel cases = RecordModel.of(TraffickingCase.class);
    assertThat(cases.categoryAt("/victims/0/person/names/0/fullName"))
        .contains(PersonalDataCategory.DIRECT_IDENTIFIER);
    assertThat(cases.categoryAt("/victims/1/methodsOfControl/2"))
        .contains(PersonalDataCategory.SENSITIVE);
    assertThat(cases.categoryAt("/victims/*/person/birthDate"))
        .contains(PersonalDataCategory.QUASI_IDENTIFIER);
    assertThat(RecordModel.of(Person.class).categoryAt("/countryOfBirth"))
        .contains(PersonalDataCategory.QUASI_IDENTIFIER);
  }

  @Test
  void unmarkedPathsAreNotPersonal() {
    assertThat(RecordModel.of(TraffickingCase.class).categoryAt("/status")).isEmpty();
    assertThat(RecordModel.of(Incident.class).categoryAt("/totalDeadAndMissing")).isEmpty();
    assertThat(
            RecordModel.of(TraffickingCase.class).categoryAt("/victims/0/person/meta/identifier"))
        .isEmpty();
  }

  @Test
  void agencyExtensionsAreSensitiveButDatasetCodesAreNot() {
    assertThat(RecordModel.of(Person.class).categoryAt("/meta/extensions/iom:notes"))
        .contains(PersonalDataCategory.SENSITIVE);
    assertThat(RecordModel.of(Dataset.class).categoryAt("/observations/3/dimensions/CITIZENSHIP"))
        .isEmpty();
  }

  @Test
  void pathsThatLeaveTheModelCountAsPersonal() {
    assertThat(RecordModel.of(Person.class).categoryAt("/noSuchMember"))
        .contains(PersonalDataCategory.SENSITIVE);
    assertThat(RecordModel.of(TraffickingCase.class).categoryAt("/victims/notAnIndex"))
        .contains(PersonalDataCategory.SENSITIVE);
    assertThat(RecordModel.of(Incident.class).categoryAt("/totalDeadAndMissing/0"))
        .contains(PersonalDataCategory.SENSITIVE);
  }

  @Test
  void listsEveryMarkedPathOfAType() {
    assertThat(marks(TraffickingCase.class))
        .containsEntry("/victims/*/person/names", PersonalDataCategory.DIRECT_IDENTIFIER)
        .containsEntry("/victims/*/exploitationPlace", PersonalDataCategory.SENSITIVE)
        .containsEntry("/meta/extensions", PersonalDataCategory.SENSITIVE)
        .doesNotContainKey("/status");
  }

  @Test
  void everyMarkedPathIsPersonalByCategoryAt() {
    for (var type : org.mignet.core.model.RecordType.values()) {
      RecordModel m = RecordModel.of(type.javaType());
      for (RecordModel.MarkedPath p : m.markedPaths()) {
        assertThat(m.categoryAt(p.path())).as(type + " " + p.path()).contains(p.category());
      }
    }
  }

  @Test
  void normalisesListIndicesButKeepsMapKeysOfDigits() {
    assertThat(
            RecordModel.of(TraffickingCase.class).normalise("/victims/12/person/names/0/fullName"))
        .isEqualTo("/victims/*/person/names/*/fullName");
    assertThat(RecordModel.of(Person.class).normalise("/meta/extensions/2024"))
        .isEqualTo("/meta/extensions/2024");
    assertThat(RecordModel.of(Person.class).normalise("/meta/extensions/a~1b"))
        .isEqualTo("/meta/extensions/a~1b");
  }

  @Test
  void buildsARecordThroughItsCanonicalConstructorAndReadsItBack() {
    RecordModel persons = RecordModel.of(Person.class);
    Object[] args = new Object[persons.components().size()];
    args[0] = RecordMeta.of(Identifier.of("iom", "p-1"));
    args[persons.component("sex").orElseThrow().index()] = Sex.FEMALE;
    Person p = (Person) persons.construct(args);
    assertThat(p.sex()).isEqualTo(Sex.FEMALE);
    assertThat(p.names()).isEmpty();
    assertThat(persons.values(p)[persons.component("sex").orElseThrow().index()])
        .isEqualTo(Sex.FEMALE);
  }

  @Test
  void buildsRecordsWithPrimitiveComponentsFromTheirBoxedValues() {
    RecordModel ages = RecordModel.of(org.mignet.core.model.AgeRange.class);
    assertThat(ages.construct(ages.values(org.mignet.core.model.AgeRange.of(18, 25))))
        .isEqualTo(org.mignet.core.model.AgeRange.of(18, 25));
    RecordModel points = RecordModel.of(org.mignet.core.model.Coordinates.class);
    org.mignet.core.model.Coordinates here = org.mignet.core.model.Coordinates.of(12.5, -3.25);
    assertThat(points.construct(points.values(here))).isEqualTo(here);
  }

  @Test
  void refusesAnArgumentOfTheWrongTypeOrCount() {
    RecordModel ages = RecordModel.of(org.mignet.core.model.AgeRange.class);
    assertThatThrownBy(() -> ages.construct("18", 25)).isInstanceOf(ClassCastException.class);
    assertThatThrownBy(() -> ages.construct(18)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ages.construct(null, 25)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void letsAConstructorRefusalThroughUnchanged() {
    RecordModel persons = RecordModel.of(Person.class);
    assertThatThrownBy(() -> persons.construct(new Object[persons.components().size()]))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("meta");
  }

  @Test
  void refusesAClassOutsideTheModel() {
    assertThatThrownBy(() -> RecordModel.of(String.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scansPopulatedLeavesAndListSizes() {
    Person p =
        Person.builder(RecordMeta.of(Identifier.of("iom", "p-1")))
            .sex(Sex.UNKNOWN)
            .citizenship("NGA", "GHA")
            .build();
    Walk.Scan scan = Walk.scan(p);
    assertThat(scan.leaves())
        .contains("/meta/identifier/system", "/meta/identifier/value", "/citizenships")
        .doesNotContain("/sex");
    assertThat(scan.listSizes()).containsEntry("/citizenships", 2);
  }

  @Test
  void escapesAndSplitsPointersAsRfc6901Says() {
    assertThat(Pointers.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(Pointers.tokens("/a~1b/~01/")).containsExactly("a/b", "~1", "");
    assertThat(Pointers.tokens("")).isEmpty();
    assertThat(Pointers.isIndex("0")).isTrue();
    assertThat(Pointers.isIndex("01")).isFalse();
    assertThatThrownBy(() -> Pointers.tokens("a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cutsEchoedValuesWithoutSplittingASurrogatePair() {
    String s = "a".repeat(79) + "😀" + "b";
    assertThat(Values.cut(s)).isEqualTo("a".repeat(79) + "…");
    assertThat(Values.cut("short")).isEqualTo("short");
    assertThat(Values.parseBoolean(" Oui ")).contains(true);
    assertThat(Values.parseBoolean("no")).contains(false);
    assertThat(Values.parseBoolean("maybe")).isEmpty();
  }
}

package org.mignet.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Incident;
import org.mignet.core.model.Person;
import org.mignet.core.model.TraffickingCase;

class PersonalDataMarksTest {

  @Test
  void findsTheCategoryOfANestedComponentThroughListsAndOptionals() {
    assertThat(PersonalDataMarks.categoryAt(TraffickingCase.class, "/victims/0/person/names/0/fullName"))
        .contains(PersonalDataCategory.DIRECT_IDENTIFIER);
    assertThat(PersonalDataMarks.categoryAt(TraffickingCase.class, "/victims/1/methodsOfControl/2"))
        .contains(PersonalDataCategory.SENSITIVE);
    assertThat(PersonalDataMarks.categoryAt(Person.class, "/countryOfBirth"))
        .contains(PersonalDataCategory.QUASI_IDENTIFIER);
  }

  @Test
  void unmarkedPathsAreNotPersonal() {
    assertThat(PersonalDataMarks.isPersonal(TraffickingCase.class, "/status")).isFalse();
    assertThat(PersonalDataMarks.isPersonal(Incident.class, "/totalDeadAndMissing")).isFalse();
    assertThat(PersonalDataMarks.isPersonal(TraffickingCase.class, "/victims/0/person/meta/identifier")).isFalse();
  }

  @Test
  void agencyExtensionsAreSensitiveButDatasetCodesAreNot() {
    assertThat(PersonalDataMarks.categoryAt(Person.class, "/meta/extensions/iom:notes"))
        .contains(PersonalDataCategory.SENSITIVE);
    assertThat(PersonalDataMarks.isPersonal(org.mignet.core.model.Dataset.class,
        "/observations/3/dimensions/CITIZENSHIP")).isFalse();
  }

  @Test
  void pathsThatLeaveTheModelCountAsPersonal() {
    assertThat(PersonalDataMarks.isPersonal(Person.class, "/meta/extensions/iom:notes")).isTrue();
    assertThat(PersonalDataMarks.isPersonal(Person.class, "/noSuchMember")).isTrue();
    assertThat(PersonalDataMarks.isPersonal(TraffickingCase.class, "/victims/notAnIndex")).isTrue();
  }

  @Test
  void listsEveryMarkedPathOfAType() {
    Map<String, PersonalDataCategory> paths = Map.ofEntries(
        PersonalDataMarks.markedPaths(TraffickingCase.class).toArray(Map.Entry[]::new));
    assertThat(paths).containsEntry("/victims/*/person/names", PersonalDataCategory.DIRECT_IDENTIFIER)
        .containsEntry("/victims/*/exploitationPlace", PersonalDataCategory.SENSITIVE)
        .doesNotContainKey("/status");
  }
}

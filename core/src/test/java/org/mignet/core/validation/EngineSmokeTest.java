package org.mignet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mignet.core.model.Person;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;

class EngineSmokeTest {

  @Test
  void reportsABadCountryOfBirthOfANestedVictimAtItsPointerAndMasksIt() {
    Person p = Person.builder(RecordMeta.of("test", "p1")).countryOfBirth("ZZZ").build();
    TraffickingCase c = TraffickingCase.builder(RecordMeta.of("test", "c1"))
        .victim(Victim.builder(p).recruitmentPlace(Place.country("QQQ")).build()).build();
    ValidationReport r = Validation.standard().validate(c);
    System.out.println(r.toText());
    assertThat(r.hasIssue("MG-CODE-001", "/victims/0/person/countryOfBirth")).isTrue();
  }
}

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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Incident;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Referral;
import org.mignet.core.model.ReturnCase;
import org.mignet.core.model.SmugglingCase;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;

class WalkTest {

  @Test
  void aRecordTypeWithNoPersonInItsComponentsCannotMeetOne() {
    assertThat(Walk.canMeet(Incident.class, Person.class)).isFalse();
    assertThat(Walk.canMeet(Incident.class, Place.class)).isTrue();
    assertThat(Walk.canMeet(Place.class, Person.class)).isFalse();
  }

  @Test
  void aRecordTypeThatNestsPersonsCanMeetThem() {
    assertThat(Walk.canMeet(TraffickingCase.class, Person.class)).isTrue();
    assertThat(Walk.canMeet(TraffickingCase.class, Victim.class)).isTrue();
    assertThat(Walk.canMeet(Person.class, Person.class)).isTrue();
  }

  @Test
  void notARecordOfTheModelMeetsNothing() {
    assertThat(Walk.canMeet(String.class, Person.class)).isFalse();
  }

  @Test
  void everyClassAWalkVisitsIsOneTheTypeCanMeet() {
    // the static answer must cover what a walk over real values finds, for every root type of the
    // model
    for (Class<?> root :
        List.of(
            TraffickingCase.class,
            SmugglingCase.class,
            ReturnCase.class,
            Referral.class,
            Incident.class)) {
      Set<Class<?>> reachable = new HashSet<>();
      for (Component c : RecordModel.of(root).components()) {
        if (c.type().leaf().kind() == ValueType.Kind.RECORD) {
          reachable.add(c.type().leaf().raw());
          assertThat(Walk.canMeet(root, c.type().leaf().raw()))
              .as(root.getSimpleName() + "/" + c.name())
              .isTrue();
        }
      }
      for (Class<?> direct : reachable) {
        for (Component c : RecordModel.of(direct).components()) {
          if (c.type().leaf().kind() == ValueType.Kind.RECORD) {
            assertThat(Walk.canMeet(root, c.type().leaf().raw()))
                .as(direct.getSimpleName() + "/" + c.name())
                .isTrue();
          }
        }
      }
    }
  }

  @Test
  void anyRecordTestsTheRecordsAWalkVisitsInItsOrderAndStopsAtTheFirstThatPasses() {
    TraffickingCase c =
        TraffickingCase.builder(RecordMeta.of("sys", "c"))
            .victim(Victim.builder(Person.builder(RecordMeta.of("sys", "v1")).build()).build())
            .victim(Victim.builder(Person.builder(RecordMeta.of("sys", "v2")).build()).build())
            .build();
    List<Object> walked = new ArrayList<>();
    Walk.records(c, (record, model, pointer) -> walked.add(record));
    List<Object> tested = new ArrayList<>();
    assertThat(Walk.anyRecord(c, r -> !tested.add(r))).isFalse();
    assertThat(tested).containsExactlyElementsOf(walked);

    tested.clear();
    Person second = c.victims().get(1).person();
    assertThat(Walk.anyRecord(c, r -> tested.add(r) && r == second)).isTrue();
    assertThat(tested).containsExactlyElementsOf(walked.subList(0, walked.indexOf(second) + 1));
  }

  @Test
  void aPersonalComponentCountsOnlyWithAValueNotKnownToBeHarmless() {
    Person bare = Person.builder(RecordMeta.of("sys", "p")).build();
    Person born = bare.toBuilder().birthDate(PartialDate.parse("1990")).build();
    assertThat(Walk.hasPersonalComponent(bare, v -> false)).isFalse();
    assertThat(Walk.hasPersonalComponent(born, v -> false)).isTrue();
    assertThat(Walk.hasPersonalComponent(born, v -> true)).isFalse();
    assertThat(Walk.holdsPersonalData(born)).isTrue();
  }
}

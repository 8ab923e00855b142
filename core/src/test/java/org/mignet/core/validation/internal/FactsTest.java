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
package org.mignet.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.Victim;

class FactsTest {

  private static TraffickingEvent event(String victimId, String date) {
    return new TraffickingEvent(
        Optional.of("Exploitation"),
        Optional.ofNullable(victimId),
        Optional.of(PartialDate.parse(date)),
        Optional.empty(),
        Optional.empty());
  }

  private static Victim victim(String system, String value) {
    return Victim.builder(Person.builder(RecordMeta.of(system, value)).build()).build();
  }

  @Test
  void anEventConcernsTheVictimItNamesExactlyOrEveryVictimIfItNamesNone() {
    Identifier id = new Identifier("sys", "v1");
    assertThat(Facts.concerns(event("sys|v1", "2020"), id)).isTrue();
    assertThat(Facts.concerns(event(null, "2020"), id)).isTrue();
    assertThat(Facts.concerns(event("sys|v12", "2020"), id)).isFalse();
    assertThat(Facts.concerns(event("sys|v", "2020"), id)).isFalse();
    assertThat(Facts.concerns(event("sysXv1", "2020"), id)).isFalse();
    assertThat(Facts.concerns(event("sy|sv1", "2020"), id)).isFalse();
    assertThat(Facts.concerns(event("other|v1", "2020"), id)).isFalse();
    // a system may itself hold a bar: only the whole text counts
    assertThat(Facts.concerns(event("a|b|v1", "2020"), new Identifier("a|b", "v1"))).isTrue();
    assertThat(Facts.concerns(event("a|b|v1", "2020"), new Identifier("a", "b|v1"))).isTrue();
  }

  @Test
  void theFirstEventDateIsTheEarliestOfTheVictimsOwnAndTheCasesUnnamedEvents() {
    Victim v1 = victim("sys", "v1");
    TraffickingCase c =
        TraffickingCase.builder(RecordMeta.of("sys", "c"))
            .victim(v1)
            .victim(victim("sys", "v2"))
            .event(event("sys|v1", "2019-05"))
            .event(event("sys|v2", "2001"))
            .event(event(null, "2019"))
            .event(event("sys|v1", "2019-03-02"))
            .build();
    assertThat(Facts.firstEventDate(c, v1)).contains(PartialDate.parse("2019"));
    assertThat(Facts.eventsOf(c, v1))
        .containsExactly(c.events().get(0), c.events().get(2), c.events().get(3));
    TraffickingCase none =
        TraffickingCase.builder(RecordMeta.of("sys", "c"))
            .victim(v1)
            .event(event("sys|v2", "2001"))
            .build();
    assertThat(Facts.firstEventDate(none, v1)).isEmpty();
  }
}

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
package org.mignet.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void ageRangeReadsCtdcBandsAndItsOwnForm() {
    assertThat(AgeRange.parse("9--17")).isEqualTo(AgeRange.of(9, 17));
    assertThat(AgeRange.parse("09--17")).isEqualTo(AgeRange.of(9, 17));
    assertThat(AgeRange.parse("34")).isEqualTo(AgeRange.exactly(34));
    assertThat(AgeRange.parse(AgeRange.of(18, 20).toString())).isEqualTo(AgeRange.of(18, 20));
    assertThatThrownBy(() -> AgeRange.parse("old")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ageRangeKnowsChildrenUnderEighteen() {
    assertThat(AgeRange.of(9, 17).isChild()).isTrue();
    assertThat(AgeRange.of(15, 18).isChild()).isFalse();
    assertThat(AgeRange.of(15, 18).isAdult()).isFalse();
    assertThatThrownBy(() -> AgeRange.of(20, 18)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void identifierParsesWhatItWrites() {
    Identifier id = Identifier.of("https://iom.int/mimosa/case", "C-0001");
    assertThat(Identifier.parse(id.toString())).isEqualTo(id);
    assertThatThrownBy(() -> Identifier.of("sys", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifier.parse("no-separator"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordMetaCopiesExtensionsDeeplyAndKeepsThemOutOfToString() {
    java.util.ArrayList<Object> nested = new java.util.ArrayList<>(List.of("a"));
    RecordMeta meta = RecordMeta.of("sys", "1").withExtension("iom:unit", Map.of("team", nested));
    nested.add("b");
    assertThat(meta.extensions().get("iom:unit")).isEqualTo(Map.of("team", List.of("a")));
    assertThat(meta.toString()).contains("iom:unit").doesNotContain("team");
    assertThatThrownBy(() -> RecordMeta.of("sys", "1").withExtension("x", new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void personNameNeedsAtLeastOnePartAndDoesNotShowItInToString() {
    assertThatThrownBy(
            () ->
                new PersonName(
                    NameUse.PRIMARY,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    PersonName name = PersonName.full("Nguyễn Thị Minh Khai");
    assertThat(name.displayName()).isEqualTo("Nguyễn Thị Minh Khai");
    assertThat(name.toString()).doesNotContain("Nguyễn");
  }

  @Test
  void incidentTotalFallsBackToDeadPlusMissing() {
    Incident.Builder b = Incident.builder(RecordMeta.of("mmp", "1"));
    assertThat(b.counts(2, 9, null).build().deadAndMissing()).contains(11);
    assertThat(b.counts(2, null, null).build().deadAndMissing()).contains(2);
    assertThat(b.counts(null, null, null).build().deadAndMissing()).isEmpty();
    assertThat(b.counts(2, 9, 12).build().deadAndMissing()).contains(12);
  }

  @Test
  void requiredPartsAreNamedWhenMissing() {
    assertThatThrownBy(() -> Person.builder(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("meta");
    assertThatThrownBy(() -> new Leg(null, Place.unknown(), null, null, null, null, null, null))
        .hasMessageContaining("leg.from");
  }

  @Test
  void absentOptionalPartsAreNormalisedToEmpty() {
    Leg leg = new Leg(Place.unknown(), Place.unknown(), null, null, null, null, null, null);
    assertThat(leg.departure()).isEmpty();
    assertThat(leg.mode()).isEqualTo(TransportMode.UNKNOWN);
    assertThat(leg.crossing()).isEqualTo(BorderCrossing.UNKNOWN);
    assertThat(Place.unknown().isUnknown()).isTrue();
    assertThat(Place.country("GRC").isUnknown()).isFalse();
  }
}

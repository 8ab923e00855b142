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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Incident;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;

/** A profile is a value: found by the name a command line gives, and validated with as such. */
class ProfileValuesTest {

  private static final Validation V = Validation.standard();

  @Test
  void aNameBecomesTheProfileThisValidationKnows() {
    Profile exchange = V.profile(Profile.EXCHANGE);
    assertThat(exchange.name()).isEqualTo("exchange");
    assertThat(exchange.includes()).containsExactly(Profile.STRUCTURAL);
    assertThat(V.catalogue().profiles()).contains(exchange);
  }

  @Test
  void anUnknownNameIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(() -> V.profile("exchnage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exchnage")
        .hasMessageContaining("exchange")
        .hasMessageContaining("structural");
  }

  @Test
  void validatingWithTheProfileIsValidatingWithItsName() {
    Incident i =
        Incident.builder(RecordMeta.of("mmp", "1"))
            .survivors(-1)
            .place(Place.unknown().withCoordinates(Coordinates.of(120, 0)))
            .build();
    Profile structural = V.profile(Profile.STRUCTURAL);
    assertThat(V.validate(i, structural, Locale.FRENCH))
        .isEqualTo(V.validate(i, Profile.STRUCTURAL, Locale.FRENCH));
    assertThat(V.validate(i, structural).issues()).extracting(Issue::ruleId).contains("MG-INC-002");
    assertThat(V.crossRecord(structural)).isNotNull();
  }

  @Test
  void aProfileDefinedOtherwiseUnderAKnownNameIsRefused() {
    Profile impostor = Profile.of(Profile.EXCHANGE, "not the standard one");
    assertThatThrownBy(
            () -> V.validate(Incident.builder(RecordMeta.of("mmp", "1")).build(), impostor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exchange");
  }
}

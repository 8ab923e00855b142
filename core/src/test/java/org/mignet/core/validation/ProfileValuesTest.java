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
  void theBuiltInProfilesAreValuesEveryValidationKnows() {
    assertThat(Profile.STRUCTURAL.name()).isEqualTo("structural");
    assertThat(Profile.EXCHANGE.name()).isEqualTo("exchange");
    assertThat(Profile.EXCHANGE.includes()).containsExactly(Profile.STRUCTURAL.name());
    assertThat(V.profiles()).startsWith(Profile.STRUCTURAL, Profile.EXCHANGE);
    assertThat(Validation.builder().build().profiles())
        .contains(Profile.STRUCTURAL, Profile.EXCHANGE);
  }

  @Test
  void aNameFromOutsideBecomesTheProfileThisValidationKnows() {
    assertThat(V.profile("exchange")).isEqualTo(Profile.EXCHANGE);
    assertThat(V.profile("structural")).isSameAs(Profile.STRUCTURAL);
  }

  @Test
  void anUnknownNameIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(() -> V.profile("exchnage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'exchnage'")
        .hasMessageContaining("known: exchange, structural");
  }

  @Test
  void aProfileNotKnownToTheValidationIsRefusedByEveryEntryPoint() {
    Profile unknown = Profile.of("nope", "not known");
    Incident i = Incident.builder(RecordMeta.of("mmp", "1")).build();
    assertThatThrownBy(() -> V.validate(i, unknown)).hasMessageContaining("'nope'");
    assertThatThrownBy(() -> V.crossRecord(unknown)).hasMessageContaining("'nope'");
    assertThatThrownBy(
            () -> V.validateAll(java.util.List.of(i).iterator(), unknown, Locale.ENGLISH, 1))
        .hasMessageContaining("'nope'");
  }

  @Test
  void validatingWithTheLookedUpProfileIsValidatingWithTheConstant() {
    Incident i =
        Incident.builder(RecordMeta.of("mmp", "1"))
            .survivors(-1)
            .place(Place.unknown().withCoordinates(Coordinates.of(120, 0)))
            .build();
    Profile structural = V.profile("structural");
    assertThat(V.validate(i, structural, Locale.FRENCH))
        .isEqualTo(V.validate(i, Profile.STRUCTURAL, Locale.FRENCH));
    assertThat(V.validate(i)).isEqualTo(V.validate(i, Profile.STRUCTURAL));
    assertThat(V.validate(i, structural).issues())
        .extracting(ri -> ri.ruleId().value())
        .contains("MG-INC-002");
    assertThat(V.crossRecord(structural)).isNotNull();
  }

  @Test
  void aProfileDefinedOtherwiseUnderAKnownNameIsRefused() {
    Profile impostor = Profile.of(Profile.EXCHANGE.name(), "not the standard one");
    assertThatThrownBy(
            () -> V.validate(Incident.builder(RecordMeta.of("mmp", "1")).build(), impostor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exchange");
  }
}

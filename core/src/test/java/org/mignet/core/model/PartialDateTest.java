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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"1990", "1990-05", "1990-05-17", "2024-02-29", "0001", "9999-12-31"})
  void parseReadsBackWhatToStringWrites(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "90",
        "1990-5",
        "1990-13",
        "1990-00-01",
        "2023-02-29",
        "1990/05/17",
        "17.05.1990",
        "1990-05-17T00:00",
        " 1990",
        "0000"
      })
  void rejectsTextThatIsNotAnIsoDateOfKnownPrecision(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void knowsItsPrecisionAndTheDaysItStandsFor() {
    PartialDate year = PartialDate.ofYear(1990);
    assertThat(year.precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(year.earliest()).isEqualTo(LocalDate.of(1990, 1, 1));
    assertThat(year.latest()).isEqualTo(LocalDate.of(1990, 12, 31));
    assertThat(PartialDate.ofMonth(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void isDefinitelyBeforeOnlyWhenTheIntervalsDoNotOverlap() {
    assertThat(PartialDate.ofYear(1990).isDefinitelyBefore(PartialDate.of(1991, 1, 1))).isTrue();
    assertThat(PartialDate.ofYear(1990).isDefinitelyBefore(PartialDate.of(1990, 6, 1))).isFalse();
    assertThat(PartialDate.of(1990, 6, 1).isDefinitelyBefore(PartialDate.ofYear(1990))).isFalse();
  }

  @Test
  void ageRangeOnAnotherDateCoversEveryPossibleBirthDay() {
    assertThat(PartialDate.ofYear(2000).ageRangeOn(PartialDate.of(2018, 6, 30)))
        .contains(AgeRange.of(17, 18));
    assertThat(PartialDate.of(2000, 7, 1).ageRangeOn(PartialDate.of(2018, 6, 30)))
        .contains(AgeRange.exactly(17));
  }

  @Test
  void ageRangeOnKeepsToTheAgesARangeHolds() {
    // on may fall a little before the latest possible birth day: no negative age
    assertThat(PartialDate.ofYear(2000).ageRangeOn(PartialDate.ofYear(1999)))
        .contains(AgeRange.exactly(0));
    assertThat(PartialDate.of(2000, 7, 1).ageRangeOn(PartialDate.of(1998, 6, 30))).isEmpty();
    assertThat(PartialDate.ofYear(1800).ageRangeOn(PartialDate.ofYear(1949)))
        .contains(AgeRange.of(148, 149));
    assertThat(PartialDate.ofYear(1800).ageRangeOn(PartialDate.ofYear(1951)))
        .contains(AgeRange.exactly(150))
        .hasValueSatisfying(r -> assertThat(r.max()).isEqualTo(AgeRange.MAX_AGE));
    assertThat(PartialDate.ofYear(1800).ageRangeOn(PartialDate.ofYear(1952))).isEmpty();
  }

  @Test
  void rejectsImpossibleParts() {
    assertThatThrownBy(() -> new PartialDate(2023, 2, 29))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(2023, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByEarliestDayThenByPrecision() {
    assertThat(PartialDate.ofYear(1990)).isLessThan(PartialDate.of(1990, 1, 1));
    assertThat(PartialDate.of(1990, 1, 2)).isGreaterThan(PartialDate.ofMonth(1990, 1));
  }
}

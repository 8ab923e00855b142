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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerpetratorBuilderTest {

  @Test
  void builds_the_issue_example_without_positional_nulls() {
    Perpetrator p =
        Perpetrator.builder()
            .kind(PerpetratorKind.INDIVIDUAL)
            .nationality("NGA")
            .sex(Sex.MALE)
            .build();

    assertThat(p)
        .isEqualTo(
            new Perpetrator(
                Optional.empty(),
                PerpetratorKind.INDIVIDUAL,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of("NGA"),
                Sex.MALE,
                Optional.empty()));
  }

  @Test
  void an_empty_builder_gives_unknown_kind_and_sex() {
    Perpetrator p = Perpetrator.builder().kind(null).sex(null).build();

    assertThat(p.kind()).isEqualTo(PerpetratorKind.UNKNOWN);
    assertThat(p.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(p.roles()).isEmpty();
  }

  @Test
  void to_builder_round_trips_every_component_and_leaves_the_original_alone() {
    Perpetrator full =
        Perpetrator.builder()
            .person(Person.builder(RecordMeta.of("case", "p1")).build())
            .kind(PerpetratorKind.ORGANISATION)
            .organisation(OrganizationRef.id("org-1"))
            .role("Recruiter", "Transporter")
            .roleDetails("drove the van")
            .nationality("NGA", "GHA")
            .sex(Sex.FEMALE)
            .ageBand(AgeRange.of(30, 39))
            .build();

    assertThat(full.toBuilder().build()).isEqualTo(full);
    Perpetrator changed = full.toBuilder().nationality("LBY").roleDetails(null).build();
    assertThat(changed.nationalities()).containsExactly("NGA", "GHA", "LBY");
    assertThat(changed.roleDetails()).isEmpty();
    assertThat(full.nationalities()).containsExactly("NGA", "GHA");
    assertThat(full.roleDetails()).contains("drove the van");
  }

  @Test
  void the_built_lists_are_copies_the_builder_cannot_change() {
    Perpetrator.Builder b = Perpetrator.builder().role("Recruiter");
    Perpetrator first = b.build();
    b.role("Exploiter");

    assertThat(first.roles()).containsExactly("Recruiter");
    assertThatThrownBy(() -> first.roles().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

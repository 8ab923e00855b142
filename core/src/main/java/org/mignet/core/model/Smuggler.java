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

import static org.mignet.core.model.internal.Checks.list;
import static org.mignet.core.model.internal.Checks.optional;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A smuggler in a smuggling case.
 *
 * @param person the smuggler as a person record, if identified
 * @param kind individual or organisation
 * @param roles the smuggler's roles
 * @param nationalities ICAO nationality codes
 * @param sex sex; {@link Sex#UNKNOWN} when not known
 * @param ageBand approximate age
 */
public record Smuggler(
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) Optional<@Valid Person> person,
    PerpetratorKind kind,
    List<SmugglerRole> roles,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        List<@InCodeList(value = "icao-nationality", message = "{MG-CODE-002}") String>
            nationalities,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Sex sex,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<AgeRange> ageBand) {

  /** Normalises absent parts and copies lists. */
  public Smuggler {
    person = optional(person);
    kind = kind == null ? PerpetratorKind.UNKNOWN : kind;
    roles = list(roles, "smuggler.roles");
    nationalities = list(nationalities, "smuggler.nationalities");
    sex = sex == null ? Sex.UNKNOWN : sex;
    ageBand = optional(ageBand);
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.person = person.orElse(null);
    b.kind = kind;
    b.roles.addAll(roles);
    b.nationalities.addAll(nationalities);
    b.sex = sex;
    b.ageBand = ageBand.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Smuggler}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add.
   */
  public static final class Builder {
    private @Nullable Person person;
    private PerpetratorKind kind = PerpetratorKind.UNKNOWN;
    private final List<SmugglerRole> roles = new ArrayList<>();
    private final List<String> nationalities = new ArrayList<>();
    private Sex sex = Sex.UNKNOWN;
    private @Nullable AgeRange ageBand;

    private Builder() {}

    /** Returns this builder with the person set; null for none. */
    public Builder person(@Nullable Person value) {
      person = value;
      return this;
    }

    /** Returns this builder with the kind set; null for {@link PerpetratorKind#UNKNOWN}. */
    public Builder kind(@Nullable PerpetratorKind value) {
      kind = value == null ? PerpetratorKind.UNKNOWN : value;
      return this;
    }

    /** Returns this builder with roles added. */
    public Builder role(SmugglerRole... values) {
      roles.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with nationalities added. */
    public Builder nationality(String... values) {
      nationalities.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the sex set; null for {@link Sex#UNKNOWN}. */
    public Builder sex(@Nullable Sex value) {
      sex = value == null ? Sex.UNKNOWN : value;
      return this;
    }

    /** Returns this builder with the age band set; null for none. */
    public Builder ageBand(@Nullable AgeRange value) {
      ageBand = value;
      return this;
    }

    /** Returns the smuggler; the canonical constructor's checks apply. */
    public Smuggler build() {
      return new Smuggler(
          Optional.ofNullable(person),
          kind,
          roles,
          nationalities,
          sex,
          Optional.ofNullable(ageBand));
    }
  }
}

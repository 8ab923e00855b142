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
 * A perpetrator in a trafficking case, with the attributes HTCDS lacks (issue #4: individual or
 * organisation, nationality, sex, approximate age) besides its role in the process. Build with
 * {@link #builder()}, e.g. {@code
 * Perpetrator.builder().kind(PerpetratorKind.INDIVIDUAL).nationality("NGA").sex(Sex.MALE).build()}.
 *
 * @param person the perpetrator as a person record, if individual and identified
 * @param kind individual or organisation; {@link PerpetratorKind#UNKNOWN} when not known
 * @param organisation the organisation, if the perpetrator is one or acts for one (HTCDS {@code
 *     per_Organisation})
 * @param roles HTCDS {@code per_RoleInProcess} codes
 * @param roleDetails free text on the role (HTCDS {@code per_RoleDetails})
 * @param nationalities ICAO nationality codes
 * @param sex sex; {@link Sex#UNKNOWN} when not known
 * @param ageBand approximate age
 */
public record Perpetrator(
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) Optional<@Valid Person> person,
    PerpetratorKind kind,
    Optional<OrganizationRef> organisation,
    List<@InCodeList(value = "htcds:per_RoleInProcess", message = "{MG-CODE-005}") String> roles,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> roleDetails,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        List<@InCodeList(value = "icao-nationality", message = "{MG-CODE-002}") String>
            nationalities,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Sex sex,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<AgeRange> ageBand) {

  /** Normalises absent parts and copies lists. */
  public Perpetrator {
    person = optional(person);
    kind = kind == null ? PerpetratorKind.UNKNOWN : kind;
    organisation = optional(organisation);
    roles = list(roles, "perpetrator.roles");
    roleDetails = optional(roleDetails);
    nationalities = list(nationalities, "perpetrator.nationalities");
    sex = sex == null ? Sex.UNKNOWN : sex;
    ageBand = optional(ageBand);
  }

  /** Returns an empty builder: kind and sex unknown, nothing else recorded. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.person = person.orElse(null);
    b.kind = kind;
    b.organisation = organisation.orElse(null);
    b.roles.addAll(roles);
    b.roleDetails = roleDetails.orElse(null);
    b.nationalities.addAll(nationalities);
    b.sex = sex;
    b.ageBand = ageBand.orElse(null);
    return b;
  }

  /** Shows which parts are present, never their personal values. */
  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /**
   * A mutable builder for {@link Perpetrator}; not thread-safe. Setters accept {@code null} for
   * "not known".
   */
  public static final class Builder {
    private @Nullable Person person;
    private PerpetratorKind kind = PerpetratorKind.UNKNOWN;
    private @Nullable OrganizationRef organisation;
    private final List<String> roles = new ArrayList<>();
    private @Nullable String roleDetails;
    private final List<String> nationalities = new ArrayList<>();
    private Sex sex = Sex.UNKNOWN;
    private @Nullable AgeRange ageBand;

    private Builder() {}

    /** Returns this builder with the perpetrator's person record set. */
    public Builder person(@Nullable Person value) {
      person = value;
      return this;
    }

    /** Returns this builder with the kind set; null for {@link PerpetratorKind#UNKNOWN}. */
    public Builder kind(@Nullable PerpetratorKind value) {
      kind = value == null ? PerpetratorKind.UNKNOWN : value;
      return this;
    }

    /** Returns this builder with the organisation set. */
    public Builder organisation(@Nullable OrganizationRef value) {
      organisation = value;
      return this;
    }

    /**
     * Returns this builder with roles in the process (HTCDS {@code per_RoleInProcess} codes) added.
     */
    public Builder role(String... codes) {
      roles.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with the free text on the role set. */
    public Builder roleDetails(@Nullable String text) {
      roleDetails = text;
      return this;
    }

    /** Returns this builder with nationalities (ICAO codes) added. */
    public Builder nationality(String... codes) {
      nationalities.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with the sex set; null for {@link Sex#UNKNOWN}. */
    public Builder sex(@Nullable Sex value) {
      sex = value == null ? Sex.UNKNOWN : value;
      return this;
    }

    /** Returns this builder with the approximate age set. */
    public Builder ageBand(@Nullable AgeRange value) {
      ageBand = value;
      return this;
    }

    /** Returns the perpetrator; the canonical constructor's checks apply. */
    public Perpetrator build() {
      return new Perpetrator(
          Optional.ofNullable(person),
          kind,
          Optional.ofNullable(organisation),
          roles,
          Optional.ofNullable(roleDetails),
          nationalities,
          sex,
          Optional.ofNullable(ageBand));
    }
  }
}

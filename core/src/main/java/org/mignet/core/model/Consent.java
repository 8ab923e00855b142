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
import static org.mignet.core.model.internal.Checks.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's informed consent (or a child's assent) to the processing or sharing of their data, as
 * HTCDS {@code con_Consent} and the IOM Data Protection Principles require.
 *
 * @param personId the identifier ({@code system|value}) of the person who consented
 * @param given whether consent was given; required
 * @param date when it was given or refused
 * @param purposes what it covers, e.g. {@code assistance}, {@code referral}, {@code data-sharing},
 *     {@code research}
 * @param reference a reference to the signed form or recording
 * @param withdrawn when consent was withdrawn, if it was
 * @param givenByGuardian whether a parent or guardian consented for a child
 */
public record Consent(
    Optional<String> personId,
    boolean given,
    Optional<PartialDate> date,
    List<String> purposes,
    Optional<String> reference,
    Optional<PartialDate> withdrawn,
    Optional<Boolean> givenByGuardian) {

  /** Normalises absent parts and copies lists. */
  public Consent {
    personId = optional(personId);
    date = optional(date);
    purposes = list(purposes, "consent.purposes");
    reference = optional(reference);
    withdrawn = optional(withdrawn);
    givenByGuardian = optional(givenByGuardian);
  }

  /** Returns consent given on a date for the listed purposes. */
  public static Consent given(String personId, PartialDate date, String... purposes) {
    return new Consent(
        Optional.ofNullable(personId),
        true,
        Optional.ofNullable(date),
        List.of(purposes),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Returns whether consent was given and not withdrawn. */
  public boolean isInForce() {
    return given && withdrawn.isEmpty();
  }

  /**
   * Returns whether consent is in force and covers the purpose (an empty purpose list covers none).
   *
   * @param purpose a purpose such as {@code data-sharing}; not null
   */
  public boolean covers(String purpose) {
    required(purpose, "purpose");
    return isInForce() && purposes.contains(purpose);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.personId = personId.orElse(null);
    b.given = given;
    b.date = date.orElse(null);
    b.purposes.addAll(purposes);
    b.reference = reference.orElse(null);
    b.withdrawn = withdrawn.orElse(null);
    b.givenByGuardian = givenByGuardian.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Consent}; not thread-safe. Setters of optional parts accept {@code
   * null} for "not known"; list setters add.
   */
  public static final class Builder {
    private @Nullable String personId;
    private boolean given;
    private @Nullable PartialDate date;
    private final List<String> purposes = new ArrayList<>();
    private @Nullable String reference;
    private @Nullable PartialDate withdrawn;
    private @Nullable Boolean givenByGuardian;

    private Builder() {}

    /** Returns this builder with the person id set; null for none. */
    public Builder personId(@Nullable String value) {
      personId = value;
      return this;
    }

    /** Returns this builder with the given set. */
    public Builder given(boolean value) {
      given = value;
      return this;
    }

    /** Returns this builder with the date set; null for none. */
    public Builder date(@Nullable PartialDate value) {
      date = value;
      return this;
    }

    /** Returns this builder with purposes added. */
    public Builder purpose(String... values) {
      purposes.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the reference set; null for none. */
    public Builder reference(@Nullable String value) {
      reference = value;
      return this;
    }

    /** Returns this builder with the withdrawn set; null for none. */
    public Builder withdrawn(@Nullable PartialDate value) {
      withdrawn = value;
      return this;
    }

    /** Returns this builder with the given by guardian set; null for none. */
    public Builder givenByGuardian(@Nullable Boolean value) {
      givenByGuardian = value;
      return this;
    }

    /** Returns the consent; the canonical constructor's checks apply. */
    public Consent build() {
      return new Consent(
          Optional.ofNullable(personId),
          given,
          Optional.ofNullable(date),
          purposes,
          Optional.ofNullable(reference),
          Optional.ofNullable(withdrawn),
          Optional.ofNullable(givenByGuardian));
    }
  }
}

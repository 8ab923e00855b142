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

import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a smuggling journey was stopped: an interception by authorities or a rescue at sea or on
 * land.
 *
 * @param kind interception or rescue; required
 * @param date when
 * @param place where
 * @param authority who intercepted or rescued
 * @param peopleConcerned how many people were intercepted or rescued
 */
public record Interception(
    Kind kind,
    Optional<PartialDate> date,
    Optional<@Valid Place> place,
    Optional<OrganizationRef> authority,
    Optional<@PositiveOrZero(message = "{MG-SOM-003}") Integer> peopleConcerned) {

  /** Interception or rescue. */
  public enum Kind {
    /** Stopped by authorities. */
    INTERCEPTION,
    /** Rescued from distress. */
    RESCUE
  }

  /** Checks required parts. */
  public Interception {
    required(kind, "interception.kind");
    date = optional(date);
    place = optional(place);
    authority = optional(authority);
    peopleConcerned = optional(peopleConcerned);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind;
    b.date = date.orElse(null);
    b.place = place.orElse(null);
    b.authority = authority.orElse(null);
    b.peopleConcerned = peopleConcerned.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Interception}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code kind}.
   */
  public static final class Builder {
    private @Nullable Kind kind;
    private @Nullable PartialDate date;
    private @Nullable Place place;
    private @Nullable OrganizationRef authority;
    private @Nullable Integer peopleConcerned;

    private Builder() {}

    /** Returns this builder with the kind set (required). */
    public Builder kind(Kind value) {
      kind = value;
      return this;
    }

    /** Returns this builder with the date set; null for none. */
    public Builder date(@Nullable PartialDate value) {
      date = value;
      return this;
    }

    /** Returns this builder with the place set; null for none. */
    public Builder place(@Nullable Place value) {
      place = value;
      return this;
    }

    /** Returns this builder with the authority set; null for none. */
    public Builder authority(@Nullable OrganizationRef value) {
      authority = value;
      return this;
    }

    /** Returns this builder with the people concerned set; null for none. */
    public Builder peopleConcerned(@Nullable Integer value) {
      peopleConcerned = value;
      return this;
    }

    /**
     * Returns the interception; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public Interception build() {
      return new Interception(
          Objects.requireNonNull(kind, "interception.kind is required and must not be null"),
          Optional.ofNullable(date),
          Optional.ofNullable(place),
          Optional.ofNullable(authority),
          Optional.ofNullable(peopleConcerned));
    }
  }
}

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

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A person's or group's migration journey as a sequence of legs: origin, transit and destination.
 * Each leg should start where the previous one ended (rule {@code MG-JOURNEY-001}).
 *
 * @param meta the record's metadata; required
 * @param travellerIds the identifiers ({@code system|value}) of the persons who travelled
 * @param legs the legs in travel order
 * @param routeName the name of the route as a whole, e.g. {@code Central Mediterranean}
 */
public record Journey(
    @Valid RecordMeta meta,
    List<String> travellerIds,
    @PersonalData(PersonalDataCategory.SENSITIVE) List<@Valid Leg> legs,
    Optional<String> routeName)
    implements MignetRecord {

  /** Checks required parts and copies lists. */
  public Journey {
    required(meta, "meta");
    travellerIds = list(travellerIds, "travellerIds");
    legs = list(legs, "legs");
    routeName = optional(routeName);
  }

  /** Returns the place the journey started, if there is a leg. */
  public Optional<Place> origin() {
    return legs.isEmpty() ? Optional.empty() : Optional.of(legs.get(0).from());
  }

  /** Returns the place the journey ended, if there is a leg. */
  public Optional<Place> destination() {
    return legs.isEmpty() ? Optional.empty() : Optional.of(legs.get(legs.size() - 1).to());
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /**
   * Returns a builder with nothing but the metadata set.
   *
   * @param meta the record's metadata; not null
   */
  public static Builder builder(RecordMeta meta) {
    return new Builder(meta);
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(meta);
    b.travellerIds.addAll(travellerIds);
    b.legs.addAll(legs);
    b.routeName = routeName.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Journey}; not thread-safe. Setters of optional parts accept {@code
   * null} for "not known"; list setters add.
   */
  public static final class Builder {
    private RecordMeta meta;
    private final List<String> travellerIds = new ArrayList<>();
    private final List<Leg> legs = new ArrayList<>();
    private @Nullable String routeName;

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with traveller ids added. */
    public Builder travellerId(String... values) {
      travellerIds.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with legs added. */
    public Builder leg(Leg... values) {
      legs.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the route name set; null for none. */
    public Builder routeName(@Nullable String value) {
      routeName = value;
      return this;
    }

    /**
     * Returns the journey; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public Journey build() {
      return new Journey(meta, travellerIds, legs, Optional.ofNullable(routeName));
    }
  }
}

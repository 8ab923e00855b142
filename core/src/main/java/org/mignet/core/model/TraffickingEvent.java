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

import jakarta.validation.Valid;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A dated, located event in a trafficking history: recruitment, transit or exploitation (HTCDS
 * {@code hte_}).
 *
 * @param type HTCDS {@code hte_Type} code
 * @param victimId the identifier ({@code system|value}) of the victim the event concerns, if not
 *     the whole case
 * @param date when it happened
 * @param place where it happened
 * @param description free text (HTCDS {@code hte_Description})
 */
public record TraffickingEvent(
    Optional<@InCodeList(value = "htcds:hte_Type", message = "{MG-CODE-005}") String> type,
    Optional<String> victimId,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<PartialDate> date,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<@Valid Place> place,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> description) {

  /** Normalises absent parts. */
  public TraffickingEvent {
    type = optional(type);
    victimId = optional(victimId);
    date = optional(date);
    place = optional(place);
    description = optional(description);
  }

  /** Returns an event of the given type, date and place (date and place may be null). */
  public static TraffickingEvent of(String type, PartialDate date, Place place) {
    return new TraffickingEvent(
        Optional.of(type),
        Optional.empty(),
        Optional.ofNullable(date),
        Optional.ofNullable(place),
        Optional.empty());
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
    b.type = type.orElse(null);
    b.victimId = victimId.orElse(null);
    b.date = date.orElse(null);
    b.place = place.orElse(null);
    b.description = description.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link TraffickingEvent}; not thread-safe. Setters of optional parts
   * accept {@code null} for "not known"; list setters add.
   */
  public static final class Builder {
    private @Nullable String type;
    private @Nullable String victimId;
    private @Nullable PartialDate date;
    private @Nullable Place place;
    private @Nullable String description;

    private Builder() {}

    /** Returns this builder with the type set; null for none. */
    public Builder type(@Nullable String value) {
      type = value;
      return this;
    }

    /** Returns this builder with the victim id set; null for none. */
    public Builder victimId(@Nullable String value) {
      victimId = value;
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

    /** Returns this builder with the description set; null for none. */
    public Builder description(@Nullable String value) {
      description = value;
      return this;
    }

    /** Returns the trafficking event; the canonical constructor's checks apply. */
    public TraffickingEvent build() {
      return new TraffickingEvent(
          Optional.ofNullable(type),
          Optional.ofNullable(victimId),
          Optional.ofNullable(date),
          Optional.ofNullable(place),
          Optional.ofNullable(description));
    }
  }
}

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
}

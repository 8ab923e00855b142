package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.optional;

import jakarta.validation.Valid;
import java.util.Optional;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A dated, located event in a trafficking history: recruitment, transit or exploitation (HTCDS {@code hte_}).
 *
 * @param type HTCDS {@code hte_Type} code
 * @param victimId the identifier ({@code system|value}) of the victim the event concerns, if not the whole case
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
    return new TraffickingEvent(Optional.of(type), Optional.empty(), Optional.ofNullable(date),
        Optional.ofNullable(place), Optional.empty());
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }
}

package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.list;
import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A person's or group's migration journey as a sequence of legs: origin, transit and destination. Each leg
 * should start where the previous one ended (rule {@code MG-JOURNEY-001}).
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
}

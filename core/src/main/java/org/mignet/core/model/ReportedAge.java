package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;

import java.util.Optional;

/**
 * An age as reported when the birth date is unknown: an exact age or a band, and the date it refers to.
 *
 * @param range the age in completed years; required
 * @param asOf the date on which the person had that age, if known
 */
public record ReportedAge(AgeRange range, Optional<PartialDate> asOf) {

  /** Checks that the range is present. */
  public ReportedAge {
    required(range, "age.range");
    asOf = optional(asOf);
  }

  /** Returns an age with the date it refers to. */
  public static ReportedAge of(AgeRange range, PartialDate asOf) {
    return new ReportedAge(range, Optional.of(asOf));
  }
}

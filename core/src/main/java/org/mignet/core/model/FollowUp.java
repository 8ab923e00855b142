package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Optional;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A follow-up visit or survey after a return, e.g. with IOM's Reintegration Sustainability Survey.
 *
 * @param date when; required
 * @param sustainabilityScore the composite reintegration sustainability score, 0 to 1
 * @param outcome free-text outcome
 */
public record FollowUp(
    PartialDate date,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        Optional<@DecimalMin(value = "0", message = "{MG-RET-003}") @DecimalMax(value = "1", message = "{MG-RET-003}")
            BigDecimal> sustainabilityScore,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> outcome) {

  /** Checks required parts. */
  public FollowUp {
    required(date, "followUp.date");
    sustainabilityScore = optional(sustainabilityScore);
    outcome = optional(outcome);
  }

  /** Shows which parts are present, never their personal values. */
  @Override
  public String toString() {
    return Redacted.toString(this);
  }
}

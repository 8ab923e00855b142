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
        Optional<
                @DecimalMin(value = "0", message = "{MG-RET-003}")
                @DecimalMax(value = "1", message = "{MG-RET-003}") BigDecimal>
            sustainabilityScore,
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

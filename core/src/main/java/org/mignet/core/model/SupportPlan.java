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

import java.util.Optional;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A support plan for a victim (HTCDS {@code spl_}).
 *
 * @param type HTCDS {@code spl_Type} code
 * @param objectives the plan's objectives (free text)
 * @param actionPlan the actions to reach them (free text)
 * @param start when the plan started
 * @param plannedEnd the planned end date
 * @param actualEnd the actual end date
 */
public record SupportPlan(
    @PersonalData(PersonalDataCategory.SENSITIVE)
        Optional<@InCodeList(value = "htcds:spl_Type", message = "{MG-CODE-005}") String> type,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> objectives,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> actionPlan,
    Optional<PartialDate> start,
    Optional<PartialDate> plannedEnd,
    Optional<PartialDate> actualEnd) {

  /** Normalises absent parts. */
  public SupportPlan {
    type = optional(type);
    objectives = optional(objectives);
    actionPlan = optional(actionPlan);
    start = optional(start);
    plannedEnd = optional(plannedEnd);
    actualEnd = optional(actualEnd);
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }
}

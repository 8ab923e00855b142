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

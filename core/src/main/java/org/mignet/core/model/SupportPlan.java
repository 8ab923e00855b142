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
import org.jspecify.annotations.Nullable;
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

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type.orElse(null);
    b.objectives = objectives.orElse(null);
    b.actionPlan = actionPlan.orElse(null);
    b.start = start.orElse(null);
    b.plannedEnd = plannedEnd.orElse(null);
    b.actualEnd = actualEnd.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link SupportPlan}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add.
   */
  public static final class Builder {
    private @Nullable String type;
    private @Nullable String objectives;
    private @Nullable String actionPlan;
    private @Nullable PartialDate start;
    private @Nullable PartialDate plannedEnd;
    private @Nullable PartialDate actualEnd;

    private Builder() {}

    /** Returns this builder with the type set; null for none. */
    public Builder type(@Nullable String value) {
      type = value;
      return this;
    }

    /** Returns this builder with the objectives set; null for none. */
    public Builder objectives(@Nullable String value) {
      objectives = value;
      return this;
    }

    /** Returns this builder with the action plan set; null for none. */
    public Builder actionPlan(@Nullable String value) {
      actionPlan = value;
      return this;
    }

    /** Returns this builder with the start set; null for none. */
    public Builder start(@Nullable PartialDate value) {
      start = value;
      return this;
    }

    /** Returns this builder with the planned end set; null for none. */
    public Builder plannedEnd(@Nullable PartialDate value) {
      plannedEnd = value;
      return this;
    }

    /** Returns this builder with the actual end set; null for none. */
    public Builder actualEnd(@Nullable PartialDate value) {
      actualEnd = value;
      return this;
    }

    /** Returns the support plan; the canonical constructor's checks apply. */
    public SupportPlan build() {
      return new SupportPlan(
          Optional.ofNullable(type),
          Optional.ofNullable(objectives),
          Optional.ofNullable(actionPlan),
          Optional.ofNullable(start),
          Optional.ofNullable(plannedEnd),
          Optional.ofNullable(actualEnd));
    }
  }
}

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
import static org.mignet.core.model.internal.Checks.text;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A result in a programme's results framework: an outcome or output with an indicator, baseline,
 * target and achieved value.
 *
 * @param statement the result statement; not blank
 * @param indicator the indicator that measures it
 * @param baseline the baseline value
 * @param target the target value
 * @param actual the value achieved so far
 */
public record ProgrammeResult(
    String statement,
    Optional<String> indicator,
    Optional<String> baseline,
    Optional<String> target,
    Optional<String> actual) {

  /** Checks the statement. */
  public ProgrammeResult {
    text(statement, "result.statement");
    indicator = optional(indicator);
    baseline = optional(baseline);
    target = optional(target);
    actual = optional(actual);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.statement = statement;
    b.indicator = indicator.orElse(null);
    b.baseline = baseline.orElse(null);
    b.target = target.orElse(null);
    b.actual = actual.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link ProgrammeResult}; not thread-safe. Setters of optional parts
   * accept {@code null} for "not known"; list setters add. Required: {@code statement}.
   */
  public static final class Builder {
    private @Nullable String statement;
    private @Nullable String indicator;
    private @Nullable String baseline;
    private @Nullable String target;
    private @Nullable String actual;

    private Builder() {}

    /** Returns this builder with the statement set (required). */
    public Builder statement(String value) {
      statement = value;
      return this;
    }

    /** Returns this builder with the indicator set; null for none. */
    public Builder indicator(@Nullable String value) {
      indicator = value;
      return this;
    }

    /** Returns this builder with the baseline set; null for none. */
    public Builder baseline(@Nullable String value) {
      baseline = value;
      return this;
    }

    /** Returns this builder with the target set; null for none. */
    public Builder target(@Nullable String value) {
      target = value;
      return this;
    }

    /** Returns this builder with the actual set; null for none. */
    public Builder actual(@Nullable String value) {
      actual = value;
      return this;
    }

    /**
     * Returns the programme result; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public ProgrammeResult build() {
      return new ProgrammeResult(
          Objects.requireNonNull(
              statement, "programmeResult.statement is required and must not be null"),
          Optional.ofNullable(indicator),
          Optional.ofNullable(baseline),
          Optional.ofNullable(target),
          Optional.ofNullable(actual));
    }
  }
}

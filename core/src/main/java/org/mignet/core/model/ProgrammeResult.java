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

import java.util.Optional;

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
}

package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.text;

import java.util.Optional;

/**
 * A result in a programme's results framework: an outcome or output with an indicator, baseline, target and
 * achieved value.
 *
 * @param statement the result statement; not blank
 * @param indicator the indicator that measures it
 * @param baseline the baseline value
 * @param target the target value
 * @param actual the value achieved so far
 */
public record ProgrammeResult(
    String statement, Optional<String> indicator, Optional<String> baseline, Optional<String> target,
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

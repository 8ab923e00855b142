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
package org.mignet.core.validation;

import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.mignet.core.RuleId;

/**
 * AssertJ assertions on a {@link ValidationReport}: {@code
 * assertThat(report).hasIssue("MG-INC-001", "/total")}.
 */
public final class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  private ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * @return assertions on the report
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /** Checks that a rule fired at a pointer. */
  public ValidationReportAssert hasIssue(String ruleId, String pointer) {
    isNotNull();
    if (!actual.hasIssue(RuleId.of(ruleId), pointer)) {
      failWithMessage("expected an issue %s at <%s> but found:%n%s", ruleId, pointer, listing());
    }
    return this;
  }

  /** Checks that a rule did not fire anywhere. */
  public ValidationReportAssert hasNoIssue(String ruleId) {
    isNotNull();
    if (!actual.issuesOf(RuleId.of(ruleId)).isEmpty()) {
      failWithMessage("expected no issue %s but found:%n%s", ruleId, listing());
    }
    return this;
  }

  /** Checks that no issue is an error or fatal. */
  public ValidationReportAssert isValid() {
    isNotNull();
    if (!actual.isValid()) {
      failWithMessage("expected a valid report but found:%n%s", listing());
    }
    return this;
  }

  /** Checks that there is no issue at all, not even a warning. */
  public ValidationReportAssert isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("expected no issues but found:%n%s", listing());
    }
    return this;
  }

  private String listing() {
    return actual.issues().isEmpty()
        ? "  (no issues)"
        : actual.issues().stream().map(i -> "  " + i).collect(Collectors.joining("\n"));
  }
}

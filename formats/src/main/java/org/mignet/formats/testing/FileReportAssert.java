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
package org.mignet.formats.testing;

import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.mignet.core.validation.Issue;

/**
 * AssertJ assertions on a {@link FileReport}; failure messages list the issues with their
 * locations.
 */
public final class FileReportAssert extends AbstractAssert<FileReportAssert, FileReport> {

  FileReportAssert(FileReport actual) {
    super(actual, FileReportAssert.class);
  }

  /** Fails if any row or record was rejected or has an error or fatal issue. */
  public FileReportAssert hasNoErrors() {
    isNotNull();
    if (!actual.errors().isEmpty() || actual.invalid() > 0) {
      failWithMessage(
          "Expected %s to have no errors, but %d of %d rows or records did not pass:%n%s",
          actual.file(), actual.invalid(), actual.read(), list(actual));
    }
    return this;
  }

  /**
   * Checks that the report has an issue of a rule at a place.
   *
   * @param ruleId the rule, e.g. {@code MG-TAB-008}
   * @param pointer the JSON Pointer or, for a table, the column's location; "" for the record
   */
  public FileReportAssert hasIssue(String ruleId, String pointer) {
    isNotNull();
    boolean found =
        actual.issues().stream()
            .anyMatch(
                i ->
                    i.ruleId().value().equals(ruleId)
                        && (i.pointer().equals(pointer)
                            || i.location().pointer().orElse("").equals(pointer)));
    if (!found) {
      failWithMessage(
          "Expected %s to have issue %s at <%s>, but its issues are:%n%s",
          actual.file(), ruleId, pointer, list(actual));
    }
    return this;
  }

  /**
   * Checks that the report has an issue of a rule anywhere.
   *
   * @param ruleId a rule that must appear anywhere in the report
   */
  public FileReportAssert hasIssue(String ruleId) {
    isNotNull();
    if (actual.issues().stream().noneMatch(i -> i.ruleId().value().equals(ruleId))) {
      failWithMessage(
          "Expected %s to have issue %s, but its issues are:%n%s",
          actual.file(), ruleId, list(actual));
    }
    return this;
  }

  /**
   * Checks how many rows or records were read.
   *
   * @param rows the number of rows or records read
   */
  public FileReportAssert hasRead(long rows) {
    isNotNull();
    if (actual.read() != rows) {
      failWithMessage(
          "Expected %s to have %d rows or records, but it has %d",
          actual.file(), rows, actual.read());
    }
    return this;
  }

  private static String list(FileReport r) {
    String shown =
        r.issues().stream()
            .limit(20)
            .map(Issue::toString)
            .map(s -> "  " + s)
            .collect(Collectors.joining(System.lineSeparator()));
    return r.issues().size() > 20
        ? shown + System.lineSeparator() + "  ... and " + (r.issues().size() - 20) + " more"
        : shown;
  }
}

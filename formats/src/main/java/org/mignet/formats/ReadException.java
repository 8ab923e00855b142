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
package org.mignet.formats;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.core.ParseException;
import org.mignet.core.validation.Issue;

/**
 * An input that cannot be read at all (not a workbook, a mapping spec that is not JSON, a structure
 * message that is not well-formed), carrying the {@link Issue} that says why as data: its rule id,
 * typed reason, location and arguments. Callers show {@link #issue()} in the user's language;
 * nothing parses the exception's message.
 */
public class ReadException extends ParseException {
  private static final long serialVersionUID = 1L;

  private final transient Issue issue;

  /**
   * @param issue why the input cannot be read; not null
   */
  public ReadException(Issue issue) {
    this(issue, null);
  }

  /**
   * @param issue why the input cannot be read; not null
   * @param cause the underlying failure, or null
   */
  public ReadException(Issue issue, @Nullable Throwable cause) {
    super(
        Objects.requireNonNull(issue, "issue").ruleId(),
        issue.reason(),
        issue.location(),
        issue.message(Locale.ENGLISH),
        cause);
    this.issue = issue;
  }

  /**
   * Returns its issue.
   *
   * @param e an exception from a reader
   * @throws IllegalStateException if it is a bare {@link ParseException}, which mignet's readers
   *     never throw (their failures carry their issue as data, never only as text)
   */
  public static Issue issueOf(ParseException e) {
    if (e instanceof ReadException r) {
      return r.issue();
    }
    throw new IllegalStateException(
        "a reader failed without saying why as data (rule " + e.ruleId() + ")", e);
  }

  /** Returns the issue: rule, reason, location and arguments. */
  public Issue issue() {
    return issue;
  }
}

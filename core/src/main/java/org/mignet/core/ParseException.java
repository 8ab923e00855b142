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
package org.mignet.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when input cannot be read at all: malformed syntax, a truncated stream, an unreadable
 * file. Carries the location, the permanent id of the read-level rule that failed and why, as a
 * {@link Reason} (the same values an {@link org.mignet.core.validation.Issue} carries), so that a
 * program never reads the message to tell a syntax error from an exceeded limit.
 *
 * <p>Readers that can go on after a bad record report it as an issue instead of throwing. The
 * message never echoes personal data.
 */
public class ParseException extends MignetException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String ruleId;
  private final Reason reason;

  /**
   * A syntax error ({@link Reason#SYNTAX}, the usual reason of a read rule, {@code
   * RuleKind.READ.defaultReason()}); a reader that knows its rule's own reason (a limit's is {@link
   * Reason#LIMIT}) passes it to {@link #ParseException(RuleId, Reason, SourceLocation, String,
   * Throwable)}, as {@code ReadException} does from its issue.
   *
   * @param ruleId the permanent id of the read-level rule, e.g. {@code MG-READ-001}; not null
   * @param location where the input could not be read; not null
   * @param message what was expected and what was found, without personal data; not null
   */
  public ParseException(RuleId ruleId, SourceLocation location, String message) {
    this(ruleId, Reason.SYNTAX, location, message, null);
  }

  /**
   * A syntax error ({@link Reason#SYNTAX}, the usual reason of a read rule) with its cause.
   *
   * @param ruleId the permanent id of the read-level rule; not null
   * @param location where the input could not be read; not null
   * @param message what was expected and what was found, without personal data; not null
   * @param cause the underlying failure; may be null
   */
  public ParseException(
      RuleId ruleId, SourceLocation location, String message, @Nullable Throwable cause) {
    this(ruleId, Reason.SYNTAX, location, message, cause);
  }

  /**
   * An input that cannot be read for the reason given.
   *
   * @param ruleId the permanent id of the read-level rule; not null
   * @param reason why, e.g. {@link Reason#ENCODING} or {@link Reason#LIMIT}; not null
   * @param location where the input could not be read; not null
   * @param message what was expected and what was found, without personal data; not null
   * @param cause the underlying failure; may be null
   */
  public ParseException(
      RuleId ruleId,
      Reason reason,
      SourceLocation location,
      String message,
      @Nullable Throwable cause) {
    super(location + ": " + message + " [" + ruleId + "]", cause);
    // kept as text: the exception is serializable, the id's text is what is permanent
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId").value();
    this.reason = Objects.requireNonNull(reason, "reason");
    this.location = Objects.requireNonNull(location, "location");
  }

  /** Returns where the input could not be read. */
  public SourceLocation location() {
    return location;
  }

  /** Returns the permanent id of the read-level rule that failed. */
  public RuleId ruleId() {
    return RuleId.of(ruleId);
  }

  /** Returns why the input could not be read: a syntax error, an exceeded limit, a bad encoding. */
  public Reason reason() {
    return reason;
  }
}

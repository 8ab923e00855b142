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

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;

/**
 * What the pipeline did with one record of a conversion or a check, as it happens: where the record
 * was, its type when it could be read, whether it was passed on (written, or accepted by a check),
 * and every issue found on the way (read level, validation, policy, writer). Immutable.
 *
 * @param number the 1-based number of the record in its source
 * @param location where the record starts
 * @param type the record's type, empty if it could not be read
 * @param passed whether it was written (or, in a check, passed: readable and without errors)
 * @param issues every issue about this record, in the order found
 */
public record RecordOutcome(
    long number,
    SourceLocation location,
    Optional<RecordType> type,
    boolean passed,
    List<Issue> issues) {

  /** Checks the parts and copies the issues. */
  public RecordOutcome {
    Objects.requireNonNull(location, "location");
    type = type == null ? Optional.empty() : type;
    issues = List.copyOf(issues);
  }

  /** Returns whether the record could be read. */
  public boolean isReadable() {
    return type.isPresent();
  }

  /** Returns whether any issue is an error or fatal. */
  public boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity().isBlocking());
  }

  /** Returns the most serious severity among the issues, empty if there are none. */
  public Optional<Severity> maxSeverity() {
    return issues.stream().map(Issue::severity).max(Enum::compareTo);
  }

  /**
   * Receives each record's outcome as the pipeline goes; called on the pipeline's thread, in record
   * order.
   */
  @FunctionalInterface
  public interface Listener {
    /**
     * Receives the outcome of one record.
     *
     * @param outcome what happened to one record
     */
    void accept(RecordOutcome outcome);

    /** Returns a listener that ignores everything. */
    static Listener none() {
      return o -> {};
    }
  }
}

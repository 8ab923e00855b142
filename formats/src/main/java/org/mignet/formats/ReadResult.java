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
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.validation.Issue;

/**
 * One step of a {@link RecordReader}: a record that could be read, or the read-level issues that
 * stopped one. Immutable and thread-safe.
 */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Failed {

  /**
   * Returns where the record starts in its source (file name, 1-based record number, line, column).
   */
  SourceLocation location();

  /**
   * Returns read-level issues; for {@link Ok} warnings only, for {@link Failed} at least one error.
   */
  List<Issue> issues();

  /**
   * A record that was read.
   *
   * @param record the record; not null
   * @param location where it starts in the source; not null
   * @param issues read-level warnings (e.g. unknown members kept by a lenient reader); never null
   */
  record Ok(MignetRecord record, SourceLocation location, List<Issue> issues)
      implements ReadResult {
    /** Rejects null record or location, copies the issues. */
    public Ok {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(location, "location");
      issues = issues == null ? List.of() : List.copyOf(issues);
    }
  }

  /**
   * A record, or the rest of a stream, that could not be read.
   *
   * @param location where the failing record starts; not null
   * @param issues why it could not be read, each with its own location and pointer; not empty
   */
  record Failed(SourceLocation location, List<Issue> issues) implements ReadResult {
    /** Rejects a null location or an empty list of issues. */
    public Failed {
      Objects.requireNonNull(location, "location");
      issues = List.copyOf(issues);
      if (issues.isEmpty()) {
        throw new IllegalArgumentException("a failed read carries at least one issue");
      }
    }
  }
}

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

import java.util.List;
import java.util.Objects;
import org.mignet.core.validation.Issue;

/**
 * What {@link MignetFiles#validate} found in a file: rows (or records) read, those that could not
 * be converted or break the rules, and every issue with its location. Immutable and thread-safe.
 *
 * @param file the file's name
 * @param read rows or records read
 * @param valid those converted and without error under the profile
 * @param issues read-level and validation issues, each located (line, column, pointer)
 */
public record FileReport(String file, long read, long valid, List<Issue> issues) {

  /** Copies the issues; checks the counts. */
  public FileReport {
    Objects.requireNonNull(file, "file");
    issues = List.copyOf(issues);
    if (valid < 0 || valid > read) {
      throw new IllegalArgumentException("0 <= valid <= read");
    }
  }

  /** Returns rows or records rejected or invalid. */
  public long invalid() {
    return read - valid;
  }

  /** Returns the issues that block an exchange (error or fatal). */
  public List<Issue> errors() {
    return issues.stream().filter(i -> i.severity().isBlocking()).toList();
  }
}

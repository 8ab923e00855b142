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
package org.mignet.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;

/**
 * What a run found, kept in bounded memory however many records it reads: the records (valid or
 * not), the issues counted by severity and by rule, and for each rule only its first {@code
 * examples} issues with their file, record and line. The text, JSON and HTML outputs of {@code
 * validate}, {@code convert} and {@code aggregate} are all rendered from it. Not thread-safe: fed
 * from the pipeline's thread, in record order.
 */
final class IssueLog {

  /** Examples kept per rule when the user gives no {@code --max-issues}. */
  static final int DEFAULT_EXAMPLES = 20;

  /**
   * An issue with the file (as named on the command line), record number and line it belongs to.
   */
  record Located(String file, long record, long line, Issue issue) {}

  /** One rule's count, its most serious severity seen and its first examples. */
  static final class RuleCount {
    final RuleDefinition rule;
    long count;
    Severity severity;
    final List<Located> examples = new ArrayList<>();

    RuleCount(RuleDefinition rule, Severity severity) {
      this.rule = rule;
      this.severity = severity;
    }

    /**
     * @return how many of this rule's issues are not among the examples
     */
    long notShown() {
      return count - examples.size();
    }
  }

  private final int examples;
  private final Map<String, RuleCount> rules = new TreeMap<>();
  private final EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  private final java.util.LinkedHashSet<String> files = new java.util.LinkedHashSet<>();
  long records;
  long valid;
  long invalid;

  /**
   * @param examples how many issues to keep per rule; at least 0
   */
  IssueLog(int examples) {
    if (examples < 0) {
      throw new IllegalArgumentException("examples must be >= 0");
    }
    this.examples = examples;
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0L);
    }
  }

  /** Names a file read, even if it has no record. */
  void file(String name) {
    files.add(name);
  }

  /**
   * Counts one issue, keeping it as an example if its rule has fewer than the limit.
   *
   * @param file the file as named, or empty for an issue about the run as a whole (an aggregated
   *     table)
   * @return the issue as located, kept or not
   */
  Located issue(String file, long record, long line, Issue issue) {
    if (!file.isEmpty()) {
      files.add(file);
    }
    bySeverity.merge(issue.severity(), 1L, Long::sum);
    RuleCount r =
        rules.computeIfAbsent(
            issue.ruleId().value(), k -> new RuleCount(issue.rule(), issue.severity()));
    r.count++;
    if (issue.severity().compareTo(r.severity) > 0) {
      r.severity = issue.severity();
    }
    Located located = new Located(file, record, line, issue);
    if (r.examples.size() < examples) {
      r.examples.add(located);
    }
    return located;
  }

  /** Counts one record. */
  void record(boolean isValid) {
    records++;
    if (isValid) {
      valid++;
    } else {
      invalid++;
    }
  }

  /**
   * @return the files read, in order
   */
  List<String> files() {
    return List.copyOf(files);
  }

  /**
   * @return issues of that severity
   */
  long count(Severity s) {
    return bySeverity.get(s);
  }

  /**
   * @return every issue
   */
  long issues() {
    return bySeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * @return the rules broken, by id
   */
  Map<String, RuleCount> rules() {
    return Collections.unmodifiableMap(rules);
  }

  /**
   * @return how many issues are kept per rule
   */
  int examplesPerRule() {
    return examples;
  }
}

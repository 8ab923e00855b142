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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mignet.core.RuleId;
import org.mignet.core.validation.internal.Messages;

/**
 * The outcome of validation: every issue found, in the order found. Immutable and thread-safe. A
 * report with no {@link Severity#ERROR} or {@link Severity#FATAL} issue is {@linkplain #isValid()
 * valid}.
 *
 * <p>Serialise it with {@code org.mignet.formats.json.ReportJson}, or render it with {@link
 * #toText()} and {@link #toHtml()}.
 *
 * @param issues the issues; never null
 */
public record ValidationReport(List<Issue> issues) {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /** Copies the issues. */
  public ValidationReport {
    issues = List.copyOf(issues);
  }

  /** Returns a report with no issues. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** Returns a report of the given issues. */
  public static ValidationReport of(Collection<Issue> issues) {
    return new ValidationReport(List.copyOf(issues));
  }

  /** Returns whether no issue is an error or fatal. */
  public boolean isValid() {
    return issues.stream().noneMatch(i -> i.severity().isBlocking());
  }

  /** Returns whether there is any error or fatal issue. */
  public boolean hasErrors() {
    return !isValid();
  }

  /** Returns whether there is no issue at all. */
  public boolean isEmpty() {
    return issues.isEmpty();
  }

  /** Returns the most serious severity found, empty if there are no issues. */
  public Optional<Severity> maxSeverity() {
    return issues.stream().map(Issue::severity).max(Comparator.naturalOrder());
  }

  /** Returns the number of issues of a severity. */
  public long count(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).count();
  }

  /** Returns issue counts by severity, every severity present. */
  public Map<Severity, Long> counts() {
    EnumMap<Severity, Long> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, count(s));
    }
    return m;
  }

  /** Returns the issues of a rule. */
  public List<Issue> issuesOf(RuleId ruleId) {
    return filter(i -> i.ruleId().equals(ruleId));
  }

  /** Returns whether a rule fired at a pointer. */
  public boolean hasIssue(RuleId ruleId, String pointer) {
    return issues.stream().anyMatch(i -> i.ruleId().equals(ruleId) && i.pointer().equals(pointer));
  }

  /** Returns the issues that match. */
  public List<Issue> filter(Predicate<Issue> predicate) {
    return issues.stream().filter(predicate).collect(Collectors.toUnmodifiableList());
  }

  /** Returns a report with this report's issues followed by the other's. */
  public ValidationReport merge(ValidationReport other) {
    if (other.issues.isEmpty()) {
      return this;
    }
    if (issues.isEmpty()) {
      return other;
    }
    List<Issue> all = new ArrayList<>(issues.size() + other.issues.size());
    all.addAll(issues);
    all.addAll(other.issues);
    return new ValidationReport(all);
  }

  /** Returns one line per issue and a summary line, for terminals and logs, in English. */
  public String toText() {
    return toText(Locale.ENGLISH);
  }

  /**
   * Returns one line per issue ({@link Issue#toString(Locale)}) and a summary line ({@link
   * #summary(Locale)}).
   *
   * @param locale the language of the messages, severity words and summary; not null
   */
  public String toText(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    StringBuilder b = new StringBuilder();
    for (Issue i : issues) {
      b.append(i.toString(locale)).append('\n');
    }
    b.append(summary(locale)).append('\n');
    return b.toString();
  }

  /** Returns e.g. {@code invalid: 0 fatal, 2 errors, 1 warnings, 0 info}, in English. */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * Returns the summary line in that language, e.g. {@code non valide : fatales : 0, erreurs : 2,
   * …}; counts are written in ASCII digits without grouping.
   *
   * @param locale the language; not null (one of the six UN languages, English otherwise)
   */
  public String summary(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Messages.word(
        "report.summary",
        locale,
        Messages.word(isValid() ? "report.valid" : "report.invalid", locale),
        count(Severity.FATAL),
        count(Severity.ERROR),
        count(Severity.WARNING),
        count(Severity.INFO));
  }

  /**
   * The summary line of a batch of records, as {@code mignet validate} prints it.
   *
   * @param locale the language (one of the six UN languages; English otherwise)
   * @param records records read
   * @param valid records without errors
   * @param invalid records with errors, or unreadable
   * @param errors errors and fatal issues
   * @param warnings warnings
   * @return e.g. {@code 10 records: 9 valid, 1 invalid (2 errors, 0 warnings)}
   */
  public static String batchSummary(
      Locale locale, long records, long valid, long invalid, long errors, long warnings) {
    return org.mignet.core.validation.internal.Messages.word(
        "report.batch",
        locale,
        Long.toString(records),
        Long.toString(valid),
        Long.toString(invalid),
        Long.toString(errors),
        Long.toString(warnings));
  }

  /** Returns a self-contained HTML page listing the issues in a table; all text is escaped. */
  public String toHtml() {
    StringBuilder b = new StringBuilder(256 + issues.size() * 160);
    b.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>mignet validation report</title>")
        .append(
            "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;")
        .append(
            "padding:4px 8px;text-align:left}.ERROR,.FATAL{color:#a00}.WARNING{color:#a60}</style></head><body>\n")
        .append("<h1>Validation report</h1>\n<p>")
        .append(escape(summary()))
        .append("</p>\n")
        .append(
            "<table><thead><tr><th>Severity</th><th>Rule</th><th>Pointer</th><th>Location</th><th>Message</th>")
        .append("<th>Value</th></tr></thead><tbody>\n");
    for (Issue i : issues) {
      b.append("<tr class=\"")
          .append(i.severity())
          .append("\"><td>")
          .append(i.severity())
          .append("</td><td>")
          .append(escape(i.ruleId().value()))
          .append("</td><td><code>")
          .append(escape(i.pointer()))
          .append("</code></td><td>")
          .append(escape(i.location().toString()))
          .append("</td><td>")
          .append(escape(i.message()))
          .append("</td><td>")
          .append(i.masked() ? "<em>withheld</em>" : escape(i.value().orElse("")))
          .append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n</body></html>\n").toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "ValidationReport[" + summary() + "]";
  }
}

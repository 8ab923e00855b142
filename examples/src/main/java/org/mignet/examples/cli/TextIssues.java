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

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.ReportWords;

/**
 * The text form of a run's issues: one line per issue as it comes ({@code FILE: record N, line L:
 * SEVERITY RULE /pointer: message (found: value)}, the pointer once), at most {@code --max-issues}
 * of them per rule and in total, then how many more were found and a count per rule. Memory: one
 * counter per rule.
 */
final class TextIssues {

  private final PrintWriter out;
  private final Locale lang;
  private final int max;
  private final Map<String, Integer> shownByRule = new HashMap<>();
  private long shown;
  private long notShown;

  /**
   * @param out where the lines go
   * @param lang their language
   * @param max the most lines per rule and in total; {@link Integer#MAX_VALUE} for no limit
   */
  TextIssues(PrintWriter out, Locale lang, int max) {
    this.out = out;
    this.lang = lang;
    this.max = max;
  }

  /**
   * @return the one-line form of an issue: file, record and line, then the issue with its pointer
   *     once
   */
  static String line(IssueLog.Located l, Locale lang) {
    // Issue.value() is empty whenever the value is personal data (then masked() is set)
    if (l.record() <= 0) {
      // an issue of the whole file (records a writer withheld at the end), not of one record
      return l.file() + ": " + l.issue().describe(lang);
    }
    return l.file()
        + ": "
        + Issue.recordAndLine(lang, l.record(), l.line())
        + ": "
        + l.issue().describe(lang);
  }

  /**
   * Prints the issue, or counts it as not shown once its rule or the whole run has had {@code max}
   * lines.
   */
  void print(IssueLog.Located l) {
    int forRule = shownByRule.getOrDefault(l.issue().ruleId().value(), 0);
    if (shown >= max || forRule >= max) {
      notShown++;
      return;
    }
    shownByRule.put(l.issue().ruleId().value(), forRule + 1);
    shown++;
    out.println(line(l, lang));
  }

  /**
   * Prints "… N more not shown" if any were held back, then each rule broken with its severity and
   * count.
   */
  void finish(IssueLog log) {
    if (notShown > 0) {
      out.println(ReportWords.text("text.more", lang, notShown, max));
    }
    if (log.rules().isEmpty()) {
      return;
    }
    out.println(ReportWords.text("text.rules", lang));
    int width = log.rules().keySet().stream().mapToInt(String::length).max().orElse(0);
    for (IssueLog.RuleCount r : log.rules().values()) {
      out.println(
          "  "
              + pad(r.rule.id().value(), width)
              + "  "
              + pad(r.severity.label(lang), 8)
              + "  "
              + r.count);
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}

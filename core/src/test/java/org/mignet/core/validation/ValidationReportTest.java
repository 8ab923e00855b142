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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.SourceLocation;

/**
 * The report and issue types on their own (their behaviour around rules is tested through
 * validation elsewhere): counts, severity, merging, the text and HTML forms and what an issue
 * accepts as an argument. Written to kill the mutants PIT left alive in {@code ValidationReport}
 * and {@code Issue} (issue 10, point 6).
 */
class ValidationReportTest {

  private static final RuleDefinition RULE =
      new RuleDefinition(
          RuleId.of("TEST-RPT-001"),
          Severity.ERROR,
          RuleKind.SEMANTIC,
          Set.of("structural"),
          Map.of("en", "Expected {0}; found {1}.", "fr", "{0} attendu ; {1} trouvé."),
          "a test rule",
          "this test");

  private static Issue issue(Severity severity, String pointer) {
    return Issue.of(
            RULE, pointer, SourceLocation.of("f.json").withRecord(3).withLine(12, 4), "a", "b")
        .withSeverity(severity);
  }

  @Test
  void anEmptyReportIsValidEmptyAndHasNoSeverity() {
    ValidationReport r = ValidationReport.empty();
    assertThat(r.isValid()).isTrue();
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.maxSeverity()).isEmpty();
    assertThat(r.counts()).containsEntry(Severity.ERROR, 0L);
    assertThat(r.toString()).isEqualTo("ValidationReport[" + r.summary() + "]").contains("valid");
  }

  @Test
  void warningsAloneLeaveAReportValidButNotEmpty() {
    ValidationReport r =
        ValidationReport.of(List.of(issue(Severity.WARNING, "/a"), issue(Severity.INFO, "/b")));
    assertThat(r.isValid()).isTrue();
    assertThat(r.isEmpty()).isFalse();
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.maxSeverity()).contains(Severity.WARNING);
    assertThat(r.count(Severity.WARNING)).isEqualTo(1);
    assertThat(r.count(Severity.INFO)).isEqualTo(1);
    assertThat(r.count(Severity.ERROR)).isZero();
  }

  @Test
  void anErrorOrAFatalMakesItInvalidAndCountsBySeverity() {
    ValidationReport r =
        ValidationReport.of(
            List.of(
                issue(Severity.ERROR, "/a"),
                issue(Severity.ERROR, "/c"),
                issue(Severity.FATAL, "/b"),
                issue(Severity.WARNING, "/d")));
    assertThat(r.isValid()).isFalse();
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.maxSeverity()).contains(Severity.FATAL);
    assertThat(r.counts())
        .containsEntry(Severity.ERROR, 2L)
        .containsEntry(Severity.FATAL, 1L)
        .containsEntry(Severity.WARNING, 1L)
        .containsEntry(Severity.INFO, 0L);
    assertThat(r.summary()).contains("1 fatal").contains("2 errors").contains("1 warnings");
  }

  @Test
  void findsAnIssueOnlyByItsRuleAndPointerTogether() {
    ValidationReport r = ValidationReport.of(List.of(issue(Severity.ERROR, "/a")));
    assertThat(r.hasIssue(RuleId.of("TEST-RPT-001"), "/a")).isTrue();
    assertThat(r.hasIssue(RuleId.of("TEST-RPT-001"), "/b")).isFalse();
    assertThat(r.hasIssue(RuleId.of("TEST-RPT-002"), "/a")).isFalse();
    assertThat(r.issuesOf(RuleId.of("TEST-RPT-001"))).hasSize(1);
    assertThat(r.issuesOf(RuleId.of("TEST-RPT-002"))).isEmpty();
    assertThat(r.filter(i -> i.pointer().equals("/b"))).isEmpty();
  }

  @Test
  void mergesInOrderAndKeepsEitherSideWhenTheOtherIsEmpty() {
    ValidationReport a = ValidationReport.of(List.of(issue(Severity.ERROR, "/a")));
    ValidationReport b =
        ValidationReport.of(List.of(issue(Severity.WARNING, "/b"), issue(Severity.INFO, "/c")));
    assertThat(a.merge(b).issues()).extracting(Issue::pointer).containsExactly("/a", "/b", "/c");
    assertThat(b.merge(a).issues()).extracting(Issue::pointer).containsExactly("/b", "/c", "/a");
    assertThat(a.merge(ValidationReport.empty())).isSameAs(a);
    assertThat(ValidationReport.empty().merge(b)).isSameAs(b);
  }

  @Test
  void writesOneLinePerIssueAndTheSummaryInTheRequestedLanguage() {
    ValidationReport r = ValidationReport.of(List.of(issue(Severity.ERROR, "/a")));
    List<String> lines = r.toText(Locale.FRENCH).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .contains("TEST-RPT-001")
        .contains("/a")
        .contains("a attendu ; b trouvé.");
    assertThat(lines.get(1)).isEqualTo(r.summary(Locale.FRENCH));
    assertThat(r.toText()).isEqualTo(r.toText(Locale.ENGLISH));
  }

  @Test
  void theBatchSummarySaysEveryCount() {
    assertThat(ValidationReport.batchSummary(Locale.ENGLISH, 10, 9, 1, 2, 3))
        .isEqualTo("10 records: 9 valid, 1 invalid (2 errors, 3 warnings)");
  }

  @Test
  void theHtmlPageEscapesEveryValueAndWithholdsMaskedOnes() {
    Issue shown =
        new Issue(
            RULE,
            Severity.ERROR,
            "/a<b>",
            SourceLocation.of("x&y.json"),
            null,
            List.of("<script>", "'q'"),
            Optional.of("\"v\" & <w>"),
            false);
    Issue masked =
        new Issue(
            RULE,
            Severity.WARNING,
            "/p",
            SourceLocation.unknown(),
            null,
            List.of("x", "y"),
            Optional.empty(),
            true);
    String html = ValidationReport.of(List.of(shown, masked)).toHtml();
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .endsWith("</html>\n")
        .contains("<code>/a&lt;b&gt;</code>")
        .contains("x&amp;y.json")
        .contains("&lt;script&gt;")
        .contains("&#39;q&#39;")
        .contains("&quot;v&quot; &amp; &lt;w&gt;")
        .contains("<em>withheld</em>")
        .contains("<tr class=\"ERROR\">")
        .contains("<tr class=\"WARNING\">")
        .doesNotContain("<script>")
        .doesNotContain("/a<b>");
  }

  @Test
  void anIssueKeepsDataArgumentsAndTurnsAnythingElseIntoText() {
    Object other =
        new Object() {
          @Override
          public String toString() {
            return "other";
          }
        };
    List<Object> args =
        Issue.arguments("s", 1, true, 'c', Severity.INFO, LocalDate.of(2024, 1, 2), other);
    assertThat(args)
        .containsExactly("s", 1, true, 'c', Severity.INFO, LocalDate.of(2024, 1, 2), "other");
    assertThatThrownBy(
            () ->
                new Issue(
                    RULE, Severity.ERROR, "", null, null, List.of(other), Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("string, number");
  }

  @Test
  void anIssueCopiesChangeOnlyWhatTheySay() {
    Issue base = issue(Severity.ERROR, "/a");
    assertThat(base.under("/records/2").pointer()).isEqualTo("/records/2/a");
    assertThat(base.withSeverity(Severity.INFO).severity()).isEqualTo(Severity.INFO);
    assertThat(base.withSeverity(Severity.INFO).pointer()).isEqualTo("/a");
    assertThat(base.withReason(RuleKind.READ.defaultReason()).reason())
        .isEqualTo(RuleKind.READ.defaultReason());
    assertThat(base.at(SourceLocation.of("g.json")).location().source()).contains("g.json");
  }

  @Test
  void anIssueDescribesItselfWithAndWithoutItsLocation() {
    Issue i = issue(Severity.ERROR, "");
    assertThat(i.describe(Locale.ENGLISH)).isEqualTo("ERROR TEST-RPT-001 /: Expected a; found b.");
    assertThat(i.toString())
        .startsWith("ERROR TEST-RPT-001 / @ ")
        .contains("f.json")
        .contains("record 3");
    Issue nowhere = Issue.of(RULE, "/x", SourceLocation.unknown(), "a", "b");
    assertThat(nowhere.toString()).isEqualTo("ERROR TEST-RPT-001 /x: Expected a; found b.");
    assertThat(Issue.recordAndLine(Locale.ENGLISH, 3, 12)).isEqualTo("record 3, line 12");
    assertThat(Issue.recordAndLine(Locale.ENGLISH, 3, 0)).isEqualTo("record 3");
    assertThat(Issue.recordAndLine(Locale.ENGLISH, 3, 1)).isEqualTo("record 3, line 1");
  }

  @Test
  void anIssueShowsItsValueOrSaysItWasWithheld() {
    Issue found =
        new Issue(
            RULE, Severity.ERROR, "/a", null, null, List.of("x", "y"), Optional.of("v"), false);
    Issue withheld =
        new Issue(
            RULE, Severity.ERROR, "/a", null, null, List.of("x", "y"), Optional.empty(), true);
    assertThat(found.toString()).endsWith("(found: v)");
    assertThat(withheld.toString())
        .endsWith("(value withheld: personal data)")
        .doesNotContain("(found");
    assertThat(found.message()).isEqualTo("Expected x; found y.");
  }

  @Test
  void aValueTheMessageAlreadyShowsIsNotShownTwice() {
    Issue inMessage =
        new Issue(
            RULE,
            Severity.ERROR,
            "/a",
            null,
            null,
            List.of("a number", "many"),
            Optional.of("many"),
            false);
    assertThat(inMessage.toString())
        .isEqualTo("ERROR TEST-RPT-001 /a: Expected a number; found many.");
    assertThat(inMessage.toString(Locale.FRENCH)).doesNotContain("(trouv").containsOnlyOnce("many");
    // a message cuts echoed input shorter than the value: the cut form counts as shown
    String longValue = "1,200 people, as the 2023 report says in its annex".repeat(2);
    Issue cut =
        new Issue(
            RULE,
            Severity.ERROR,
            "/a",
            null,
            null,
            List.of("a number", longValue.substring(0, 59) + "\u2026"),
            Optional.of(longValue),
            false);
    assertThat(cut.toString()).doesNotContain("(found");
    // a value the message does not show is added once
    Issue elsewhere =
        new Issue(
            RULE,
            Severity.ERROR,
            "/a",
            null,
            null,
            List.of("a number", "a word"),
            Optional.of("many"),
            false);
    assertThat(elsewhere.toString()).endsWith("found a word. (found: many)");
  }

  /** A translated phrase holding the value, as a message argument. */
  private record Phrase(String value) implements Term {
    @Override
    public String text(Locale locale) {
      return "the code " + value;
    }

    @Override
    public List<Object> arguments() {
      return List.of(value);
    }
  }

  @Test
  void aValueInsideATermOfTheMessageIsNotShownTwice() {
    Issue inTerm =
        new Issue(
            RULE,
            Severity.ERROR,
            "/a",
            null,
            null,
            List.of("a code once", new Phrase("ZZ9")),
            Optional.of("ZZ9"),
            false);
    assertThat(inTerm.toString())
        .isEqualTo("ERROR TEST-RPT-001 /a: Expected a code once; found the code ZZ9.");
  }
}

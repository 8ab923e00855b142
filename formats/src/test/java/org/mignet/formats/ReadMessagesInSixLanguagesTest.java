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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.RuleId;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleCatalogue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Term;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.internal.Words;
import org.mignet.formats.json.ReportJson;

/**
 * Read-level and conversion messages are data until shown: every rule renders in the six UN
 * languages with its arguments, the words passed as arguments are rendered in the message's
 * language, and no placeholder or doubled quote is ever shown (issue 8, point 7).
 */
class ReadMessagesInSixLanguagesTest {

  private static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
  private static final Pattern RAW_PLACEHOLDER = Pattern.compile("\\{\\d");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  /** Words that are the same in French or Spanish as in English. */
  private static final Set<Words> SAME_IN_LATIN_SCRIPTS = EnumSet.of(Words.ALIAS, Words.NULL);

  private static List<RuleDefinition> readRules() {
    return Formats.catalogue(Validation.standard()).rules().stream()
        .filter(r -> r.kind() == RuleKind.READ)
        .toList();
  }

  private static void assertSpeaks(
      String text, Locale locale, List<Object> arguments, String where) {
    assertThat(text).as(where).doesNotContainPattern(RAW_PLACEHOLDER).doesNotContain("''");
    for (Object a : arguments) {
      if (a instanceof Term t) {
        String local = t.text(locale);
        String english = t.text(Locale.ENGLISH);
        assertThat(text).as(where).contains(local);
        if (!locale.getLanguage().equals("en") && !local.contains(english)) {
          assertThat(text).as(where + ": English term \"" + english + "\"").doesNotContain(english);
        }
      }
    }
  }

  @Test
  void everyReadAndConversionRuleRendersInEveryLanguageWithTranslatedWordsAsArguments() {
    Words[] words = Words.values();
    int k = 0;
    assertThat(readRules()).hasSizeGreaterThanOrEqualTo(90);
    for (RuleDefinition r : readRules()) {
      int slots =
          new MessageFormat(r.messagePattern(Locale.ENGLISH)).getFormatsByArgumentIndex().length;
      Object[] args = new Object[slots];
      for (int i = 0; i < slots; i++) {
        Words w = words[k++ % words.length];
        args[i] = filled(w);
      }
      Issue issue =
          new Issue(
              r, r.severity(), "", null, null, Issue.arguments(args), Optional.empty(), false);
      for (String lang : UN_LANGUAGES) {
        Locale l = Locale.forLanguageTag(lang);
        assertSpeaks(issue.message(l), l, issue.arguments(), r.id() + " " + lang);
        assertSpeaks(issue.toString(l), l, issue.arguments(), r.id() + " " + lang);
      }
    }
  }

  @Test
  void everyWordIsWrittenInEachLanguageWithTheSamePlaceholdersAsEnglish() {
    for (Words w : Words.values()) {
      Set<String> english = placeholders(w.pattern(Locale.ENGLISH));
      for (String lang : UN_LANGUAGES) {
        Locale l = Locale.forLanguageTag(lang);
        String where = w + " " + lang;
        assertThat(placeholders(w.pattern(l))).as(where).isEqualTo(english);
        assertThat(w.pattern(l).replace("''", ""))
            .as(where + ": a single quote is written ''")
            .doesNotContain("'");
        String text = filled(w).text(l);
        assertThat(text)
            .as(where)
            .isNotBlank()
            .doesNotContainPattern(RAW_PLACEHOLDER)
            .doesNotContain("''");
        switch (lang) {
          case "ar" -> assertThat(text).as(where).containsPattern("\\p{IsArabic}");
          case "zh" -> assertThat(text).as(where).containsPattern("\\p{IsHan}");
          case "ru" -> assertThat(text).as(where).containsPattern("\\p{IsCyrillic}");
          case "fr", "es" -> {
            if (!SAME_IN_LATIN_SCRIPTS.contains(w)) {
              assertThat(w.pattern(l)).as(where).isNotEqualTo(w.pattern(Locale.ENGLISH));
            }
          }
          default -> {}
        }
      }
    }
  }

  @Test
  void aLanguageWithoutBundleFallsBackToEnglish() {
    assertThat(Words.AN_EMPTY_FILE.text(Locale.GERMAN)).isEqualTo("an empty file");
    assertThat(Words.ONE_OF.with("[A, B]").text(Locale.JAPANESE)).isEqualTo("one of [A, B]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
  void issuesOfBadInputsInEveryFormatFamilySpeakTheReadersLanguage(String lang) {
    Locale l = Locale.forLanguageTag(lang);
    List<Issue> issues = new ArrayList<>();
    issues.addAll(read("json", "{\"recordType\": 5}", "a.json"));
    issues.addAll(read("json", "[1, 2]", "b.json"));
    issues.addAll(read("json", "", "c.json"));
    issues.addAll(
        read(
            "ctdc",
            "yearOfRegistration,gender,citizenship,ageBroad,isForcedLabour\n"
                + "20x9,Femal,NGX,18--2O,maybe\n",
            "d.csv"));
    issues.addAll(read("ctdc", "", "e.csv"));
    issues.addAll(
        read("htcds", ",prs_Gender,vic_MethodsOfControl\nc1,Masculine,Dept bondage\n", "f.csv"));
    issues.addAll(read("htcds", "", "g.csv"));
    issues.addAll(read("mmp", "", "h.csv"));
    issues.addAll(read("sdmx-csv", "DATAFLOW,REF_AREA\nX,FR\n", "i.csv"));
    issues.addAll(read("json-stat", "{\"version\": \"2.0\", \"class\": \"dataset\"}", "j.json"));
    assertThat(issues).hasSizeGreaterThanOrEqualTo(12);
    assertThat(issues)
        .anySatisfy(i -> assertThat(i.arguments()).hasAtLeastOneElementOfType(Term.class));
    for (Issue i : issues) {
      assertSpeaks(i.toString(l), l, i.arguments(), i.ruleId().value() + " " + lang);
      assertThat(i.arguments())
          .as(i.ruleId().value())
          .noneMatch(ReadMessagesInSixLanguagesTest::looksLikeEnglishProse);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
  void catalogueTextAndJsonShowEveryRulesArgumentsAsSlotsNeverAsPlaceholders(String lang) {
    Locale l = Locale.forLanguageTag(lang);
    RuleCatalogue catalogue = Formats.catalogue(Validation.standard());
    assertThat(catalogue.rules()).hasSizeGreaterThanOrEqualTo(175);
    for (RuleDefinition r : catalogue.rules()) {
      assertThat(r.template(l))
          .as(r.id() + " " + lang)
          .doesNotContainPattern(RAW_PLACEHOLDER)
          .doesNotContain("''");
    }
    String text = catalogue.toText(l);
    String json = ReportJson.toJson(catalogue, l);
    assertThat(text).doesNotContainPattern(RAW_PLACEHOLDER).doesNotContain("''");
    assertThat(json).doesNotContainPattern(RAW_PLACEHOLDER).doesNotContain("''");
    RuleDefinition wrongType = catalogue.find(RuleId.of("MG-READ-002")).orElseThrow();
    assertThat(text).contains(wrongType.template(l));
    assertThat(json).contains(wrongType.template(l)).contains("\u20391\u203a");
  }

  @Test
  void conversionSummaryAndJsonReportsFollowTheReadersLanguageAndKeepEnglishByDefault() {
    List<Issue> issues = read("ctdc", "yearOfRegistration,gender\n2019,Femal\n", "k.csv");
    ConversionReport report =
        new ConversionReport("ctdc", "json", 3, 2, 1, issues, List.of(), List.of());
    assertThat(report.summary())
        .isEqualTo("read 3, written 2, rejected 1; 0 field(s) lost; 0 transformation(s)");
    assertThat(report.summary(Locale.FRENCH))
        .isEqualTo("lus : 3, écrits : 2, rejetés : 1 ; champs perdus : 0 ; transformations : 0");
    assertThat(report.summary(Locale.forLanguageTag("ar"))).contains("المرفوضة: 1");
    String french = ReportJson.toJson(report, Locale.FRENCH);
    assertThat(french)
        .contains(issues.get(0).message(Locale.FRENCH))
        .contains("\"severity\":\"WARNING\"");
    assertThat(ReportJson.toJson(report))
        .isEqualTo(ReportJson.toJson(report, Locale.ENGLISH))
        .contains(issues.get(0).message(Locale.ENGLISH));
    ValidationReport validation = ValidationReport.of(issues);
    assertThat(ReportJson.toJson(validation, Locale.forLanguageTag("zh")))
        .contains(issues.get(0).message(Locale.forLanguageTag("zh")));
    assertThat(ReportJson.toJson(validation))
        .isEqualTo(ReportJson.toJson(validation, Locale.ENGLISH));
  }

  /**
   * A string argument of three or more lower-case words is prose that should have been a {@link
   * Words} term.
   */
  private static boolean looksLikeEnglishProse(Object argument) {
    return argument instanceof String s
        && s.matches("(?i)(a|an|the|no|not|expected|its)( [a-z]+){2,}.*");
  }

  private static List<Issue> read(String format, String text, String name) {
    List<Issue> out = new ArrayList<>();
    try (RecordReader reader =
        Formats.named(format)
            .reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name)) {
      reader.forEachRemaining(r -> out.addAll(r.issues()));
    } catch (ReadException e) {
      out.add(e.issue());
    }
    return out;
  }

  /**
   * @return the word, with a sample value for each of its placeholders
   */
  private static Term filled(Words w) {
    int n = new MessageFormat(w.pattern(Locale.ENGLISH)).getFormatsByArgumentIndex().length;
    if (n == 0) {
      return w;
    }
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = "V" + i;
    }
    return w.with(values);
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}

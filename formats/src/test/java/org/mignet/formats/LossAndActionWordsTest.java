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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Term;
import org.mignet.formats.internal.Words;
import org.mignet.formats.json.ReportJson;

/**
 * Loss reasons and transformation actions are data until shown (issue 8, point 7): every reason a
 * format's coverage or the pipeline gives and every action renders in the six UN languages, with no
 * raw placeholder, and in a language other than English never as the English text.
 */
class LossAndActionWordsTest {

  private static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
  private static final Pattern RAW = Pattern.compile("\\{\\d|''");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  /** Every reason any registered format gives, for any record type and any path of the model. */
  private static Map<String, Term> everyReason() {
    Map<String, Term> reasons = new LinkedHashMap<>();
    for (Format f : Formats.all()) {
      for (RecordType type : RecordType.values()) {
        FormatsPage.Paths paths = FormatsPage.paths(type);
        for (String leaf : paths.leaves()) {
          f.coverage()
              .lossReason(type, leaf)
              .ifPresent(t -> reasons.putIfAbsent(t.text(Locale.ENGLISH), t));
        }
        for (String list : paths.lists()) {
          f.coverage()
              .maxItems(type, list)
              .ifPresent(
                  n -> {
                    Term t = Words.LOSS_ONLY_FIRST_ITEMS.with(f.name(), n, list);
                    reasons.putIfAbsent(t.text(Locale.ENGLISH), t);
                  });
        }
      }
    }
    return reasons;
  }

  @Test
  void everyLossReasonOfEveryFormatRendersInTheSixLanguages() {
    Map<String, Term> reasons = everyReason();
    assertThat(reasons).hasSizeGreaterThan(25);
    for (Term t : reasons.values()) {
      assertRendersInSixLanguages(t.toString(), t);
    }
  }

  @Test
  void everyActionRendersInTheSixLanguagesAndItsEnglishIsItsCode() {
    for (Transformation.Action a : Transformation.Action.values()) {
      assertThat(a.text(Locale.ENGLISH)).as(a.name()).isEqualTo(a.code());
      assertThat(Transformation.Action.of(a.code())).isSameAs(a);
      assertRendersInSixLanguages(a.name(), a);
    }
  }

  @Test
  void everyLossAndActionWordHasItsOwnTextInEveryLanguageWithTheSamePlaceholders() {
    for (Words w : Words.values()) {
      if (!w.name().startsWith("LOSS_")
          && !w.name().startsWith("ACTION_")
          && !w.name().endsWith("_LINE")) {
        continue;
      }
      Set<String> english = placeholders(w.pattern(Locale.ENGLISH));
      Object[] args = english.stream().map(x -> "⟨" + x + "⟩").toArray();
      for (String lang : UN_LANGUAGES) {
        Locale locale = Locale.forLanguageTag(lang);
        assertThat(placeholders(w.pattern(locale))).as(w + " in " + lang).isEqualTo(english);
        String shown = w.with(args).text(locale);
        assertThat(RAW.matcher(shown).find()).as(w + " in " + lang + ": " + shown).isFalse();
        if (!lang.equals("en")) {
          assertThat(w.pattern(locale))
              .as(w + " in " + lang)
              .isNotEqualTo(w.pattern(Locale.ENGLISH));
        }
      }
    }
  }

  @Test
  void aLossAndATransformationAreShownInTheReadersLanguageAndTheirCodesStayEnglish() {
    Loss loss =
        new Loss("/referrals", RecordType.TRAFFICKING_CASE, Words.LOSS_CTDC_NO_REFERRALS, 3);
    Transformation t = new Transformation("/opened", Transformation.Action.GENERALISED, 2);
    assertThat(loss.reason()).isEqualTo("TraffickingCase: CTDC has no referrals");
    assertThat(loss.reason(Locale.FRENCH))
        .isEqualTo("TraffickingCase: CTDC n'a pas d'orientations");
    assertThat(loss.toString())
        .isEqualTo("lost: /referrals (3): TraffickingCase: CTDC has no referrals");
    assertThat(loss.toString(Locale.FRENCH))
        .isEqualTo("perdu : /referrals (3) : TraffickingCase: CTDC n'a pas d'orientations");
    assertThat(t.action(Locale.forLanguageTag("es"))).isEqualTo("generalizado");
    assertThat(t.toString()).isEqualTo("transformed: /opened generalised (2)");
    assertThat(t.toString(Locale.FRENCH)).isEqualTo("transformé : /opened généralisé (2)");

    ConversionReport report =
        new ConversionReport("ndjson", "ctdc", 3, 3, 0, List.of(), List.of(loss), List.of(t));
    String json = ReportJson.toJson(report, Locale.forLanguageTag("ru"));
    assertThat(json)
        .contains("\"reason\":\"TraffickingCase: в CTDC нет направлений\"")
        .contains("\"action\":\"generalised\"");
    assertThat(ReportJson.toJson(report))
        .contains("\"reason\":\"TraffickingCase: CTDC has no referrals\"");
  }

  private static void assertRendersInSixLanguages(String what, Term t) {
    String english = t.text(Locale.ENGLISH);
    for (String lang : UN_LANGUAGES) {
      String shown = t.text(Locale.forLanguageTag(lang));
      assertThat(shown).as(what + " in " + lang).isNotBlank();
      assertThat(RAW.matcher(shown).find()).as(what + " in " + lang + ": " + shown).isFalse();
      if (!lang.equals("en")) {
        assertThat(shown).as(what + " in " + lang).isNotEqualTo(english);
      }
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}

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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Validation;
import org.mignet.formats.internal.ConversionRules;

class FormatRuleMessagesTest {

  private static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  private static List<RuleDefinition> catalogue() {
    return Formats.catalogue(Validation.standard()).rules();
  }

  @Test
  void everyRuleHasAMessageInAllSixUnLanguages() {
    for (RuleDefinition r : catalogue()) {
      for (String lang : UN_LANGUAGES) {
        assertThat(r.messages().get(lang)).as(r.id() + " " + lang).isNotBlank();
      }
    }
  }

  @Test
  void everyMessageFormatsWithSampleArgumentsLeavingNoPlaceholderOrStrayQuote() {
    for (RuleDefinition r : catalogue()) {
      for (String lang : UN_LANGUAGES) {
        String pattern = r.messages().get(lang);
        String where = r.id() + " " + lang + ": " + pattern;
        assertThat(pattern.replace("''", "")).as(where).doesNotContain("'");
        Set<Integer> indices = placeholders(pattern);
        Object[] args =
            new Object[indices.isEmpty() ? 0 : indices.stream().max(Integer::compare).get() + 1];
        for (int i = 0; i < args.length; i++) {
          args[i] = "ARG" + i;
        }
        String text = new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
        assertThat(text).as(where).doesNotContain("{").doesNotContain("}");
        for (int i : indices) {
          assertThat(text).as(where).contains("ARG" + i);
        }
        if (pattern.contains("''")) {
          assertThat(text).as(where).contains("'").doesNotContain("''");
        }
      }
    }
  }

  @Test
  void everyTranslationUsesTheSamePlaceholdersAsEnglish() {
    for (RuleDefinition r : catalogue()) {
      Set<Integer> english = placeholders(r.messages().get("en"));
      for (String lang : UN_LANGUAGES) {
        assertThat(placeholders(r.messages().get(lang))).as(r.id() + " " + lang).isEqualTo(english);
      }
    }
  }

  @Test
  void arabicChineseAndRussianMessagesAreTranslationsNotEnglish() {
    for (RuleDefinition r : catalogue()) {
      String english = r.messages().get("en");
      for (String lang : List.of("ar", "zh", "ru")) {
        assertThat(r.messages().get(lang)).as(r.id() + " " + lang).isNotEqualTo(english);
      }
    }
  }

  @Test
  void readAndConversionRulesAreTranslatedInTheirScripts() {
    List<RuleDefinition> rules = new ArrayList<>();
    for (RuleDefinition r : catalogue()) {
      if (r.kind() == RuleKind.READ || ConversionRules.all().contains(r)) {
        rules.add(r);
      }
    }
    assertThat(rules).containsAll(ConversionRules.all());
    assertThat(rules.size()).isGreaterThanOrEqualTo(90);
    for (RuleDefinition r : rules) {
      assertThat(r.messages().get("ar")).as(r.id().value()).containsPattern("\\p{IsArabic}");
      assertThat(r.messages().get("zh")).as(r.id().value()).containsPattern("\\p{IsHan}");
      assertThat(r.messages().get("ru")).as(r.id().value()).containsPattern("\\p{IsCyrillic}");
      assertThat(r.messagePattern(Locale.forLanguageTag("ru"))).isEqualTo(r.messages().get("ru"));
    }
  }

  @Test
  void everyBundleKeyIsTheIdOfARule() throws IOException {
    Set<String> ids = new TreeSet<>();
    catalogue().forEach(r -> ids.add(r.id().value()));
    for (String lang : List.of("ar", "zh", "ru")) {
      String name = "/org/mignet/formats/messages_" + lang + ".properties";
      Properties p = new Properties();
      try (InputStream in = FormatRuleMessagesTest.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertThat(ids).as(name).containsAll(p.stringPropertyNames());
    }
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }
}

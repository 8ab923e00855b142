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
package org.mignet.core.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mignet.core.internal.LazyMessages;

/**
 * The standard rules' messages in the six UN languages, read once from {@code
 * org/mignet/core/validation/messages_<lang>.properties} (UTF-8), keyed by rule id.
 */
public final class Messages {

  /** The six official languages of the United Nations, as ISO 639-1 codes. */
  public static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  /**
   * The rules' messages by language, each bundle read on its first use: a run in English reads one
   * bundle, not six (a resource lookup and a parse each, at start-up).
   */
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  /** The report words by language, each bundle read on its first use, as {@link #BUNDLES}. */
  private static final Map<String, Properties> WORDS = new ConcurrentHashMap<>();

  /** Reads a rule's message from {@link #BUNDLES}. A class, not a lambda: nothing spun for it. */
  private static final LazyMessages.Bundles RULE_MESSAGES = new RuleMessages();

  private Messages() {}

  private static final class RuleMessages implements LazyMessages.Bundles {
    @Override
    public @Nullable String message(String language, String ruleId) {
      return bundle(BUNDLES, "messages_", language).getProperty(ruleId);
    }
  }

  private static Properties loadOne(String prefix, String lang) {
    String name = "/org/mignet/core/validation/" + prefix + lang + ".properties";
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + name);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read message bundle " + name, e);
    }
    return p;
  }

  /**
   * The words in one of the {@link #UN_LANGUAGES}, read on first use (racing threads read twice).
   */
  private static Properties words(String lang) {
    return bundle(WORDS, "words_", lang);
  }

  /** A bundle of {@code cache}, read on first use (racing threads read twice, one is kept). */
  private static Properties bundle(Map<String, Properties> cache, String prefix, String lang) {
    return cache.computeIfAbsent(lang, l -> loadOne(prefix, l));
  }

  /**
   * Returns the rule's message pattern by language, for every language that has one; each
   * language's bundle is read on first use.
   *
   * @param ruleId a rule id
   * @throws IllegalStateException if there is no English message
   */
  public static Map<String, String> forRule(String ruleId) {
    // each language's bundle is read when a message in it is first asked for; English now
    Map<String, String> m = new LazyMessages(ruleId, Map.of(), UN_LANGUAGES, RULE_MESSAGES);
    if (!m.containsKey("en")) {
      throw new IllegalStateException(
          "rule " + ruleId + " has no English message in messages_en.properties");
    }
    return m;
  }

  /**
   * A word or line of the reports and catalogues themselves (severity names, summary lines,
   * labels), read from {@code words_<lang>.properties}.
   *
   * @param key the word's key, e.g. {@code severity.ERROR}
   * @param locale the language; English where the language has no such word
   * @param args the pattern's arguments, shown as given ({@code String.valueOf}), so counts keep
   *     ASCII digits
   * @return the text
   * @throws IllegalArgumentException if no bundle, English included, has the key
   */
  public static String word(String key, Locale locale, Object... args) {
    String lang = locale.getLanguage();
    String pattern = UN_LANGUAGES.contains(lang) ? words(lang).getProperty(key) : null;
    if (pattern == null) {
      pattern = words("en").getProperty(key);
    }
    if (pattern == null) {
      throw new IllegalArgumentException("no word " + key);
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, locale).format(shown);
  }

  /** Returns the keys of the report words, for tests. */
  public static java.util.Set<String> wordKeys() {
    return words("en").stringPropertyNames();
  }
}

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
package org.mignet.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mignet.core.internal.LazyMessages;

/**
 * The Arabic, Chinese and Russian messages of the formats' read-level and conversion rules, read
 * once from {@code org/mignet/formats/messages_<lang>.properties} (UTF-8, {@link
 * java.text.MessageFormat} patterns keyed by rule id), one set for every format family. English,
 * French and Spanish stay next to each rule's definition.
 */
public final class FormatMessages {

  /** The languages read from the bundles, as ISO 639-1 codes. */
  public static final List<String> LANGUAGES = List.of("ar", "zh", "ru");

  private static final String BUNDLE = "/org/mignet/formats/messages_";

  /**
   * The bundles by language, each read on its first use: a run in English reads none of them (a
   * resource lookup and a parse each, at start-up).
   */
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  /** Reads a message from {@link #BUNDLES}. A class, not a lambda: nothing spun for it. */
  private static final LazyMessages.Bundles FROM_BUNDLES = new FromBundles();

  private FormatMessages() {}

  private static final class FromBundles implements LazyMessages.Bundles {
    @Override
    public @Nullable String message(String language, String ruleId) {
      Properties p = BUNDLES.computeIfAbsent(language, l -> load(BUNDLE, List.of(l)).get(l));
      String s = p.getProperty(ruleId);
      return s == null || s.isBlank() ? null : s;
    }
  }

  /**
   * Returns the Arabic, Chinese and Russian bundles.
   *
   * @param prefix the resource path of the bundles up to the language code
   * @throws IllegalStateException naming the file if a bundle is missing, unreadable or not UTF-8
   */
  static Map<String, Properties> load(String prefix) {
    return load(prefix, LANGUAGES);
  }

  /**
   * Returns each language's bundle.
   *
   * @param prefix the resource path of the bundles up to the language code
   * @param languages the languages to read
   * @throws IllegalStateException naming the file if a bundle is missing, unreadable or not UTF-8
   */
  static Map<String, Properties> load(String prefix, List<String> languages) {
    Map<String, Properties> out = new LinkedHashMap<>();
    for (String lang : languages) {
      String name = prefix + lang + ".properties";
      Properties p = new Properties();
      try (InputStream in = FormatMessages.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing message bundle " + name);
        }
        try (Reader r =
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT))) {
          p.load(r);
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException(
            "cannot read message bundle " + name + ": " + e.getMessage(), e);
      }
      out.put(lang, p);
    }
    return Map.copyOf(out);
  }

  /**
   * Returns those messages followed by the Arabic, Chinese and Russian ones the bundles have for
   * the rule, each language's bundle read when it is first asked for (an immutable map).
   *
   * @param ruleId a rule id
   * @param messages the rule's other messages by language (at least English)
   */
  public static Map<String, String> with(String ruleId, Map<String, String> messages) {
    return new LazyMessages(ruleId, messages, LANGUAGES, FROM_BUNDLES);
  }
}

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

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.mignet.core.validation.internal.Messages;

/**
 * The words of mignet's own reports (headings, labels, summary lines; not rule messages) in the six
 * UN languages, for tools that render a report their own way, such as the command line's HTML
 * report. Keys are those of {@code org/mignet/core/validation/words_en.properties}, e.g. {@code
 * html.summary}; every key exists in all six languages. Stateless and thread-safe.
 */
public final class ReportWords {

  private ReportWords() {}

  /**
   * Returns the text.
   *
   * @param key the word's key, e.g. {@code html.records}; not null
   * @param locale the language; English where the language is not one of the six
   * @param args the pattern's arguments, shown as given ({@code String.valueOf}), so counts keep
   *     ASCII digits
   * @throws IllegalArgumentException if there is no such key
   */
  public static String text(String key, Locale locale, Object... args) {
    return Messages.word(
        Objects.requireNonNull(key, "key"), Objects.requireNonNull(locale, "locale"), args);
  }

  /** Returns every key. */
  public static Set<String> keys() {
    return Set.copyOf(Messages.wordKeys());
  }
}

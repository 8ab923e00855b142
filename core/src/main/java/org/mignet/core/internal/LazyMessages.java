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
package org.mignet.core.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule's message patterns by language, some given and the others read from per-language bundles
 * only when a language is first asked for: a run in English reads the English bundle, not six (a
 * part of a fast start). An immutable map, equal to the map of every message it has; asking for
 * every entry (iterating, {@code size()}, {@code equals}) reads every bundle.
 */
public final class LazyMessages extends AbstractMap<String, String> {

  /** Where the bundles' messages come from. */
  @FunctionalInterface
  public interface Bundles {

    /**
     * Returns the message of a rule in one language, reading that language's bundle on first use;
     * null where the bundle has none.
     *
     * @param language an ISO 639-1 code, one of those the map was made with
     * @param ruleId the rule id
     * @throws IllegalStateException if the bundle cannot be read
     */
    @Nullable String message(String language, String ruleId);
  }

  private final String ruleId;
  private final Map<String, String> given;
  private final List<String> languages;
  private final Bundles bundles;
  private volatile @Nullable Set<Entry<String, String>> entries;

  /**
   * @param ruleId the rule the messages are of
   * @param given messages by language that the bundles do not replace; copied
   * @param languages the languages the bundles may have, in order
   * @param bundles reads a language's message
   */
  public LazyMessages(
      String ruleId, Map<String, String> given, List<String> languages, Bundles bundles) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.given = Map.copyOf(given);
    this.languages = List.copyOf(languages);
    this.bundles = Objects.requireNonNull(bundles, "bundles");
  }

  @Override
  public @Nullable String get(@Nullable Object key) {
    String s = given.get(key);
    if (s == null && key instanceof String language && languages.contains(language)) {
      s = bundles.message(language, ruleId);
    }
    return s;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    Set<Entry<String, String>> e = entries;
    if (e == null) {
      Map<String, String> all = new LinkedHashMap<>(given);
      for (String language : languages) {
        if (!all.containsKey(language)) {
          String s = bundles.message(language, ruleId);
          if (s != null) {
            all.put(language, s);
          }
        }
      }
      e = Collections.unmodifiableMap(all).entrySet();
      entries = e;
    }
    return e;
  }
}

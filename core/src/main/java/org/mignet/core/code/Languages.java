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
package org.mignet.core.code;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mignet.core.code.internal.TsvResource;

/**
 * ISO 639 languages (code list id {@code iso639}); the canonical code is the three-letter ISO
 * 639-2/T (= ISO 639-3) code, e.g. {@code deu}, {@code prs}.
 *
 * <p>Built from the JDK ({@link Locale#getISOLanguages()} and {@link Locale#getISO3Language()},
 * English names from its locale data) plus the bundled {@code language-extra.tsv} of ISO 639-3
 * codes common in migration work that the JDK lacks (Dari, the Pashto and Kurdish varieties,
 * Rohingya, Tigre…) and the special codes {@code und}, {@code mul}, {@code zxx}, {@code mis}.
 * {@link #resolve(String)} accepts ISO 639-1 codes and ISO 639-2/B codes ({@code ger}, {@code fre},
 * {@code chi}, {@code per}…) as aliases, and English names. The English labels come from the
 * running JDK, so they can differ slightly between JDK versions.
 *
 * <p>Immutable and thread-safe.
 */
public final class Languages extends TableBackedCodeList {

  /** The id of this code list. */
  public static final String ID = "iso639";

  private final CodeTable table;

  private static final class Holder {
    static final Languages INSTANCE = new Languages();
  }

  private Languages() {
    TsvResource extra = TsvResource.read("language-extra.tsv", 3, "code");
    TsvResource aliases = TsvResource.read("language-aliases.tsv", 3, "alias");
    Map<String, String> names = new TreeMap<>();
    Map<String, String> twoLetter = new TreeMap<>();
    for (String two : Locale.getISOLanguages()) {
      Locale l = Locale.forLanguageTag(two);
      String three;
      try {
        three = l.getISO3Language();
      } catch (java.util.MissingResourceException e) {
        continue;
      }
      if (three.length() != 3) {
        continue;
      }
      twoLetter.put(two, three);
      String name = l.getDisplayLanguage(Locale.ENGLISH);
      names.putIfAbsent(three, name.isBlank() || name.equals(two) ? three : name);
    }
    for (TsvResource.Row r : extra.rows()) {
      if (!r.get(0).matches("[a-z]{3}")) {
        throw TsvResource.malformed(extra.name(), r.line(), "not a three-letter code: " + r.get(0));
      }
      names.putIfAbsent(r.get(0), r.get(1));
    }
    CodeTable.Builder b =
        CodeTable.builder(
            ID,
            "JDK " + Runtime.version().feature() + " locale data + " + extra.version(),
            "java.util.Locale ISO 639 data; " + extra.source() + "; " + aliases.source());
    names.forEach(b::code);
    twoLetter.forEach((two, three) -> b.alias(two, three, "ISO 639-1 code " + two));
    for (TsvResource.Row r : aliases.rows()) {
      if (!b.knows(r.get(1))) {
        throw TsvResource.malformed(aliases.name(), r.line(), "unknown target code " + r.get(1));
      }
      b.alias(r.get(0), r.get(1), r.get(2));
    }
    this.table = b.build();
  }

  /**
   * Returns the shared instance, building it on first use (thread-safe).
   *
   * @return the ISO 639 code list
   */
  public static Languages instance() {
    return Holder.INSTANCE;
  }

  @Override
  CodeTable table() {
    return table;
  }

  @Override
  public String id() {
    return ID;
  }
}

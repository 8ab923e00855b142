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

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * <p>{@link #contains} answers from the codes alone; the English names, which come from the JDK's
 * locale data (slow to load at start-up), are read on the first call that needs the table.
 *
 * <p>Immutable and thread-safe.
 */
public final class Languages extends LazyTableCodeList {

  /** The id of this code list. */
  public static final String ID = "iso639";

  private static final class Holder {
    static final Languages INSTANCE = new Languages();
  }

  private Languages() {
    super(allCodes());
  }

  private static Set<String> allCodes() {
    Set<String> all = new HashSet<>(threeLetterCodes().values());
    for (TsvResource.Row r : extra().rows()) {
      all.add(r.get(0));
    }
    return all;
  }

  /**
   * The JDK's ISO 639-1 codes that have a three-letter code, with that code, in the JDK's order
   * (where two codes share a three-letter code, the first one's name labels it).
   */
  private static Map<String, String> threeLetterCodes() {
    Map<String, String> twoLetter = new LinkedHashMap<>();
    for (String two : Locale.getISOLanguages()) {
      String three;
      try {
        three = Locale.forLanguageTag(two).getISO3Language();
      } catch (java.util.MissingResourceException e) {
        continue;
      }
      if (three.length() == 3) {
        twoLetter.put(two, three);
      }
    }
    return twoLetter;
  }

  /** The bundled extra codes, each checked to be three lower-case letters. */
  private static TsvResource extra() {
    TsvResource extra = TsvResource.read("language-extra.tsv", 3, "code");
    for (TsvResource.Row r : extra.rows()) {
      if (!isThreeLetters(r.get(0))) {
        throw TsvResource.malformed(extra.name(), r.line(), "not a three-letter code: " + r.get(0));
      }
    }
    return extra;
  }

  private static boolean isThreeLetters(String s) {
    return s.length() == 3 && s.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  @Override
  CodeTable build() {
    TsvResource extra = extra();
    TsvResource aliases = TsvResource.read("language-aliases.tsv", 3, "alias");
    Map<String, String> names = new TreeMap<>();
    Map<String, String> twoLetter = threeLetterCodes();
    twoLetter.forEach(
        (two, three) -> {
          String name = Locale.forLanguageTag(two).getDisplayLanguage(Locale.ENGLISH);
          names.putIfAbsent(three, name.isBlank() || name.equals(two) ? three : name);
        });
    for (TsvResource.Row r : extra.rows()) {
      names.putIfAbsent(r.get(0), r.get(1));
    }
    CodeTable.Builder b =
        CodeTable.builder(
            ID,
            "JDK " + Runtime.version().feature() + " locale data + " + extra.version(),
            "java.util.Locale ISO 639 data; " + extra.source() + "; " + aliases.source());
    names.forEach(b::code);
    new TreeMap<>(twoLetter).forEach((two, three) -> b.alias(two, three, "ISO 639-1 code " + two));
    for (TsvResource.Row r : aliases.rows()) {
      if (!b.knows(r.get(1))) {
        throw TsvResource.malformed(aliases.name(), r.line(), "unknown target code " + r.get(1));
      }
      b.alias(r.get(0), r.get(1), r.get(2));
    }
    return b.build();
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
  public String id() {
    return ID;
  }
}

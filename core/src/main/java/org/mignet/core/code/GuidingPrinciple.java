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
import java.util.Objects;
import java.util.Optional;

/**
 * The ten cross-cutting and interdependent guiding principles of the Global Compact for Migration
 * (A/RES/73/195, para. 15 (a)–(j)). {@link #code()} is the letter; the code-list view is {@link
 * #codeList()} (id {@code gcm-principle}).
 */
public enum GuidingPrinciple {
  /** (a) */
  PEOPLE_CENTRED('a', "People-centred"),
  /** (b) */
  INTERNATIONAL_COOPERATION('b', "International cooperation"),
  /** (c) */
  NATIONAL_SOVEREIGNTY('c', "National sovereignty"),
  /** (d) */
  RULE_OF_LAW_AND_DUE_PROCESS('d', "Rule of law and due process"),
  /** (e) */
  SUSTAINABLE_DEVELOPMENT('e', "Sustainable development"),
  /** (f) */
  HUMAN_RIGHTS('f', "Human rights"),
  /** (g) */
  GENDER_RESPONSIVE('g', "Gender-responsive"),
  /** (h) */
  CHILD_SENSITIVE('h', "Child-sensitive"),
  /** (i) */
  WHOLE_OF_GOVERNMENT_APPROACH('i', "Whole-of-government approach"),
  /** (j) */
  WHOLE_OF_SOCIETY_APPROACH('j', "Whole-of-society approach");

  private final char letter;
  private final String title;

  GuidingPrinciple(char letter, String title) {
    this.letter = letter;
    this.title = title;
  }

  /** Returns the letter of para. 15, 'a' to 'j'. */
  public char letter() {
    return letter;
  }

  /** Returns the principle's title. */
  public String title() {
    return title;
  }

  /** Returns the code-list code: the letter as a string. */
  public String code() {
    return String.valueOf(letter);
  }

  /**
   * Reads a principle from its letter ("a", "(a)", "15(a)"), its title, or a common spelling
   * variant ("People-centered").
   *
   * @param text the text, not null
   * @return the principle, or empty
   * @throws NullPointerException if the text is null
   */
  public static Optional<GuidingPrinciple> parse(String text) {
    Objects.requireNonNull(text, "text");
    return codeList().resolve(text).code().map(c -> values()[c.charAt(0) - 'a']);
  }

  /** Returns the principles as a code list (id {@code gcm-principle}), shared and thread-safe. */
  public static CodeList codeList() {
    return ListHolder.LIST;
  }

  private static final class ListHolder {
    static final CodeList LIST = build();

    private static CodeList build() {
      CodeTable.Builder b =
          CodeTable.builder(
              "gcm-principle",
              "A/RES/73/195 (2018)",
              "Global Compact for Safe, Orderly and Regular Migration, UN General Assembly resolution "
                  + "A/RES/73/195, para. 15 (a)-(j)");
      for (GuidingPrinciple p : values()) {
        b.code(p.code(), p.title());
      }
      for (GuidingPrinciple p : values()) {
        String l = p.code();
        for (String form :
            new String[] {
              "(" + l + ")",
              l + ")",
              "15(" + l + ")",
              "15 " + l,
              "para. 15 (" + l + ")",
              "Principle " + l,
              "Principle (" + l + ")"
            }) {
          b.alias(form, l, null);
          b.alias(form.toUpperCase(Locale.ROOT), l, null);
        }
      }
      b.alias("People-centered", "a", "US spelling");
      b.alias("Gender-responsiveness", "g", null);
      b.alias("Child-sensitivity", "h", null);
      return b.build();
    }
  }
}

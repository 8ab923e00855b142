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
package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.text;

/**
 * A record's identifier, scoped to the system of the agency that issued it: the same value in two
 * systems names two different records. Identifiers of records about people must be pseudonymous (no
 * names, no document numbers).
 *
 * @param system the namespace of the issuing system, e.g. {@code https://iom.int/mimosa/case} or
 *     {@code org.iom.mimosa.case}; not blank
 * @param value the identifier within that system; not blank
 */
public record Identifier(String system, String value) {

  /** Rejects null or blank parts. */
  public Identifier {
    text(system, "identifier.system");
    text(value, "identifier.value");
  }

  /** Returns {@code new Identifier(system, value)}. */
  public static Identifier of(String system, String value) {
    return new Identifier(system, value);
  }

  /** Returns {@code system|value}, the form {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    return system + "|" + value;
  }

  /**
   * Returns the identifier.
   *
   * @param text {@code system|value}, as {@link #toString()} writes it; not null
   * @throws IllegalArgumentException if there is no {@code |} separator or a part is blank
   */
  public static Identifier parse(CharSequence text) {
    String s = text.toString();
    int bar = s.lastIndexOf('|');
    if (bar <= 0 || bar == s.length() - 1) {
      throw new IllegalArgumentException("an identifier is written system|value");
    }
    return new Identifier(s.substring(0, bar), s.substring(bar + 1));
  }
}

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

import java.util.Locale;
import java.util.Optional;

/**
 * Small value vocabularies shared by every reader and message: how much of an offending value is
 * echoed, and the words that mean true or false in the files agencies send. Stateless.
 */
public final class Values {

  /** The most characters of an offending value that an issue, message or log repeats. */
  public static final int MAX_ECHO = 80;

  private Values() {}

  /**
   * Returns the text cut to {@link #MAX_ECHO} characters, with {@code …} when cut; never splits a
   * surrogate pair.
   */
  public static String cut(String s) {
    return cut(s, MAX_ECHO);
  }

  /**
   * Returns the text cut to {@code max} characters, with {@code …} when cut; never splits a
   * surrogate pair.
   */
  public static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }

  /**
   * Reads a boolean as tables write it: {@code true/false}, {@code yes/no}, {@code y/n}, {@code
   * 1/0}, and the French, Spanish and Portuguese {@code oui/non}, {@code sí/si/no}, {@code
   * sim/não}, and a tick {@code x} for true; case and surrounding spaces ignored.
   *
   * @param s the text; not null
   * @return the boolean, empty if the text is none of these words
   */
  public static Optional<Boolean> parseBoolean(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "x", "oui", "sí", "si", "sim", "vrai", "verdadero" ->
          Optional.of(Boolean.TRUE);
      case "false", "no", "n", "0", "non", "não", "nao", "faux", "falso" ->
          Optional.of(Boolean.FALSE);
      default -> Optional.empty();
    };
  }
}

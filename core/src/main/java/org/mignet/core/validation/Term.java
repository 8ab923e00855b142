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

import java.util.List;
import java.util.Locale;

/**
 * A word or phrase used as a message argument that is itself translated, such as "an integer" in
 * "expected an integer; found a string". An issue keeps the term, not its text, and renders it in
 * the message's language. Implementations are immutable; enums are the usual form.
 */
public interface Term {

  /**
   * Returns the term in that language, or in English if it has no translation.
   *
   * @param locale the language wanted; not null
   */
  String text(Locale locale);

  /**
   * Returns the values the term's text is made of (a code, a column, a number), so that an issue
   * can tell whether its message already shows its value; empty for a term that holds none (the
   * default).
   */
  default List<Object> arguments() {
    return List.of();
  }
}

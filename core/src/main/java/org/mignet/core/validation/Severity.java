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
import org.mignet.core.validation.internal.Messages;

/** How serious an issue is. Ordered from least to most serious. */
public enum Severity {
  /** Worth knowing; the data is fit for its purpose. */
  INFO,
  /** Probably wrong or incomplete; the data may still be exchanged. */
  WARNING,
  /** Breaks a rule; the record is not fit to exchange until fixed. */
  ERROR,
  /** The record could not be read or checked at all. */
  FATAL;

  /** Returns whether this severity makes a record invalid ({@link #ERROR} or {@link #FATAL}). */
  public boolean isBlocking() {
    return this == ERROR || this == FATAL;
  }

  /**
   * The severity's name for people, in their language: {@code error}, {@code erreur}, {@code
   * ошибка}, {@code 错误}… Machine-readable output keeps {@link #name()}, which never changes.
   *
   * @param locale the language; not null ({@link Locale#getLanguage()} picks one of the six UN
   *     languages, English otherwise)
   * @return the word, in lower case where the script has case
   */
  public String label(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Messages.word("severity." + name(), locale);
  }
}

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
package org.mignet.formats;

import java.util.Locale;
import java.util.Objects;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Term;
import org.mignet.formats.internal.Words;

/**
 * A populated field that a conversion's target format cannot carry, counted over the conversion.
 * The reason is data (a {@link Term} from the target's {@link Coverage}) and becomes text only
 * where the loss is shown, in the reader's language ({@link #reason(Locale)}). Immutable and
 * thread-safe.
 *
 * @param pointer the normalised path ({@code *} for list indices), e.g. <code>
 *     /victims/&#42;/methodsOfControl</code>
 * @param type the type of the records the path was populated in
 * @param cause why the target cannot carry it, as {@link Coverage#lossReason} gave it
 * @param count in how many records it was populated
 */
public record Loss(String pointer, RecordType type, Term cause, long count) {

  /** Checks the parts. */
  public Loss {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cause, "cause");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
  }

  /**
   * Returns the record type and why it is lost, e.g. {@code TraffickingCase: CTDC has no
   * referrals}.
   *
   * @param locale the language; not null (English where the language is not one of the six UN
   *     languages)
   */
  public String reason(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return type.typeName() + ": " + cause.text(locale);
  }

  /** Returns {@link #reason(Locale)} in English. */
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  /**
   * Returns the loss as a line of a conversion report, e.g. {@code lost: /referrals (3):
   * TraffickingCase: CTDC has no referrals}, in that language.
   *
   * @param locale the language; not null
   */
  public String toString(Locale locale) {
    return Words.LOST_LINE.with(pointer, count, reason(locale)).text(locale);
  }

  /** Returns {@link #toString(Locale)} in English. */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }
}

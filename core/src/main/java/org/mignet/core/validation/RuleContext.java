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

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.MignetRecord;

/**
 * What a {@link Rule} sees while it checks one value: where the value sits in the record, the
 * reader's locale, today's date, and the means to report issues. A context is used by one thread
 * for one check; it is not thread-safe and must not be kept.
 */
public interface RuleContext {

  /** Returns the record being validated, whose canonical JSON the pointers address. */
  MignetRecord root();

  /**
   * Returns the JSON Pointer of the checked value within {@link #root()} ({@code ""} for the root
   * itself).
   */
  String pointer();

  /** Returns the language messages are written in. */
  Locale locale();

  /** Returns today's date in the validation's clock, for "not in the future" rules. */
  LocalDate today();

  /** Returns the profile being applied. */
  Profile profile();

  /**
   * Reports an issue of this rule.
   *
   * @param relativePointer a JSON Pointer relative to {@link #pointer()} ({@code ""} for the value
   *     itself)
   * @param arguments the message's positional arguments; must not contain personal data
   */
  void report(String relativePointer, Object... arguments);

  /**
   * Reports an issue of this rule with the offending value, which is withheld if the pointer
   * addresses personal data.
   *
   * @param relativePointer a JSON Pointer relative to {@link #pointer()}
   * @param value the offending value; may be null
   * @param arguments the message's positional arguments; must not contain personal data
   */
  void reportValue(String relativePointer, @Nullable Object value, Object... arguments);
}

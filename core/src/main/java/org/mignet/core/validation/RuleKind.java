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

import org.mignet.core.Reason;

/** The levels of validation. */
public enum RuleKind {
  /** Syntax and types, checked by format readers. */
  READ,
  /**
   * Required parts, ranges, patterns and code validity of one value, checked with Bean Validation.
   */
  STRUCTURAL,
  /** Consistency across the fields of one record. */
  SEMANTIC,
  /**
   * Consistency between the records of one file or batch (an identifier used twice), checked by a
   * {@link CrossRecordRule} as the records stream by.
   */
  CROSS_RECORD;

  /**
   * Returns the usual reason of an issue of a rule of this kind: {@link Reason#SYNTAX} for read
   * rules, {@link Reason#RULE} otherwise.
   */
  public Reason defaultReason() {
    return this == READ ? Reason.SYNTAX : Reason.RULE;
  }
}

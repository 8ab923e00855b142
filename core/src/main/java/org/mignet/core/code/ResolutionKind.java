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

/** How an input string was matched to a canonical code by {@link CodeList#resolve(String)}. */
public enum ResolutionKind {
  /** The trimmed input is a canonical code, character for character. */
  EXACT,
  /** The trimmed input is a canonical code in another letter case. */
  CASE_INSENSITIVE,
  /**
   * The input is another code for the same entry: an alternative code system (ISO alpha-2, numeric,
   * ISO 639-1), a withdrawn or older code, a common variant or a code from an earlier version of
   * the standard. The {@link Resolution#note()} says which.
   */
  ALIAS,
  /** The input is a name or label of the entry (case, accents, spacing and punctuation ignored). */
  NAME,
  /**
   * Nothing matched; the {@link Resolution#note()} may say why (e.g. an aggregate, a split code).
   */
  UNRESOLVED
}

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

import static org.mignet.core.model.internal.Checks.optional;

import java.time.Instant;
import java.util.Optional;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A formal update on a case by a case worker (HTCDS {@code cco_CaseComment}). Free text is treated
 * as sensitive.
 *
 * @param at when it was written
 * @param author the author's identifier or role
 * @param text the comment; not blank
 */
public record CaseComment(
    Optional<Instant> at,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<String> author,
    @PersonalData(PersonalDataCategory.SENSITIVE) String text) {

  /** Checks that the text is present. */
  public CaseComment {
    at = optional(at);
    author = optional(author);
    org.mignet.core.model.internal.Checks.text(text, "comment.text");
  }

  /** Never shows the text. */
  @Override
  public String toString() {
    return "CaseComment[" + at.map(Instant::toString).orElse("undated") + "]";
  }
}

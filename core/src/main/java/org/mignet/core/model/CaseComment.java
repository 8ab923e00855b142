package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.optional;

import java.time.Instant;
import java.util.Optional;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A formal update on a case by a case worker (HTCDS {@code cco_CaseComment}). Free text is treated as sensitive.
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

package org.mignet.core.validation;

import java.util.Locale;

/**
 * A word or phrase used as a message argument that is itself translated, such as "an integer" in "expected an
 * integer; found a string". An issue keeps the term, not its text, and renders it in the message's language.
 * Implementations are immutable; enums are the usual form.
 */
public interface Term {

  /**
   * Returns the term in that language, or in English if it has no translation.
   *
   * @param locale the language wanted; not null
   */
  String text(Locale locale);
}

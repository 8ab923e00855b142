package org.mignet.core.code;

/** How an input string was matched to a canonical code by {@link CodeList#resolve(String)}. */
public enum ResolutionKind {
  /** The trimmed input is a canonical code, character for character. */
  EXACT,
  /** The trimmed input is a canonical code in another letter case. */
  CASE_INSENSITIVE,
  /**
   * The input is another code for the same entry: an alternative code system (ISO alpha-2, numeric,
   * ISO 639-1), a withdrawn or older code, a common variant or a code from an earlier version of the
   * standard. The {@link Resolution#note()} says which.
   */
  ALIAS,
  /** The input is a name or label of the entry (case, accents, spacing and punctuation ignored). */
  NAME,
  /** Nothing matched; the {@link Resolution#note()} may say why (e.g. an aggregate, a split code). */
  UNRESOLVED
}

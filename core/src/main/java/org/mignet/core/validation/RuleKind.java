package org.mignet.core.validation;

/** The levels of validation. */
public enum RuleKind {
  /** Syntax and types, checked by format readers. */
  READ,
  /** Required parts, ranges, patterns and code validity of one value, checked with Bean Validation. */
  STRUCTURAL,
  /** Consistency across the fields of one record. */
  SEMANTIC,
  /**
   * Consistency between the records of one file or batch (an identifier used twice), checked by a
   * {@link CrossRecordRule} as the records stream by.
   */
  CROSS_RECORD
}

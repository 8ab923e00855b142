package org.mignet.core.validation;

/** The three levels of validation. */
public enum RuleKind {
  /** Syntax and types, checked by format readers. */
  READ,
  /** Required parts, ranges, patterns and code validity of one value, checked with Bean Validation. */
  STRUCTURAL,
  /** Consistency across fields and records. */
  SEMANTIC
}

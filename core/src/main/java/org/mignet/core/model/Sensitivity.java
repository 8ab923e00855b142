package org.mignet.core.model;

/**
 * How widely a record may be shared, following the IASC Operational Guidance on Data Responsibility's
 * sensitivity classification. Ordered from least to most sensitive.
 */
public enum Sensitivity {
  /** May be published. */
  PUBLIC,
  /** For the organisations of a sharing agreement. */
  RESTRICTED,
  /** For named staff with a need to know; personal data of migrants by default. */
  CONFIDENTIAL,
  /** For named staff only; data about victims of trafficking or of other crimes by default. */
  STRICTLY_CONFIDENTIAL;

  /** Returns whether this level is at least as sensitive as {@code other}. */
  public boolean isAtLeast(Sensitivity other) {
    return compareTo(other) >= 0;
  }
}

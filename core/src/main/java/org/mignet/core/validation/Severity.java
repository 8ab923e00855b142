package org.mignet.core.validation;

/** How serious an issue is. Ordered from least to most serious. */
public enum Severity {
  /** Worth knowing; the data is fit for its purpose. */
  INFO,
  /** Probably wrong or incomplete; the data may still be exchanged. */
  WARNING,
  /** Breaks a rule; the record is not fit to exchange until fixed. */
  ERROR,
  /** The record could not be read or checked at all. */
  FATAL;

  /** @return whether this severity makes a record invalid ({@link #ERROR} or {@link #FATAL}) */
  public boolean isBlocking() {
    return this == ERROR || this == FATAL;
  }
}

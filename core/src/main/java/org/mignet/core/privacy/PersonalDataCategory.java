package org.mignet.core.privacy;

/**
 * How a model component relates to a person, following the IOM Data Protection Principles and the IASC
 * Operational Guidance on Data Responsibility. Sharing policies, redaction and the masking of messages work
 * from these categories.
 */
public enum PersonalDataCategory {
  /** Identifies a person on its own: a name, a document number, a phone number, an exact address. */
  DIRECT_IDENTIFIER,
  /** Identifies a person in combination with others: birth date, sex, citizenship, place of origin. */
  QUASI_IDENTIFIER,
  /**
   * Special-category or victim-of-crime data whose disclosure can harm the person: trafficking status, methods
   * of control, exploitation, places and dates of exploitation, health, gender identity.
   */
  SENSITIVE
}

package org.mignet.core.model;

/** The "act" element of trafficking in persons, the closed list of the Palermo Protocol, Art. 3(a). */
public enum TraffickingAct {
  /** Recruitment. */
  RECRUITMENT,
  /** Transportation. */
  TRANSPORTATION,
  /** Transfer. */
  TRANSFER,
  /** Harbouring. */
  HARBOURING,
  /** Receipt of persons. */
  RECEIPT
}

package org.mignet.core.model;

/** Whether a perpetrator is a natural person or an organisation (HTCDS issue #4). */
public enum PerpetratorKind {
  /** A natural person. */
  INDIVIDUAL,
  /** A business, recruitment agency, criminal group or other organisation. */
  ORGANISATION,
  /** Not known. */
  UNKNOWN
}

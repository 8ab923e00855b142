package org.mignet.core.model;

/**
 * The "means" element of trafficking in persons, the closed list of the Palermo Protocol, Art. 3(a). Not required
 * when the victim is a child (Art. 3(c)).
 */
public enum TraffickingMeans {
  /** Threat of force. */
  THREAT_OF_FORCE,
  /** Use of force. */
  USE_OF_FORCE,
  /** Other forms of coercion. */
  OTHER_COERCION,
  /** Abduction. */
  ABDUCTION,
  /** Fraud. */
  FRAUD,
  /** Deception. */
  DECEPTION,
  /** Abuse of power. */
  ABUSE_OF_POWER,
  /** Abuse of a position of vulnerability. */
  ABUSE_OF_VULNERABILITY,
  /** Giving or receiving of payments or benefits to achieve the consent of a person having control over another. */
  PAYMENTS_TO_CONTROLLER
}

package org.mignet.core.model;

/** Where a referral stands. */
public enum ReferralStatus {
  /** Sent, not yet answered. */
  PENDING,
  /** Accepted by the receiving organisation. */
  ACCEPTED,
  /** Declined by the receiving organisation. */
  DECLINED,
  /** Services delivered, referral closed. */
  COMPLETED,
  /** Withdrawn by the referring organisation or the person. */
  WITHDRAWN
}

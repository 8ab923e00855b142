package org.mignet.core.model;

/** Whether a case was referred in from or out to another organisation. */
public enum ReferralDirection {
  /** Referred to this organisation by another (HTCDS incoming referral). */
  INCOMING,
  /** Referred by this organisation to another (HTCDS outgoing referral). */
  OUTGOING
}

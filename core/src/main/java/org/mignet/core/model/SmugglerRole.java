package org.mignet.core.model;

/** Roles in a migrant-smuggling operation, after UNODC's typology of smuggling networks. */
public enum SmugglerRole {
  /** Organises or finances the operation. */
  ORGANISER,
  /** Finds and recruits migrants. */
  RECRUITER,
  /** Guides migrants across a border on foot. */
  GUIDE,
  /** Drives a vehicle. */
  DRIVER,
  /** Steers a boat. */
  BOAT_PILOT,
  /** Provides accommodation or hides migrants on the way. */
  HOUSING_PROVIDER,
  /** Produces or provides fraudulent documents (Smuggling Protocol, Art. 6(1)(b)). */
  DOCUMENT_FORGER,
  /** Collects or transfers payments (hawala or other). */
  MONEY_HANDLER,
  /** A corrupt official who facilitates crossing. */
  CORRUPT_OFFICIAL,
  /** Another role. */
  OTHER
}

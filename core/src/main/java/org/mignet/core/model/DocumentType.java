package org.mignet.core.model;

/** Kinds of identity and travel document. */
public enum DocumentType {
  /** A passport (ICAO 9303 TD3, document code {@code P}). */
  PASSPORT,
  /** An identity card, including those valid for travel (TD1/TD2, codes {@code I}, {@code A}, {@code C}). */
  IDENTITY_CARD,
  /** A visa (MRV-A, MRV-B, code {@code V}). */
  VISA,
  /** A residence permit. */
  RESIDENCE_PERMIT,
  /** A refugee travel document (1951 Convention). */
  REFUGEE_TRAVEL_DOCUMENT,
  /** A travel document for stateless persons (1954 Convention). */
  STATELESS_TRAVEL_DOCUMENT,
  /** A laissez-passer or emergency travel document, including the UN laissez-passer. */
  EMERGENCY_TRAVEL_DOCUMENT,
  /** A birth certificate. */
  BIRTH_CERTIFICATE,
  /** A national identity number without a card (HTCDS {@code prs_IdentityNumber}). */
  NATIONAL_IDENTITY_NUMBER,
  /** A registration document issued by a UN agency (e.g. UNHCR proof of registration). */
  UN_REGISTRATION,
  /** Any other document. */
  OTHER
}

/*
 * Copyright 2026 the mignet authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.mignet.core.model;

/** Kinds of identity and travel document. */
public enum DocumentType {
  /** A passport (ICAO 9303 TD3, document code {@code P}). */
  PASSPORT,
  /**
   * An identity card, including those valid for travel (TD1/TD2, codes {@code I}, {@code A}, {@code
   * C}).
   */
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

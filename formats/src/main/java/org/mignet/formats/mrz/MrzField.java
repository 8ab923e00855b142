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
package org.mignet.formats.mrz;

/**
 * The fields of a machine-readable zone that mignet reads, checks and reports on. Each names the
 * member of the canonical {@link org.mignet.core.model.TravelDocument} it becomes, so that issues
 * point into the canonical form.
 */
public enum MrzField {
  /** The document code: {@code P}, {@code ID}, {@code V}… */
  DOCUMENT_CODE("/documentCode"),
  /** The issuing state or organisation (an ICAO code). */
  ISSUING_STATE("/issuingState"),
  /** The holder's name: primary and secondary identifiers. */
  NAME("/holderName"),
  /** The document number, with a TD1 or TD2 overflow into the optional data. */
  DOCUMENT_NUMBER("/number"),
  /** The holder's nationality (an ICAO code). */
  NATIONALITY("/nationality"),
  /** The date of birth, YYMMDD. */
  BIRTH_DATE("/birthDate"),
  /** The sex: {@code M}, {@code F}, {@code X} or {@code <}. */
  SEX("/sex"),
  /** The date of expiry, YYMMDD. */
  EXPIRY_DATE("/expiryDate"),
  /**
   * The optional data: TD3's personal number, TD1's first optional field, TD2's and the visas'
   * optional data.
   */
  OPTIONAL_DATA("/optionalData"),
  /** TD1's second optional field (line 2). */
  OPTIONAL_DATA_2("/optionalData"),
  /**
   * The composite check digit over the document number, dates and optional data (TD1, TD2, TD3).
   */
  COMPOSITE("");

  private final String pointer;

  MrzField(String pointer) {
    this.pointer = pointer;
  }

  /** Returns the JSON Pointer of the travel-document member it becomes; empty for the composite. */
  public String pointer() {
    return pointer;
  }
}

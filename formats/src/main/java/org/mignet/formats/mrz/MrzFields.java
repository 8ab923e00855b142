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

import java.util.List;
import java.util.Objects;

/**
 * The fields of a machine-readable zone, as written but without their fillers: what {@link
 * Mrz#fields()} reads and {@link Mrz#of(org.mignet.core.model.MrzFormat, MrzFields)} writes. Text
 * is in the MRZ alphabet ({@code A–Z}, {@code 0–9}); {@code <} stays only inside the document
 * number and the optional data, where it is part of the value as written.
 *
 * @param documentCode one or two letters, e.g. {@code P}, {@code ID}, {@code V}; the filler of a
 *     one-letter code is removed
 * @param issuingState the ICAO code of the issuing state or organisation, e.g. {@code UTO}, {@code
 *     D}
 * @param primaryIdentifier the primary identifier (surname), its components separated by single
 *     spaces; may be empty
 * @param secondaryIdentifiers the components of the secondary identifier (given names), in order;
 *     may be empty
 * @param documentNumber the document number, with a TD1 or TD2 overflow joined to it
 * @param nationality the ICAO nationality code; empty if the field holds fillers only
 * @param birthDate the date of birth as written, {@code YYMMDD}, {@code <} for unknown parts
 * @param sex {@code M}, {@code F}, {@code X} or {@code <}
 * @param expiryDate the date of expiry as written, {@code YYMMDD}
 * @param optionalData TD3's personal number, TD1's first optional field (after an overflowing
 *     document number and its check digit), TD2's or the visas' optional data; trailing fillers
 *     removed
 * @param optionalData2 TD1's second optional field; empty for other layouts
 */
public record MrzFields(
    String documentCode,
    String issuingState,
    String primaryIdentifier,
    List<String> secondaryIdentifiers,
    String documentNumber,
    String nationality,
    String birthDate,
    char sex,
    String expiryDate,
    String optionalData,
    String optionalData2) {

  /** Checks that no part is null and copies the list. */
  public MrzFields {
    Objects.requireNonNull(documentCode, "documentCode");
    Objects.requireNonNull(issuingState, "issuingState");
    Objects.requireNonNull(primaryIdentifier, "primaryIdentifier");
    secondaryIdentifiers = List.copyOf(secondaryIdentifiers);
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(nationality, "nationality");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(expiryDate, "expiryDate");
    Objects.requireNonNull(optionalData, "optionalData");
    Objects.requireNonNull(optionalData2, "optionalData2");
  }

  /** Shows the document code and the issuer, never the holder's data. */
  @Override
  public String toString() {
    return "MrzFields[" + documentCode + ", " + issuingState + "]";
  }
}

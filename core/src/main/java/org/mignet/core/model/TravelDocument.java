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

import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;
import static org.mignet.core.model.internal.Checks.text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A machine-readable travel document (ICAO Doc 9303) with the fields of its MRZ. The issuing state
 * and the holder's nationality are ICAO codes, which are not always ISO 3166 ({@code D}, {@code
 * XXA}, {@code UNO}).
 *
 * @param meta the record's metadata; required
 * @param type the kind of document; required
 * @param documentCode the MRZ document code, one or two letters such as {@code P}, {@code ID},
 *     {@code V}
 * @param issuingState the ICAO issuing-state or organisation code; required
 * @param number the document number; not blank
 * @param holderName the holder's primary and secondary identifiers; required
 * @param nationality the holder's ICAO nationality code
 * @param birthDate the holder's birth date (MRZ dates may lack the day or month: {@code <<})
 * @param sex the holder's sex; {@link Sex#OTHER} for MRZ {@code X} or {@code <}
 * @param expiryDate the date of expiry
 * @param optionalData the MRZ optional-data fields, as written
 * @param format the MRZ layout, if the document was read from or is meant for an MRZ
 */
public record TravelDocument(
    @Valid RecordMeta meta,
    DocumentType type,
    @Pattern(regexp = "[A-Z][A-Z<]?", message = "{MG-DOC-001}") String documentCode,
    @InCodeList(value = "icao-nationality", message = "{MG-CODE-002}") String issuingState,
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER)
        @Pattern(regexp = "[A-Z0-9<]{1,35}", message = "{MG-DOC-002}")
        String number,
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) @Valid PersonName holderName,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        Optional<@InCodeList(value = "icao-nationality", message = "{MG-CODE-002}") String>
            nationality,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<PartialDate> birthDate,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Sex sex,
    Optional<PartialDate> expiryDate,
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) Optional<String> optionalData,
    Optional<MrzFormat> format)
    implements MignetRecord {

  /** Checks required parts. */
  public TravelDocument {
    required(meta, "meta");
    required(type, "type");
    text(documentCode, "documentCode");
    text(issuingState, "issuingState");
    text(number, "number");
    required(holderName, "holderName");
    nationality = optional(nationality);
    birthDate = optional(birthDate);
    sex = sex == null ? Sex.UNKNOWN : sex;
    expiryDate = optional(expiryDate);
    optionalData = optional(optionalData);
    format = optional(format);
  }

  /**
   * The holder as a {@link Person}, with this document among the person's documents: the same
   * metadata, the holder's name as the one name, sex, birth date, the nationality as the one
   * citizenship and {@link #identityDocument()}. {@link #of(Person, IdentityDocument, String,
   * Optional, Optional)} joins them back into an equal travel document.
   *
   * @return the holder; never null
   */
  public Person holder() {
    Person.Builder b = Person.builder(meta).name(holderName).sex(sex).document(identityDocument());
    birthDate.ifPresent(b::birthDate);
    nationality.ifPresent(b::citizenship);
    return b.build();
  }

  /**
   * This document without its holder: type, issuing state, number and date of expiry. An MRZ has no
   * date of issue, so the result has none.
   *
   * @return the document; never null
   */
  public IdentityDocument identityDocument() {
    return new IdentityDocument(
        type, Optional.of(issuingState), number, Optional.empty(), expiryDate);
  }

  /**
   * Joins a person and one of the person's documents into a travel document: the person's metadata,
   * primary name, sex, birth date and first citizenship (as the nationality), and the document's
   * type, issuing state, number and date of expiry. The rest of the person (other names and
   * citizenships, age, contacts…) and the document's date of issue have no place in a travel
   * document; a caller that writes it should report them as not carried.
   *
   * @param holder the holder; must have a name
   * @param document the document; must have an issuing state
   * @param documentCode the MRZ document code, such as {@code P}, {@code ID} or {@code V}
   * @param optionalData the MRZ optional data, as written
   * @param format the MRZ layout, if known
   * @return the travel document
   * @throws IllegalArgumentException naming the missing member (never a value) if the holder has no
   *     name or the document no issuing state
   */
  public static TravelDocument of(
      Person holder,
      IdentityDocument document,
      String documentCode,
      Optional<String> optionalData,
      Optional<MrzFormat> format) {
    required(holder, "holder");
    required(document, "document");
    PersonName name =
        holder
            .primaryName()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "/names: a travel document needs the holder's name"));
    String issuer =
        document
            .issuingState()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "/documents/issuingState: a travel document needs its issuing state"));
    Optional<String> nationality =
        holder.citizenships().isEmpty()
            ? Optional.empty()
            : Optional.of(holder.citizenships().get(0));
    return new TravelDocument(
        holder.meta(),
        document.type(),
        documentCode,
        issuer,
        document.number(),
        name,
        nationality,
        holder.birthDate(),
        holder.sex(),
        document.expiryDate(),
        optionalData,
        format);
  }

  /** Shows the type and issuer, never the number or the holder. */
  @Override
  public String toString() {
    return Redacted.toString(this);
  }
}

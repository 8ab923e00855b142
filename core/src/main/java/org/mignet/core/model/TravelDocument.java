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
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

  /**
   * Returns a builder with nothing but the metadata set.
   *
   * @param meta the record's metadata; not null
   */
  public static Builder builder(RecordMeta meta) {
    return new Builder(meta);
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(meta);
    b.type = type;
    b.documentCode = documentCode;
    b.issuingState = issuingState;
    b.number = number;
    b.holderName = holderName;
    b.nationality = nationality.orElse(null);
    b.birthDate = birthDate.orElse(null);
    b.sex = sex;
    b.expiryDate = expiryDate.orElse(null);
    b.optionalData = optionalData.orElse(null);
    b.format = format.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link TravelDocument}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code type}, {@code documentCode},
   * {@code issuingState}, {@code number}, {@code holderName}.
   */
  public static final class Builder {
    private RecordMeta meta;
    private @Nullable DocumentType type;
    private @Nullable String documentCode;
    private @Nullable String issuingState;
    private @Nullable String number;
    private @Nullable PersonName holderName;
    private @Nullable String nationality;
    private @Nullable PartialDate birthDate;
    private Sex sex = Sex.UNKNOWN;
    private @Nullable PartialDate expiryDate;
    private @Nullable String optionalData;
    private @Nullable MrzFormat format;

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with the type set (required). */
    public Builder type(DocumentType value) {
      type = value;
      return this;
    }

    /** Returns this builder with the document code set (required). */
    public Builder documentCode(String value) {
      documentCode = value;
      return this;
    }

    /** Returns this builder with the issuing state set (required). */
    public Builder issuingState(String value) {
      issuingState = value;
      return this;
    }

    /** Returns this builder with the number set (required). */
    public Builder number(String value) {
      number = value;
      return this;
    }

    /** Returns this builder with the holder name set (required). */
    public Builder holderName(PersonName value) {
      holderName = value;
      return this;
    }

    /** Returns this builder with the nationality set; null for none. */
    public Builder nationality(@Nullable String value) {
      nationality = value;
      return this;
    }

    /** Returns this builder with the birth date set; null for none. */
    public Builder birthDate(@Nullable PartialDate value) {
      birthDate = value;
      return this;
    }

    /** Returns this builder with the sex set; null for {@link Sex#UNKNOWN}. */
    public Builder sex(@Nullable Sex value) {
      sex = value == null ? Sex.UNKNOWN : value;
      return this;
    }

    /** Returns this builder with the expiry date set; null for none. */
    public Builder expiryDate(@Nullable PartialDate value) {
      expiryDate = value;
      return this;
    }

    /** Returns this builder with the optional data set; null for none. */
    public Builder optionalData(@Nullable String value) {
      optionalData = value;
      return this;
    }

    /** Returns this builder with the format set; null for none. */
    public Builder format(@Nullable MrzFormat value) {
      format = value;
      return this;
    }

    /**
     * Returns the travel document; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public TravelDocument build() {
      return new TravelDocument(
          meta,
          Objects.requireNonNull(type, "travelDocument.type is required and must not be null"),
          Objects.requireNonNull(
              documentCode, "travelDocument.documentCode is required and must not be null"),
          Objects.requireNonNull(
              issuingState, "travelDocument.issuingState is required and must not be null"),
          Objects.requireNonNull(number, "travelDocument.number is required and must not be null"),
          Objects.requireNonNull(
              holderName, "travelDocument.holderName is required and must not be null"),
          Optional.ofNullable(nationality),
          Optional.ofNullable(birthDate),
          sex,
          Optional.ofNullable(expiryDate),
          Optional.ofNullable(optionalData),
          Optional.ofNullable(format));
    }
  }
}

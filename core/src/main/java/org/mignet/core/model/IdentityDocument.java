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

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;

/**
 * An identity or travel document held by a person, as recorded in a case. Machine-readable travel
 * documents with all their MRZ fields are exchanged as {@link TravelDocument}.
 *
 * @param type the kind of document; required
 * @param issuingState the ICAO 9303 issuing-state code (ISO alpha-3 or an ICAO code such as {@code
 *     D}, {@code UNO})
 * @param number the document number; not blank
 * @param issueDate the date of issue
 * @param expiryDate the date of expiry
 */
public record IdentityDocument(
    DocumentType type,
    Optional<@InCodeList(value = "icao-nationality", message = "{MG-CODE-002}") String>
        issuingState,
    String number,
    Optional<PartialDate> issueDate,
    Optional<PartialDate> expiryDate) {

  /** Checks required parts. */
  public IdentityDocument {
    required(type, "document.type");
    issuingState = optional(issuingState);
    text(number, "document.number");
    issueDate = optional(issueDate);
    expiryDate = optional(expiryDate);
  }

  /** Shows the type and issuer, never the number. */
  @Override
  public String toString() {
    return "IdentityDocument[" + type + issuingState.map(s -> ", " + s).orElse("") + "]";
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.issuingState = issuingState.orElse(null);
    b.number = number;
    b.issueDate = issueDate.orElse(null);
    b.expiryDate = expiryDate.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link IdentityDocument}; not thread-safe. Setters of optional parts
   * accept {@code null} for "not known"; list setters add. Required: {@code type}, {@code number}.
   */
  public static final class Builder {
    private @Nullable DocumentType type;
    private @Nullable String issuingState;
    private @Nullable String number;
    private @Nullable PartialDate issueDate;
    private @Nullable PartialDate expiryDate;

    private Builder() {}

    /** Returns this builder with the type set (required). */
    public Builder type(DocumentType value) {
      type = value;
      return this;
    }

    /** Returns this builder with the issuing state set; null for none. */
    public Builder issuingState(@Nullable String value) {
      issuingState = value;
      return this;
    }

    /** Returns this builder with the number set (required). */
    public Builder number(String value) {
      number = value;
      return this;
    }

    /** Returns this builder with the issue date set; null for none. */
    public Builder issueDate(@Nullable PartialDate value) {
      issueDate = value;
      return this;
    }

    /** Returns this builder with the expiry date set; null for none. */
    public Builder expiryDate(@Nullable PartialDate value) {
      expiryDate = value;
      return this;
    }

    /**
     * Returns the identity document; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public IdentityDocument build() {
      return new IdentityDocument(
          Objects.requireNonNull(type, "identityDocument.type is required and must not be null"),
          Optional.ofNullable(issuingState),
          Objects.requireNonNull(
              number, "identityDocument.number is required and must not be null"),
          Optional.ofNullable(issueDate),
          Optional.ofNullable(expiryDate));
    }
  }
}

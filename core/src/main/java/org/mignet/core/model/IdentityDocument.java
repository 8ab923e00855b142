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

import java.util.Optional;
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
}

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
package org.mignet.formats.htcds;

import java.util.Objects;
import java.util.Optional;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * One field of the Human Trafficking Case Data Standard (HTCDS) v2.0 field dictionary, with what
 * mignet does with it. Immutable and thread-safe.
 *
 * @param name the v2.0 system name including its prefix, e.g. {@code vic_MethodsOfControl}; not
 *     blank
 * @param label the v2.0 label (trimmed of the standard's trailing no-break spaces)
 * @param type the HTCDS field type as written in the standard, e.g. {@code Multiselect Picklist}
 * @param core whether the standard flags the field {@code Core}
 * @param deprecated whether the field is {@code DEPRECATED} in v2.0
 * @param personalData the personal-data category of the field, empty for organisational data
 * @param directIdentifier whether the value identifies a person directly (names, phones, e-mail,
 *     identity number, address, birth date)
 * @param pointer the normalised path of the model component carrying it ({@code *} for list
 *     indices), empty if mignet does not carry the field
 */
public record HtcdsField(
    String name,
    String label,
    String type,
    boolean core,
    boolean deprecated,
    Optional<PersonalDataCategory> personalData,
    boolean directIdentifier,
    Optional<String> pointer) {

  /** Checks the parts. */
  public HtcdsField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    personalData = personalData == null ? Optional.empty() : personalData;
    pointer = pointer == null ? Optional.empty() : pointer;
    if (name.isBlank()) {
      throw new IllegalArgumentException("a field needs a name");
    }
  }

  /** Returns whether the field holds several values ({@code Multiselect Picklist}). */
  public boolean isMultiple() {
    return type.startsWith("Multiselect");
  }

  /** Returns whether the field holds a code of an HTCDS code list. */
  public boolean isCoded() {
    return type.contains("Picklist") && !type.equals("Picklist or Text");
  }

  /** Returns the prefix naming the logical table, e.g. {@code vic_}. */
  public String prefix() {
    return name.substring(0, name.indexOf('_') + 1);
  }
}

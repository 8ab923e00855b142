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

import static org.mignet.core.model.internal.Checks.list;
import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;
import static org.mignet.core.model.internal.Checks.text;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.mignet.core.constraints.InCodeList;

/**
 * An organisation taking part in migration governance: a UN entity, a government body, a
 * civil-society organisation, a business, the media, academia… (HTCDS {@code org_}).
 *
 * @param meta the record's metadata; required
 * @param name the organisation's name; not blank
 * @param acronym its acronym, e.g. {@code IOM}
 * @param type its kind; required
 * @param htcdsType the HTCDS {@code org_Type} code, where the organisation appears in case data
 * @param country the country of its seat, ISO 3166-1 alpha-3
 * @param address its address
 * @param contacts phone, e-mail and web contacts
 * @param parent the organisation it belongs to, e.g. a country office's agency
 */
public record Organization(
    @Valid RecordMeta meta,
    String name,
    Optional<String> acronym,
    OrganizationType type,
    Optional<@InCodeList(value = "htcds:org_Type", message = "{MG-CODE-005}") String> htcdsType,
    Optional<@InCodeList(value = "iso3166", message = "{MG-CODE-001}") String> country,
    Optional<@Valid Place> address,
    List<@Valid ContactPoint> contacts,
    Optional<OrganizationRef> parent)
    implements MignetRecord {

  /** Checks required parts and copies lists. */
  public Organization {
    required(meta, "meta");
    text(name, "name");
    acronym = optional(acronym);
    required(type, "type");
    htcdsType = optional(htcdsType);
    country = optional(country);
    address = optional(address);
    contacts = list(contacts, "contacts");
    parent = optional(parent);
  }

  /** Returns an organisation with a name, acronym and type only. */
  public static Organization of(
      RecordMeta meta, String name, String acronym, OrganizationType type) {
    return new Organization(
        meta,
        name,
        Optional.ofNullable(acronym),
        type,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** Returns a reference to this organisation by identifier, name and type. */
  public OrganizationRef toRef() {
    return new OrganizationRef(
        Optional.of(meta.identifier().toString()), Optional.of(name), Optional.of(type));
  }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    b.name = name;
    b.acronym = acronym.orElse(null);
    b.type = type;
    b.htcdsType = htcdsType.orElse(null);
    b.country = country.orElse(null);
    b.address = address.orElse(null);
    b.contacts.addAll(contacts);
    b.parent = parent.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Organization}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code name}, {@code type}.
   */
  public static final class Builder {
    private RecordMeta meta;
    private @Nullable String name;
    private @Nullable String acronym;
    private @Nullable OrganizationType type;
    private @Nullable String htcdsType;
    private @Nullable String country;
    private @Nullable Place address;
    private final List<ContactPoint> contacts = new ArrayList<>();
    private @Nullable OrganizationRef parent;

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with the name set (required). */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Returns this builder with the acronym set; null for none. */
    public Builder acronym(@Nullable String value) {
      acronym = value;
      return this;
    }

    /** Returns this builder with the type set (required). */
    public Builder type(OrganizationType value) {
      type = value;
      return this;
    }

    /** Returns this builder with the htcds type set; null for none. */
    public Builder htcdsType(@Nullable String value) {
      htcdsType = value;
      return this;
    }

    /** Returns this builder with the country set; null for none. */
    public Builder country(@Nullable String value) {
      country = value;
      return this;
    }

    /** Returns this builder with the address set; null for none. */
    public Builder address(@Nullable Place value) {
      address = value;
      return this;
    }

    /** Returns this builder with contacts added. */
    public Builder contact(ContactPoint... values) {
      contacts.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the parent set; null for none. */
    public Builder parent(@Nullable OrganizationRef value) {
      parent = value;
      return this;
    }

    /**
     * Returns the organization; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public Organization build() {
      return new Organization(
          meta,
          Objects.requireNonNull(name, "organization.name is required and must not be null"),
          Optional.ofNullable(acronym),
          Objects.requireNonNull(type, "organization.type is required and must not be null"),
          Optional.ofNullable(htcdsType),
          Optional.ofNullable(country),
          Optional.ofNullable(address),
          contacts,
          Optional.ofNullable(parent));
    }
  }
}

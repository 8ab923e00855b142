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
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.internal.Checks;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * What every exchangeable record carries about itself: who issued it and under which identifier,
 * when, under which schema version, how sensitive it is, on what legal basis it is processed, and
 * the agency's own fields.
 *
 * @param identifier the record's identifier in its issuing system; required
 * @param sourceOrganization the organisation that issued the record (acronym or identifier), if
 *     known
 * @param created when the record was first created, if known
 * @param updated when the record was last changed, if known
 * @param schemaVersion the mignet schema version the record follows, e.g. {@code 1.0}; required
 * @param sensitivity how widely the record may be shared; required
 * @param legalBasis the legal basis of processing (e.g. {@code consent}, {@code vital-interest}, a
 *     reference to a data-sharing agreement), if known
 * @param consentReference a reference to the consent record covering this record, if any
 * @param extensions an agency's own fields, keyed by a namespaced name ({@code
 *     iom:caseWorkerUnit}); values are JSON-like (string, number, boolean, list, map) and
 *     round-trip untouched; never null. Their content is unknown to mignet, so they are treated as
 *     sensitive personal data, except the keys mignet's own readers write ({@link KnownExtensions})
 */
public record RecordMeta(
    @Valid Identifier identifier,
    Optional<String> sourceOrganization,
    Optional<Instant> created,
    Optional<Instant> updated,
    @Pattern(regexp = "\\d+\\.\\d+", message = "{MG-META-003}") String schemaVersion,
    Sensitivity sensitivity,
    Optional<String> legalBasis,
    Optional<String> consentReference,
    @PersonalData(PersonalDataCategory.SENSITIVE) Map<String, Object> extensions) {

  /** The schema version this library writes. */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  /** Checks required parts, normalises absent optionals and copies the extensions deeply. */
  public RecordMeta {
    required(identifier, "meta.identifier");
    sourceOrganization = optional(sourceOrganization);
    created = optional(created);
    updated = optional(updated);
    text(schemaVersion, "meta.schemaVersion");
    required(sensitivity, "meta.sensitivity");
    legalBasis = optional(legalBasis);
    consentReference = optional(consentReference);
    if (extensions == null || extensions.isEmpty()) {
      extensions = Map.of();
    } else {
      LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
      extensions.forEach(
          (k, v) ->
              copy.put(text(k, "meta.extensions key"), Checks.jsonValue(v, "meta.extensions")));
      extensions = Collections.unmodifiableMap(copy);
    }
  }

  /**
   * Returns metadata with the current schema version, {@link Sensitivity#CONFIDENTIAL} and nothing
   * else set.
   *
   * @param identifier the record's identifier; not null
   */
  public static RecordMeta of(Identifier identifier) {
    return new RecordMeta(
        identifier,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        CURRENT_SCHEMA_VERSION,
        Sensitivity.CONFIDENTIAL,
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  /** Returns {@code of(Identifier.of(system, value))}. */
  public static RecordMeta of(String system, String value) {
    return of(Identifier.of(system, value));
  }

  /** Returns a copy with the given source organisation. */
  public RecordMeta withSourceOrganization(String organization) {
    return new RecordMeta(
        identifier,
        Optional.of(organization),
        created,
        updated,
        schemaVersion,
        sensitivity,
        legalBasis,
        consentReference,
        extensions);
  }

  /** Returns a copy with the given creation and update instants (update may be null). */
  public RecordMeta withTimestamps(@Nullable Instant createdAt, @Nullable Instant updatedAt) {
    return new RecordMeta(
        identifier,
        sourceOrganization,
        Optional.ofNullable(createdAt),
        Optional.ofNullable(updatedAt),
        schemaVersion,
        sensitivity,
        legalBasis,
        consentReference,
        extensions);
  }

  /** Returns a copy with the given sensitivity. */
  public RecordMeta withSensitivity(Sensitivity level) {
    return new RecordMeta(
        identifier,
        sourceOrganization,
        created,
        updated,
        schemaVersion,
        level,
        legalBasis,
        consentReference,
        extensions);
  }

  /** Returns a copy with the given legal basis. */
  public RecordMeta withLegalBasis(String basis) {
    return new RecordMeta(
        identifier,
        sourceOrganization,
        created,
        updated,
        schemaVersion,
        sensitivity,
        Optional.of(basis),
        consentReference,
        extensions);
  }

  /** Returns a copy with the given consent reference. */
  public RecordMeta withConsentReference(String reference) {
    return new RecordMeta(
        identifier,
        sourceOrganization,
        created,
        updated,
        schemaVersion,
        sensitivity,
        legalBasis,
        Optional.of(reference),
        extensions);
  }

  /** Returns a copy with one extension added or replaced. */
  public RecordMeta withExtension(String name, Object value) {
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>(extensions);
    copy.put(name, value);
    return new RecordMeta(
        identifier,
        sourceOrganization,
        created,
        updated,
        schemaVersion,
        sensitivity,
        legalBasis,
        consentReference,
        copy);
  }

  /** Returns a copy with the given schema version. */
  public RecordMeta withSchemaVersion(String version) {
    return new RecordMeta(
        identifier,
        sourceOrganization,
        created,
        updated,
        version,
        sensitivity,
        legalBasis,
        consentReference,
        extensions);
  }

  /**
   * Names the identifier and sensitivity only; extension values may be personal and are not shown.
   */
  @Override
  public String toString() {
    return "RecordMeta["
        + identifier
        + ", "
        + sensitivity
        + ", extensions="
        + extensions.keySet()
        + "]";
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.identifier = identifier;
    b.sourceOrganization = sourceOrganization.orElse(null);
    b.created = created.orElse(null);
    b.updated = updated.orElse(null);
    b.schemaVersion = schemaVersion;
    b.sensitivity = sensitivity;
    b.legalBasis = legalBasis.orElse(null);
    b.consentReference = consentReference.orElse(null);
    b.extensions.putAll(extensions);
    return b;
  }

  /**
   * A mutable builder for {@link RecordMeta}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code identifier}; the schema
   * version and sensitivity start as {@link #of(Identifier)}'s.
   */
  public static final class Builder {
    private @Nullable Identifier identifier;
    private @Nullable String sourceOrganization;
    private @Nullable Instant created;
    private @Nullable Instant updated;
    private String schemaVersion = CURRENT_SCHEMA_VERSION;
    private Sensitivity sensitivity = Sensitivity.CONFIDENTIAL;
    private @Nullable String legalBasis;
    private @Nullable String consentReference;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    private Builder() {}

    /** Returns this builder with the identifier set (required). */
    public Builder identifier(Identifier value) {
      identifier = value;
      return this;
    }

    /** Returns this builder with the source organization set; null for none. */
    public Builder sourceOrganization(@Nullable String value) {
      sourceOrganization = value;
      return this;
    }

    /** Returns this builder with the created set; null for none. */
    public Builder created(@Nullable Instant value) {
      created = value;
      return this;
    }

    /** Returns this builder with the updated set; null for none. */
    public Builder updated(@Nullable Instant value) {
      updated = value;
      return this;
    }

    /** Returns this builder with the schema version set. */
    public Builder schemaVersion(String value) {
      schemaVersion = value;
      return this;
    }

    /** Returns this builder with the sensitivity set. */
    public Builder sensitivity(Sensitivity value) {
      sensitivity = value;
      return this;
    }

    /** Returns this builder with the legal basis set; null for none. */
    public Builder legalBasis(@Nullable String value) {
      legalBasis = value;
      return this;
    }

    /** Returns this builder with the consent reference set; null for none. */
    public Builder consentReference(@Nullable String value) {
      consentReference = value;
      return this;
    }

    /** Returns this builder with an entry of the extensions put. */
    public Builder extension(String key, Object value) {
      extensions.put(key, value);
      return this;
    }

    /**
     * Returns the record meta; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public RecordMeta build() {
      return new RecordMeta(
          Objects.requireNonNull(
              identifier, "recordMeta.identifier is required and must not be null"),
          Optional.ofNullable(sourceOrganization),
          Optional.ofNullable(created),
          Optional.ofNullable(updated),
          schemaVersion,
          sensitivity,
          Optional.ofNullable(legalBasis),
          Optional.ofNullable(consentReference),
          extensions);
    }
  }
}

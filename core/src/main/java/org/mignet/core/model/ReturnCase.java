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

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;

/**
 * A return of a migrant to the country of origin and the reintegration that follows (GCM objective
 * 21).
 *
 * @param meta the record's metadata; required
 * @param returnee the person who returned; required
 * @param type how the person returned; required
 * @param hostCountry the country returned from, ISO 3166-1 alpha-3; required
 * @param originCountry the country returned to, ISO 3166-1 alpha-3; required
 * @param applicationDate when return was requested or decided
 * @param departureDate when the person left the host country
 * @param arrivalDate when the person arrived in the country of origin
 * @param organisedBy the organisation that organised the return
 * @param assistance reintegration assistance given
 * @param followUps follow-up visits and surveys
 */
public record ReturnCase(
    @Valid RecordMeta meta,
    @Valid Person returnee,
    ReturnType type,
    @InCodeList(value = "iso3166", message = "{MG-CODE-001}") String hostCountry,
    @InCodeList(value = "iso3166", message = "{MG-CODE-001}") String originCountry,
    Optional<PartialDate> applicationDate,
    Optional<PartialDate> departureDate,
    Optional<PartialDate> arrivalDate,
    Optional<OrganizationRef> organisedBy,
    List<@Valid ReintegrationAssistance> assistance,
    List<@Valid FollowUp> followUps)
    implements MignetRecord {

  /** Checks required parts, normalises absent ones and copies lists. */
  public ReturnCase {
    required(meta, "meta");
    required(returnee, "returnee");
    required(type, "type");
    required(hostCountry, "hostCountry");
    required(originCountry, "originCountry");
    applicationDate = optional(applicationDate);
    departureDate = optional(departureDate);
    arrivalDate = optional(arrivalDate);
    organisedBy = optional(organisedBy);
    assistance = list(assistance, "assistance");
    followUps = list(followUps, "followUps");
  }

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
    b.returnee = returnee;
    b.type = type;
    b.hostCountry = hostCountry;
    b.originCountry = originCountry;
    b.applicationDate = applicationDate.orElse(null);
    b.departureDate = departureDate.orElse(null);
    b.arrivalDate = arrivalDate.orElse(null);
    b.organisedBy = organisedBy.orElse(null);
    b.assistance.addAll(assistance);
    b.followUps.addAll(followUps);
    return b;
  }

  /**
   * A mutable builder for {@link ReturnCase}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code returnee}, {@code type},
   * {@code hostCountry}, {@code originCountry}.
   */
  public static final class Builder {
    private RecordMeta meta;
    private @Nullable Person returnee;
    private @Nullable ReturnType type;
    private @Nullable String hostCountry;
    private @Nullable String originCountry;
    private @Nullable PartialDate applicationDate;
    private @Nullable PartialDate departureDate;
    private @Nullable PartialDate arrivalDate;
    private @Nullable OrganizationRef organisedBy;
    private final List<ReintegrationAssistance> assistance = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with the returnee set (required). */
    public Builder returnee(Person value) {
      returnee = value;
      return this;
    }

    /** Returns this builder with the type set (required). */
    public Builder type(ReturnType value) {
      type = value;
      return this;
    }

    /** Returns this builder with the host country set (required). */
    public Builder hostCountry(String value) {
      hostCountry = value;
      return this;
    }

    /** Returns this builder with the origin country set (required). */
    public Builder originCountry(String value) {
      originCountry = value;
      return this;
    }

    /** Returns this builder with the application date set; null for none. */
    public Builder applicationDate(@Nullable PartialDate value) {
      applicationDate = value;
      return this;
    }

    /** Returns this builder with the departure date set; null for none. */
    public Builder departureDate(@Nullable PartialDate value) {
      departureDate = value;
      return this;
    }

    /** Returns this builder with the arrival date set; null for none. */
    public Builder arrivalDate(@Nullable PartialDate value) {
      arrivalDate = value;
      return this;
    }

    /** Returns this builder with the organised by set; null for none. */
    public Builder organisedBy(@Nullable OrganizationRef value) {
      organisedBy = value;
      return this;
    }

    /** Returns this builder with assistance added. */
    public Builder assistance(ReintegrationAssistance... values) {
      assistance.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with follow ups added. */
    public Builder followUp(FollowUp... values) {
      followUps.addAll(List.of(values));
      return this;
    }

    /**
     * Returns the return case; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public ReturnCase build() {
      return new ReturnCase(
          meta,
          Objects.requireNonNull(returnee, "returnCase.returnee is required and must not be null"),
          Objects.requireNonNull(type, "returnCase.type is required and must not be null"),
          Objects.requireNonNull(
              hostCountry, "returnCase.hostCountry is required and must not be null"),
          Objects.requireNonNull(
              originCountry, "returnCase.originCountry is required and must not be null"),
          Optional.ofNullable(applicationDate),
          Optional.ofNullable(departureDate),
          Optional.ofNullable(arrivalDate),
          Optional.ofNullable(organisedBy),
          assistance,
          followUps);
    }
  }
}

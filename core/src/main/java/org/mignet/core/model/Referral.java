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
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A referral of a person from one organisation to another for services, with its purpose and the
 * consent that covers any personal data shared (rule {@code MG-REF-001}).
 *
 * @param meta the record's metadata; required
 * @param subjectId the pseudonymous identifier ({@code system|value}) of the person referred
 * @param from the referring organisation; required
 * @param to the receiving organisation; required
 * @param date when the referral was made
 * @param responseDate when the receiving organisation answered
 * @param purpose why the person is referred, e.g. {@code medical care}, {@code shelter}, {@code
 *     legal aid}
 * @param servicesRequested the services requested
 * @param sharesPersonalData whether personal data of the person goes with the referral
 * @param consent the consent that covers the sharing
 * @param status where the referral stands
 */
public record Referral(
    @Valid RecordMeta meta,
    Optional<String> subjectId,
    OrganizationRef from,
    OrganizationRef to,
    Optional<PartialDate> date,
    Optional<PartialDate> responseDate,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> purpose,
    @PersonalData(PersonalDataCategory.SENSITIVE) List<String> servicesRequested,
    boolean sharesPersonalData,
    Optional<@Valid Consent> consent,
    Optional<ReferralStatus> status)
    implements MignetRecord {

  /** Checks required parts and copies lists. */
  public Referral {
    required(meta, "meta");
    subjectId = optional(subjectId);
    required(from, "from");
    required(to, "to");
    date = optional(date);
    responseDate = optional(responseDate);
    purpose = optional(purpose);
    servicesRequested = list(servicesRequested, "servicesRequested");
    consent = optional(consent);
    status = optional(status);
  }

  /** Shows which parts are present, never their personal values. */
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
    b.subjectId = subjectId.orElse(null);
    b.from = from;
    b.to = to;
    b.date = date.orElse(null);
    b.responseDate = responseDate.orElse(null);
    b.purpose = purpose.orElse(null);
    b.servicesRequested.addAll(servicesRequested);
    b.sharesPersonalData = sharesPersonalData;
    b.consent = consent.orElse(null);
    b.status = status.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Referral}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code from}, {@code to}.
   */
  public static final class Builder {
    private RecordMeta meta;
    private @Nullable String subjectId;
    private @Nullable OrganizationRef from;
    private @Nullable OrganizationRef to;
    private @Nullable PartialDate date;
    private @Nullable PartialDate responseDate;
    private @Nullable String purpose;
    private final List<String> servicesRequested = new ArrayList<>();
    private boolean sharesPersonalData;
    private @Nullable Consent consent;
    private @Nullable ReferralStatus status;

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with the subject id set; null for none. */
    public Builder subjectId(@Nullable String value) {
      subjectId = value;
      return this;
    }

    /** Returns this builder with the from set (required). */
    public Builder from(OrganizationRef value) {
      from = value;
      return this;
    }

    /** Returns this builder with the to set (required). */
    public Builder to(OrganizationRef value) {
      to = value;
      return this;
    }

    /** Returns this builder with the date set; null for none. */
    public Builder date(@Nullable PartialDate value) {
      date = value;
      return this;
    }

    /** Returns this builder with the response date set; null for none. */
    public Builder responseDate(@Nullable PartialDate value) {
      responseDate = value;
      return this;
    }

    /** Returns this builder with the purpose set; null for none. */
    public Builder purpose(@Nullable String value) {
      purpose = value;
      return this;
    }

    /** Returns this builder with services requested added. */
    public Builder serviceRequested(String... values) {
      servicesRequested.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the shares personal data set. */
    public Builder sharesPersonalData(boolean value) {
      sharesPersonalData = value;
      return this;
    }

    /** Returns this builder with the consent set; null for none. */
    public Builder consent(@Nullable Consent value) {
      consent = value;
      return this;
    }

    /** Returns this builder with the status set; null for none. */
    public Builder status(@Nullable ReferralStatus value) {
      status = value;
      return this;
    }

    /**
     * Returns the referral; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public Referral build() {
      return new Referral(
          meta,
          Optional.ofNullable(subjectId),
          Objects.requireNonNull(from, "referral.from is required and must not be null"),
          Objects.requireNonNull(to, "referral.to is required and must not be null"),
          Optional.ofNullable(date),
          Optional.ofNullable(responseDate),
          Optional.ofNullable(purpose),
          servicesRequested,
          sharesPersonalData,
          Optional.ofNullable(consent),
          Optional.ofNullable(status));
    }
  }
}

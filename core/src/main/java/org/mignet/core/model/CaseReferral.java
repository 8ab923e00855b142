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

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * An incoming or outgoing referral recorded on a case (HTCDS Referral Details). Referrals exchanged
 * on their own are {@link Referral} records.
 *
 * @param direction incoming or outgoing; required
 * @param organisation the referring (incoming) or receiving (outgoing) organisation
 * @param caseWorker the primary case worker at that organisation (identifier or role, not a name)
 * @param date when the referral was made or accepted
 * @param reason HTCDS {@code cas_ReasonForIncomingReferral} or {@code
 *     cas_ReasonForOutgoingReferral} code
 * @param details free-text arrangements
 * @param sharesPersonalData whether personal data of the person referred goes with the referral
 * @param consentReference the consent that covers sharing, if personal data is shared
 */
public record CaseReferral(
    ReferralDirection direction,
    Optional<OrganizationRef> organisation,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<String> caseWorker,
    Optional<PartialDate> date,
    Optional<
            @InCodeList(value = "htcds:cas_ReasonForIncomingReferral", message = "{MG-CODE-005}")
            String>
        reason,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> details,
    boolean sharesPersonalData,
    Optional<String> consentReference) {

  /** Checks required parts and normalises absent ones. */
  public CaseReferral {
    required(direction, "referral.direction");
    organisation = optional(organisation);
    caseWorker = optional(caseWorker);
    date = optional(date);
    reason = optional(reason);
    details = optional(details);
    consentReference = optional(consentReference);
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.direction = direction;
    b.organisation = organisation.orElse(null);
    b.caseWorker = caseWorker.orElse(null);
    b.date = date.orElse(null);
    b.reason = reason.orElse(null);
    b.details = details.orElse(null);
    b.sharesPersonalData = sharesPersonalData;
    b.consentReference = consentReference.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link CaseReferral}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code direction}.
   */
  public static final class Builder {
    private @Nullable ReferralDirection direction;
    private @Nullable OrganizationRef organisation;
    private @Nullable String caseWorker;
    private @Nullable PartialDate date;
    private @Nullable String reason;
    private @Nullable String details;
    private boolean sharesPersonalData;
    private @Nullable String consentReference;

    private Builder() {}

    /** Returns this builder with the direction set (required). */
    public Builder direction(ReferralDirection value) {
      direction = value;
      return this;
    }

    /** Returns this builder with the organisation set; null for none. */
    public Builder organisation(@Nullable OrganizationRef value) {
      organisation = value;
      return this;
    }

    /** Returns this builder with the case worker set; null for none. */
    public Builder caseWorker(@Nullable String value) {
      caseWorker = value;
      return this;
    }

    /** Returns this builder with the date set; null for none. */
    public Builder date(@Nullable PartialDate value) {
      date = value;
      return this;
    }

    /** Returns this builder with the reason set; null for none. */
    public Builder reason(@Nullable String value) {
      reason = value;
      return this;
    }

    /** Returns this builder with the details set; null for none. */
    public Builder details(@Nullable String value) {
      details = value;
      return this;
    }

    /** Returns this builder with the shares personal data set. */
    public Builder sharesPersonalData(boolean value) {
      sharesPersonalData = value;
      return this;
    }

    /** Returns this builder with the consent reference set; null for none. */
    public Builder consentReference(@Nullable String value) {
      consentReference = value;
      return this;
    }

    /**
     * Returns the case referral; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public CaseReferral build() {
      return new CaseReferral(
          Objects.requireNonNull(
              direction, "caseReferral.direction is required and must not be null"),
          Optional.ofNullable(organisation),
          Optional.ofNullable(caseWorker),
          Optional.ofNullable(date),
          Optional.ofNullable(reason),
          Optional.ofNullable(details),
          sharesPersonalData,
          Optional.ofNullable(consentReference));
    }
  }
}

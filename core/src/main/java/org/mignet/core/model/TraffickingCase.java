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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A human-trafficking case, covering the Human Trafficking Case Data Standard (HTCDS) v2.0: its
 * victims with their victim context, perpetrators, the Palermo elements, historic events,
 * referrals, support plans, consents, status and comments. A case may have several victims. Build
 * with {@link #builder(RecordMeta)}.
 *
 * <p>Case data is the most sensitive data agencies exchange; rule {@code MG-META-005} expects
 * {@link Sensitivity#STRICTLY_CONFIDENTIAL} on records that name victims.
 *
 * @param meta the record's metadata; required
 * @param status HTCDS {@code cas_Status} code
 * @param reasonForClosure free text (HTCDS {@code cas_ReasonForCaseClosure})
 * @param caseOwner the case owner's user identifier (HTCDS {@code cas_CaseOwner}), never a name
 * @param opened when the case was opened
 * @param victims the victims and possible victims
 * @param perpetrators the perpetrators
 * @param palermo the Palermo Protocol elements established
 * @param events the historic trafficking events
 * @param referrals incoming and outgoing referrals
 * @param supportPlans support plans
 * @param consents consents given or refused
 * @param comments case comments
 */
public record TraffickingCase(
    @Valid RecordMeta meta,
    Optional<@InCodeList(value = "htcds:cas_Status", message = "{MG-CODE-005}") String> status,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> reasonForClosure,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<String> caseOwner,
    Optional<PartialDate> opened,
    List<@Valid Victim> victims,
    List<@Valid Perpetrator> perpetrators,
    Optional<@Valid PalermoElements> palermo,
    List<@Valid TraffickingEvent> events,
    List<@Valid CaseReferral> referrals,
    List<@Valid SupportPlan> supportPlans,
    List<@Valid Consent> consents,
    List<@Valid CaseComment> comments)
    implements MignetRecord {

  /** Checks required parts, normalises absent ones and copies lists. */
  public TraffickingCase {
    required(meta, "meta");
    status = optional(status);
    reasonForClosure = optional(reasonForClosure);
    caseOwner = optional(caseOwner);
    opened = optional(opened);
    victims = list(victims, "victims");
    perpetrators = list(perpetrators, "perpetrators");
    palermo = optional(palermo);
    events = list(events, "events");
    referrals = list(referrals, "referrals");
    supportPlans = list(supportPlans, "supportPlans");
    consents = list(consents, "consents");
    comments = list(comments, "comments");
  }

  /** Returns a builder with the metadata set. */
  public static Builder builder(RecordMeta meta) {
    return new Builder(meta);
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(meta);
    b.status = status.orElse(null);
    b.reasonForClosure = reasonForClosure.orElse(null);
    b.caseOwner = caseOwner.orElse(null);
    b.opened = opened.orElse(null);
    b.victims.addAll(victims);
    b.perpetrators.addAll(perpetrators);
    b.palermo = palermo.orElse(null);
    b.events.addAll(events);
    b.referrals.addAll(referrals);
    b.supportPlans.addAll(supportPlans);
    b.consents.addAll(consents);
    b.comments.addAll(comments);
    return b;
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /** A mutable builder for {@link TraffickingCase}; not thread-safe. */
  public static final class Builder {
    private final RecordMeta meta;
    private @Nullable String status;
    private @Nullable String reasonForClosure;
    private @Nullable String caseOwner;
    private @Nullable PartialDate opened;
    private final List<Victim> victims = new ArrayList<>();
    private final List<Perpetrator> perpetrators = new ArrayList<>();
    private @Nullable PalermoElements palermo;
    private final List<TraffickingEvent> events = new ArrayList<>();
    private final List<CaseReferral> referrals = new ArrayList<>();
    private final List<SupportPlan> supportPlans = new ArrayList<>();
    private final List<Consent> consents = new ArrayList<>();
    private final List<CaseComment> comments = new ArrayList<>();

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the status code set. */
    public Builder status(@Nullable String code) {
      status = code;
      return this;
    }

    /** Returns this builder with the reason for closure set. */
    public Builder reasonForClosure(@Nullable String text) {
      reasonForClosure = text;
      return this;
    }

    /** Returns this builder with the case owner set. */
    public Builder caseOwner(@Nullable String userId) {
      caseOwner = userId;
      return this;
    }

    /** Returns this builder with the opening date set. */
    public Builder opened(@Nullable PartialDate date) {
      opened = date;
      return this;
    }

    /** Returns this builder with a victim added. */
    public Builder victim(Victim value) {
      victims.add(value);
      return this;
    }

    /** Returns this builder with a perpetrator added. */
    public Builder perpetrator(Perpetrator value) {
      perpetrators.add(value);
      return this;
    }

    /** Returns this builder with the Palermo elements set. */
    public Builder palermo(@Nullable PalermoElements value) {
      palermo = value;
      return this;
    }

    /** Returns this builder with an event added. */
    public Builder event(TraffickingEvent value) {
      events.add(value);
      return this;
    }

    /** Returns this builder with a referral added. */
    public Builder referral(CaseReferral value) {
      referrals.add(value);
      return this;
    }

    /** Returns this builder with a support plan added. */
    public Builder supportPlan(SupportPlan value) {
      supportPlans.add(value);
      return this;
    }

    /** Returns this builder with a consent added. */
    public Builder consent(Consent value) {
      consents.add(value);
      return this;
    }

    /** Returns this builder with a comment added. */
    public Builder comment(CaseComment value) {
      comments.add(value);
      return this;
    }

    /** Returns the case. */
    public TraffickingCase build() {
      return new TraffickingCase(
          meta,
          Optional.ofNullable(status),
          Optional.ofNullable(reasonForClosure),
          Optional.ofNullable(caseOwner),
          Optional.ofNullable(opened),
          victims,
          perpetrators,
          Optional.ofNullable(palermo),
          events,
          referrals,
          supportPlans,
          consents,
          comments);
    }
  }
}

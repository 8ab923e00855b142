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
import java.util.List;
import java.util.Optional;
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
}

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

import java.util.Optional;
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
}

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
package org.mignet.core.validation;

import static org.mignet.core.validation.StandardRules.semantic;

import java.util.List;
import java.util.Optional;
import org.mignet.core.model.BorderCrossing;
import org.mignet.core.model.CaseReferral;
import org.mignet.core.model.Consent;
import org.mignet.core.model.FeePayment;
import org.mignet.core.model.FollowUp;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Money;
import org.mignet.core.model.Programme;
import org.mignet.core.model.Referral;
import org.mignet.core.model.ReintegrationAssistance;
import org.mignet.core.model.ReturnCase;
import org.mignet.core.model.SmugglingCase;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.validation.internal.Facts;

/** Rules on smuggling and return cases, programmes, referrals and consent. */
final class CaseRules {

  private CaseRules() {}

  /** Consent purposes that cover passing a person's data to another organisation. */
  private static final List<String> SHARING_PURPOSES = List.of("referral", "data-sharing");

  static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            semantic(
                "MG-SOM-001",
                Severity.ERROR,
                "A fee paid to smugglers is an amount of money paid, never negative; refunds are separate payments.",
                "Smuggling of Migrants Protocol (2000), Art. 3(a) (financial or other material benefit)"),
            SmugglingCase.class,
            (c, ctx) -> {
              for (int i = 0; i < c.fees().size(); i++) {
                FeePayment f = c.fees().get(i);
                if (f.amount().amount().signum() < 0) {
                  ctx.reportValue("/fees/" + i + "/amount/amount", f.amount().amount());
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-SOM-002",
                Severity.WARNING,
                "Smuggling is procuring the illegal entry of a person into a State: at least one leg of a smuggling "
                    + "case crosses an international border.",
                "Smuggling of Migrants Protocol (2000), Art. 3(a) and 3(b)"),
            SmugglingCase.class,
            (c, ctx) -> {
              if (!c.legs().isEmpty()
                  && c.legs().stream().allMatch(l -> l.crossing() == BorderCrossing.NONE)) {
                ctx.report("/legs", c.legs().size());
              }
            }),
        Rule.of(
            semantic(
                "MG-RET-001",
                Severity.ERROR,
                "A return is applied for, then departs, then arrives: application date, departure date and arrival "
                    + "date are in that order.",
                "IOM Framework for Assisted Voluntary Return and Reintegration (2018), AVRR process"),
            ReturnCase.class,
            (c, ctx) -> {
              if (Facts.outOfOrder(c.applicationDate(), c.departureDate())) {
                ctx.reportValue("/departureDate", c.departureDate().get());
              }
              if (Facts.outOfOrder(c.departureDate(), c.arrivalDate())
                  || (c.departureDate().isEmpty()
                      && Facts.outOfOrder(c.applicationDate(), c.arrivalDate()))) {
                ctx.reportValue("/arrivalDate", c.arrivalDate().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-RET-002",
                Severity.ERROR,
                "A return moves a person from a host country to another country of origin; the same country on both "
                    + "ends is a data-entry error.",
                "IOM Glossary on Migration (2019), \"return\"; IOM AVRR Framework (2018)"),
            ReturnCase.class,
            (c, ctx) -> {
              if (c.hostCountry().equals(c.originCountry())) {
                ctx.report("/originCountry");
              }
            }),
        Rule.of(
            semantic(
                "MG-RET-004",
                Severity.ERROR,
                "The value of reintegration assistance is an amount spent, never negative.",
                "IOM Framework for Assisted Voluntary Return and Reintegration (2018), reintegration assistance"),
            ReintegrationAssistance.class,
            (a, ctx) -> {
              if (a.value().map(Money::amount).filter(v -> v.signum() < 0).isPresent()) {
                ctx.reportValue("/value/amount", a.value().get().amount());
              }
            }),
        Rule.of(
            semantic(
                "MG-RET-005",
                Severity.ERROR,
                "Reintegration is followed up after the person has returned: a follow-up is not dated before the "
                    + "arrival (or, if unknown, the departure).",
                "IOM Reintegration Handbook (2019), module 5 (monitoring and evaluation)"),
            ReturnCase.class,
            (c, ctx) -> {
              Optional<org.mignet.core.model.PartialDate> back =
                  c.arrivalDate().or(c::departureDate);
              for (int i = 0; i < c.followUps().size(); i++) {
                FollowUp f = c.followUps().get(i);
                if (Facts.outOfOrder(back, Optional.of(f.date()))) {
                  ctx.reportValue("/followUps/" + i + "/date", f.date());
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-PROG-001",
                Severity.ERROR,
                "A programme ends after it starts.",
                "UN Migration MPTF Operations Manual (2019), programme duration"),
            Programme.class,
            (p, ctx) -> {
              if (Facts.outOfOrder(p.start(), p.end())) {
                ctx.reportValue("/end", p.end().get(), p.start().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-PROG-002",
                Severity.ERROR,
                "A programme budget is an amount allocated, never negative.",
                "UN Migration MPTF Operations Manual (2019), budget"),
            Programme.class,
            (p, ctx) -> {
              if (p.budget().map(Money::amount).filter(v -> v.signum() < 0).isPresent()) {
                ctx.reportValue("/budget/amount", p.budget().get().amount());
              }
            }),
        Rule.of(
            semantic(
                "MG-REF-001",
                Severity.ERROR,
                "Personal data is passed to another organisation only with the person's informed consent (or a "
                    + "guardian's for a child) that is in force and covers referral or data sharing.",
                "IOM Data Protection Principles (2009), principles 2 (consent) and 9 (transfer to third parties); "
                    + "HTCDS v2.0 field con_Consent"),
            MignetRecord.class,
            CaseRules::checkConsent),
        Rule.of(
            semantic(
                "MG-REF-002",
                Severity.ERROR,
                "The receiving organisation answers a referral after it was made.",
                "IOM Handbook on Protection and Assistance to Migrants Vulnerable to Violence, Exploitation and Abuse "
                    + "(2019), referral mechanisms"),
            Referral.class,
            (r, ctx) -> {
              if (Facts.outOfOrder(r.date(), r.responseDate())) {
                ctx.reportValue("/responseDate", r.responseDate().get(), r.date().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-REF-003",
                Severity.ERROR,
                "Consent is withdrawn after it was given.",
                "IOM Data Protection Principles (2009), principle 2 (consent); HTCDS v2.0 con_Consent guidance"),
            Consent.class,
            (k, ctx) -> {
              if (Facts.outOfOrder(k.date(), k.withdrawn())) {
                ctx.reportValue("/withdrawn", k.withdrawn().get());
              }
            }));
  }

  private static boolean coversSharing(Consent k) {
    return SHARING_PURPOSES.stream().anyMatch(k::covers);
  }

  private static void checkConsent(MignetRecord r, RuleContext ctx) {
    if (r instanceof Referral ref
        && ref.sharesPersonalData()
        && !ref.consent().filter(CaseRules::coversSharing).isPresent()) {
      ctx.report("/consent");
    }
    if (r instanceof TraffickingCase c) {
      for (int i = 0; i < c.referrals().size(); i++) {
        CaseReferral ref = c.referrals().get(i);
        if (!ref.sharesPersonalData()) {
          continue;
        }
        boolean covered =
            ref.consentReference().isPresent()
                && c.consents().stream()
                    .anyMatch(
                        k -> k.reference().equals(ref.consentReference()) && coversSharing(k));
        if (!covered) {
          ctx.report("/referrals/" + i + "/consentReference");
        }
      }
    }
  }
}

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
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.CaseReferral;
import org.mignet.core.model.PalermoElements;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.SupportPlan;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.internal.Facts;

/**
 * Rules on trafficking cases: the Palermo elements, victims' ages and exploitation, and the case's
 * dates.
 */
final class TraffickingRules {

  private TraffickingRules() {}

  static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            semantic(
                "MG-TIP-001",
                Severity.ERROR,
                "Trafficking in persons is an act, by a means, for the purpose of exploitation; the means may be "
                    + "absent only where the victim is a child (under 18). Without means, every victim must be shown "
                    + "to have been a child by age when trafficked, birth date or reported age.",
                "Trafficking in Persons Protocol (2000), Art. 3(a), 3(c) and 3(d)"),
            TraffickingCase.class,
            TraffickingRules::checkMeans),
        Rule.of(
            semantic(
                "MG-TIP-002",
                Severity.ERROR,
                "Where the Palermo elements are recorded, an act and a purpose of exploitation are always required, "
                    + "for adults and children alike.",
                "Trafficking in Persons Protocol (2000), Art. 3(a) and 3(c)"),
            PalermoElements.class,
            (e, ctx) -> {
              if (e.acts().isEmpty()) {
                ctx.report("/acts");
              }
              if (e.purposes().isEmpty()) {
                ctx.report("/purposes");
              }
            }),
        Rule.of(
            semantic(
                "MG-TIP-003",
                Severity.ERROR,
                "A victim cannot have been trafficked at an age they have not yet reached.",
                "HTCDS v2.0 fields vic_AgeWhenTrafficked and prs_Birthdate"),
            Victim.class,
            (v, ctx) -> {
              if (v.ageWhenTrafficked().isPresent() && v.person().birthDate().isPresent()) {
                // no possible age today (a birth date in the future): any age is not yet reached
                Optional<AgeRange> reached =
                    v.person().birthDate().get().ageRangeOn(PartialDate.from(ctx.today()));
                if (reached.isEmpty() || v.ageWhenTrafficked().get() > reached.get().max()) {
                  ctx.reportValue("/ageWhenTrafficked", v.ageWhenTrafficked().get());
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-TIP-005",
                Severity.WARNING,
                "The age when first trafficked cannot be higher than the victim's age at the first recorded trafficking "
                    + "event.",
                "HTCDS v2.0 fields vic_AgeWhenTrafficked, prs_Birthdate and hte_Date"),
            TraffickingCase.class,
            (c, ctx) -> {
              for (int i = 0; i < c.victims().size(); i++) {
                Victim v = c.victims().get(i);
                Optional<PartialDate> first = Facts.firstEventDate(c, v);
                if (v.ageWhenTrafficked().isPresent()
                    && v.person().birthDate().isPresent()
                    && first.isPresent()
                    && v.ageWhenTrafficked().get()
                        > v.person()
                            .birthDate()
                            .get()
                            .ageRangeOn(first.get())
                            .map(AgeRange::max)
                            .orElse(-1)) {
                  ctx.reportValue(
                      "/victims/" + i + "/ageWhenTrafficked", v.ageWhenTrafficked().get());
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-TIP-006",
                Severity.ERROR,
                "Nothing in a victim's case happens before the victim was born: no trafficking event concerning them "
                    + "and not the opening of the case.",
                "HTCDS v2.0 fields prs_Birthdate and hte_Date"),
            TraffickingCase.class,
            TraffickingRules::checkBirth),
        Rule.of(
            semantic(
                "MG-TIP-007",
                Severity.ERROR,
                "A historic trafficking event has happened: its date is not in the future.",
                "HTCDS v2.0 field hte_Date"),
            TraffickingCase.class,
            (c, ctx) -> {
              for (int j = 0; j < c.events().size(); j++) {
                if (Facts.inFuture(c.events().get(j).date(), ctx.today())) {
                  ctx.reportValue(
                      "/events/" + j + "/date", c.events().get(j).date().get(), ctx.today());
                }
              }
              if (Facts.inFuture(c.opened(), ctx.today())) {
                ctx.reportValue("/opened", c.opened().get(), ctx.today());
              }
            }),
        Rule.of(
            semantic(
                "MG-TIP-008",
                Severity.WARNING,
                "A person determined not to be a victim of trafficking has, by that determination, no type of "
                    + "exploitation; both together suggest an outdated status or misplaced exploitation types.",
                "HTCDS v2.0 fields vic_TraffickingStatus and vic_TypeOfExploitation; HTCDS Field Definitions"),
            Victim.class,
            (v, ctx) -> {
              if (v.traffickingStatus().orElse("").equals("NotAVictimOfTrafficking")
                  && !v.exploitationTypes().isEmpty()) {
                ctx.report("/exploitationTypes", v.exploitationTypes().size());
              }
            }),
        Rule.of(
            semantic(
                "MG-TIP-009",
                Severity.ERROR,
                "Types of sexual exploitation detail the exploitation type SexualExploitation and are given only with "
                    + "it.",
                "HTCDS v2.0 fields vic_TypeOfSexExploitation and vic_TypeOfExploitation"),
            Victim.class,
            (v, ctx) -> {
              if (!v.sexualExploitationTypes().isEmpty()
                  && !v.exploitationTypes().contains("SexualExploitation")) {
                ctx.report("/sexualExploitationTypes", "SexualExploitation");
              }
            }),
        Rule.of(
            semantic(
                "MG-TIP-010",
                Severity.WARNING,
                "The forced-labour industry details the exploitation type ForcedLabour (or ChildLabour, whose industry "
                    + "is recorded in the same field) and is given only with it.",
                "HTCDS v2.0 fields vic_ForcedLabourIndustry and vic_TypeOfExploitation"),
            Victim.class,
            (v, ctx) -> {
              if (v.forcedLabourIndustry().isPresent()
                  && !v.exploitationTypes().contains("ForcedLabour")
                  && !v.exploitationTypes().contains("ChildLabour")) {
                ctx.report("/forcedLabourIndustry", "ForcedLabour");
              }
            }),
        Rule.of(
            semantic(
                "MG-TIP-011",
                Severity.ERROR,
                "A referral is recorded on an open case: HTCDS dates an incoming referral when it is accepted and an "
                    + "outgoing one when it is made, so neither comes before the case was opened.",
                "HTCDS v2.0 fields cas_IncomingReferralDate and cas_OutgoingReferralDate"),
            TraffickingCase.class,
            (c, ctx) -> {
              for (int i = 0; i < c.referrals().size(); i++) {
                CaseReferral r = c.referrals().get(i);
                if (Facts.outOfOrder(c.opened(), r.date())) {
                  ctx.reportValue("/referrals/" + i + "/date", r.date().get(), c.opened().get());
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-TIP-012",
                Severity.ERROR,
                "A support plan ends (as planned or actually) after it starts.",
                "HTCDS v2.0 fields spl_PlannedEndDate and spl_ActualEndDate"),
            SupportPlan.class,
            (s, ctx) -> {
              if (Facts.outOfOrder(s.start(), s.plannedEnd())) {
                ctx.reportValue("/plannedEnd", s.plannedEnd().get());
              }
              if (Facts.outOfOrder(s.start(), s.actualEnd())) {
                ctx.reportValue("/actualEnd", s.actualEnd().get());
              }
            }));
  }

  private static void checkMeans(TraffickingCase c, RuleContext ctx) {
    if (c.palermo().isEmpty() || !c.palermo().get().means().isEmpty() || c.victims().isEmpty()) {
      return;
    }
    for (Victim v : c.victims()) {
      PartialDate on =
          Facts.firstEventDate(c, v).or(c::opened).orElse(PartialDate.from(ctx.today()));
      if (!Facts.provenChildOn(v, on)) {
        ctx.report("/palermo/means", c.victims().size());
        return;
      }
    }
  }

  private static void checkBirth(TraffickingCase c, RuleContext ctx) {
    boolean openedReported = false;
    for (int j = 0; j < c.events().size(); j++) {
      TraffickingEvent e = c.events().get(j);
      for (Victim v : c.victims()) {
        // the event concerns the victim (Facts.eventsOf(c, v).contains(e)), without the list
        if (Facts.outOfOrder(v.person().birthDate(), e.date())
            && Facts.concerns(e, v.person().meta().identifier())) {
          ctx.reportValue("/events/" + j + "/date", e.date().get());
          break;
        }
      }
    }
    for (Victim v : c.victims()) {
      if (!openedReported && Facts.outOfOrder(v.person().birthDate(), c.opened())) {
        ctx.reportValue("/opened", c.opened().get());
        openedReported = true;
      }
    }
  }
}

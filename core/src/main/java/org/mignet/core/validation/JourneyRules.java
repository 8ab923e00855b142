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
import org.mignet.core.model.BorderCrossing;
import org.mignet.core.model.Journey;
import org.mignet.core.model.Leg;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.SmugglingCase;
import org.mignet.core.validation.internal.Facts;

/**
 * Rules on the legs of journeys and smuggling cases: connected, each in time order, and in time
 * order together.
 */
final class JourneyRules {

  private JourneyRules() {}

  static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            semantic(
                "MG-JOURNEY-001",
                Severity.ERROR,
                "Legs are listed in travel order, so each leg starts where the previous one ended; a change of country "
                    + "between two legs means a leg is missing or the order is wrong.",
                "UN Recommendations on Statistics of International Migration (2021), migration flows; mignet design §4"),
            MignetRecord.class,
            (r, ctx) -> {
              List<Leg> legs = legsOf(r);
              for (int i = 1; i < legs.size(); i++) {
                var to = legs.get(i - 1).to().country();
                var from = legs.get(i).from().country();
                if (to.isPresent() && from.isPresent() && !to.get().equals(from.get())) {
                  ctx.report("/legs/" + i + "/from/country", i);
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-JOURNEY-002",
                Severity.ERROR,
                "A leg cannot arrive before it departs.",
                "ISO 8601-1:2019; mignet design §4 (dates in order)"),
            Leg.class,
            (leg, ctx) -> {
              if (Facts.outOfOrder(leg.departure(), leg.arrival())) {
                ctx.reportValue("/arrival", leg.arrival().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-JOURNEY-003",
                Severity.ERROR,
                "Legs are listed in travel order, so a leg cannot depart before the previous leg departed or arrived.",
                "mignet design §4 (dates in order)"),
            MignetRecord.class,
            JourneyRules::checkChronology),
        Rule.of(
            semantic(
                "MG-JOURNEY-004",
                Severity.WARNING,
                "A leg that crosses a border (regularly or not) runs between two countries, and a leg between two "
                    + "countries crosses a border.",
                "Smuggling of Migrants Protocol (2000), Art. 3(b) (illegal entry); ICAO Annex 9"),
            Leg.class,
            (leg, ctx) -> {
              var from = leg.from().country();
              var to = leg.to().country();
              if (from.isEmpty() || to.isEmpty()) {
                return;
              }
              boolean crosses =
                  leg.crossing() == BorderCrossing.REGULAR
                      || leg.crossing() == BorderCrossing.IRREGULAR;
              boolean same = from.get().equals(to.get());
              if ((crosses && same) || (leg.crossing() == BorderCrossing.NONE && !same)) {
                ctx.report("/crossing", leg.crossing().name());
              }
            }));
  }

  private static List<Leg> legsOf(MignetRecord r) {
    if (r instanceof Journey j) {
      return j.legs();
    }
    if (r instanceof SmugglingCase s) {
      return s.legs();
    }
    return List.of();
  }

  private static void checkChronology(MignetRecord r, RuleContext ctx) {
    List<Leg> legs = legsOf(r);
    for (int i = 1; i < legs.size(); i++) {
      Leg previous = legs.get(i - 1);
      Leg leg = legs.get(i);
      if (Facts.outOfOrder(previous.departure(), leg.departure())
          || Facts.outOfOrder(previous.arrival(), leg.departure())) {
        ctx.reportValue("/legs/" + i + "/departure", leg.departure().get(), i);
      }
    }
  }
}

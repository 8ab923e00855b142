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
import org.mignet.core.model.CoordinatePrecision;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Incident;
import org.mignet.core.validation.internal.Facts;

/**
 * Rules on Missing Migrants Project incidents: counts that add up, dates in order, plausible
 * coordinates.
 */
final class IncidentRules {

  private IncidentRules() {}

  static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            semantic(
                "MG-INC-001",
                Severity.ERROR,
                "The Missing Migrants Project total is the number of dead plus the minimum estimated number of "
                    + "missing; a total that differs from the sum, or is smaller than either part, is wrong.",
                "IOM Missing Migrants Project, methodology (Total Number of Dead and Missing)"),
            Incident.class,
            (inc, ctx) -> {
              if (inc.totalDeadAndMissing().isEmpty()) {
                return;
              }
              int total = inc.totalDeadAndMissing().get();
              int dead = inc.dead().orElse(0);
              int missing = inc.missing().orElse(0);
              boolean both = inc.dead().isPresent() && inc.missing().isPresent();
              if (both ? dead + missing != total : dead > total || missing > total) {
                ctx.reportValue(
                    "/totalDeadAndMissing", total, both ? dead + missing : Math.max(dead, missing));
              }
            }),
        Rule.of(
            semantic(
                "MG-INC-003",
                Severity.ERROR,
                "Females and males are counted among the dead and missing, so together they are at most the dead and "
                    + "missing (people of unknown sex make up any difference).",
                "IOM Missing Migrants Project, methodology (Number of Females, Number of Males)"),
            Incident.class,
            (inc, ctx) -> {
              if (inc.deadAndMissing().isPresent()
                  && (inc.females().isPresent() || inc.males().isPresent())) {
                int sum = inc.females().orElse(0) + inc.males().orElse(0);
                if (sum > inc.deadAndMissing().get()) {
                  ctx.reportValue(
                      inc.females().isPresent() ? "/females" : "/males",
                      sum,
                      inc.deadAndMissing().get());
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-INC-004",
                Severity.ERROR,
                "Children are counted among the dead and missing, so they are at most the dead and missing.",
                "IOM Missing Migrants Project, methodology (Number of Children)"),
            Incident.class,
            (inc, ctx) -> {
              if (inc.deadAndMissing().isPresent()
                  && inc.children().isPresent()
                  && inc.children().get() > inc.deadAndMissing().get()) {
                ctx.reportValue("/children", inc.children().get(), inc.deadAndMissing().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-INC-006",
                Severity.ERROR,
                "An incident has happened and been reported: neither date is in the future.",
                "IOM Missing Migrants Project, methodology (Incident Date, Reported Date)"),
            Incident.class,
            (inc, ctx) -> {
              if (Facts.inFuture(inc.date(), ctx.today())) {
                ctx.reportValue("/date", inc.date().get(), ctx.today());
              }
              if (Facts.inFuture(inc.reportedDate(), ctx.today())) {
                ctx.reportValue("/reportedDate", inc.reportedDate().get(), ctx.today());
              }
            }),
        Rule.of(
            semantic(
                "MG-INC-007",
                Severity.ERROR,
                "An incident is reported on or after the day it happened.",
                "IOM Missing Migrants Project, methodology (Incident Date, Reported Date)"),
            Incident.class,
            (inc, ctx) -> {
              if (Facts.outOfOrder(inc.date(), inc.reportedDate())) {
                ctx.reportValue("/reportedDate", inc.reportedDate().get(), inc.date().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-GEO-003",
                Severity.WARNING,
                "Coordinates in whole degrees are usually rounded (one degree is about 111 km); unless they are declared "
                    + "a country or area centroid, they should be marked approximate or replaced by precise ones.",
                "IOM Missing Migrants Project, methodology (Coordinates, location precision); ISO 6709:2022"),
            Incident.class,
            (inc, ctx) -> {
              inc.place()
                  .flatMap(p -> p.coordinates())
                  .ifPresent(
                      c -> {
                        if (c.isIntegerRounded()
                            && c.precision() != CoordinatePrecision.COUNTRY
                            && c.precision() != CoordinatePrecision.ADMIN_AREA
                            && c.precision() != CoordinatePrecision.APPROXIMATE) {
                          ctx.report("/place/coordinates", c.precision().name());
                        }
                      });
            }),
        Rule.of(
            semantic(
                "MG-GEO-004",
                Severity.WARNING,
                "Latitude 0, longitude 0 lies in the Gulf of Guinea (\"Null Island\"); it is almost always a missing "
                    + "position written as zeros.",
                "WGS 84 / ISO 6709:2022; Natural Earth \"Null Island\" convention"),
            Coordinates.class,
            (c, ctx) -> {
              if (c.latitude() == 0 && c.longitude() == 0) {
                ctx.report("");
              }
            }));
  }
}

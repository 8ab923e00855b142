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
import static org.mignet.core.model.internal.Checks.text;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.constraints.InCodeList;

/**
 * A programme, typically a Migration Multi-Partner Trust Fund joint programme: participating UN
 * organisations, partners, budget, period, the GCM objectives and guiding principles it serves,
 * markers and results.
 *
 * @param meta the record's metadata; required
 * @param title the programme's title; not blank
 * @param fund the fund it is financed from, e.g. {@code Migration MPTF}
 * @param thematicArea the fund's thematic area
 * @param participatingOrganizations the participating UN organisations (recipients of funds)
 * @param partners implementing partners: governments, civil society, private sector, academia…
 * @param countries countries where it runs, ISO 3166-1 alpha-3
 * @param budget the total budget
 * @param start the start date
 * @param end the end date
 * @param gcmObjectives the GCM objectives it serves
 * @param guidingPrinciples the GCM guiding principles it applies
 * @param markers markers and their scores
 * @param results its results framework
 */
public record Programme(
    @Valid RecordMeta meta,
    String title,
    Optional<String> fund,
    Optional<String> thematicArea,
    List<OrganizationRef> participatingOrganizations,
    List<OrganizationRef> partners,
    List<@InCodeList(value = "iso3166", message = "{MG-CODE-001}") String> countries,
    Optional<@Valid Money> budget,
    Optional<PartialDate> start,
    Optional<PartialDate> end,
    List<GcmObjective> gcmObjectives,
    List<GuidingPrinciple> guidingPrinciples,
    List<@Valid Marker> markers,
    List<@Valid ProgrammeResult> results)
    implements MignetRecord {

  /** Checks required parts and copies lists. */
  public Programme {
    required(meta, "meta");
    text(title, "title");
    fund = optional(fund);
    thematicArea = optional(thematicArea);
    participatingOrganizations = list(participatingOrganizations, "participatingOrganizations");
    partners = list(partners, "partners");
    countries = list(countries, "countries");
    budget = optional(budget);
    start = optional(start);
    end = optional(end);
    gcmObjectives = list(gcmObjectives, "gcmObjectives");
    guidingPrinciples = list(guidingPrinciples, "guidingPrinciples");
    markers = list(markers, "markers");
    results = list(results, "results");
  }
}

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
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;

/**
 * A return of a migrant to the country of origin and the reintegration that follows (GCM objective
 * 21).
 *
 * @param meta the record's metadata; required
 * @param returnee the person who returned; required
 * @param type how the person returned; required
 * @param hostCountry the country returned from, ISO 3166-1 alpha-3; required
 * @param originCountry the country returned to, ISO 3166-1 alpha-3; required
 * @param applicationDate when return was requested or decided
 * @param departureDate when the person left the host country
 * @param arrivalDate when the person arrived in the country of origin
 * @param organisedBy the organisation that organised the return
 * @param assistance reintegration assistance given
 * @param followUps follow-up visits and surveys
 */
public record ReturnCase(
    @Valid RecordMeta meta,
    @Valid Person returnee,
    ReturnType type,
    @InCodeList(value = "iso3166", message = "{MG-CODE-001}") String hostCountry,
    @InCodeList(value = "iso3166", message = "{MG-CODE-001}") String originCountry,
    Optional<PartialDate> applicationDate,
    Optional<PartialDate> departureDate,
    Optional<PartialDate> arrivalDate,
    Optional<OrganizationRef> organisedBy,
    List<@Valid ReintegrationAssistance> assistance,
    List<@Valid FollowUp> followUps)
    implements MignetRecord {

  /** Checks required parts, normalises absent ones and copies lists. */
  public ReturnCase {
    required(meta, "meta");
    required(returnee, "returnee");
    required(type, "type");
    required(hostCountry, "hostCountry");
    required(originCountry, "originCountry");
    applicationDate = optional(applicationDate);
    departureDate = optional(departureDate);
    arrivalDate = optional(arrivalDate);
    organisedBy = optional(organisedBy);
    assistance = list(assistance, "assistance");
    followUps = list(followUps, "followUps");
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }
}

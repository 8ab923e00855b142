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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.model.CaseReferral;
import org.mignet.core.model.Consent;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.IndicatorValue;
import org.mignet.core.model.Observation;
import org.mignet.core.model.OrganizationRef;
import org.mignet.core.model.OrganizationType;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReferralDirection;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.Sex;

/** Small valid records to vary in tests, and a validation whose "today" is fixed. */
final class Fixtures {

  private Fixtures() {}

  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  static final Clock CLOCK =
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final Validation VALIDATION = Validation.builder().clock(CLOCK).build();

  static ValidationReport validate(org.mignet.core.model.MignetRecord record) {
    return VALIDATION.validate(record);
  }

  static ValidationReport validate(org.mignet.core.model.MignetRecord record, Profile profile) {
    return VALIDATION.validate(record, profile);
  }

  static RecordMeta meta(String id) {
    return RecordMeta.of("test", id);
  }

  /** Metadata complete enough for the exchange profile. */
  static RecordMeta fullMeta(String id) {
    return meta(id)
        .withSourceOrganization("IOM")
        .withLegalBasis("consent")
        .withTimestamps(
            Instant.parse("2024-01-10T09:00:00Z"), Instant.parse("2024-02-01T09:00:00Z"))
        .withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL);
  }

  static PartialDate date(String iso) {
    return PartialDate.parse(iso);
  }

  static Person.Builder person(String id) {
    return Person.builder(meta(id)).sex(Sex.FEMALE);
  }

  static Person named(String id) {
    return person(id).name(PersonName.of("Amina", "Diallo")).build();
  }

  static Consent consent(String reference, String... purposes) {
    return new Consent(
        Optional.of("test|v1"),
        true,
        Optional.of(date("2024-01-05")),
        List.of(purposes),
        Optional.of(reference),
        Optional.empty(),
        Optional.empty());
  }

  static CaseReferral referral(String date, boolean sharesPersonalData, String consentReference) {
    return new CaseReferral(
        ReferralDirection.OUTGOING,
        Optional.of(OrganizationRef.named("Shelter", OrganizationType.CIVIL_SOCIETY)),
        Optional.empty(),
        Optional.ofNullable(date).map(Fixtures::date),
        Optional.empty(),
        Optional.empty(),
        sharesPersonalData,
        Optional.ofNullable(consentReference));
  }

  static Observation obs(String value, String... dimensions) {
    Map<String, String> d = new LinkedHashMap<>();
    for (int i = 0; i < dimensions.length; i += 2) {
      d.put(dimensions[i], dimensions[i + 1]);
    }
    return Observation.of(d, value == null ? null : new BigDecimal(value));
  }

  static Dataset dataset(List<String> dimensionIds, Observation... observations) {
    return new Dataset(
        meta("ds"),
        "ESTAT:MIGR_IMM1CTZ(1.0)",
        Optional.empty(),
        dimensionIds,
        Map.of(),
        List.of(observations));
  }

  static IndicatorValue indicator(String refArea, String value, String status) {
    return new IndicatorValue(
        meta("ind"),
        "SDG 10.7.2",
        refArea,
        "2023",
        Optional.ofNullable(value).map(BigDecimal::new),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        Optional.ofNullable(status));
  }
}

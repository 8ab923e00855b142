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
import static org.mignet.core.model.internal.Checks.orderedMap;
import static org.mignet.core.model.internal.Checks.required;
import static org.mignet.core.model.internal.Checks.text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The value of an indicator for an area and period: SDG 10.7.1–10.7.6, 16.2.2, a Migration
 * Governance Indicator…
 *
 * @param meta the record's metadata; required
 * @param indicator the indicator id, e.g. {@code SDG 10.7.2}, {@code SDG 16.2.2}, {@code MGI 1.1};
 *     not blank
 * @param refArea the reference area: ISO 3166-1 alpha-3 or an M49 region code
 * @param timePeriod the period, ISO 8601 ({@code 2023}, {@code 2023-Q2}, {@code 2019/2023})
 * @param value the value, empty if not available
 * @param unit the unit, e.g. {@code PERCENT}, {@code NUMBER}
 * @param disaggregation disaggregation dimensions and codes, e.g. {@code SEX=F}
 * @param source the source, e.g. {@code UN DESA World Population Policies 2023}
 * @param status an observation status as in SDMX
 */
public record IndicatorValue(
    @Valid RecordMeta meta,
    String indicator,
    String refArea,
    @Pattern(regexp = "\\d{4}(-(Q[1-4]|S[12]|\\d{2}))?(/\\d{4})?", message = "{MG-IND-001}")
        String timePeriod,
    Optional<BigDecimal> value,
    Optional<String> unit,
    Map<String, String> disaggregation,
    Optional<String> source,
    Optional<String> status)
    implements MignetRecord {

  /** Checks required parts and copies the map. */
  public IndicatorValue {
    required(meta, "meta");
    text(indicator, "indicator");
    text(refArea, "refArea");
    text(timePeriod, "timePeriod");
    value = optional(value);
    unit = optional(unit);
    disaggregation = orderedMap(disaggregation, "disaggregation");
    source = optional(source);
    status = optional(status);
  }
}

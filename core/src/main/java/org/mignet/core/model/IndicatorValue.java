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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

  /**
   * Returns a builder with nothing but the metadata set.
   *
   * @param meta the record's metadata; not null
   */
  public static Builder builder(RecordMeta meta) {
    return new Builder(meta);
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(meta);
    b.indicator = indicator;
    b.refArea = refArea;
    b.timePeriod = timePeriod;
    b.value = value.orElse(null);
    b.unit = unit.orElse(null);
    b.disaggregation.putAll(disaggregation);
    b.source = source.orElse(null);
    b.status = status.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link IndicatorValue}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code indicator}, {@code refArea},
   * {@code timePeriod}.
   */
  public static final class Builder {
    private RecordMeta meta;
    private @Nullable String indicator;
    private @Nullable String refArea;
    private @Nullable String timePeriod;
    private @Nullable BigDecimal value;
    private @Nullable String unit;
    private final Map<String, String> disaggregation = new LinkedHashMap<>();
    private @Nullable String source;
    private @Nullable String status;

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with the indicator set (required). */
    public Builder indicator(String value) {
      indicator = value;
      return this;
    }

    /** Returns this builder with the ref area set (required). */
    public Builder refArea(String value) {
      refArea = value;
      return this;
    }

    /** Returns this builder with the time period set (required). */
    public Builder timePeriod(String value) {
      timePeriod = value;
      return this;
    }

    /** Returns this builder with the value set; null for none. */
    public Builder value(@Nullable BigDecimal value) {
      this.value = value;
      return this;
    }

    /** Returns this builder with the unit set; null for none. */
    public Builder unit(@Nullable String value) {
      unit = value;
      return this;
    }

    /** Returns this builder with an entry of the disaggregation put. */
    public Builder disaggregation(String key, String value) {
      disaggregation.put(key, value);
      return this;
    }

    /** Returns this builder with the source set; null for none. */
    public Builder source(@Nullable String value) {
      source = value;
      return this;
    }

    /** Returns this builder with the status set; null for none. */
    public Builder status(@Nullable String value) {
      status = value;
      return this;
    }

    /**
     * Returns the indicator value; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public IndicatorValue build() {
      return new IndicatorValue(
          meta,
          Objects.requireNonNull(
              indicator, "indicatorValue.indicator is required and must not be null"),
          Objects.requireNonNull(
              refArea, "indicatorValue.refArea is required and must not be null"),
          Objects.requireNonNull(
              timePeriod, "indicatorValue.timePeriod is required and must not be null"),
          Optional.ofNullable(value),
          Optional.ofNullable(unit),
          disaggregation,
          Optional.ofNullable(source),
          Optional.ofNullable(status));
    }
  }
}

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

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One statistical observation, shaped as in SDMX: a value identified by its dimension values, with
 * observation attributes. A missing value (Eurostat {@code :}) is an empty value with a status. The
 * value is a number, or a text for the non-numeric measures SDMX allows (a string {@code
 * OBS_VALUE}) and JSON-stat string datasets; never both.
 *
 * @param dimensions dimension id to code, in the structure's key order (e.g. {@code REF_AREA=DEU},
 *     {@code CITIZENSHIP=AFG}, {@code SEX=F}, {@code TIME_PERIOD=2016}); never null
 * @param value the observed value, empty if missing or suppressed or if the value is a text
 * @param textValue a non-numeric observed value (e.g. {@code "n.a. in source"} as a coded string
 *     measure), never present together with {@code value} and never empty
 * @param unit the unit of measure (SDMX {@code UNIT_MEASURE}), e.g. {@code PS} for persons
 * @param status the observation status (SDMX {@code OBS_STATUS}: {@code A} normal, {@code E}
 *     estimated, {@code P} provisional, {@code B} break, {@code M} missing, …)
 * @param confidentiality the confidentiality status (SDMX {@code CONF_STATUS}: {@code F} free,
 *     {@code C} confidential, {@code D} secondary confidential, …)
 * @param attributes other observation attributes by id
 */
public record Observation(
    Map<String, String> dimensions,
    Optional<BigDecimal> value,
    Optional<String> textValue,
    Optional<String> unit,
    Optional<String> status,
    Optional<String> confidentiality,
    Map<String, String> attributes) {

  /** Reference area (SDMX cross-domain concept). */
  public static final String REF_AREA = "REF_AREA";

  /** Time period. */
  public static final String TIME_PERIOD = "TIME_PERIOD";

  /** Citizenship. */
  public static final String CITIZENSHIP = "CITIZENSHIP";

  /** Country of birth. */
  public static final String COUNTRY_BIRTH = "COUNTRY_BIRTH";

  /** Sex. */
  public static final String SEX = "SEX";

  /** Age. */
  public static final String AGE = "AGE";

  /** Reason for migration. */
  public static final String MIGRATION_REASON = "MIGRATION_REASON";

  /**
   * Copies the maps, keeping their order, and normalises absent parts.
   *
   * @throws IllegalArgumentException if both a value and a text value are given, or the text value
   *     is empty
   */
  public Observation {
    dimensions = orderedMap(dimensions, "observation.dimensions");
    value = optional(value);
    textValue = optional(textValue);
    if (value.isPresent() && textValue.isPresent()) {
      throw new IllegalArgumentException(
          "observation.value and observation.textValue must not both be present");
    }
    if (textValue.isPresent() && textValue.get().isEmpty()) {
      throw new IllegalArgumentException(
          "observation.textValue must not be empty (leave it absent instead)");
    }
    unit = optional(unit);
    status = optional(status);
    confidentiality = optional(confidentiality);
    attributes = orderedMap(attributes, "observation.attributes");
  }

  /** Returns an observation of a value with nothing but its dimensions. */
  public static Observation of(Map<String, String> dimensions, BigDecimal value) {
    return new Observation(
        dimensions,
        Optional.ofNullable(value),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  /** Returns an observation of a non-numeric value with nothing but its dimensions. */
  public static Observation ofText(Map<String, String> dimensions, String textValue) {
    return new Observation(
        dimensions,
        Optional.empty(),
        Optional.ofNullable(textValue),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  /** Returns whether the observation has a value, numeric or text. */
  public boolean hasValue() {
    return value.isPresent() || textValue.isPresent();
  }

  /** Returns the code of a dimension, if present. */
  public Optional<String> dimension(String id) {
    return Optional.ofNullable(dimensions.get(id));
  }

  /**
   * Returns a copy with the given value (null for none) and status; it replaces a text value too.
   */
  public Observation withValue(@Nullable BigDecimal newValue, @Nullable String newStatus) {
    return new Observation(
        dimensions,
        Optional.ofNullable(newValue),
        Optional.empty(),
        unit,
        Optional.ofNullable(newStatus),
        confidentiality,
        attributes);
  }

  /** Returns a copy with the given confidentiality status. */
  public Observation withConfidentiality(String confStatus) {
    return new Observation(
        dimensions, value, textValue, unit, status, Optional.ofNullable(confStatus), attributes);
  }

  /** Returns a copy with the given unit. */
  public Observation withUnit(String unitCode) {
    return new Observation(
        dimensions,
        value,
        textValue,
        Optional.ofNullable(unitCode),
        status,
        confidentiality,
        attributes);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.dimensions.putAll(dimensions);
    b.value = value.orElse(null);
    b.textValue = textValue.orElse(null);
    b.unit = unit.orElse(null);
    b.status = status.orElse(null);
    b.confidentiality = confidentiality.orElse(null);
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * A mutable builder for {@link Observation}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add.
   */
  public static final class Builder {
    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private @Nullable BigDecimal value;
    private @Nullable String textValue;
    private @Nullable String unit;
    private @Nullable String status;
    private @Nullable String confidentiality;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    /** Returns this builder with an entry of the dimensions put. */
    public Builder dimension(String key, String value) {
      dimensions.put(key, value);
      return this;
    }

    /** Returns this builder with the value set; null for none. */
    public Builder value(@Nullable BigDecimal value) {
      this.value = value;
      return this;
    }

    /** Returns this builder with the text value set; null for none. */
    public Builder textValue(@Nullable String value) {
      textValue = value;
      return this;
    }

    /** Returns this builder with the unit set; null for none. */
    public Builder unit(@Nullable String value) {
      unit = value;
      return this;
    }

    /** Returns this builder with the status set; null for none. */
    public Builder status(@Nullable String value) {
      status = value;
      return this;
    }

    /** Returns this builder with the confidentiality set; null for none. */
    public Builder confidentiality(@Nullable String value) {
      confidentiality = value;
      return this;
    }

    /** Returns this builder with an entry of the attributes put. */
    public Builder attribute(String key, String value) {
      attributes.put(key, value);
      return this;
    }

    /** Returns the observation; the canonical constructor's checks apply. */
    public Observation build() {
      return new Observation(
          dimensions,
          Optional.ofNullable(value),
          Optional.ofNullable(textValue),
          Optional.ofNullable(unit),
          Optional.ofNullable(status),
          Optional.ofNullable(confidentiality),
          attributes);
    }
  }
}

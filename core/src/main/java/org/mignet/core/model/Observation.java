package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.orderedMap;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One statistical observation, shaped as in SDMX: a value identified by its dimension values, with observation
 * attributes. A missing value (Eurostat {@code :}) is an empty value with a status.
 *
 * @param dimensions dimension id to code, in the structure's key order (e.g. {@code REF_AREA=DEU},
 *     {@code CITIZENSHIP=AFG}, {@code SEX=F}, {@code TIME_PERIOD=2016}); never null
 * @param value the observed value, empty if missing or suppressed
 * @param unit the unit of measure (SDMX {@code UNIT_MEASURE}), e.g. {@code PS} for persons
 * @param status the observation status (SDMX {@code OBS_STATUS}: {@code A} normal, {@code E} estimated,
 *     {@code P} provisional, {@code B} break, {@code M} missing, …)
 * @param confidentiality the confidentiality status (SDMX {@code CONF_STATUS}: {@code F} free, {@code C}
 *     confidential, {@code D} secondary confidential, …)
 * @param attributes other observation attributes by id
 */
public record Observation(
    Map<String, String> dimensions,
    Optional<BigDecimal> value,
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

  /** Copies the maps, keeping their order, and normalises absent parts. */
  public Observation {
    dimensions = orderedMap(dimensions, "observation.dimensions");
    value = optional(value);
    unit = optional(unit);
    status = optional(status);
    confidentiality = optional(confidentiality);
    attributes = orderedMap(attributes, "observation.attributes");
  }

  /** @return an observation of a value with nothing but its dimensions */
  public static Observation of(Map<String, String> dimensions, BigDecimal value) {
    return new Observation(dimensions, Optional.ofNullable(value), null, null, null, null);
  }

  /** @return the code of a dimension, if present */
  public Optional<String> dimension(String id) {
    return Optional.ofNullable(dimensions.get(id));
  }

  /** @return a copy with the given value (null for none) and status */
  public Observation withValue(BigDecimal newValue, String newStatus) {
    return new Observation(dimensions, Optional.ofNullable(newValue), unit, Optional.ofNullable(newStatus),
        confidentiality, attributes);
  }

  /** @return a copy with the given confidentiality status */
  public Observation withConfidentiality(String confStatus) {
    return new Observation(dimensions, value, unit, status, Optional.ofNullable(confStatus), attributes);
  }

  /** @return a copy with the given unit */
  public Observation withUnit(String unitCode) {
    return new Observation(dimensions, value, Optional.ofNullable(unitCode), status, confidentiality, attributes);
  }
}

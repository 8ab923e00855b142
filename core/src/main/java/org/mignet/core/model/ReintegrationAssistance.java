package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.Valid;
import java.util.Optional;

/**
 * Reintegration assistance given to a returnee, in one of the three dimensions of IOM's integrated approach to
 * reintegration.
 *
 * @param dimension economic, social or psychosocial; required
 * @param description what was given, e.g. {@code business start-up grant}, {@code school enrolment}
 * @param provider who provided it
 * @param start when it started
 * @param value its monetary value, if any
 */
public record ReintegrationAssistance(
    Dimension dimension,
    Optional<String> description,
    Optional<OrganizationRef> provider,
    Optional<PartialDate> start,
    Optional<@Valid Money> value) {

  /** The dimensions of sustainable reintegration. */
  public enum Dimension {
    /** Income, employment, business. */
    ECONOMIC,
    /** Housing, education, health, justice and other services. */
    SOCIAL,
    /** Psychological and social well-being, counselling. */
    PSYCHOSOCIAL
  }

  /** Checks required parts. */
  public ReintegrationAssistance {
    required(dimension, "assistance.dimension");
    description = optional(description);
    provider = optional(provider);
    start = optional(start);
    value = optional(value);
  }
}

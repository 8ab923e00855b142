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
import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.Valid;
import java.util.Optional;

/**
 * Reintegration assistance given to a returnee, in one of the three dimensions of IOM's integrated
 * approach to reintegration.
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

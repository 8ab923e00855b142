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
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.dimension = dimension;
    b.description = description.orElse(null);
    b.provider = provider.orElse(null);
    b.start = start.orElse(null);
    b.value = value.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link ReintegrationAssistance}; not thread-safe. Setters of optional
   * parts accept {@code null} for "not known"; list setters add. Required: {@code dimension}.
   */
  public static final class Builder {
    private @Nullable Dimension dimension;
    private @Nullable String description;
    private @Nullable OrganizationRef provider;
    private @Nullable PartialDate start;
    private @Nullable Money value;

    private Builder() {}

    /** Returns this builder with the dimension set (required). */
    public Builder dimension(Dimension value) {
      dimension = value;
      return this;
    }

    /** Returns this builder with the description set; null for none. */
    public Builder description(@Nullable String value) {
      description = value;
      return this;
    }

    /** Returns this builder with the provider set; null for none. */
    public Builder provider(@Nullable OrganizationRef value) {
      provider = value;
      return this;
    }

    /** Returns this builder with the start set; null for none. */
    public Builder start(@Nullable PartialDate value) {
      start = value;
      return this;
    }

    /** Returns this builder with the value set; null for none. */
    public Builder value(@Nullable Money value) {
      this.value = value;
      return this;
    }

    /**
     * Returns the reintegration assistance; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public ReintegrationAssistance build() {
      return new ReintegrationAssistance(
          Objects.requireNonNull(
              dimension, "reintegrationAssistance.dimension is required and must not be null"),
          Optional.ofNullable(description),
          Optional.ofNullable(provider),
          Optional.ofNullable(start),
          Optional.ofNullable(value));
    }
  }
}

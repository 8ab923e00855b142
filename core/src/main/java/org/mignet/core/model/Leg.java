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
import org.mignet.core.model.internal.Redacted;

/**
 * One leg of a journey, from one place to the next.
 *
 * @param from where the leg started; required (may be {@link Place#unknown()})
 * @param to where the leg ended; required (may be {@link Place#unknown()})
 * @param departure when the leg started
 * @param arrival when the leg ended
 * @param mode how it was travelled; {@link TransportMode#UNKNOWN} when not known
 * @param crossing whether a border was crossed and how; {@link BorderCrossing#UNKNOWN} when not
 *     known
 * @param borderCrossingPoint the name of the border crossing point, if one was used
 * @param routeName the name of the route, e.g. {@code Eastern Mediterranean}
 */
public record Leg(
    @Valid Place from,
    @Valid Place to,
    Optional<PartialDate> departure,
    Optional<PartialDate> arrival,
    TransportMode mode,
    BorderCrossing crossing,
    Optional<String> borderCrossingPoint,
    Optional<String> routeName) {

  /** Checks required parts and fills unknowns. */
  public Leg {
    required(from, "leg.from");
    required(to, "leg.to");
    departure = optional(departure);
    arrival = optional(arrival);
    mode = mode == null ? TransportMode.UNKNOWN : mode;
    crossing = crossing == null ? BorderCrossing.UNKNOWN : crossing;
    borderCrossingPoint = optional(borderCrossingPoint);
    routeName = optional(routeName);
  }

  /** Returns a leg between two places with nothing else known. */
  public static Leg between(Place from, Place to) {
    return new Leg(
        from,
        to,
        Optional.empty(),
        Optional.empty(),
        TransportMode.UNKNOWN,
        BorderCrossing.UNKNOWN,
        Optional.empty(),
        Optional.empty());
  }

  /** Returns a copy with the given dates (either may be null). */
  public Leg withDates(PartialDate departureDate, PartialDate arrivalDate) {
    return new Leg(
        from,
        to,
        Optional.ofNullable(departureDate),
        Optional.ofNullable(arrivalDate),
        mode,
        crossing,
        borderCrossingPoint,
        routeName);
  }

  /** Returns a copy with the given mode and crossing. */
  public Leg withTravel(TransportMode transportMode, BorderCrossing borderCrossing) {
    return new Leg(
        from,
        to,
        departure,
        arrival,
        transportMode,
        borderCrossing,
        borderCrossingPoint,
        routeName);
  }

  /** Returns a copy with the given border crossing point. */
  public Leg withBorderCrossingPoint(String name) {
    return new Leg(from, to, departure, arrival, mode, crossing, Optional.of(name), routeName);
  }

  /** Returns a copy with the given route name. */
  public Leg withRouteName(String name) {
    return new Leg(
        from, to, departure, arrival, mode, crossing, borderCrossingPoint, Optional.of(name));
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.from = from;
    b.to = to;
    b.departure = departure.orElse(null);
    b.arrival = arrival.orElse(null);
    b.mode = mode;
    b.crossing = crossing;
    b.borderCrossingPoint = borderCrossingPoint.orElse(null);
    b.routeName = routeName.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Leg}; not thread-safe. Setters of optional parts accept {@code
   * null} for "not known"; list setters add. Required: {@code from}, {@code to}.
   */
  public static final class Builder {
    private @Nullable Place from;
    private @Nullable Place to;
    private @Nullable PartialDate departure;
    private @Nullable PartialDate arrival;
    private TransportMode mode = TransportMode.UNKNOWN;
    private BorderCrossing crossing = BorderCrossing.UNKNOWN;
    private @Nullable String borderCrossingPoint;
    private @Nullable String routeName;

    private Builder() {}

    /** Returns this builder with the from set (required). */
    public Builder from(Place value) {
      from = value;
      return this;
    }

    /** Returns this builder with the to set (required). */
    public Builder to(Place value) {
      to = value;
      return this;
    }

    /** Returns this builder with the departure set; null for none. */
    public Builder departure(@Nullable PartialDate value) {
      departure = value;
      return this;
    }

    /** Returns this builder with the arrival set; null for none. */
    public Builder arrival(@Nullable PartialDate value) {
      arrival = value;
      return this;
    }

    /** Returns this builder with the mode set; null for {@link TransportMode#UNKNOWN}. */
    public Builder mode(@Nullable TransportMode value) {
      mode = value == null ? TransportMode.UNKNOWN : value;
      return this;
    }

    /** Returns this builder with the crossing set; null for {@link BorderCrossing#UNKNOWN}. */
    public Builder crossing(@Nullable BorderCrossing value) {
      crossing = value == null ? BorderCrossing.UNKNOWN : value;
      return this;
    }

    /** Returns this builder with the border crossing point set; null for none. */
    public Builder borderCrossingPoint(@Nullable String value) {
      borderCrossingPoint = value;
      return this;
    }

    /** Returns this builder with the route name set; null for none. */
    public Builder routeName(@Nullable String value) {
      routeName = value;
      return this;
    }

    /**
     * Returns the leg; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public Leg build() {
      return new Leg(
          Objects.requireNonNull(from, "leg.from is required and must not be null"),
          Objects.requireNonNull(to, "leg.to is required and must not be null"),
          Optional.ofNullable(departure),
          Optional.ofNullable(arrival),
          mode,
          crossing,
          Optional.ofNullable(borderCrossingPoint),
          Optional.ofNullable(routeName));
    }
  }
}

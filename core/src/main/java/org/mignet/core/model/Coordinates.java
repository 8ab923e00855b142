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

import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * A WGS 84 position and how precise it is. Out-of-range values are representable so that readers
 * can report them; rule {@code MG-GEO-001} flags them.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param precision how precisely the position locates the place; required
 */
public record Coordinates(
    @DecimalMin(value = "-90", message = "{MG-GEO-001}")
        @DecimalMax(value = "90", message = "{MG-GEO-001}")
        double latitude,
    @DecimalMin(value = "-180", message = "{MG-GEO-002}")
        @DecimalMax(value = "180", message = "{MG-GEO-002}")
        double longitude,
    CoordinatePrecision precision) {

  /** Rejects NaN and a missing precision. */
  public Coordinates {
    if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
      throw new IllegalArgumentException("coordinates must be numbers");
    }
    required(precision, "coordinates.precision");
  }

  /** Returns coordinates of unknown precision. */
  public static Coordinates of(double latitude, double longitude) {
    return new Coordinates(latitude, longitude, CoordinatePrecision.UNKNOWN);
  }

  /** Returns whether both values are whole degrees, a sign that they were rounded. */
  public boolean isIntegerRounded() {
    return latitude == Math.rint(latitude) && longitude == Math.rint(longitude);
  }
}

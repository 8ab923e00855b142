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

import jakarta.validation.Valid;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;

/**
 * A place as precisely as it is known: from a country alone to a street address with coordinates.
 * Used for origins, transit and destination points, places of recruitment and exploitation,
 * incident locations and addresses. Whether a place is personal data depends on where it is used,
 * and is marked there.
 *
 * @param name a name or free-text description ("Boat found 10 miles off Faro de la Entallada")
 * @param country ISO 3166-1 alpha-3 code
 * @param adminArea1 first-level administrative area (state, province, region)
 * @param adminArea2 second-level administrative area (district)
 * @param city city, town or village
 * @param street street line
 * @param postalCode postal code
 * @param pcode an OCHA/HDX P-code of the smallest administrative area known
 * @param coordinates WGS 84 coordinates
 */
public record Place(
    Optional<String> name,
    Optional<@InCodeList(value = "iso3166", message = "{MG-CODE-001}") String> country,
    Optional<String> adminArea1,
    Optional<String> adminArea2,
    Optional<String> city,
    Optional<String> street,
    Optional<String> postalCode,
    Optional<String> pcode,
    Optional<@Valid Coordinates> coordinates) {

  private static final Place EMPTY =
      new Place(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /** Normalises absent parts. */
  public Place {
    name = optional(name);
    country = optional(country);
    adminArea1 = optional(adminArea1);
    adminArea2 = optional(adminArea2);
    city = optional(city);
    street = optional(street);
    postalCode = optional(postalCode);
    pcode = optional(pcode);
    coordinates = optional(coordinates);
  }

  /** Returns a place known only by its country (ISO 3166-1 alpha-3). */
  public static Place country(String alpha3) {
    return EMPTY.withCountry(alpha3);
  }

  /** Returns a place with nothing known, to build on with the {@code with} methods. */
  public static Place unknown() {
    return EMPTY;
  }

  /** Returns whether nothing about the place is known. */
  public boolean isUnknown() {
    return equals(EMPTY);
  }

  /** Returns a copy with the given country. */
  public Place withCountry(String alpha3) {
    return new Place(
        name,
        Optional.of(alpha3),
        adminArea1,
        adminArea2,
        city,
        street,
        postalCode,
        pcode,
        coordinates);
  }

  /** Returns a copy with the given name or description. */
  public Place withName(String text) {
    return new Place(
        Optional.of(text),
        country,
        adminArea1,
        adminArea2,
        city,
        street,
        postalCode,
        pcode,
        coordinates);
  }

  /** Returns a copy with the given city. */
  public Place withCity(String text) {
    return new Place(
        name,
        country,
        adminArea1,
        adminArea2,
        Optional.of(text),
        street,
        postalCode,
        pcode,
        coordinates);
  }

  /** Returns a copy with the given first-level administrative area. */
  public Place withAdminArea1(String text) {
    return new Place(
        name, country, Optional.of(text), adminArea2, city, street, postalCode, pcode, coordinates);
  }

  /** Returns a copy with the given coordinates. */
  public Place withCoordinates(Coordinates position) {
    return new Place(
        name,
        country,
        adminArea1,
        adminArea2,
        city,
        street,
        postalCode,
        pcode,
        Optional.of(position));
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
    b.name = name.orElse(null);
    b.country = country.orElse(null);
    b.adminArea1 = adminArea1.orElse(null);
    b.adminArea2 = adminArea2.orElse(null);
    b.city = city.orElse(null);
    b.street = street.orElse(null);
    b.postalCode = postalCode.orElse(null);
    b.pcode = pcode.orElse(null);
    b.coordinates = coordinates.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Place}; not thread-safe. Setters of optional parts accept {@code
   * null} for "not known"; list setters add.
   */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String country;
    private @Nullable String adminArea1;
    private @Nullable String adminArea2;
    private @Nullable String city;
    private @Nullable String street;
    private @Nullable String postalCode;
    private @Nullable String pcode;
    private @Nullable Coordinates coordinates;

    private Builder() {}

    /** Returns this builder with the name set; null for none. */
    public Builder name(@Nullable String value) {
      name = value;
      return this;
    }

    /** Returns this builder with the country set; null for none. */
    public Builder country(@Nullable String value) {
      country = value;
      return this;
    }

    /** Returns this builder with the admin area1 set; null for none. */
    public Builder adminArea1(@Nullable String value) {
      adminArea1 = value;
      return this;
    }

    /** Returns this builder with the admin area2 set; null for none. */
    public Builder adminArea2(@Nullable String value) {
      adminArea2 = value;
      return this;
    }

    /** Returns this builder with the city set; null for none. */
    public Builder city(@Nullable String value) {
      city = value;
      return this;
    }

    /** Returns this builder with the street set; null for none. */
    public Builder street(@Nullable String value) {
      street = value;
      return this;
    }

    /** Returns this builder with the postal code set; null for none. */
    public Builder postalCode(@Nullable String value) {
      postalCode = value;
      return this;
    }

    /** Returns this builder with the pcode set; null for none. */
    public Builder pcode(@Nullable String value) {
      pcode = value;
      return this;
    }

    /** Returns this builder with the coordinates set; null for none. */
    public Builder coordinates(@Nullable Coordinates value) {
      coordinates = value;
      return this;
    }

    /** Returns the place; the canonical constructor's checks apply. */
    public Place build() {
      return new Place(
          Optional.ofNullable(name),
          Optional.ofNullable(country),
          Optional.ofNullable(adminArea1),
          Optional.ofNullable(adminArea2),
          Optional.ofNullable(city),
          Optional.ofNullable(street),
          Optional.ofNullable(postalCode),
          Optional.ofNullable(pcode),
          Optional.ofNullable(coordinates));
    }
  }
}

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
package org.mignet.formats.sdmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDMX data structure definition (DSD): the dimensions of the series key in order (the time
 * dimension last), the attributes and the measures: SDMX 2.1 has one, the primary measure; an SDMX
 * 3.0 {@code MeasureList} may hold several, the first of which stands as the primary measure.
 * Immutable and thread-safe.
 *
 * @param ref agency, id and version, e.g. {@code OECD.ELS.IMD:DSD_MIG(1.0)}; not null
 * @param names names by language; never null
 * @param dimensions the dimensions ordered by position, the time dimension (if any) included and
 *     last
 * @param attributes the attributes in the message's order
 * @param primaryMeasure the id of the primary measure, usually {@code OBS_VALUE} (SDMX 3.0: the
 *     first measure); not blank
 * @param measures every measure id in the message's order, the primary measure first; null or empty
 *     for the primary measure alone
 */
public record DataStructure(
    SdmxRef ref,
    Map<String, String> names,
    List<SdmxDimension> dimensions,
    List<SdmxAttribute> attributes,
    String primaryMeasure,
    List<String> measures) {

  /**
   * A structure of one measure (SDMX 2.1 and 2.0).
   *
   * @param ref agency, id and version; not null
   * @param names names by language; not null
   * @param dimensions the dimensions
   * @param attributes the attributes
   * @param primaryMeasure the primary measure's id; not blank
   */
  public DataStructure(
      SdmxRef ref,
      Map<String, String> names,
      List<SdmxDimension> dimensions,
      List<SdmxAttribute> attributes,
      String primaryMeasure) {
    this(ref, names, dimensions, attributes, primaryMeasure, List.of());
  }

  /** Checks required parts and copies collections; sorts dimensions by position, time last. */
  public DataStructure {
    Objects.requireNonNull(ref, "ref");
    names =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    dimensions =
        dimensions.stream()
            .sorted(
                java.util.Comparator.comparing(SdmxDimension::time)
                    .thenComparingInt(SdmxDimension::position))
            .toList();
    attributes = List.copyOf(attributes);
    if (Objects.requireNonNull(primaryMeasure, "primaryMeasure").isBlank()) {
      throw new IllegalArgumentException("the primary measure id must not be blank");
    }
    if (measures == null || measures.isEmpty()) {
      measures = List.of(primaryMeasure);
    } else {
      measures = List.copyOf(measures);
      if (!measures.get(0).equals(primaryMeasure)
          || new java.util.HashSet<>(measures).size() != measures.size()) {
        throw new IllegalArgumentException(
            "the measures are distinct and the primary measure is the first");
      }
    }
  }

  /** Returns the dimension ids in key order, the time dimension last. */
  public List<String> dimensionIds() {
    return dimensions.stream().map(SdmxDimension::id).toList();
  }

  /** Returns the dimension with that id, if any. */
  public Optional<SdmxDimension> dimension(String id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Returns the time dimension, if the structure has one. */
  public Optional<SdmxDimension> timeDimension() {
    return dimensions.stream().filter(SdmxDimension::time).findFirst();
  }

  /** Returns the attribute with that id, if any. */
  public Optional<SdmxAttribute> attribute(String id) {
    return attributes.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Returns the name in a language, falling back to English, then to any name. */
  public Optional<String> name(String language) {
    return Names.pick(names, language);
  }
}

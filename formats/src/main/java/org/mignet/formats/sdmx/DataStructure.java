package org.mignet.formats.sdmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDMX data structure definition (DSD): the dimensions of the series key in order (the time dimension last),
 * the attributes and the primary measure. Immutable and thread-safe.
 *
 * @param ref agency, id and version, e.g. {@code OECD.ELS.IMD:DSD_MIG(1.0)}; not null
 * @param names names by language; never null
 * @param dimensions the dimensions ordered by position, the time dimension (if any) included and last
 * @param attributes the attributes in the message's order
 * @param primaryMeasure the id of the primary measure, usually {@code OBS_VALUE}; not blank
 */
public record DataStructure(SdmxRef ref, Map<String, String> names, List<SdmxDimension> dimensions,
    List<SdmxAttribute> attributes, String primaryMeasure) {

  /** Checks required parts and copies collections; sorts dimensions by position, time last. */
  public DataStructure {
    Objects.requireNonNull(ref, "ref");
    names = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    dimensions = dimensions.stream().sorted(java.util.Comparator.comparing(SdmxDimension::time)
        .thenComparingInt(SdmxDimension::position)).toList();
    attributes = List.copyOf(attributes);
    if (Objects.requireNonNull(primaryMeasure, "primaryMeasure").isBlank()) {
      throw new IllegalArgumentException("the primary measure id must not be blank");
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

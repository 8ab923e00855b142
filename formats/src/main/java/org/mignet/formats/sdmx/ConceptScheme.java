package org.mignet.formats.sdmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDMX concept scheme: the concepts that dimensions and attributes take their meaning from. Immutable.
 *
 * @param ref agency, id and version; not null
 * @param names names by language; never null
 * @param concepts concepts by id, in the message's order; never null
 */
public record ConceptScheme(SdmxRef ref, Map<String, String> names, Map<String, SdmxConcept> concepts) {

  /** Rejects a null reference, copies the maps keeping their order. */
  public ConceptScheme {
    Objects.requireNonNull(ref, "ref");
    names = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    concepts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(concepts, "concepts")));
  }

  /** Returns the concept with that id, if any. */
  public Optional<SdmxConcept> concept(String conceptId) {
    return Optional.ofNullable(concepts.get(conceptId));
  }
}

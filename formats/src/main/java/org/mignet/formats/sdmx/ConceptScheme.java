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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDMX concept scheme: the concepts that dimensions and attributes take their meaning from.
 * Immutable.
 *
 * @param ref agency, id and version; not null
 * @param names names by language; never null
 * @param concepts concepts by id, in the message's order; never null
 */
public record ConceptScheme(
    SdmxRef ref, Map<String, String> names, Map<String, SdmxConcept> concepts) {

  /** Rejects a null reference, copies the maps keeping their order. */
  public ConceptScheme {
    Objects.requireNonNull(ref, "ref");
    names =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    concepts =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(concepts, "concepts")));
  }

  /** Returns the concept with that id, if any. */
  public Optional<SdmxConcept> concept(String conceptId) {
    return Optional.ofNullable(concepts.get(conceptId));
  }
}

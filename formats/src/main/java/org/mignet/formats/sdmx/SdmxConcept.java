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
 * A concept of a {@link ConceptScheme}: its id, names and core representation (a codelist), if
 * coded.
 *
 * @param id the concept's id; not blank
 * @param names names by language; never null
 * @param codelist the codelist of its core representation, if any
 */
public record SdmxConcept(String id, Map<String, String> names, Optional<SdmxRef> codelist) {

  /** Rejects a blank id, copies the names. */
  public SdmxConcept {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("a concept id must not be blank");
    }
    names =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    codelist = codelist == null ? Optional.empty() : codelist;
  }

  /** Returns the name in a language, falling back to English, then to any name. */
  public Optional<String> name(String language) {
    return Names.pick(names, language);
  }
}

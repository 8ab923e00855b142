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
 * An SDMX dataflow: a named use of a data structure. Immutable.
 *
 * @param ref agency, id and version, e.g. {@code OECD.ELS.IMD:DSD_MIG@DF_MIG(1.0)}; not null
 * @param names names by language; never null
 * @param structure the data structure definition it uses, if the message says
 */
public record Dataflow(SdmxRef ref, Map<String, String> names, Optional<SdmxRef> structure) {

  /** Rejects a null reference, copies the names. */
  public Dataflow {
    Objects.requireNonNull(ref, "ref");
    names =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    structure = structure == null ? Optional.empty() : structure;
  }

  /** Returns the name in a language, falling back to English, then to any name. */
  public Optional<String> name(String language) {
    return Names.pick(names, language);
  }
}

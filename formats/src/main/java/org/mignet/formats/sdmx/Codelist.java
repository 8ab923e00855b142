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
 * An SDMX codelist: its reference, names and codes by id in the message's order. Immutable and
 * thread-safe.
 *
 * @param ref agency, id and version; not null
 * @param names names by language; never null
 * @param codes the codes by id, in the message's order; never null
 */
public record Codelist(SdmxRef ref, Map<String, String> names, Map<String, SdmxCode> codes) {

  /** Rejects a null reference, copies the maps keeping their order. */
  public Codelist {
    Objects.requireNonNull(ref, "ref");
    names =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    codes =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(codes, "codes")));
  }

  /** Returns whether the codelist has a code with that id. */
  public boolean contains(String codeId) {
    return codes.containsKey(codeId);
  }

  /** Returns the code with that id, if any. */
  public Optional<SdmxCode> code(String codeId) {
    return Optional.ofNullable(codes.get(codeId));
  }

  /** Returns the name in a language, falling back to English, then to any name. */
  public Optional<String> name(String language) {
    return Names.pick(names, language);
  }
}

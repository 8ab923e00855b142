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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a {@link Codelist}: its id, its names by language and its parent code in a hierarchy.
 * Immutable.
 *
 * @param id the code, e.g. {@code AFG} or {@code _T}; not blank
 * @param names names by language tag ({@code en}, {@code fr}, …), in the message's order; never
 *     null
 * @param parent the id of the parent code in the same codelist, if any
 */
public record SdmxCode(String id, Map<String, String> names, Optional<String> parent) {

  /** Rejects a blank id, copies the names. */
  public SdmxCode {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("a code id must not be blank");
    }
    names =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    parent = parent == null ? Optional.empty() : parent;
  }

  /** Returns the name in a language, falling back to English, then to any name. */
  public Optional<String> name(String language) {
    return Names.pick(names, language);
  }
}

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

import java.util.Objects;

/**
 * A reference to a concept: its scheme and its id within the scheme. Immutable.
 *
 * @param scheme the concept scheme; not null
 * @param id the concept's id; not blank
 */
public record ConceptRef(SdmxRef scheme, String id) {

  /** Rejects null or blank parts. */
  public ConceptRef {
    Objects.requireNonNull(scheme, "scheme");
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("a concept id must not be blank");
    }
  }

  /** Returns {@code AGENCY:SCHEME(VERSION).ID}. */
  @Override
  public String toString() {
    return scheme + "." + id;
  }
}

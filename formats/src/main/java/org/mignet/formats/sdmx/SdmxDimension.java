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
import java.util.Optional;

/**
 * A dimension of a {@link DataStructure}: one part of the series key, or the time dimension.
 *
 * @param id the dimension's id, e.g. {@code REF_AREA}; not blank
 * @param position its 1-based position in the key (the time dimension comes last); at least 1
 * @param concept the concept it takes its meaning from, if the message says
 * @param codelist the codelist its values come from (local representation, else the concept's), if
 *     coded
 * @param time whether it is the time dimension ({@code TIME_PERIOD})
 */
public record SdmxDimension(
    String id,
    int position,
    Optional<ConceptRef> concept,
    Optional<SdmxRef> codelist,
    boolean time) {

  /** Checks the id and position. */
  public SdmxDimension {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("a dimension id must not be blank");
    }
    if (position < 1) {
      throw new IllegalArgumentException("a dimension position is at least 1");
    }
    concept = concept == null ? Optional.empty() : concept;
    codelist = codelist == null ? Optional.empty() : codelist;
  }
}

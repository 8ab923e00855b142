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

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribute of a {@link DataStructure}: whether it must be reported, what it is attached to, and
 * the codelist of its values if coded. Immutable.
 *
 * @param id the attribute's id, e.g. {@code OBS_STATUS}; not blank
 * @param assignment whether a value is required; not null
 * @param level what the attribute is attached to; not null
 * @param dimensions the dimensions it relates to, when attached to dimensions; never null
 * @param concept the concept it takes its meaning from, if the message says
 * @param codelist the codelist of its values, if coded
 */
public record SdmxAttribute(
    String id,
    Assignment assignment,
    AttachmentLevel level,
    List<String> dimensions,
    Optional<ConceptRef> concept,
    Optional<SdmxRef> codelist) {

  /** SDMX {@code assignmentStatus}. */
  public enum Assignment {
    /** A value must be reported. */
    MANDATORY,
    /** A value may be reported. */
    CONDITIONAL
  }

  /** SDMX {@code AttributeRelationship}: what one value of the attribute describes. */
  public enum AttachmentLevel {
    /** The whole dataset ({@code None}). */
    DATASET,
    /** A group of series ({@code Group} or {@code AttachmentGroup}). */
    GROUP,
    /** The series (or partial keys) of some dimensions ({@code Dimension}). */
    DIMENSIONS,
    /** Each observation ({@code PrimaryMeasure}). */
    OBSERVATION
  }

  /** Checks required parts, copies the list. */
  public SdmxAttribute {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("an attribute id must not be blank");
    }
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(level, "level");
    dimensions = List.copyOf(dimensions);
    concept = concept == null ? Optional.empty() : concept;
    codelist = codelist == null ? Optional.empty() : codelist;
  }

  /** Returns whether a value must be reported. */
  public boolean isMandatory() {
    return assignment == Assignment.MANDATORY;
  }
}

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

package org.mignet.core.validation;

import java.util.Objects;
import org.mignet.core.model.MignetRecord;

/**
 * A record and its validation report, as {@link Validation#validateAll} returns them, in the order the records came.
 * Immutable; thread-safe if the record is (model records are).
 *
 * @param record the record validated; not null
 * @param report its report; not null
 * @param <R> the record type
 */
public record Validated<R extends MignetRecord>(R record, ValidationReport report) {

  /** Checks that both parts are present. */
  public Validated {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(report, "report");
  }
}

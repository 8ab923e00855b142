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
package org.mignet.core.validation;

import java.util.Objects;
import org.mignet.core.model.MignetRecord;

/**
 * A record and its validation report, as {@link Validation#validateAll} returns them, in the order
 * the records came. Immutable; thread-safe if the record is (model records are).
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

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
package org.mignet.formats.htcds;

import java.util.Objects;
import java.util.Optional;

/**
 * How a column or element name of an HTCDS file was understood: the v2.0 field it stands for and,
 * for a name that is not the v2.0 name, where that name comes from. Immutable and thread-safe.
 *
 * @param input the name as found (trimmed); not null
 * @param field the v2.0 field, empty if the name is unknown or belongs to a field v2.0 removed
 * @param kind how it matched
 * @param note for aliases and removed fields, which version or toolkit file uses the name; empty
 *     otherwise
 */
public record HtcdsFieldName(
    String input, Optional<HtcdsField> field, Kind kind, Optional<String> note) {

  /** How a name matched. */
  public enum Kind {
    /** The v2.0 system name. */
    CURRENT,
    /** An older version's name, or a misspelling in an official toolkit file. */
    ALIAS,
    /** A field of an older version that v2.0 removed without a successor. */
    REMOVED,
    /** Not an HTCDS field name. */
    UNKNOWN
  }

  /** Checks the parts. */
  public HtcdsFieldName {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    field = field == null ? Optional.empty() : field;
    note = note == null ? Optional.empty() : note;
    if (field.isPresent() != (kind == Kind.CURRENT || kind == Kind.ALIAS)) {
      throw new IllegalArgumentException("a field is present exactly for CURRENT and ALIAS");
    }
  }
}

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
package org.mignet.formats.tabular;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.internal.Pointers;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordType;

/**
 * The kind of JSON value a JSON Pointer names in a record type's canonical form, read from the
 * record metamodel ({@link RecordModel#typeAt(String)}), so that a mapping spec's target paths are
 * checked when the spec is read (not once per row) and each leaf's JSON type is known: a cell
 * mapped to {@code /dead} becomes a JSON number, to {@code /stateless} a boolean, to {@code
 * /birthDate} a partial date. Thread-safe.
 */
final class RecordSchema {

  /** The kind of JSON value a pointer names. */
  public enum Kind {
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    DATE,
    INSTANT,
    ANY,
    ARRAY,
    OBJECT
  }

  private RecordSchema() {}

  /**
   * Returns the kind of value it names, or empty if the record type has no such path.
   *
   * @param type the record type
   * @param pointer a JSON Pointer into its canonical JSON; digits (or {@code -}) name array items
   */
  public static Optional<Kind> kind(RecordType type, String pointer) {
    if (!pointer.startsWith("/") || pointer.equals("/recordType")) {
      return Optional.empty();
    }
    // "-" (the end of an array, as a spec may write it) is a list index like any other
    List<String> tokens = Pointers.tokens(pointer);
    StringBuilder normal = new StringBuilder();
    for (String t : tokens) {
      normal.append('/').append(t.equals("-") ? Pointers.ANY_INDEX : Pointers.escape(t));
    }
    RecordModel model = RecordModel.of(type.javaType());
    Optional<ValueType> at = model.typeAt(normal.toString());
    if (at.isPresent()) {
      return Optional.of(kind(at.get()));
    }
    // a key of a map (dimensions, agency extensions): the map's value type, if the map is in the
    // model
    String last = tokens.get(tokens.size() - 1);
    String parent = normal.substring(0, normal.lastIndexOf("/"));
    Optional<ValueType> map = parent.isEmpty() ? Optional.empty() : model.typeAt(parent);
    if (last.isEmpty() || map.isEmpty() || map.get().kind() != ValueType.Kind.MAP) {
      return Optional.empty();
    }
    return Optional.of(kind(map.get().element()));
  }

  private static Kind kind(ValueType t) {
    Class<?> c = t.raw();
    return switch (t.kind()) {
      case LIST -> Kind.ARRAY;
      case RECORD, MAP -> Kind.OBJECT;
      case ENUM -> c == GcmObjective.class ? Kind.INTEGER : Kind.TEXT;
      case OPTIONAL -> kind(t.element());
      case SCALAR -> {
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
          yield Kind.INTEGER;
        }
        if (c == Double.class || c == double.class || c == BigDecimal.class) {
          yield Kind.NUMBER;
        }
        if (c == Boolean.class || c == boolean.class) {
          yield Kind.BOOLEAN;
        }
        if (c == PartialDate.class) {
          yield Kind.DATE;
        }
        if (c == Instant.class) {
          yield Kind.INSTANT;
        }
        yield c == Object.class ? Kind.ANY : Kind.TEXT;
      }
    };
  }
}

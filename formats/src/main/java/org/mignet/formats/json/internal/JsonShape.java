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
package org.mignet.formats.json.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.PartialDate;
import org.mignet.core.validation.Term;
import org.mignet.formats.internal.Words;

/**
 * How the canonical JSON reads and writes one value type of the model, worked out once from its
 * {@link ValueType} so that reading and writing a value is a switch on its kind, never a chain of
 * class tests, and an enum constant is found by name in a map. Immutable and thread-safe.
 */
final class JsonShape {

  /** What a value is in canonical JSON. */
  enum Kind {
    /** {@code Optional<E>}: absent, or the element's shape. */
    OPTIONAL,
    /** A JSON string. */
    STRING,
    /** A JSON integer that fits an {@code int}. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Any JSON number, as a {@code double}. */
    DOUBLE,
    /** Any JSON number, as a {@code BigDecimal}, written without an exponent. */
    DECIMAL,
    /** A partial date as text ({@code 1990-05}). */
    PARTIAL_DATE,
    /** An instant as ISO 8601 text. */
    INSTANT,
    /** A GCM objective by its number 1–23. */
    GCM_OBJECTIVE,
    /** A GCM guiding principle by its letter a–j. */
    GUIDING_PRINCIPLE,
    /** An enum constant by its name. */
    ENUM,
    /** A JSON array of the element's shape. */
    LIST,
    /** A JSON object whose members have the element's shape. */
    MAP,
    /** A JSON object of any JSON values (agency extensions). */
    JSON_MAP,
    /** A nested record of the model, member per component. */
    RECORD
  }

  private final Kind kind;
  private final ValueType type;
  private final JsonShape element;
  private final Map<String, Object> constants;
  private final Term oneOf;

  /**
   * The binding of a record shape, looked up on first use (records nest one another); a benign
   * race.
   */
  private JsonBinding record;

  private JsonShape(
      Kind kind, ValueType type, JsonShape element, Map<String, Object> constants, Term oneOf) {
    this.kind = kind;
    this.type = type;
    this.element = element;
    this.constants = constants;
    this.oneOf = oneOf;
  }

  /**
   * Returns its shape.
   *
   * @param type a value type of the model
   * @throws IllegalStateException for a type the canonical form has no shape for
   */
  static JsonShape of(ValueType type) {
    Class<?> raw = type.raw();
    if (raw == Optional.class) {
      return new JsonShape(Kind.OPTIONAL, type, of(type.element()), null, null);
    }
    if (raw == String.class) {
      return simple(Kind.STRING, type);
    }
    if (raw == Integer.class || raw == int.class) {
      return simple(Kind.INTEGER, type);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return simple(Kind.BOOLEAN, type);
    }
    if (raw == Double.class || raw == double.class) {
      return simple(Kind.DOUBLE, type);
    }
    if (raw == BigDecimal.class) {
      return simple(Kind.DECIMAL, type);
    }
    if (raw == PartialDate.class) {
      return simple(Kind.PARTIAL_DATE, type);
    }
    if (raw == Instant.class) {
      return simple(Kind.INSTANT, type);
    }
    if (raw == GcmObjective.class) {
      return simple(Kind.GCM_OBJECTIVE, type);
    }
    if (raw == GuidingPrinciple.class) {
      return simple(Kind.GUIDING_PRINCIPLE, type);
    }
    switch (type.kind()) {
      case ENUM -> {
        Object[] values = raw.getEnumConstants();
        Map<String, Object> byName = new HashMap<>();
        for (Object c : values) {
          byName.put(((Enum<?>) c).name(), c);
        }
        return new JsonShape(
            Kind.ENUM, type, null, Map.copyOf(byName), Words.ONE_OF.with(Arrays.toString(values)));
      }
      case LIST -> {
        return new JsonShape(Kind.LIST, type, of(type.element()), null, null);
      }
      case MAP -> {
        return type.element().raw() == Object.class
            ? simple(Kind.JSON_MAP, type)
            : new JsonShape(Kind.MAP, type, of(type.element()), null, null);
      }
      case RECORD -> {
        return simple(Kind.RECORD, type);
      }
      default -> throw new IllegalStateException("no canonical JSON form for " + raw.getName());
    }
  }

  private static JsonShape simple(Kind kind, ValueType type) {
    return new JsonShape(kind, type, null, null, null);
  }

  /** Returns the kind. */
  Kind kind() {
    return kind;
  }

  /** Returns the value type. */
  ValueType type() {
    return type;
  }

  /** Returns the shape of an optional's, list's or map's element; null for other kinds. */
  JsonShape element() {
    return element;
  }

  /** Returns the binding of a record shape. */
  JsonBinding record() {
    JsonBinding b = record;
    if (b == null) {
      // JsonBinding is immutable (final fields only), so publishing it through a plain field is
      // safe
      b = JsonBinding.of(type.raw());
      record = b;
    }
    return b;
  }

  /** Returns the enum constant of that name, or null; for {@link Kind#ENUM}. */
  Object constant(String name) {
    return constants.get(name);
  }

  /** Returns what an enum value must be, for the issue of one that is none of the constants. */
  Term oneOf() {
    return oneOf;
  }

  /**
   * Returns whether the canonical form leaves it out: null, an empty optional, list or map.
   *
   * @param value a value of this shape, or null
   */
  boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    return switch (kind) {
      case OPTIONAL -> ((Optional<?>) value).isEmpty();
      case LIST -> ((java.util.List<?>) value).isEmpty();
      case MAP, JSON_MAP -> ((Map<?, ?>) value).isEmpty();
      default -> false;
    };
  }
}

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
package org.mignet.core.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The type of a value in the model, as the canonical form sees it: an optional, a list or a map of
 * some element type, a nested record, an enum, or a scalar (string, number, boolean, partial date,
 * instant, code). Immutable.
 */
public final class ValueType {

  /** What kind of value. */
  public enum Kind {
    /** {@code Optional<E>}: absent or one {@code E}. */
    OPTIONAL,
    /** {@code List<E>}. */
    LIST,
    /**
     * {@code Map<String, V>}: the element type is {@code V}; {@code Object} for agency extensions.
     */
    MAP,
    /** A record of the model. */
    RECORD,
    /** An enum constant. */
    ENUM,
    /** Anything else: a string, number, boolean, partial date, instant or code value. */
    SCALAR
  }

  private final Kind kind;
  private final Class<?> raw;
  private final Type type;
  private final ValueType element;

  private ValueType(Kind kind, Class<?> raw, Type type, ValueType element) {
    this.kind = kind;
    this.raw = raw;
    this.type = type;
    this.element = element;
  }

  /**
   * Returns its value type.
   *
   * @param type a component's generic type
   * @throws IllegalArgumentException for a type the canonical form has no shape for (a raw
   *     collection)
   */
  public static ValueType of(Type type) {
    Class<?> raw = raw(type);
    if (raw == Optional.class
        || List.class.isAssignableFrom(raw)
        || Collection.class.isAssignableFrom(raw)) {
      Kind kind = raw == Optional.class ? Kind.OPTIONAL : Kind.LIST;
      return new ValueType(kind, raw, type, of(argument(type, 0)));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return new ValueType(Kind.MAP, raw, type, of(argument(type, 1)));
    }
    if (raw.isRecord() && RecordModel.isModelRecord(raw)) {
      return new ValueType(Kind.RECORD, raw, type, null);
    }
    if (raw.isEnum()) {
      return new ValueType(Kind.ENUM, raw, type, null);
    }
    return new ValueType(Kind.SCALAR, raw, type, null);
  }

  /** Returns the kind. */
  public Kind kind() {
    return kind;
  }

  /** Returns the erased class. */
  public Class<?> raw() {
    return raw;
  }

  /** Returns the generic type as declared. */
  public Type type() {
    return type;
  }

  /**
   * Returns the element type of an optional or list, the value type of a map; null for other kinds.
   */
  public ValueType element() {
    return element;
  }

  /** Returns whether absence is a value of this type: an optional, a list or a map. */
  public boolean isContainer() {
    return kind == Kind.OPTIONAL || kind == Kind.LIST || kind == Kind.MAP;
  }

  /**
   * Returns the type below every optional and list: {@code List<Optional<Place>>} gives {@code
   * Place}.
   */
  public ValueType leaf() {
    ValueType t = this;
    while (t.kind == Kind.OPTIONAL || t.kind == Kind.LIST) {
      t = t.element;
    }
    return t;
  }

  /** Returns the record model of a record type. */
  public RecordModel record() {
    if (kind != Kind.RECORD) {
      throw new IllegalStateException(raw.getSimpleName() + " is not a record of the model");
    }
    return RecordModel.of(raw);
  }

  /**
   * Returns the empty value of a container ({@code Optional.empty()}, {@code List.of()}, {@code
   * Map.of()}).
   */
  public Object empty() {
    return switch (kind) {
      case OPTIONAL -> Optional.empty();
      case LIST -> List.of();
      case MAP -> Map.of();
      default -> throw new IllegalStateException(raw.getSimpleName() + " has no empty value");
    };
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    if (t instanceof WildcardType w && w.getUpperBounds().length == 1) {
      return raw(w.getUpperBounds()[0]);
    }
    throw new IllegalArgumentException("no canonical shape for the type " + t);
  }

  private static Type argument(Type t, int i) {
    if (t instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[i];
    }
    return Object.class;
  }

  @Override
  public String toString() {
    return element == null ? raw.getSimpleName() : kind + "<" + element + ">";
  }
}

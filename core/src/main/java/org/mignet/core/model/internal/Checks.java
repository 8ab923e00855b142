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
package org.mignet.core.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's canonical constructors. Not part of the public API. */
public final class Checks {

  private Checks() {}

  /** Returns the value, or a NullPointerException naming the component. */
  public static <T> T required(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " is required and must not be null");
  }

  /** Returns the text, or an exception if it is null or blank. */
  public static String text(String value, String name) {
    required(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Returns the optional, or empty if {@code null}: optional parts accept null for "absent". */
  public static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /**
   * Returns an unmodifiable copy; empty for {@code null}; null elements rejected with the component
   * name.
   */
  public static <T> List<T> list(List<T> value, String name) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    try {
      // an unmodifiable list (what the readers and builders make) comes back as it is, unwalked
      return List.copyOf(value);
    } catch (NullPointerException e) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i) == null) {
          throw new NullPointerException(name + "[" + i + "] must not be null");
        }
      }
      throw e;
    }
  }

  /** Copies the entries it is given into two arrays of the size expected, rejecting nulls. */
  private static final class Filler implements java.util.function.BiConsumer<Object, Object> {
    final Object[] keys;
    final Object[] values;
    final String name;
    int count;

    Filler(int size, String name) {
      this.keys = new Object[size];
      this.values = new Object[size];
      this.name = name;
    }

    @Override
    public void accept(@Nullable Object k, @Nullable Object v) {
      if (count == keys.length) {
        throw new java.util.ConcurrentModificationException(name);
      }
      if (k == null || v == null) {
        throw new NullPointerException(name + " must not contain null keys or values");
      }
      keys[count] = k;
      values[count++] = v;
    }
  }

  /**
   * Returns an unmodifiable, order-preserving copy; empty for {@code null}; null keys or values
   * rejected.
   */
  public static <K, V> Map<K, V> orderedMap(Map<K, V> value, String name) {
    if (value == null || value.isEmpty()) {
      return Map.of();
    }
    if (value instanceof SmallOrderedMap) {
      return value; // immutable already
    }
    int n = value.size();
    if (n <= SmallOrderedMap.MAX && !(value instanceof java.util.IdentityHashMap)) {
      // a few entries (an observation's dimensions or attributes): two arrays, no hashing; read
      // by forEach, which a map walks without an entry object per entry
      Filler filler = new Filler(n, name);
      value.forEach(filler);
      if (filler.count != n) {
        throw new java.util.ConcurrentModificationException(name);
      }
      return new SmallOrderedMap<>(filler.keys, filler.values);
    }
    LinkedHashMap<K, V> copy = new LinkedHashMap<>();
    value.forEach(
        (k, v) -> {
          if (k == null || v == null) {
            throw new NullPointerException(name + " must not contain null keys or values");
          }
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }

  /** Returns the count, or an exception if it is negative. */
  public static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0");
    }
    return value;
  }

  /**
   * Deep, unmodifiable copy of a JSON-like value: String, Boolean, a Number, a List or Map of them.
   * Used for agency extensions so that they round-trip untouched.
   *
   * @return the copy
   * @throws IllegalArgumentException for any other type
   */
  public static Object jsonValue(Object value, String name) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Number) {
      return value;
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      for (Object o : l) {
        copy.add(jsonValue(o, name));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> m) {
      LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put(String.valueOf(k), jsonValue(v, name)));
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException(
        name
            + " holds JSON-like values only (string, number, boolean, list, map), not "
            + value.getClass().getSimpleName());
  }
}

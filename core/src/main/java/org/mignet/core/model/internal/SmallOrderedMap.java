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

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map of a few entries in the order they were given, held in two arrays: the
 * dimensions and attributes of an observation have a handful of entries each, and a table of a
 * million rows makes two such maps a row. Made without hashing or a node per entry, read by a scan
 * of at most {@link #MAX} keys, and walked by {@link #forEach} without an entry object per entry.
 * Equal to, and with the same hash code as, any map with the same entries ({@link AbstractMap}).
 * Immutable (its keys and values are the caller's) and thread-safe.
 */
final class SmallOrderedMap<K, V> extends AbstractMap<K, V> {

  /** The most entries a map of this kind holds; larger maps are a {@code LinkedHashMap}. */
  static final int MAX = 8;

  private final Object[] keys;
  private final Object[] values;

  /** Takes the arrays, which the caller no longer changes; keys distinct and not null. */
  SmallOrderedMap(Object[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  @Override
  public int size() {
    return keys.length;
  }

  private int indexOf(@Nullable Object key) {
    if (key != null) {
      for (int i = 0; i < keys.length; i++) {
        if (key.equals(keys[i])) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super V> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept((K) keys[i], (V) values[i]);
    }
  }

  /** The {@link Map#hashCode()} of these entries, without an entry object per entry. */
  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < keys.length; i++) {
      h += keys[i].hashCode() ^ values[i].hashCode();
    }
    return h;
  }

  /** Equal to any map of the same entries; another map of this kind is compared array by array. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof SmallOrderedMap<?, ?> m && m.keys.length == keys.length) {
      boolean sameOrder = true;
      for (int i = 0; i < keys.length && sameOrder; i++) {
        sameOrder = keys[i].equals(m.keys[i]);
      }
      if (sameOrder) {
        for (int i = 0; i < keys.length; i++) {
          if (!values[i].equals(m.values[i])) {
            return false;
          }
        }
        return true;
      }
    }
    return super.equals(o);
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
          }
        };
      }
    };
  }
}

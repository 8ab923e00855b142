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

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.NullUnmarked;

/**
 * The dimensions or attributes of a row as the mapping builds them, in two arrays: keys in the
 * order first put, a later put of a key replacing its value in place (as a {@code LinkedHashMap}
 * does), with no hashing and no node per entry. The model's {@code Observation} copies what it is
 * given, so one instance serves row after row ({@link #reset}). Values may be null, as a {@code
 * LinkedHashMap}'s may: the model then rejects them as it did. Not thread-safe.
 */
// package-private; its values may be null (see above), as the map it replaces allowed
@NullUnmarked
final class RowEntries extends AbstractMap<String, String> {

  private String[] keys = new String[8];
  private String[] values = new String[8];
  private int size;

  /**
   * How many keys the row before had: {@code keys[0..lastSize)} still hold them, distinct. While
   * this row puts the same keys in the same order ({@link #replaying}), a put of the next of them
   * is an append with no search: it cannot be among the keys before it.
   */
  private int lastSize;

  private boolean replaying;

  /** Empties it for the next row, which will most likely put the same keys in the same order. */
  void reset() {
    Arrays.fill(values, 0, size, null);
    lastSize = size;
    replaying = true;
    size = 0;
  }

  /** Makes it a copy of another's entries. */
  void setTo(RowEntries other) {
    reset();
    replaying = false;
    if (keys.length < other.size) {
      keys = new String[other.keys.length];
      values = new String[other.keys.length];
    }
    System.arraycopy(other.keys, 0, keys, 0, other.size);
    System.arraycopy(other.values, 0, values, 0, other.size);
    size = other.size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // an identity hit is only a shortcut before equals
  public String put(String key, String value) {
    if (replaying && size < lastSize && keys[size] == key) {
      values[size++] = value;
      return null;
    }
    replaying = false;
    for (int i = 0; i < size; i++) {
      String k = keys[i];
      if (k == key || Objects.equals(k, key)) {
        String old = values[i];
        values[i] = value;
        return old;
      }
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size++] = value;
    return null;
  }

  @Override
  public String get(Object key) {
    for (int i = 0; i < size; i++) {
      if (Objects.equals(keys[i], key)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    for (int i = 0; i < size; i++) {
      if (Objects.equals(keys[i], key)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether its keys are the ids given, in their order; false for null. */
  boolean keysAre(List<String> ids) {
    if (ids == null || ids.size() != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!Objects.equals(keys[i], ids.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns its keys, in order, as an unmodifiable list. */
  List<String> keyList() {
    return List.of(Arrays.copyOf(keys, size));
  }

  /** The {@link Map#hashCode()} of these entries, as any map of them has it. */
  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h += Objects.hashCode(keys[i]) ^ Objects.hashCode(values[i]);
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    };
  }
}

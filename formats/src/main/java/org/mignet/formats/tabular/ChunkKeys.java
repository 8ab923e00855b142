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

import java.util.Arrays;
import java.util.Map;

/**
 * The dimension keys of the observations of an open chunk, each with its {@link Map#hashCode()} as
 * the row mapping computed it from its {@link RowEntries}: a look-up hashes nothing, and compares
 * maps only where the hashes are equal. Open addressing, grown at half full; emptied per chunk. Not
 * thread-safe.
 */
final class ChunkKeys {

  private int[] hashes = new int[64];
  private Object[] keys = new Object[64];
  private int size;

  /** Empties it. */
  void clear() {
    if (size > 0) {
      Arrays.fill(keys, null);
      size = 0;
    }
  }

  /** Returns whether a key equal to {@code key}, whose hash code is {@code hash}, is in it. */
  boolean contains(Map<String, String> key, int hash) {
    int mask = keys.length - 1;
    for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && keys[i].equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Adds a key whose hash code is {@code hash}. */
  void add(Map<String, String> key, int hash) {
    if (contains(key, hash)) {
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    put(key, hash);
    size++;
  }

  private void put(Object key, int hash) {
    int mask = keys.length - 1;
    int i = spread(hash) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = hash;
  }

  private void grow() {
    Object[] oldKeys = keys;
    int[] oldHashes = hashes;
    keys = new Object[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldHashes[i]);
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}

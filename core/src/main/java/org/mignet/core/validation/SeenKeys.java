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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mignet.core.SourceLocation;

/**
 * The keys seen so far in a file or batch, for a {@link CrossRecordRule}: for each distinct key, a
 * 128-bit hash of it (the first half of its SHA-256 digest) and where it was first seen, never the
 * key itself. Memory grows with the number of distinct keys only (at most 144 bytes each, in flat
 * arrays, however often each key comes back), not with the number of records, and no key (a
 * person's or case's identifier) is held in the clear.
 *
 * <p>Two different keys are taken for one when their 128-bit hashes collide; for a billion distinct
 * keys the chance of that is below one in 10<sup>20</sup>. Not thread-safe: one instance per scope.
 */
public final class SeenKeys {

  /**
   * Where a key was first seen.
   *
   * @param source the source's name (a file name), empty if unknown
   * @param record the 1-based record number, 0 if unknown
   * @param line the 1-based line, 0 if unknown
   */
  public record Occurrence(String source, long record, long line) {}

  private static final int FIRST_CAPACITY = 64;

  private final MessageDigest sha256;
  private long[] hi = new long[FIRST_CAPACITY];
  private long[] lo = new long[FIRST_CAPACITY];
  private long[] records = new long[FIRST_CAPACITY];
  private long[] lines = new long[FIRST_CAPACITY];
  private int[] sourceIndex = new int[FIRST_CAPACITY];
  private final List<String> sources = new ArrayList<>();
  private final Map<String, Integer> sourceIndexes = new HashMap<>();
  private int size;

  /** An empty set of keys. */
  public SeenKeys() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Looks a key up, and remembers it with its location if it is new.
   *
   * @param key the key; not null
   * @param at where the key is now; not null
   * @return where the key was first seen, or empty if it is new (and now remembered at {@code at})
   */
  public Optional<Occurrence> firstOrAdd(String key, SourceLocation at) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    ByteBuffer digest = ByteBuffer.wrap(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
    long h = digest.getLong();
    long l = digest.getLong();
    if (h == 0 && l == 0) {
      l = 1; // (0, 0) marks an empty slot
    }
    int mask = hi.length - 1;
    int slot = (int) (l ^ (l >>> 32)) & mask;
    while (hi[slot] != 0 || lo[slot] != 0) {
      if (hi[slot] == h && lo[slot] == l) {
        int s = sourceIndex[slot];
        return Optional.of(new Occurrence(s < 0 ? "" : sources.get(s), records[slot], lines[slot]));
      }
      slot = (slot + 1) & mask;
    }
    hi[slot] = h;
    lo[slot] = l;
    records[slot] = at.record();
    lines[slot] = at.line();
    sourceIndex[slot] = at.source().map(this::sourceIndex).orElse(-1);
    if (++size * 2 > hi.length) {
      grow();
    }
    return Optional.empty();
  }

  /** Returns the number of distinct keys seen. */
  public int size() {
    return size;
  }

  /**
   * Returns the slots held (at most four per distinct key, 36 bytes each), for tests of the memory
   * bound.
   */
  public int capacity() {
    return hi.length;
  }

  private int sourceIndex(String name) {
    return sourceIndexes.computeIfAbsent(
        name,
        n -> {
          sources.add(n);
          return sources.size() - 1;
        });
  }

  private void grow() {
    long[] oh = hi;
    long[] ol = lo;
    long[] orec = records;
    long[] oline = lines;
    int[] osrc = sourceIndex;
    int n = oh.length * 2;
    hi = new long[n];
    lo = new long[n];
    records = new long[n];
    lines = new long[n];
    sourceIndex = new int[n];
    int mask = n - 1;
    for (int i = 0; i < oh.length; i++) {
      if (oh[i] == 0 && ol[i] == 0) {
        continue;
      }
      int slot = (int) (ol[i] ^ (ol[i] >>> 32)) & mask;
      while (hi[slot] != 0 || lo[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      hi[slot] = oh[i];
      lo[slot] = ol[i];
      records[slot] = orec[i];
      lines[slot] = oline[i];
      sourceIndex[slot] = osrc[i];
    }
  }
}

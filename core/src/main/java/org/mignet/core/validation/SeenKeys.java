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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.mignet.core.SourceLocation;

/**
 * The keys seen so far in a file or batch, for a {@link CrossRecordRule}: for each distinct key, a
 * keyed 64-bit fingerprint of it and where it was first seen, never the key itself. Memory grows
 * with the number of distinct keys only, not with the number of records: 16 bytes a slot (the
 * fingerprint, then the record and line numbers as two unsigned 32-bit halves of one {@code long}),
 * about 20 to 30 bytes a distinct key with the free slots, plus two bytes a slot once keys come
 * from more than one source. The slots sit in 1,024 pages that grow by half, one at a time, so
 * growing never holds two copies of the whole set (a 1 GB file of distinct identifiers validates in
 * a 64 MB heap).
 *
 * <p><b>Privacy.</b> Each instance draws a random 128-bit key from {@link SecureRandom} and hashes
 * every key with SipHash-2-4 (128-bit output) under it. The secret key lives in this object only
 * and is never written out, so a fingerprint cannot be reversed by hashing a list of likely
 * identifiers (passport or case numbers are guessable), and fingerprints from two runs, or from two
 * scopes of one run, cannot be linked to each other. Nothing of a key but its fingerprint is kept.
 *
 * <p><b>Collisions.</b> Two different keys are taken for one (and the second is reported as a
 * repeat of the first, the same behaviour as a true repeat) when their hashes agree on the 10 bits
 * that choose the page and the 64-bit fingerprint: for {@code n} distinct keys the chance of any
 * such pair is about n<sup>2</sup>/2<sup>75</sup>, below one in 10<sup>10</sup> for a million keys
 * and about one in 40,000 for a billion. A collision can only add a false repeat, never hide a true
 * one; because the hash key is random, it is not repeatable from one run to the next and nobody can
 * craft keys that collide.
 *
 * <p><b>Limits.</b> Record and line numbers up to 4,294,967,295 and up to 65,535 distinct source
 * names; beyond them {@link #firstOrAdd} throws {@link IllegalArgumentException} rather than keep a
 * wrong location. Not thread-safe: one instance per scope.
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

  private static final int PAGE_BITS = 10;
  private static final int FIRST_PAGE_SLOTS = 8;
  private static final long MAX_NUMBER = 0xFFFF_FFFFL;
  private static final int MAX_SOURCES = Character.MAX_VALUE;

  /** Where the per-instance hash keys come from; created on first use. */
  private static final class Keys {
    static final SecureRandom RANDOM = new SecureRandom();
  }

  private final BiConsumer<String, long[]> hash;
  private final long[] digest = new long[2];
  // Each page is one open-addressing table, linear probing: slot i is the fingerprint at 2i (0
  // marks a free slot) and where it was first seen at 2i + 1, so that a look-up touches one array
  // and, most often, one cache line of it (the keys of a large file hit the pages at random).
  private final long[] @Nullable [] pages = new long[1 << PAGE_BITS][];
  // the keys in each page
  private final int[] pageSizes = new int[1 << PAGE_BITS];
  // the source code of each slot of a page; null while every slot in the page has firstSource's
  // code
  private final char[] @Nullable [] pageSources = new char[1 << PAGE_BITS][];
  private final List<String> sourceNames = new ArrayList<>();
  private final Map<String, Integer> sourceCodes = new HashMap<>();
  // the source code of the first key: a page stores no codes while all its keys have this one
  private int firstSource = -1;
  // the last source name looked up and its code: the keys of one file come one after another
  private @Nullable String lastSource;
  private int lastSourceCode;
  private int size;
  private int capacity;

  /** An empty set of keys, hashed under a fresh random key. */
  public SeenKeys() {
    this(new SipHash128(Keys.RANDOM.nextLong(), Keys.RANDOM.nextLong())::hash);
  }

  /**
   * An empty set of keys hashed by {@code hash}, which writes a key's 128-bit hash into the array;
   * for tests that need collisions.
   */
  SeenKeys(BiConsumer<String, long[]> hash) {
    this.hash = hash;
  }

  /**
   * Looks a key up, and remembers it with its location if it is new.
   *
   * @param key the key; not null
   * @param at where the key is now; not null
   * @return where the key was first seen, or empty if it is new (and now remembered at {@code at})
   * @throws IllegalArgumentException if a new key's record or line number is above 4,294,967,295,
   *     or its source would be the 65,536th distinct one
   */
  public Optional<Occurrence> firstOrAdd(String key, SourceLocation at) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    hash.accept(key, digest);
    return firstOrAdd(digest, at);
  }

  /**
   * Returns a key's hash under this set's secret key, for {@link #firstOrAdd(long[],
   * SourceLocation)}: thread-safe (it reads nothing of the set but its immutable hash key), so a
   * pipeline hashes on its worker threads and keeps only the look-up in input order.
   *
   * @param key the key; not null
   * @return a new array of the 128-bit hash
   */
  long[] hash(String key) {
    long[] out = new long[2];
    hash.accept(Objects.requireNonNull(key, "key"), out);
    return out;
  }

  /**
   * Looks a key up by its {@link #hash(String)}, and remembers it with its location if it is new,
   * as {@link #firstOrAdd(String, SourceLocation)} does.
   */
  Optional<Occurrence> firstOrAdd(long[] h, SourceLocation at) {
    Objects.requireNonNull(at, "at");
    long fingerprint = h[0] == 0 ? 1 : h[0]; // 0 marks a free slot
    int p = (int) (h[1] >>> (64 - PAGE_BITS));
    long[] table = pages[p];
    if (table == null) {
      table = new long[2 * FIRST_PAGE_SLOTS];
      pages[p] = table;
      capacity += FIRST_PAGE_SLOTS;
    }
    int slots = table.length >> 1;
    int slot = home(fingerprint, slots);
    while (table[2 * slot] != 0) {
      if (table[2 * slot] == fingerprint) {
        long where = table[2 * slot + 1];
        char[] codes = pageSources[p];
        int code = codes == null ? firstSource : codes[slot];
        return Optional.of(
            new Occurrence(
                code == 0 ? "" : sourceNames.get(code - 1), where >>> 32, where & MAX_NUMBER));
      }
      slot = slot + 1 == slots ? 0 : slot + 1;
    }
    if (at.record() > MAX_NUMBER || at.line() > MAX_NUMBER) {
      throw new IllegalArgumentException(
          "SeenKeys keeps record and line numbers up to "
              + MAX_NUMBER
              + "; found record "
              + at.record()
              + ", line "
              + at.line());
    }
    int code = at.source().map(this::sourceCode).orElse(0);
    if (firstSource < 0) {
      firstSource = code;
    }
    table[2 * slot] = fingerprint;
    table[2 * slot + 1] = at.record() << 32 | at.line();
    char[] codes = pageSources[p];
    if (codes != null) {
      codes[slot] = (char) code;
    } else if (code != firstSource) {
      codes = new char[slots];
      java.util.Arrays.fill(codes, (char) firstSource);
      codes[slot] = (char) code;
      pageSources[p] = codes;
    }
    size++;
    // grow by half past a load of 4/5: short probe runs, and never more than one page copied at
    // once
    if (++pageSizes[p] * 5L > slots * 4L) {
      grow(p, table);
    }
    return Optional.empty();
  }

  /** Returns the number of distinct keys seen. */
  public int size() {
    return size;
  }

  /**
   * Returns the slots held over all pages (16 bytes each, 18 once keys come from several sources),
   * for tests of the memory bound.
   */
  public int capacity() {
    return capacity;
  }

  /** The first slot to try for a fingerprint in a table of {@code slots} slots. */
  private static int home(long fingerprint, int slots) {
    return (int) (((fingerprint >>> 32) * slots) >>> 32);
  }

  @SuppressWarnings("ReferenceEquality") // an identity hit is only a shortcut: a miss looks by name
  private int sourceCode(String name) {
    if (name == lastSource) {
      return lastSourceCode;
    }
    int code = lookUpSource(name);
    lastSource = name;
    lastSourceCode = code;
    return code;
  }

  private int lookUpSource(String name) {
    Integer known = sourceCodes.get(name);
    if (known != null) {
      return known;
    }
    if (sourceNames.size() == MAX_SOURCES) {
      throw new IllegalArgumentException(
          "SeenKeys keeps keys from up to " + MAX_SOURCES + " sources; this is one more");
    }
    sourceNames.add(name);
    sourceCodes.put(name, sourceNames.size());
    return sourceNames.size();
  }

  private void grow(int p, long[] old) {
    char[] oldCodes = pageSources[p];
    int oldSlots = old.length >> 1;
    int n = oldSlots + (oldSlots >> 1);
    long[] table = new long[2 * n];
    char[] codes = oldCodes == null ? null : new char[n];
    for (int i = 0; i < oldSlots; i++) {
      long f = old[2 * i];
      if (f == 0) {
        continue;
      }
      int slot = home(f, n);
      while (table[2 * slot] != 0) {
        slot = slot + 1 == n ? 0 : slot + 1;
      }
      table[2 * slot] = f;
      table[2 * slot + 1] = old[2 * i + 1];
      if (codes != null && oldCodes != null) {
        codes[slot] = oldCodes[i];
      }
    }
    pages[p] = table;
    pageSources[p] = codes;
    capacity += n - oldSlots;
  }
}

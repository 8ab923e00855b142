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
 * a 64 MB heap). Up to 43,690 distinct keys (a file of a few thousand records, the common case)
 * they sit instead in one table of at most 65,536 slots, with the 10 page bits of each key beside
 * its slot (18 bytes a slot, at most about 1.2 MB, and twice that for the moment it doubles): a
 * look-up there reads one place in memory instead of a page, then its arrays. Past that the table's
 * keys move into the pages once, and the table is dropped.
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
  private static final int FLAT_FIRST_SLOTS = 64;
  private static final int FLAT_MAX_SLOTS = 1 << 16;

  /** Where the per-instance hash keys come from; created on first use. */
  private static final class Keys {
    static final SecureRandom RANDOM = new SecureRandom();
  }

  /** One page's open-addressing table, linear probing, {@code 0} marks a free slot. */
  private static final class Page {
    long[] fingerprints;
    long[] where;
    // the source code of each slot; null while every slot in the page has firstSource's code
    char @Nullable [] sources;
    int size;

    Page(int slots) {
      fingerprints = new long[slots];
      where = new long[slots];
    }
  }

  private final BiConsumer<String, long[]> hash;
  private final long[] digest = new long[2];
  private final @Nullable Page[] pages = new Page[1 << PAGE_BITS];

  // while the set is small: one table of (fingerprint, where) pairs side by side, linear probing,
  // 0 marks a free slot; null once its keys have moved into the pages
  private long @Nullable [] flat = new long[2 * FLAT_FIRST_SLOTS];
  // the page bits of each slot of flat: a key there is its page bits and its fingerprint
  private char[] flatPages = new char[FLAT_FIRST_SLOTS];
  // the source code of each slot of flat; null while every key has firstSource's code
  private char @Nullable [] flatSources;
  private final List<String> sourceNames = new ArrayList<>();
  private final Map<String, Integer> sourceCodes = new HashMap<>();
  // the source code of the first key: a page stores no codes while all its keys have this one
  private int firstSource = -1;
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
    capacity = FLAT_FIRST_SLOTS;
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
    long[] table = flat;
    if (table != null) {
      return firstOrAddFlat(table, fingerprint, p, at);
    }
    Page page = pages[p];
    if (page == null) {
      page = new Page(FIRST_PAGE_SLOTS);
      pages[p] = page;
      capacity += FIRST_PAGE_SLOTS;
    }
    long[] fingerprints = page.fingerprints;
    int slots = fingerprints.length;
    int slot = home(fingerprint, slots);
    while (fingerprints[slot] != 0) {
      if (fingerprints[slot] == fingerprint) {
        long where = page.where[slot];
        return Optional.of(occurrence(page.sources, slot, where));
      }
      slot = slot + 1 == slots ? 0 : slot + 1;
    }
    int code = newKeyCode(at);
    fingerprints[slot] = fingerprint;
    page.where[slot] = at.record() << 32 | at.line();
    page.sources = withSource(page.sources, slots, slot, code);
    size++;
    // grow by half past a load of 4/5: short probe runs, and never more than one page copied at
    // once
    if (++page.size * 5L > slots * 4L) {
      grow(page);
    }
    return Optional.empty();
  }

  /** Returns where a key was first seen: its slot's source code (see {@link #withSource}). */
  private Occurrence occurrence(char @Nullable [] codes, int slot, long where) {
    int code = codes == null ? firstSource : codes[slot];
    return new Occurrence(
        code == 0 ? "" : sourceNames.get(code - 1), where >>> 32, where & MAX_NUMBER);
  }

  /**
   * Records a slot's source code: the codes of a table stay null while every key of it comes from
   * the first source, and are made (filled with that source) when another comes; returns the codes.
   */
  private char @Nullable [] withSource(char @Nullable [] codes, int slots, int slot, int code) {
    if (codes != null) {
      codes[slot] = (char) code;
      return codes;
    }
    if (code == firstSource) {
      return null;
    }
    char[] made = new char[slots];
    java.util.Arrays.fill(made, (char) firstSource);
    made[slot] = (char) code;
    return made;
  }

  /** {@link #firstOrAdd(long[], SourceLocation)} while the keys sit in the one table. */
  private Optional<Occurrence> firstOrAddFlat(
      long[] table, long fingerprint, int p, SourceLocation at) {
    int slots = flatPages.length;
    int slot = home(fingerprint, slots);
    long f;
    while ((f = table[2 * slot]) != 0) {
      if (f == fingerprint && flatPages[slot] == p) {
        long where = table[2 * slot + 1];
        return Optional.of(occurrence(flatSources, slot, where));
      }
      slot = slot + 1 == slots ? 0 : slot + 1;
    }
    int code = newKeyCode(at);
    table[2 * slot] = fingerprint;
    table[2 * slot + 1] = at.record() << 32 | at.line();
    flatPages[slot] = (char) p;
    flatSources = withSource(flatSources, slots, slot, code);
    size++;
    // doubles past a load of 2/3; past its largest size its keys move into the pages
    if (size * 3L > slots * 2L) {
      if (slots < FLAT_MAX_SLOTS) {
        growFlat(table, slots * 2);
      } else {
        spill(table);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks a new key's record and line numbers against the limits, and returns its source's code (0
   * for none).
   */
  private int newKeyCode(SourceLocation at) {
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
    return code;
  }

  private void growFlat(long[] table, int n) {
    int slots = flatPages.length;
    long[] grown = new long[2 * n];
    char[] pageBits = new char[n];
    char[] oldCodes = flatSources;
    char[] codes = oldCodes == null ? null : new char[n];
    for (int i = 0; i < slots; i++) {
      long f = table[2 * i];
      if (f == 0) {
        continue;
      }
      int slot = home(f, n);
      while (grown[2 * slot] != 0) {
        slot = slot + 1 == n ? 0 : slot + 1;
      }
      grown[2 * slot] = f;
      grown[2 * slot + 1] = table[2 * i + 1];
      pageBits[slot] = flatPages[i];
      if (codes != null && oldCodes != null) {
        codes[slot] = oldCodes[i];
      }
    }
    flat = grown;
    flatPages = pageBits;
    flatSources = codes;
    capacity += n - slots;
  }

  /** Moves the table's keys into the pages, each by its page bits, and drops the table. */
  private void spill(long[] table) {
    int slots = flatPages.length;
    char[] codes = flatSources;
    flat = null;
    capacity -= slots;
    for (int i = 0; i < slots; i++) {
      long f = table[2 * i];
      if (f == 0) {
        continue;
      }
      int p = flatPages[i];
      Page page = pages[p];
      if (page == null) {
        page = new Page(FIRST_PAGE_SLOTS);
        pages[p] = page;
        capacity += FIRST_PAGE_SLOTS;
      }
      int n = page.fingerprints.length;
      int slot = home(f, n);
      while (page.fingerprints[slot] != 0) {
        slot = slot + 1 == n ? 0 : slot + 1;
      }
      int code = codes == null ? firstSource : codes[i];
      page.fingerprints[slot] = f;
      page.where[slot] = table[2 * i + 1];
      if (page.sources != null) {
        page.sources[slot] = (char) code;
      } else if (code != firstSource) {
        char[] pageCodes = new char[n];
        java.util.Arrays.fill(pageCodes, (char) firstSource);
        pageCodes[slot] = (char) code;
        page.sources = pageCodes;
      }
      if (++page.size * 5L > n * 4L) {
        grow(page);
      }
    }
    flatPages = new char[0];
    flatSources = null;
  }

  /** Returns the number of distinct keys seen. */
  public int size() {
    return size;
  }

  /**
   * Returns the slots held over all pages (16 bytes each, 18 once keys come from several sources),
   * or in the one table while the set is small (18 bytes each, 20 with several sources), for tests
   * of the memory bound.
   */
  public int capacity() {
    return capacity;
  }

  /** The first slot to try for a fingerprint in a table of {@code slots} slots. */
  private static int home(long fingerprint, int slots) {
    return (int) (((fingerprint >>> 32) * slots) >>> 32);
  }

  private int sourceCode(String name) {
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

  private void grow(Page page) {
    long[] oldFingerprints = page.fingerprints;
    long[] oldWhere = page.where;
    char[] oldCodes = page.sources;
    int n = oldFingerprints.length + (oldFingerprints.length >> 1);
    long[] fingerprints = new long[n];
    long[] where = new long[n];
    char[] codes = oldCodes == null ? null : new char[n];
    for (int i = 0; i < oldFingerprints.length; i++) {
      long f = oldFingerprints[i];
      if (f == 0) {
        continue;
      }
      int slot = home(f, n);
      while (fingerprints[slot] != 0) {
        slot = slot + 1 == n ? 0 : slot + 1;
      }
      fingerprints[slot] = f;
      where[slot] = oldWhere[i];
      if (codes != null && oldCodes != null) {
        codes[slot] = oldCodes[i];
      }
    }
    page.fingerprints = fingerprints;
    page.where = where;
    page.sources = codes;
    capacity += n - oldFingerprints.length;
  }
}

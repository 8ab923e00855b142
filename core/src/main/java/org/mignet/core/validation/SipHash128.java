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

/**
 * SipHash-2-4 with a 128-bit output (Aumasson and Bernstein, "SipHash: a fast short-input PRF",
 * 2012, and the reference implementation's 128-bit variant) over the UTF-16 code units of a string,
 * taken as their little-endian bytes. A keyed pseudo-random function: without the 128-bit key,
 * nobody can tell which string gave a hash, nor find two strings with one hash. Immutable and
 * thread-safe.
 */
final class SipHash128 {

  private final long k0;
  private final long k1;

  /** A hash under the key {@code (k0, k1)}, each half read as little-endian bytes. */
  SipHash128(long k0, long k1) {
    this.k0 = k0;
    this.k1 = k1;
  }

  /**
   * Hashes a string's UTF-16 code units (two little-endian bytes each, as {@code UTF_16LE} encodes
   * them), without encoding it.
   *
   * @param s the string; not null
   * @param out receives the 128-bit hash: {@code out[0]} the first eight bytes of the reference
   *     output read as a little-endian long, {@code out[1]} the last eight
   */
  void hash(CharSequence s, long[] out) {
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL ^ 0xeeL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    int n = s.length();
    // the chars in one bulk copy: reading a String char by char checks its coder and bounds each
    // time
    char[] c = new char[n];
    if (s instanceof String t) {
      t.getChars(0, n, c, 0);
    } else {
      for (int i = 0; i < n; i++) {
        c[i] = s.charAt(i);
      }
    }
    int full = n & ~3;
    for (int i = 0; i < full; i += 4) {
      long m = c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48;
      v3 ^= m;
      for (int r = 0; r < 2; r++) {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v2 = Long.rotateLeft(v2, 32);
      }
      v0 ^= m;
    }
    // the last block carries the message length in bytes, mod 256, in its top byte
    long last = (2L * n) << 56;
    for (int i = full, shift = 0; i < n; i++, shift += 16) {
      last |= (long) c[i] << shift;
    }
    v3 ^= last;
    for (int r = 0; r < 2; r++) {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
    }
    v0 ^= last;
    v2 ^= 0xeeL;
    for (int r = 0; r < 4; r++) {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
    }
    out[0] = v0 ^ v1 ^ v2 ^ v3;
    v1 ^= 0xddL;
    for (int r = 0; r < 4; r++) {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
    }
    out[1] = v0 ^ v1 ^ v2 ^ v3;
  }
}

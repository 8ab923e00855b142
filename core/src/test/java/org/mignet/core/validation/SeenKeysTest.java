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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.mignet.core.SourceLocation;

class SeenKeysTest {

  private static SourceLocation at(String file, long record, long line) {
    return SourceLocation.of(file).withRecord(record).withLine(line, 0);
  }

  /** The reference key 00 01 … 0f, as two little-endian longs. */
  private static final SipHash128 REFERENCE =
      new SipHash128(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);

  /** The reference message of {@code bytes} bytes 00 01 02 …, as UTF-16LE code units. */
  private static String message(int bytes) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < bytes; i += 2) {
      s.append((char) ((i + 1) << 8 | i));
    }
    return s.toString();
  }

  private static String hex(String s) {
    long[] out = new long[2];
    REFERENCE.hash(s, out);
    return HexFormat.of()
        .formatHex(
            java.nio.ByteBuffer.allocate(16)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putLong(out[0])
                .putLong(out[1])
                .array());
  }

  @Test
  void sipHashGivesTheReferenceImplementationsOutputs() {
    // vectors_sip128 of the reference implementation (github.com/veorq/SipHash, vectors.h), rows 0,
    // 2, 8, 10, 16
    assertThat(hex(message(0))).isEqualTo("a3817f04ba25a8e66df67214c7550293");
    assertThat(hex(message(2))).isEqualTo("8177228da4a45dc7fca38bdef60affe4");
    assertThat(hex(message(8))).isEqualTo("3b62a9ba6258f5610f83e264f31497b4");
    assertThat(hex(message(10))).isEqualTo("00110dc378146956c95447d3f3d0fbba");
    assertThat(hex(message(16))).isEqualTo("6ee2a4ca67b054bbfd3315bf85230577");
  }

  @Test
  void keysThatCollideAreTakenForOneAndTheFirstLocationIsKept() {
    // every key hashes alike: the second is reported as a repeat of the first, as for a true repeat
    SeenKeys seen =
        new SeenKeys(
            (key, out) -> {
              out[0] = 42;
              out[1] = 7;
            });
    assertThat(seen.firstOrAdd("a", at("f", 1, 2))).isEmpty();
    assertThat(seen.firstOrAdd("b", at("g", 5, 6))).hasValue(new SeenKeys.Occurrence("f", 1, 2));
    assertThat(seen.size()).isEqualTo(1);
  }

  @Test
  void keysOnOnePageWithOneHomeSlotStayApart() {
    // same page and same home slot, different fingerprints: linear probing keeps both
    SeenKeys seen =
        new SeenKeys(
            (key, out) -> {
              out[0] = 0x1234_5678_0000_0000L | key.length();
              out[1] = 0;
            });
    for (int i = 1; i <= 100; i++) {
      assertThat(seen.firstOrAdd("x".repeat(i), at("f", i, i))).isEmpty();
    }
    for (int i = 1; i <= 100; i++) {
      assertThat(seen.firstOrAdd("x".repeat(i), at("f", 999, 999)))
          .hasValue(new SeenKeys.Occurrence("f", i, i));
    }
    assertThat(seen.size()).isEqualTo(100);
  }

  @Test
  void aZeroFingerprintIsStillAKey() {
    SeenKeys seen =
        new SeenKeys(
            (key, out) -> {
              out[0] = 0;
              out[1] = 0;
            });
    assertThat(seen.firstOrAdd("a", at("f", 3, 4))).isEmpty();
    assertThat(seen.firstOrAdd("a", at("f", 9, 9))).hasValue(new SeenKeys.Occurrence("f", 3, 4));
  }

  @Test
  void eachKeyRemembersItsOwnSourceOnceSeveralSourcesMix() {
    SeenKeys seen = new SeenKeys();
    for (int i = 0; i < 5_000; i++) {
      seen.firstOrAdd("k" + i, at(i < 2_500 ? "first.csv" : "second.csv", i + 1, i + 2));
    }
    seen.firstOrAdd("unknown-place", SourceLocation.unknown());
    assertThat(seen.firstOrAdd("k10", at("x", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("first.csv", 11, 12));
    assertThat(seen.firstOrAdd("k4000", at("x", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("second.csv", 4001, 4002));
    assertThat(seen.firstOrAdd("unknown-place", at("x", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("", 0, 0));
  }

  @Test
  void recordAndLineNumbersUseTheFullUnsigned32BitRange() {
    SeenKeys seen = new SeenKeys();
    seen.firstOrAdd("big", at("f", 0xFFFF_FFFFL, 0xFFFF_FFFEL));
    assertThat(seen.firstOrAdd("big", at("f", 1, 1)))
        .hasValue(new SeenKeys.Occurrence("f", 0xFFFF_FFFFL, 0xFFFF_FFFEL));
  }

  @Test
  void aRecordNumberBeyondTheRangeIsRefusedNotWrapped() {
    SeenKeys seen = new SeenKeys();
    assertThatThrownBy(() -> seen.firstOrAdd("k", at("f", 1L << 32, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4294967296");
  }

  @Test
  void twoScopesHashUnderDifferentKeys() {
    // the random per-instance key: one string, two instances, two fingerprints (equal with chance
    // 2^-128)
    long[] a = new long[2];
    long[] b = new long[2];
    new SipHash128(1, 2).hash("case-1", a);
    new SipHash128(3, 4).hash("case-1", b);
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void anyCharSequenceHashesAsTheStringOfItsChars() {
    for (int bytes = 0; bytes < 64; bytes += 2) {
      String s = message(bytes) + "\u00e9\u4e2d";
      long[] a = new long[2];
      long[] b = new long[2];
      REFERENCE.hash(s, a);
      REFERENCE.hash(new StringBuilder(s), b);
      assertThat(b).as("%d", bytes).containsExactly(a);
    }
  }

  @Test
  void keysKeepTheirFirstPlaceAcrossTheMoveFromTheTableIntoThePages() {
    // past 43,690 distinct keys the one table's keys move into the pages: every key is still found,
    // with its first source, record and line, before and after the move
    SeenKeys seen = new SeenKeys();
    int keys = 100_000;
    for (int i = 0; i < keys; i++) {
      // a second source from the 20,000th key: the table and then the pages keep a code per slot
      String file = i < 20_000 ? "a.csv" : i % 2 == 0 ? "b.csv" : "c.csv";
      assertThat(seen.firstOrAdd("id-" + i, at(file, i + 1, i + 2))).as("%d", i).isEmpty();
      if (i % 9_973 == 0) {
        assertThat(seen.firstOrAdd("id-" + (i / 2), at("z.csv", 1, 1)))
            .hasValue(
                new SeenKeys.Occurrence(
                    i / 2 < 20_000 ? "a.csv" : i / 2 % 2 == 0 ? "b.csv" : "c.csv",
                    i / 2 + 1,
                    i / 2 + 2));
      }
    }
    assertThat(seen.size()).isEqualTo(keys);
    assertThat(seen.capacity()).isGreaterThanOrEqualTo(keys).isLessThanOrEqualTo(2 * keys);
    for (int i = 0; i < keys; i++) {
      String file = i < 20_000 ? "a.csv" : i % 2 == 0 ? "b.csv" : "c.csv";
      assertThat(seen.firstOrAdd("id-" + i, at("z.csv", 1, 1)))
          .as("%d", i)
          .hasValue(new SeenKeys.Occurrence(file, i + 1, i + 2));
    }
    assertThat(seen.size()).isEqualTo(keys);
  }

  @Test
  void aKeyIsItsPageBitsAndItsFingerprintInTheTableAndInThePages() {
    // key i: fingerprint i / 2 + 1, page bits i % 2 (and bits below the page bits that do not
    // count); a key that agrees on both is taken for the same key
    SeenKeys seen =
        new SeenKeys(
            (key, out) -> {
              int i = Integer.parseInt(key.substring(1));
              out[0] = i / 2 + 1;
              out[1] = (long) (i % 2) << 54 | (key.charAt(0) == 'y' ? 12345 : 0);
            });
    int keys = 60_000;
    for (int i = 0; i < keys; i++) {
      assertThat(seen.firstOrAdd("x" + i, at("f", i + 1, 0))).as("%d", i).isEmpty();
      if (i == 1_000) {
        assertThat(seen.firstOrAdd("y" + 999, at("g", 1, 1)))
            .hasValue(new SeenKeys.Occurrence("f", 1_000, 0));
      }
    }
    assertThat(seen.size()).isEqualTo(keys);
    for (int i = 0; i < keys; i++) {
      assertThat(seen.firstOrAdd("y" + i, at("g", 1, 1)))
          .as("%d", i)
          .hasValue(new SeenKeys.Occurrence("f", i + 1, 0));
    }
    assertThat(seen.size()).isEqualTo(keys);
  }
}

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
package org.mignet.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UTF-8 handed to the decoder in slices decodes to the same chars, and fails at the same line, as
 * in one piece: multi-byte characters cut at every slice and buffer edge, reads of every size.
 */
class CheckedDecodingSlicesTest {

  private static final String[] PIECES = {
    "a", "bc", "\n", "\r\n", ",", "\u00e9", "\u4e2d", "\ud83d\ude00", "\u00e9\u00e9", " "
  };

  private static String text(SplittableRandom random, int chars) {
    StringBuilder b = new StringBuilder();
    while (b.length() < chars) {
      // long ASCII runs with a multi-byte character now and then, as in the exports
      b.append(random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : "abcdefgh");
    }
    return b.toString();
  }

  private static String readAll(byte[] bytes, SplittableRandom random) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader r = new CheckedDecoding(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      char[] buffer = new char[5000];
      while (true) {
        // one char at a time now and then: a character outside the BMP then comes in two reads
        int n = r.read(buffer, 0, 1 + random.nextInt(random.nextBoolean() ? 7 : buffer.length - 1));
        if (n < 0) {
          return out.toString();
        }
        out.append(buffer, 0, n);
      }
    }
  }

  @Test
  void decodesTheSameCharsWhateverTheSlicesAndReadsCut() throws IOException {
    SplittableRandom random = new SplittableRandom(23);
    for (int n = 0; n < 60; n++) {
      String text = text(random, random.nextInt(30_000));
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(readAll(bytes, random)).isEqualTo(text);
    }
    // a character across the first slice's edge, at each of its bytes
    for (int at = CheckedDecoding.SLICE - 4; at <= CheckedDecoding.SLICE; at++) {
      String text = "a".repeat(at) + "\ud83d\ude00\u4e2d\u00e9" + "b".repeat(9000);
      assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), random)).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32"})
  void readsACharacterOutsideTheBmpOneCharAtATimeWithoutEndingTheText(String name)
      throws IOException {
    Charset encoding = Charset.forName(name);
    String text = "\ud83d\ude00a\r\n\ud83d\udc4d\r\ud840\udc00\n\u00e9\ud83d\ude00";
    StringBuilder out = new StringBuilder();
    try (Reader r =
        new CheckedDecoding(new ByteArrayInputStream(text.getBytes(encoding)), encoding)) {
      for (int c = r.read(); c >= 0; c = r.read()) {
        out.append((char) c);
      }
    }
    assertThat(out.toString()).isEqualTo(text);
  }

  @Test
  void namesTheLineOfBadBytesRightAfterACharacterReadInTwoHalves() {
    // a one-char read meets the pair; the bad byte after it is found when the pair is decoded
    byte[] good = "a\n\ud83d\ude00".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xFF;
    StringBuilder out = new StringBuilder();
    assertThatThrownBy(
            () -> {
              try (Reader r =
                  new CheckedDecoding(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                for (int c = r.read(); c >= 0; c = r.read()) {
                  out.append((char) c);
                }
              }
            })
        .isInstanceOf(CheckedDecoding.Undecodable.class)
        .satisfies(e -> assertThat(((CheckedDecoding.Undecodable) e).line()).isEqualTo(2));
    assertThat(out.toString()).isEqualTo("a\n\ud83d\ude00");
  }

  @Test
  void namesTheSameLineForBadBytesWhereverTheyFall() {
    SplittableRandom random = new SplittableRandom(29);
    for (int n = 0; n < 300; n++) {
      String text = text(random, 2_000 + random.nextInt(20_000));
      byte[] good = text.getBytes(StandardCharsets.UTF_8);
      int at = random.nextInt(good.length);
      // a stray continuation byte or a lead byte without its continuation
      byte bad = random.nextBoolean() ? (byte) 0x80 : (byte) 0xE2;
      byte[] bytes = Arrays.copyOf(good, good.length + 2);
      System.arraycopy(good, at, bytes, at + 2, good.length - at);
      bytes[at] = bad;
      bytes[at + 1] = 'x';
      // the line of the bad byte: line ends in the bytes before it (before a cut character, too)
      String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
      long line =
          1 + before.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
      assertThatThrownBy(() -> readAll(bytes, random))
          .isInstanceOf(CheckedDecoding.Undecodable.class)
          .satisfies(e -> assertThat(((CheckedDecoding.Undecodable) e).line()).isEqualTo(line));
    }
  }
}

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

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 check of encoding detection, against the JDK's own decoder (errors reported) as the
 * oracle: the same verdict on every sample, whole input or cut short.
 */
class TextDetectionUtf8Test {

  /** Bytes at the edges of UTF-8's ranges, where a hand-written check goes wrong. */
  private static final int[] EDGES = {
    0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec,
    0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf7, 0xf8, 0xfe, 0xff
  };

  /** The decoder's verdict, as encoding detection took it before. */
  private static boolean decodes(byte[] b, int length, boolean complete) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(Math.max(16, length));
    CoderResult r = utf8.decode(ByteBuffer.wrap(b, 0, length), out, complete);
    if (r.isError()) {
      return false;
    }
    if (complete) {
      utf8.flush(out);
    }
    return true;
  }

  @Test
  void givesTheDecodersVerdictOnEverySequenceOfEdgeBytes() {
    SplittableRandom random = new SplittableRandom(20261207);
    int disagreements = 0;
    for (int n = 0; n < 300_000; n++) {
      byte[] b = new byte[random.nextInt(9)];
      for (int i = 0; i < b.length; i++) {
        b[i] =
            (byte)
                (random.nextInt(4) == 0
                    ? random.nextInt(256)
                    : EDGES[random.nextInt(EDGES.length)]);
      }
      for (boolean complete : new boolean[] {true, false}) {
        if (TextDetection.isUtf8(b, b.length, complete) != decodes(b, b.length, complete)) {
          disagreements++;
        }
      }
    }
    assertThat(disagreements).isZero();
  }

  @Test
  void takesRealTextAsUtf8AndLatin1AsWindows1252() {
    byte[] text = "Uzunköprü, Edirne — 𝄞 ok".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDetection.encoding(text, text.length, true)).isEqualTo(StandardCharsets.UTF_8);
    // cut inside the last multi-byte character: UTF-8 while more may follow, not when it is all
    byte[] cut = "abc 𝄞".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDetection.encoding(cut, cut.length - 1, false))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextDetection.encoding(cut, cut.length - 1, true))
        .isEqualTo(TextDetection.WINDOWS_1252);
    byte[] latin1 = "Uzunköprü".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextDetection.encoding(latin1, latin1.length, true))
        .isEqualTo(TextDetection.WINDOWS_1252);
  }

  @Test
  void givesTheDecodersVerdictWhereRunsOfAsciiAreSkippedEightBytesAtATime() {
    // mostly ASCII, an edge byte here and there, and a length short of the array: a bad byte just
    // before, inside or just after a run of eight, or just past the length, is judged as the
    // decoder judges it
    SplittableRandom random = new SplittableRandom(7);
    int disagreements = 0;
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[random.nextInt(48)];
      for (int i = 0; i < b.length; i++) {
        b[i] =
            (byte)
                (random.nextInt(12) == 0
                    ? EDGES[random.nextInt(EDGES.length)]
                    : random.nextInt(128));
      }
      int length = b.length == 0 || random.nextBoolean() ? b.length : random.nextInt(b.length);
      for (boolean complete : new boolean[] {true, false}) {
        if (TextDetection.isUtf8(b, length, complete) != decodes(b, length, complete)) {
          disagreements++;
        }
      }
    }
    assertThat(disagreements).isZero();
  }
}

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
package org.mignet.formats.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks on the NDJSON read path against the JDK code they stand in for, on many
 * generated inputs: {@link LineSource#isUtf8} against the JDK's strict UTF-8 decoder, {@link
 * Instants#parse} against {@link Instant#parse}.
 */
class HandWrittenParsersTest {

  /** Bytes near every boundary of table 3-7: ASCII, continuation bytes, every kind of lead byte. */
  private static final int[] BYTES = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
    0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF
  };

  private static boolean jdkSaysUtf8(byte[] b, int length) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      d.decode(ByteBuffer.wrap(b, 0, length));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void acceptsExactlyTheBytesTheJdkDecoderAccepts() {
    Random r = new Random(11);
    int good = 0;
    int bad = 0;
    for (int n = 0; n < 300_000; n++) {
      byte[] b = new byte[r.nextInt(9)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : BYTES[r.nextInt(BYTES.length)]);
      }
      boolean expected = jdkSaysUtf8(b, b.length);
      assertThat(LineSource.isUtf8(b, 0, b.length))
          .as("%s", java.util.HexFormat.of().formatHex(b))
          .isEqualTo(expected);
      if (expected) {
        good++;
      } else {
        bad++;
      }
    }
    assertThat(good).isGreaterThan(10_000);
    assertThat(bad).isGreaterThan(10_000);
  }

  @Test
  void acceptsEveryCodePointWrittenAsUtf8AndNoSurrogate() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
      if (surrogate) {
        // Java writes a lone surrogate as '?'; its three-byte form must be refused
        b =
            new byte[] {
              (byte) (0xE0 | cp >> 12), (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F)
            };
      }
      assertThat(LineSource.isUtf8(b, 0, b.length)).as("U+%04X", cp).isEqualTo(!surrogate);
    }
  }

  private static Object outcome(java.util.function.Supplier<Instant> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      return e.getMessage() + "|" + e.getParsedString() + "|" + e.getErrorIndex();
    }
  }

  @Test
  void readsInstantsAsInstantParseDoes() {
    Random r = new Random(5);
    String[] fixed = {
      "2024-05-17T08:30:00Z",
      "2024-02-29T23:59:59Z",
      "2023-02-29T00:00:00Z",
      "2024-13-01T00:00:00Z",
      "2024-00-10T00:00:00Z",
      "2024-05-00T00:00:00Z",
      "2024-05-17T24:00:00Z",
      "2024-05-17T23:60:00Z",
      "2024-05-17T23:59:60Z",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59Z",
      "2024-05-17t08:30:00z",
      "2024-05-17T08:30:00.5Z",
      "2024-05-17T08:30:00+01:00",
      "+2024-05-17T08:30:0Z",
      "2024-05-17 08:30:00Z",
      "２０２４-05-17T08:30:00Z",
      "",
      "2024-05-17"
    };
    for (String s : fixed) {
      assertThat(outcome(() -> Instants.parse(s))).as(s).isEqualTo(outcome(() -> Instant.parse(s)));
    }
    char[] noise = {'0', '9', '-', ':', 'T', 'Z', 't', '.', '+', '\u0661', ' '};
    int instants = 0;
    for (int n = 0; n < 100_000; n++) {
      String s =
          String.format(
              Locale.ROOT,
              "%04d-%02d-%02dT%02d:%02d:%02dZ",
              r.nextInt(10_000),
              r.nextInt(14),
              r.nextInt(33),
              r.nextInt(26),
              r.nextInt(62),
              r.nextInt(62));
      if (r.nextInt(4) == 0) {
        char[] c = s.toCharArray();
        c[r.nextInt(c.length)] = noise[r.nextInt(noise.length)];
        s = new String(c);
      }
      String text = s;
      Object expected = outcome(() -> Instant.parse(text));
      assertThat(outcome(() -> Instants.parse(text))).as(text).isEqualTo(expected);
      if (expected instanceof Instant) {
        instants++;
      }
    }
    assertThat(instants).isGreaterThan(20_000);
  }
}

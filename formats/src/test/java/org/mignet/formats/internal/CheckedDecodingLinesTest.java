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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line that {@link CheckedDecoding} names for bytes that are not text is the line the bytes are
 * on, whatever the line ends (\n, \r\n, a lone \r) and however the reads cut them.
 */
class CheckedDecodingLinesTest {

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "windows-1252", "US-ASCII", "UTF-16LE"})
  void namesTheLineOfUndecodableBytesUnderEveryLineEndAndReadSize(String name) throws IOException {
    Charset encoding = Charset.forName(name);
    // bytes that are no text in each: a byte never in UTF-8, one windows-1252 leaves unmapped, one
    // above ASCII, a lone high surrogate
    byte[] bad =
        switch (name) {
          case "UTF-8" -> new byte[] {(byte) 0xFF};
          case "windows-1252" -> new byte[] {(byte) 0x81};
          case "US-ASCII" -> new byte[] {(byte) 0xC3};
          default -> new byte[] {0x00, (byte) 0xD8, 0x41, 0x00};
        };
    SplittableRandom random = new SplittableRandom(5);
    String[] pieces = {
      "a",
      name.equals("US-ASCII") ? "e" : "é",
      ",",
      "\n",
      "\r",
      "\r\n",
      "\"",
      "\u000B",
      "\f",
      "\t",
      " ",
      "abcdefghijk"
    };
    for (int n = 0; n < 3_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(text.toString().getBytes(encoding));
      bytes.writeBytes(bad);
      bytes.writeBytes("tail\n".getBytes(encoding));
      long expected = 1 + lineEnds(text);
      int readSize = 1 + random.nextInt(7);
      CheckedDecoding.Undecodable e = null;
      try (CheckedDecoding d =
          new CheckedDecoding(new ByteArrayInputStream(bytes.toByteArray()), encoding)) {
        char[] buffer = new char[readSize];
        while (d.read(buffer, 0, readSize) >= 0) {
          // read on to the bad bytes
        }
      } catch (CheckedDecoding.Undecodable found) {
        e = found;
      }
      assertThat(e).as("%s", text).isNotNull();
      assertThat(e.line()).as("%s", text).isEqualTo(expected);
    }
  }

  @Test
  void countsLinesOverTextLongerThanTheByteBuffer() throws IOException {
    // the 8 KiB byte buffer refills mid-line and between a CR and its LF
    StringBuilder text = new StringBuilder();
    SplittableRandom random = new SplittableRandom(9);
    while (text.length() < 100_000) {
      text.append("x".repeat(random.nextInt(30))).append(random.nextBoolean() ? "\r\n" : "\n");
      if (random.nextInt(50) == 0) {
        text.append('\r');
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    CheckedDecoding.Undecodable e = null;
    try (CheckedDecoding d =
        new CheckedDecoding(
            new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8)) {
      char[] buffer = new char[1000];
      while (d.read(buffer, 0, buffer.length) >= 0) {
        // read on to the bad byte
      }
    } catch (CheckedDecoding.Undecodable found) {
      e = found;
    }
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(1 + lineEnds(text));
  }

  /** The line ends of a text: \r\n, a lone \r and a lone \n each end one line. */
  private static long lineEnds(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r'))) {
        n++;
      }
    }
    return n;
  }
}

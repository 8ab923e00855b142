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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LineSource} against a plain split of the same bytes: lines inside and across its read
 * buffer, short reads, {@code \r\n}, a byte order mark, lines over the limit, no final newline.
 */
class LineSourceTest {

  /** What a line should be: its bytes (none when too long) and whether it is too long. */
  private record Line(long number, byte[] bytes, boolean tooLong) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Line l
          && l.number == number
          && l.tooLong == tooLong
          && (tooLong || Arrays.equals(l.bytes, bytes));
    }

    @Override
    public int hashCode() {
      return Long.hashCode(number);
    }

    @Override
    public String toString() {
      return number + (tooLong ? " too long" : ": " + bytes.length + " bytes");
    }
  }

  private static List<Line> expected(byte[] all, long max) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    long n = 0;
    for (int i = 0; i <= all.length; i++) {
      if (i == all.length && start == all.length) {
        break;
      }
      if (i == all.length || all[i] == '\n') {
        byte[] line = Arrays.copyOfRange(all, start, i);
        boolean tooLong = line.length > max;
        if (line.length > 0 && line[line.length - 1] == '\r') {
          line = Arrays.copyOf(line, line.length - 1);
        }
        n++;
        if (n == 1
            && line.length >= 3
            && (line[0] & 0xFF) == 0xEF
            && (line[1] & 0xFF) == 0xBB
            && (line[2] & 0xFF) == 0xBF) {
          line = Arrays.copyOfRange(line, 3, line.length);
        }
        out.add(new Line(n, line, tooLong));
        start = i + 1;
      }
    }
    return out;
  }

  private static List<Line> actual(InputStream in, long max) throws IOException {
    LineSource s = new LineSource(in, max);
    List<Line> out = new ArrayList<>();
    while (s.next()) {
      byte[] b = Arrays.copyOfRange(s.bytes(), s.offset(), s.offset() + s.length());
      out.add(new Line(s.number(), b, s.tooLong()));
      if (!s.tooLong()) {
        assertThat(s.isUtf8()).isEqualTo(LineSource.isUtf8(b, 0, b.length));
      }
    }
    return out;
  }

  /** Hands out the bytes a few at a time, as a socket or a pipe may. */
  private static InputStream trickling(byte[] all, Random r) {
    return new ByteArrayInputStream(all) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + r.nextInt(5000)));
      }
    };
  }

  @Test
  void splitsAsAPlainSplitDoes() throws IOException {
    Random r = new Random(3);
    for (int round = 0; round < 60; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (r.nextBoolean()) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      int lines = r.nextInt(200);
      for (int i = 0; i < lines; i++) {
        int length = r.nextInt(10) == 0 ? r.nextInt(70_000) : r.nextInt(2000);
        for (int j = 0; j < length; j++) {
          out.write(r.nextInt(20) == 0 ? 0xC3 + r.nextInt(3) : 'a' + r.nextInt(26));
        }
        if (r.nextInt(4) == 0) {
          out.write('\r');
        }
        if (i < lines - 1 || r.nextBoolean()) {
          out.write('\n');
        }
      }
      byte[] all = out.toByteArray();
      long max = r.nextBoolean() ? Long.MAX_VALUE : 500 + r.nextInt(5000);
      List<Line> expected = expected(all, max);
      assertThat(actual(new ByteArrayInputStream(all), max))
          .as("round %d", round)
          .isEqualTo(expected);
      assertThat(actual(trickling(all, r), max))
          .as("round %d, short reads", round)
          .isEqualTo(expected);
    }
  }

  @Test
  void findsTheFirstNewlineAtEveryOffset() {
    Random r = new Random(9);
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[r.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (r.nextInt(12) == 0 ? '\n' : r.nextInt(256));
      }
      int from = b.length == 0 ? 0 : r.nextInt(b.length);
      int to = from + (b.length == from ? 0 : r.nextInt(b.length - from + 1));
      int expected = -1;
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          expected = i;
          break;
        }
      }
      assertThat(LineSource.indexOfNewline(b, from, to)).isEqualTo(expected);
    }
  }
}

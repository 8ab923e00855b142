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

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines of at most a given length without holding more than one line:
 * lines that are too long are read through and reported as such. Not thread-safe.
 */
final class LineSource {

  /** Eight bytes at a time, in the order they stand in the array (the lowest byte first). */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  private final InputStream in;
  private final long max;
  private final byte[] chunk = new byte[64 * 1024];
  private int pos;
  private int end;
  private byte[] copy = new byte[1024];
  private int copied;
  private byte[] bytes;
  private int offset;
  private int length;
  private boolean tooLong;
  private long number;
  private boolean eof;

  LineSource(InputStream in, long max) {
    this.in = in;
    this.max = max;
  }

  /**
   * Returns whether a line was read; then {@link #bytes()}, {@link #offset()}, {@link #length()},
   * {@link #number()} describe it (a line inside the read buffer is not copied: its bytes are valid
   * until the next call).
   */
  boolean next() throws IOException {
    copied = 0;
    tooLong = false;
    if (eof && pos >= end) {
      return false;
    }
    boolean any = false;
    boolean spans = false;
    while (true) {
      if (pos >= end) {
        end = in.read(chunk, 0, chunk.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          eof = true;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int nl = indexOfNewline(chunk, pos, end);
      int stop = nl < 0 ? end : nl;
      if (nl >= 0 && !spans) {
        // the whole line is in the buffer: read it there
        bytes = chunk;
        offset = pos;
        length = stop - pos;
        tooLong = length > max;
        pos = nl + 1;
        break;
      }
      spans = true;
      append(chunk, pos, stop - pos);
      pos = stop;
      if (nl >= 0) {
        pos++;
        break;
      }
    }
    if (spans) {
      bytes = copy;
      offset = 0;
      length = copied;
    }
    number++;
    if (length > 0 && bytes[offset + length - 1] == '\r') {
      length--;
    }
    if (number == 1
        && length >= 3
        && (bytes[offset] & 0xFF) == 0xEF
        && (bytes[offset + 1] & 0xFF) == 0xBB
        && (bytes[offset + 2] & 0xFF) == 0xBF) {
      offset += 3;
      length -= 3;
    }
    return true;
  }

  /**
   * Returns the index of the first {@code '\n'} from {@code from} to {@code to} (exclusive), or -1.
   */
  static int indexOfNewline(byte[] a, int from, int to) {
    int i = from;
    // sixteen bytes a turn, then eight: a record line is a kilobyte or more
    for (; i + 2 * Long.BYTES <= to; i += 2 * Long.BYTES) {
      long x = (long) LONGS.get(a, i) ^ NEWLINES;
      long y = (long) LONGS.get(a, i + Long.BYTES) ^ NEWLINES;
      long zx = (x - ONES) & ~x & HIGHS;
      long zy = (y - ONES) & ~y & HIGHS;
      if ((zx | zy) != 0) {
        return zx != 0
            ? i + (Long.numberOfTrailingZeros(zx) >>> 3)
            : i + Long.BYTES + (Long.numberOfTrailingZeros(zy) >>> 3);
      }
    }
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(a, i) ^ NEWLINES;
      // the lowest flagged byte is the first zero byte of x, that is the first newline
      long zero = (x - ONES) & ~x & HIGHS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (a[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(byte[] b, int off, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if ((long) copied + n > max) {
      tooLong = true;
      return;
    }
    if (copied + n > copy.length) {
      copy = Arrays.copyOf(copy, Math.max(copied + n, copy.length * 2));
    }
    System.arraycopy(b, off, copy, copied, n);
    copied += n;
  }

  /**
   * Returns whether the line is well-formed UTF-8 (checked strictly, as the JDK's decoder does: no
   * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short); checked byte by
   * byte, nothing decoded.
   */
  boolean isUtf8() {
    return isUtf8(bytes, offset, offset + length);
  }

  /** The well-formed byte sequences of Unicode's table 3-7, checked in place. */
  static boolean isUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      // ASCII, sixteen then eight bytes at a time, up to the next byte that is not
      while (i + 2 * Long.BYTES <= to
          && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + Long.BYTES)) & HIGHS) == 0) {
        i += 2 * Long.BYTES;
      }
      while (i + Long.BYTES <= to && ((long) LONGS.get(b, i) & HIGHS) == 0) {
        i += Long.BYTES;
      }
      if (i >= to) {
        break;
      }
      int b0 = b[i];
      if (b0 >= 0) {
        i++;
        continue;
      }
      b0 &= 0xFF;
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
      } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        if (b0 == 0xE0) {
          lo = 0xA0;
        } else if (b0 == 0xED) {
          hi = 0x9F;
        }
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        if (b0 == 0xF0) {
          lo = 0x90;
        } else if (b0 == 0xF4) {
          hi = 0x8F;
        }
      } else {
        return false;
      }
      if (i + need >= to) {
        // cut short by the end of the line
        return false;
      }
      int b1 = b[i + 1] & 0xFF;
      if (b1 < lo || b1 > hi) {
        return false;
      }
      for (int k = 2; k <= need; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += need + 1;
    }
    return true;
  }

  byte[] bytes() {
    return bytes;
  }

  int offset() {
    return offset;
  }

  int length() {
    return length;
  }

  boolean tooLong() {
    return tooLong;
  }

  long number() {
    return number;
  }

  boolean isBlank() {
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}

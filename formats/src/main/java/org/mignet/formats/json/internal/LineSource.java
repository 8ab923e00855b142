package org.mignet.formats.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines of at most a given length without holding more than one line: lines that are
 * too long are read through and reported as such. Not thread-safe.
 */
final class LineSource {

  private final InputStream in;
  private final long max;
  private final byte[] chunk = new byte[64 * 1024];
  private int pos;
  private int end;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long number;
  private boolean eof;

  LineSource(InputStream in, long max) {
    this.in = in;
    this.max = max;
  }

  /** @return whether a line was read; then {@link #bytes()}, {@link #length()}, {@link #number()} describe it */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    if (eof && pos >= end) {
      return false;
    }
    boolean any = false;
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
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (chunk[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl < 0 ? end : nl;
      append(chunk, pos, stop - pos);
      pos = stop;
      if (nl >= 0) {
        pos++;
        break;
      }
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      System.arraycopy(line, 3, line, 0, length - 3);
      length -= 3;
    }
    return true;
  }

  private void append(byte[] b, int off, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if ((long) length + n > max) {
      tooLong = true;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
    }
    System.arraycopy(b, off, line, length, n);
    length += n;
  }

  /**
   * @return whether the line is well-formed UTF-8 (checked strictly, as the JDK's decoder does: no overlong forms,
   *     no surrogates, nothing above U+10FFFF, no sequence cut short); checked byte by byte, nothing decoded
   */
  boolean isUtf8() {
    return isUtf8(line, 0, length);
  }

  /** The well-formed byte sequences of Unicode's table 3-7, checked in place. */
  static boolean isUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
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
    return line;
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
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}

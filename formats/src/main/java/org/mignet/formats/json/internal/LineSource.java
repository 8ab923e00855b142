package org.mignet.formats.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private CharBuffer chars = CharBuffer.allocate(1024);

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

  /** @return whether the line is well-formed UTF-8 (checked strictly: no overlong forms, no surrogates) */
  boolean isUtf8() {
    int i = 0;
    while (i < length && line[i] >= 0) {
      i++;
    }
    if (i == length) {
      return true;
    }
    if (chars.capacity() < length) {
      chars = CharBuffer.allocate(length);
    }
    chars.clear();
    utf8.reset();
    ByteBuffer in = ByteBuffer.wrap(line, 0, length);
    return !utf8.decode(in, chars, true).isError() && !utf8.flush(chars).isError();
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

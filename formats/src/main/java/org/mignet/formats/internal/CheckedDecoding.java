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

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link Reader} that decodes bytes in one encoding and refuses, rather than replaces, bytes that
 * do not decode: a reader that met {@code U+FFFD} or mojibake would hand altered values on without
 * a word. The failure is an {@link Undecodable} with the 1-based line of the bad bytes (a line ends
 * at LF, CR LF or CR). Not thread-safe.
 */
public final class CheckedDecoding extends Reader {

  /**
   * Encodings in which a byte 0A or 0D is always LF or CR (ASCII-compatible, none of their
   * multi-byte sequences holds a byte below 80).
   */
  private static final Set<String> ASCII_LINE_ENDS =
      Set.of("UTF-8", "windows-1252", "ISO-8859-1", "US-ASCII");

  /** Eight bytes of an array read as one long, for {@link #countBytes}. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final CharsetDecoder decoder;
  // whether the encoding writes LF and CR as the single bytes 0A and 0D and no other character
  // with them: line ends are then counted on the bytes, eight at a time, else on the chars
  private final boolean asciiLineEnds;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  // whether the bytes go to the decoder in slices of SLICE (UTF-8, see decodeSliced)
  private final boolean sliced;
  private boolean eof;
  private boolean flushed;
  private long line = 1;
  private boolean afterCr;
  private Undecodable failure;
  // the second half of a character outside the BMP when a read had room for its first only, or -1
  private int held = -1;

  /**
   * @param in the bytes, from where the text starts (after any byte-order mark); closed by {@link
   *     #close()}
   * @param encoding the declared or detected encoding; not null
   */
  public CheckedDecoding(InputStream in, Charset encoding) {
    this.in = Objects.requireNonNull(in, "in");
    this.decoder =
        encoding
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.asciiLineEnds = ASCII_LINE_ENDS.contains(encoding.name());
    this.sliced = encoding.name().equals("UTF-8");
    bytes.flip();
  }

  /** How many bytes {@link #decodeSliced} hands the decoder at a time. */
  static final int SLICE = 512;

  /**
   * {@code decoder.decode(bytes, out, eof)}, with the bytes handed over {@link #SLICE} at a time:
   * the JDK's UTF-8 decoder copies ASCII in bulk only up to the first multi-byte character of a
   * call and goes char by char from there to the call's end, so one accented name early in a buffer
   * slowed all the text after it. The decoder keeps a sequence cut at a slice's end for the next
   * slice, as at the end of the buffer, so the chars, the error and its place are the same.
   */
  private CoderResult decodeSliced(CharBuffer out) {
    int limit = bytes.limit();
    try {
      while (true) {
        int end = Math.min(limit, bytes.position() + SLICE);
        boolean last = end == limit;
        bytes.limit(end);
        CoderResult r = decoder.decode(bytes, out, eof && last);
        if (last || r.isError() || r.isOverflow()) {
          return r;
        }
      }
    } finally {
      bytes.limit(limit);
    }
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    if (held >= 0) {
      target[offset] = (char) held;
      held = -1;
      if (!asciiLineEnds) {
        count(target, offset, offset + 1);
      }
      return 1;
    }
    if (failure != null) {
      throw failure;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (true) {
      int taken = bytes.position();
      CoderResult r = sliced ? decodeSliced(out) : decoder.decode(bytes, out, eof);
      if (asciiLineEnds) {
        countBytes(bytes.array(), taken, bytes.position());
      }
      if (r.isError()) {
        // the text before the bad bytes is handed on first, so that the rows before them are still
        // read
        if (!asciiLineEnds) {
          count(target, offset, out.position());
        }
        failure = new Undecodable(line, decoder.charset());
        if (out.position() == offset) {
          throw failure;
        }
        return out.position() - offset;
      }
      if (r.isOverflow() && out.position() == offset) {
        // room for one char and the next character takes two (outside the BMP): the decoder
        // writes neither, which must not read as the end of the text
        return readAside(target, offset);
      }
      if (r.isOverflow() || out.position() > offset) {
        break;
      }
      if (eof) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        break;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    int n = out.position() - offset;
    if (!asciiLineEnds) {
      count(target, offset, out.position());
    }
    return n == 0 ? -1 : n;
  }

  /**
   * Decodes the next character, which did not fit in one char of room, into a pair of chars: hands
   * on the first and keeps the second for the next read.
   */
  private int readAside(char[] target, int offset) throws Undecodable {
    CharBuffer pair = CharBuffer.allocate(2);
    int taken = bytes.position();
    CoderResult r = sliced ? decodeSliced(pair) : decoder.decode(bytes, pair, eof);
    if (asciiLineEnds) {
      countBytes(bytes.array(), taken, bytes.position());
    }
    if (pair.position() == 0) {
      // the decoder said the character would not fit: it has the bytes, so nothing else is left
      // but bytes that are not text
      failure = new Undecodable(line, decoder.charset());
      throw failure;
    }
    target[offset] = pair.get(0);
    if (pair.position() > 1) {
      held = pair.get(1);
    }
    if (!asciiLineEnds) {
      count(target, offset, offset + 1);
    }
    if (r.isError()) {
      failure = new Undecodable(line, decoder.charset());
    }
    return 1;
  }

  private void count(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        afterCr = false;
      } else if (c == '\r') {
        line++;
        afterCr = true;
      } else {
        afterCr = false;
      }
    }
  }

  /**
   * Counts the line ends in the bytes the decoder took, for an encoding where every byte 0A is LF
   * and every byte 0D is CR, eight bytes at a time: a word without a byte below 0E (almost every
   * word of text) costs one test.
   */
  private void countBytes(byte[] b, int from, int to) {
    long n = line;
    boolean cr = afterCr;
    int i = from;
    while (i < to) {
      if (i + Long.BYTES <= to) {
        long x = (long) LONGS.get(b, i);
        // non-zero when some byte of x is below 0E (exact for "some"; which one is found below)
        if (((x - 0x0E0E_0E0E_0E0E_0E0EL) & ~x & 0x8080_8080_8080_8080L) == 0) {
          cr = false;
          i += Long.BYTES;
          continue;
        }
      }
      int end = Math.min(to, i + Long.BYTES);
      for (; i < end; i++) {
        byte c = b[i];
        if (c == '\n') {
          if (!cr) {
            n++;
          }
          cr = false;
        } else if (c == '\r') {
          n++;
          cr = true;
        } else {
          cr = false;
        }
      }
    }
    line = n;
    afterCr = cr;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Bytes that are not text in the encoding (malformed, or no character of it), at a line. An
   * {@link IOException} so that it passes through the streaming parsers that read from this reader.
   */
  public static final class Undecodable extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final transient Charset encoding;

    Undecodable(long line, Charset encoding) {
      super("bytes that are not " + encoding.name() + " at line " + line);
      this.line = line;
      this.encoding = encoding;
    }

    /** Returns the 1-based line of the bytes. */
    public long line() {
      return line;
    }

    /** Returns the encoding the bytes are not text in. */
    public Charset encoding() {
      return encoding;
    }
  }
}

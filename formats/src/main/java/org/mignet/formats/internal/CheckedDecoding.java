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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * A {@link Reader} that decodes bytes in one encoding and refuses, rather than replaces, bytes that
 * do not decode: a reader that met {@code U+FFFD} or mojibake would hand altered values on without
 * a word. The failure is an {@link Undecodable} with the 1-based line of the bad bytes (a line ends
 * at LF, CR LF or CR). Not thread-safe.
 */
public final class CheckedDecoding extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private boolean eof;
  private boolean flushed;
  private long line = 1;
  private boolean afterCr;
  private Undecodable failure;

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
    bytes.flip();
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (failure != null) {
      throw failure;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        // the text before the bad bytes is handed on first, so that the rows before them are still
        // read
        count(target, offset, out.position());
        failure = new Undecodable(line, decoder.charset());
        if (out.position() == offset) {
          throw failure;
        }
        return out.position() - offset;
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
    count(target, offset, out.position());
    return n == 0 ? -1 : n;
  }

  private void count(char[] chars, int from, int to) {
    if (from >= to) {
      return;
    }
    // one well-predicted test per char (text is almost all above \r); a \n right after a \r ends
    // the same line
    long n = line;
    boolean cr = afterCr;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c <= '\r') {
        if (c == '\n') {
          if (!cr) {
            n++;
          }
        } else if (c == '\r') {
          n++;
          cr = true;
          continue;
        }
      }
      cr = false;
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

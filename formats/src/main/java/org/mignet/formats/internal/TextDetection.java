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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Detects the encoding and the delimiter of a delimited text from its first bytes. Stateless and
 * thread-safe.
 *
 * <p>Encoding: a byte-order mark decides (UTF-8, UTF-16); otherwise a sample that decodes as UTF-8
 * is UTF-8 (pure ASCII included), and anything else is Windows-1252, the superset of Latin-1 that
 * Excel and Eurostat exports use. Delimiter: among {@code , ; TAB |}, the one that splits the most
 * sample lines into the same number of fields as the first line, counted outside double quotes.
 */
public final class TextDetection {

  /** Bytes looked at for detection. */
  public static final int SAMPLE = 1 << 20;

  /** The delimiters tried, in order of preference on a tie. */
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};

  /** Windows-1252. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDetection() {}

  /**
   * Returns the length of a byte-order mark at the start, 0 if none.
   *
   * @param head the first bytes
   */
  public static int bomLength(byte[] head, int length) {
    if (length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (length >= 2
        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
            || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
      return 2;
    }
    return 0;
  }

  /**
   * Returns the detected encoding.
   *
   * @param head the first bytes of the text
   * @param length how many of them are filled
   * @param complete whether the sample is the whole input (a multi-byte sequence cut at its end is
   *     then an error)
   */
  public static Charset encoding(byte[] head, int length, boolean complete) {
    int bom = bomLength(head, length);
    if (bom == 3) {
      return StandardCharsets.UTF_8;
    }
    if (bom == 2) {
      return (head[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
    return isUtf8(head, length, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  /** Eight bytes of an array read as one long, for {@link #isUtf8(byte[], int, boolean)}. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of eight bytes: all clear in eight ASCII bytes. */
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  /**
   * Returns whether the bytes are UTF-8 as the JDK's decoder (errors reported, not replaced) takes
   * them: no byte that cannot start or continue a sequence, no overlong form, no surrogate, nothing
   * above U+10FFFF. A sequence cut at the end is an error when the bytes are the whole input, else
   * only when its bytes so far already rule it out, as the decoder judges them. Checked byte by
   * byte instead of decoding the sample (up to 1 MiB) into a buffer of chars it never uses.
   */
  static boolean isUtf8(byte[] b, int length, boolean complete) {
    Objects.checkFromIndexSize(0, length, b.length);
    int i = 0;
    while (i < length) {
      int b1 = b[i];
      if (b1 >= 0) {
        i++;
        // a run of ASCII, eight bytes at a time
        while (i + Long.BYTES <= length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
          i += Long.BYTES;
        }
        continue;
      }
      int left = length - i;
      if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
        // C2..DF and one continuation byte
        if (left < 2) {
          return !complete;
        }
        if (!continuation(b[i + 1])) {
          return false;
        }
        i += 2;
      } else if ((b1 >> 4) == -2) {
        // E0..EF and two continuation bytes; E0 not overlong, no surrogate (ED A0..BF)
        if (left < 3) {
          if (left > 1 && malformed3rd2(b1, b[i + 1])) {
            return false;
          }
          return !complete;
        }
        int b2 = b[i + 1];
        int b3 = b[i + 2];
        if (malformed3rd2(b1, b2) || !continuation(b3)) {
          return false;
        }
        char c = (char) (((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
        if (Character.isSurrogate(c)) {
          return false;
        }
        i += 3;
      } else if ((b1 >> 3) == -2) {
        // F0..F4 and three continuation bytes, U+10000..U+10FFFF
        int u1 = b1 & 0xff;
        if (left < 4) {
          if (u1 > 0xf4 || (left > 1 && malformed4th2(u1, b[i + 1] & 0xff))) {
            return false;
          }
          if (left > 2 && !continuation(b[i + 2])) {
            return false;
          }
          return !complete;
        }
        int b2 = b[i + 1];
        int b3 = b[i + 2];
        int b4 = b[i + 3];
        if (!continuation(b2) || !continuation(b3) || !continuation(b4)) {
          return false;
        }
        int cp = ((u1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
        if (!Character.isSupplementaryCodePoint(cp)) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(int b) {
    return (b & 0xc0) == 0x80;
  }

  private static boolean malformed3rd2(int b1, int b2) {
    return (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || !continuation(b2);
  }

  private static boolean malformed4th2(int u1, int u2) {
    return (u1 == 0xf0 && (u2 < 0x90 || u2 > 0xbf))
        || (u1 == 0xf4 && (u2 & 0xf0) != 0x80)
        || (u2 & 0xc0) != 0x80;
  }

  /**
   * A text opened for reading.
   *
   * @param reader the text after any byte-order mark, decoded with {@link CheckedDecoding}: bytes
   *     that do not decode are an {@link CheckedDecoding.Undecodable} with their line, never
   *     replacement characters
   * @param encoding the declared or detected encoding
   * @param bom whether a byte-order mark of that encoding was skipped
   * @param sample up to the first 64 KiB of the text, for delimiter detection (bad bytes in it
   *     replaced)
   */
  public record Opened(Reader reader, Charset encoding, boolean bom, String sample) {}

  /**
   * Detects the encoding from the first {@value #SAMPLE} bytes unless one is declared, and opens
   * the text.
   *
   * @param input the bytes; not null; closed when the reader is
   * @param declared the declared encoding, or null to detect it
   * @return the opened text
   * @throws IOException if the input cannot be read
   */
  public static Opened open(InputStream input, Charset declared) throws IOException {
    BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
    in.mark(SAMPLE + 1);
    byte[] head = in.readNBytes(SAMPLE);
    boolean complete = head.length < SAMPLE;
    in.reset();
    int bomLength = bomLength(head, head.length);
    Charset detected = encoding(head, head.length, complete);
    Charset encoding = declared != null ? declared : detected;
    boolean bom = bomLength > 0 && detected.equals(encoding);
    int skip = bom ? bomLength : 0;
    if (bom) {
      in.skipNBytes(bomLength);
    }
    String sample = new String(head, skip, Math.min(head.length - skip, 1 << 16), encoding);
    return new Opened(new CheckedDecoding(in, encoding), encoding, bom, sample);
  }

  /**
   * Returns the detected delimiter; a comma if no candidate splits the first line.
   *
   * @param sample the first characters of the text
   */
  public static char delimiter(CharSequence sample) {
    char best = ',';
    int bestScore = -1;
    int bestFields = 0;
    for (char d : DELIMITERS) {
      int[] counts = counts(sample, d, 50);
      if (counts.length == 0 || counts[0] == 0) {
        continue;
      }
      int score = 0;
      for (int c : counts) {
        if (c == counts[0]) {
          score++;
        }
      }
      if (score > bestScore || (score == bestScore && counts[0] > bestFields)) {
        best = d;
        bestScore = score;
        bestFields = counts[0];
      }
    }
    return best;
  }

  /**
   * Counts the delimiters outside quotes of each complete record in the sample. A record ends at
   * LF, CRLF or a lone CR (the line end of old Mac exports, which the CSV parser reads too).
   */
  private static int[] counts(CharSequence s, char d, int maxRecords) {
    int[] counts = new int[maxRecords];
    int n = 0;
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length() && n < maxRecords; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == d) {
        count++;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        counts[n++] = count;
        count = 0;
      }
    }
    int[] result = new int[n];
    System.arraycopy(counts, 0, result, 0, n);
    return result;
  }

  /**
   * The cells of one header line, for sniffing a file by its column names (a reader parses with
   * Jackson's CSV parser): split at the delimiter outside double quotes, quotes and carriage
   * returns removed.
   *
   * @param line the first line, without its line break
   * @param delimiter the delimiter, e.g. from {@link #delimiter(CharSequence)}
   * @return the cells, at least one
   */
  public static java.util.List<String> headerCells(String line, char delimiter) {
    java.util.List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /**
   * The first bytes of a text decoded for sniffing as a reader would decode them: a byte-order mark
   * decides (and is dropped), else UTF-8 if they are UTF-8, else Windows-1252. Bytes that do not
   * decode become replacement characters (a sniffer only looks at names).
   *
   * @param head the first bytes of the input; not null
   * @return the text, without a byte-order mark
   */
  public static String headText(byte[] head) {
    int bom = bomLength(head, head.length);
    Charset encoding = encoding(head, head.length, false);
    return new String(head, bom, head.length - bom, encoding);
  }

  /**
   * Returns the first line of a text: up to its first LF or CR, whichever line end the file uses.
   *
   * @param text a text, e.g. from {@link #headText(byte[])}; not null
   */
  public static String firstLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return text.substring(0, i);
      }
    }
    return text;
  }

  /**
   * The cells of a text's header line as a reader would split them, for sniffing a file by its
   * column names: the head decoded by {@link #headText(byte[])}, its first line split at the
   * delimiter {@link #delimiter(CharSequence)} detects in the head.
   *
   * @param head the first bytes of the input; not null
   * @return the cells, at least one
   */
  public static java.util.List<String> headerCells(byte[] head) {
    String text = headText(head);
    String first = firstLine(text);
    // the delimiter is judged on the header and the complete rows after it, as the reader judges it
    return headerCells(first, delimiter(text.length() == first.length() ? first + "\n" : text));
  }

  /** Checked decoding of a whole small text, for tests and sniffing. */
  public static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}

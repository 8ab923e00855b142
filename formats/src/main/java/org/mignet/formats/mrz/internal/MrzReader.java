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
package org.mignet.formats.mrz.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.mrz.Mrz;
import org.mignet.formats.mrz.MrzRules;

/**
 * Reads a text file of MRZs: each MRZ is 2 or 3 lines, MRZs are separated by one or more blank
 * lines or follow one another directly (a whole MRZ, 3 lines of 30 or 2 of 36 or 44, ends its block
 * when a line that is not text comes next), and each block of non-blank lines is one record. Lines
 * of text before or after an MRZ in its block (a caption, a page number: not of an MRZ length, with
 * lower-case letters, spaces or punctuation) are set aside with a warning naming each ({@code
 * MG-MRZ-017}); a block of such lines only is a failed record naming them. A block that is not an
 * MRZ (another number of lines, lines of a length no MRZ has, characters outside the MRZ alphabet)
 * is a failed record naming its lines. Bytes are read one line at a time and a line keeps at most
 * {@link #KEPT} characters, so memory does not grow with the file or with a line; any byte that is
 * not ASCII is a character outside the alphabet. Lines end at a line feed, or at a carriage return
 * followed by a character that is not blank (classic Mac OS text). Leading and trailing spaces,
 * tabs and carriage returns are not part of a line (columns are counted from its first other
 * character, as the MRZ's own positions are); a UTF-8 byte-order mark at the start is skipped. Not
 * thread-safe.
 */
final class MrzReader implements RecordReader {

  /**
   * The characters kept of a line: more than the longest MRZ line, so that a longer line is still
   * measured.
   */
  static final int KEPT = 64;

  /** The lines of a block kept to tell captions from the MRZ; longer blocks are counted only. */
  static final int KEPT_LINES = 8;

  private final InputStream in;
  private final String source;
  private final boolean correcting;
  private final LocalDate today;
  private long line;
  private long records;
  private boolean started;
  private boolean ended;
  private ReadResult next;

  /** A line read that starts the next block (the first line of an MRZ that follows another). */
  private Line pending;

  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;

  MrzReader(InputStream in, String source, boolean correcting, LocalDate today) {
    this.in = in;
    this.source = source;
    this.correcting = correcting;
    this.today = today;
  }

  /** One line: its kept characters and its full length. */
  private record Line(long number, String text, long length) {}

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = block();
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  /**
   * Returns the next block's result, or null at the end. A block ends at a blank line, or where a
   * whole MRZ (with any caption lines before and after it) is followed by a line that is not text:
   * MRZs written one after another without blank lines between them are read one by one, a caption
   * between two of them going with the first.
   */
  private ReadResult block() {
    List<Line> lines = new ArrayList<>();
    long count = 0;
    long first = 0;
    int leadingText = 0;
    while (true) {
      Line l;
      if (pending != null) {
        l = pending;
        pending = null;
      } else {
        l = readLine();
      }
      if (l == null) {
        ended = true;
        break;
      }
      if (l.length == 0) {
        if (count > 0) {
          break;
        }
        continue;
      }
      if (count == lines.size() && !isText(l) && isWholeMrz(lines, leadingText)) {
        pending = l;
        break;
      }
      if (count == 0) {
        first = l.number;
      }
      if (count == leadingText && isText(l)) {
        leadingText++;
      }
      count++;
      if (lines.size() < KEPT_LINES) {
        lines.add(l);
      }
    }
    if (count == 0) {
      return null;
    }
    records++;
    SourceLocation at = SourceLocation.of(source).withRecord(records).withLine(first, 1);
    return evaluate(lines, count, at);
  }

  /**
   * Whether the lines between the leading captions and any trailing ones are one whole MRZ by their
   * lengths: 3 lines of 30 or 2 lines of 36 or of 44.
   */
  private static boolean isWholeMrz(List<Line> lines, int leadingText) {
    int end = lines.size();
    while (end > leadingText && isText(lines.get(end - 1))) {
      end--;
    }
    int n = end - leadingText;
    if (n != 2 && n != 3) {
      return false;
    }
    long width = lines.get(leadingText).length;
    for (int i = leadingText + 1; i < end; i++) {
      if (lines.get(i).length != width) {
        return false;
      }
    }
    return isMrzShape(n, width);
  }

  /** Whether lines of that count and width make an MRZ: 3 of 30 (TD1) or 2 of 36 or of 44. */
  private static boolean isMrzShape(long count, long width) {
    return count == 3 ? width == 30 : count == 2 && (width == 36 || width == 44);
  }

  /**
   * Sets aside lines of text before and after an MRZ (a caption, a page number: {@link #isText}),
   * each reported, and reads the MRZ between them; a block of text only is a failed record naming
   * each line.
   */
  private ReadResult evaluate(List<Line> lines, long count, SourceLocation at) {
    if (count <= KEPT_LINES) {
      int from = 0;
      int to = lines.size();
      while (from < to && isText(lines.get(from))) {
        from++;
      }
      while (to > from && isText(lines.get(to - 1))) {
        to--;
      }
      List<Issue> aside = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (i < from || i >= to) {
          Line l = lines.get(i);
          aside.add(
              MrzRules.issue(
                  MrzRules.NOT_MRZ_LINE,
                  from == to ? Severity.ERROR : Severity.WARNING,
                  at.withLine(l.number, 1),
                  l.number));
        }
      }
      if (from == to) {
        return new ReadResult.Failed(at, aside);
      }
      if (!aside.isEmpty() && (to - from == 2 || to - from == 3)) {
        List<Line> mrz = lines.subList(from, to);
        ReadResult r = mrzBlock(mrz, mrz.size(), at.withLine(mrz.get(0).number, 1));
        List<Issue> all = new ArrayList<>(aside);
        all.addAll(r.issues());
        return r instanceof ReadResult.Ok ok
            ? new ReadResult.Ok(ok.record(), ok.location(), all)
            : new ReadResult.Failed(r.location(), all);
      }
    }
    return mrzBlock(lines.subList(0, Math.min(lines.size(), 3)), count, at);
  }

  /**
   * A line that is text, not an MRZ line damaged by a scan: not of an MRZ length (30, 36, 44) and
   * holding a lower-case letter, a space or punctuation other than the filler.
   */
  static boolean isText(Line l) {
    if (l.length == 30 || l.length == 36 || l.length == 44) {
      return false;
    }
    for (int i = 0; i < l.text.length(); i++) {
      char c = l.text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<')) {
        return true;
      }
    }
    return false;
  }

  private ReadResult mrzBlock(List<Line> lines, long count, SourceLocation at) {
    List<Issue> issues = new ArrayList<>();
    if (count != 2 && count != 3) {
      issues.add(MrzRules.issueWithCount(MrzRules.BLOCK, at, count, count));
      return new ReadResult.Failed(at, issues);
    }
    long width = lines.get(0).length;
    String expected = count == 3 ? "30" : "36, 44";
    boolean known = isMrzShape(count, width);
    for (Line l : lines) {
      if (!known || l.length != width) {
        issues.add(
            MrzRules.issueWithCount(
                MrzRules.LINE_LENGTH,
                at.withLine(l.number, 1),
                l.length,
                l.number,
                l.length,
                known ? String.valueOf(width) : expected));
      }
    }
    for (Line l : lines) {
      for (int i = 0; i < l.text.length(); i++) {
        char c = l.text.charAt(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<')) {
          issues.add(
              MrzRules.issue(MrzRules.CHARACTER, at.withLine(l.number, i + 1), l.number, i + 1));
          break;
        }
      }
    }
    if (!issues.isEmpty()) {
      return new ReadResult.Failed(at, issues);
    }
    List<String> text = lines.stream().map(Line::text).toList();
    Mrz mrz;
    try {
      mrz = Mrz.of(text);
    } catch (IllegalArgumentException e) {
      // a 2-line MRZ whose code does not fit its length cannot happen here (the layout follows the
      // code); kept as a
      // read error rather than a crash
      issues.add(
          MrzRules.issue(MrzRules.LINE_LENGTH, at, at.lineNumber().orElse(0), width, expected));
      return new ReadResult.Failed(at, issues);
    }
    if (correcting) {
      Mrz.Corrected c = Mrz.parseCorrecting(mrz.text());
      return DocumentMapping.read(c.mrz(), c.corrections(), at, today);
    }
    return DocumentMapping.read(mrz, List.of(), at, today);
  }

  /** Returns the next line, its trailing white space removed, or null at the end of the input. */
  private Line readLine() {
    try {
      if (!started) {
        started = true;
        fill();
        while (limit < 3 && limit > 0 && fillMore()) {
          // a stream may give the first bytes one at a time
        }
        if (limit >= 3
            && (buffer[0] & 0xFF) == 0xEF
            && (buffer[1] & 0xFF) == 0xBB
            && (buffer[2] & 0xFF) == 0xBF) {
          position = 3;
        }
      }
      StringBuilder b = new StringBuilder();
      long length = 0;
      long trailingBlank = 0;
      int c = read();
      if (c < 0) {
        return null;
      }
      line++;
      while (c >= 0 && c != '\n') {
        if (c == '\r') {
          int next = read();
          if (length > 0 && next >= 0 && !isBlank(next)) {
            // a carriage return alone between two characters ends the line (classic Mac OS text);
            // one before a line feed or a blank is trailing white space, as in "\r\r\n"
            position--;
            break;
          }
          trailingBlank++;
          c = next;
          continue;
        }
        if (c == ' ' || c == '\t') {
          trailingBlank++;
        } else {
          // blanks inside a line are characters of it; blanks before its first character (an
          // indented MRZ) are not, as no MRZ line starts with one
          if (length > 0) {
            for (long i = 0; i < trailingBlank; i++) {
              if (b.length() < KEPT) {
                b.append(' ');
              }
            }
            length += trailingBlank;
          }
          trailingBlank = 0;
          if (b.length() < KEPT) {
            b.append((char) c);
          }
          length++;
        }
        c = read();
      }
      return new Line(line, b.toString(), length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private boolean fillMore() throws IOException {
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n > 0) {
      limit += n;
    }
    return n > 0;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.ReadRules;
import org.mignet.formats.internal.Words;

/**
 * Streams records out of a canonical JSON source, sniffing whether it is a record document (or a
 * sequence of them), a bundle or NDJSON. A bundle's {@code records} array is read element by
 * element and NDJSON line by line, so memory is bounded by the largest record, never by the file.
 * Not thread-safe.
 */
public final class JsonRecordReader implements RecordReader {

  /** How the source is laid out. */
  public enum Layout {
    /** One record document, or several one after another (pretty-printed). */
    DOCUMENTS,
    /** {@code {"schemaVersion":…,"records":[…]}}. */
    BUNDLE,
    /** One compact record document per line. */
    NDJSON
  }

  private static final int HEAD = 8192;
  private static final Set<String> BUNDLE_MEMBERS =
      Set.of("schemaVersion", "records", "id", "created");

  private final JsonFactory factory;
  private final boolean lenient;
  private final ReadLimits limits;
  private final String source;
  private final InputStream in;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();
  private Layout layout;
  private JsonParser parser;
  private LineSource lines;
  private boolean done;
  private boolean inRecords;
  private boolean sawRecords;
  private long records;

  /**
   * Whether an NDJSON line waits in {@link #lines}, checked but not decoded, at {@link #lineAt}.
   */
  private boolean lineReady;

  private SourceLocation lineAt;

  /** The source's location without record or line, made once. */
  private SourceLocation base;

  /**
   * @param factory the streaming factory, which carries the stream constraints
   * @param lenient whether unknown members are kept
   * @param limits the limits
   * @param in the source, closed by {@link #close()}
   * @param source the source name for locations
   * @param layout the layout, or null to sniff it
   */
  public JsonRecordReader(
      JsonFactory factory,
      boolean lenient,
      ReadLimits limits,
      InputStream in,
      String source,
      Layout layout) {
    this.factory = factory;
    this.lenient = lenient;
    this.limits = limits;
    this.source = source;
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
    this.layout = layout;
  }

  /**
   * Returns whether the head starts (after a BOM and white space) with an object, as every mignet
   * JSON does.
   */
  public static boolean isJson(byte[] head) {
    int i =
        head.length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    return i < head.length && head[i] == '{';
  }

  /** Returns the sniffed layout of the first bytes of a source. */
  public static Layout sniff(byte[] head, int n, JsonFactory factory) {
    int i = 0;
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i >= n || head[i] != '{') {
      return Layout.DOCUMENTS;
    }
    String first = null;
    try (JsonParser p = factory.createParser(head, i, n - i)) {
      if (p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME) {
        first = p.currentName();
      }
    } catch (IOException e) {
      // the head ends inside the first member name, or the input is broken: let the full parser
      // report it
    }
    if (first != null && BUNDLE_MEMBERS.contains(first)) {
      return Layout.BUNDLE;
    }
    int depth = 0;
    boolean string = false;
    boolean escape = false;
    for (int j = i; j < n; j++) {
      byte b = head[j];
      if (b == '\n') {
        return Layout.DOCUMENTS;
      }
      if (string) {
        if (escape) {
          escape = false;
        } else if (b == '\\') {
          escape = true;
        } else if (b == '"') {
          string = false;
        }
      } else if (b == '"') {
        string = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        depth--;
        if (depth == 0) {
          return Layout.NDJSON;
        }
      }
    }
    return Layout.NDJSON;
  }

  @Override
  public boolean hasNext() {
    while (queue.isEmpty() && !lineReady && !done) {
      ReadResult r = advance();
      if (r != null) {
        queue.add(r);
      }
    }
    return !queue.isEmpty() || lineReady;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + source);
    }
    if (!lineReady) {
      return queue.poll();
    }
    // an NDJSON line: decoded here, in the reader's buffer
    lineReady = false;
    return decodeLine(lines.bytes(), lines.offset(), lines.length(), lineAt, lines.number());
  }

  /**
   * NDJSON lines are cut out of the source here and decoded by {@link Pending#decode()}, on any
   * thread.
   */
  @Override
  public Pending nextPending() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + source);
    }
    if (!lineReady) {
      ReadResult r = queue.poll();
      return () -> r;
    }
    lineReady = false;
    byte[] line =
        Arrays.copyOfRange(lines.bytes(), lines.offset(), lines.offset() + lines.length());
    SourceLocation at = lineAt;
    long number = lines.number();
    return new Pending() {
      @Override
      public ReadResult decode() {
        return decodeLine(line, 0, line.length, at, number);
      }

      @Override
      public int heldBytes() {
        return line.length;
      }
    };
  }

  @Override
  public void close() {
    done = true;
    try {
      if (parser != null) {
        parser.close();
      }
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + source, e);
    }
  }

  /**
   * Returns the next result, or null when nothing was produced this step (then {@link #done} may be
   * set).
   */
  private ReadResult advance() {
    long lineBase = 0;
    try {
      if (layout == null || (parser == null && lines == null)) {
        start();
      }
      if (layout == Layout.NDJSON) {
        return nextLine();
      }
      return layout == Layout.BUNDLE ? nextInBundle() : nextDocument();
    } catch (JsonProcessingException e) {
      done = true;
      if (layout == Layout.NDJSON) {
        lineBase = lines.number() - 1;
      }
      Issue issue =
          SyntaxErrors.issue(e, base().withRecord(Math.max(records, 0)), lineBase, limits);
      return new ReadResult.Failed(issue.location(), List.of(issue));
    } catch (java.io.CharConversionException e) {
      // the same finding as bytes that are not UTF-8 (see NotUtf8Json)
      done = true;
      long line = org.mignet.formats.internal.NotUtf8Json.line(e, parser).orElseThrow();
      SourceLocation at = base().withRecord(Math.max(records, 1)).withLine(line, 0);
      return new ReadResult.Failed(at, List.of(ReadRules.issue(ReadRules.UNDECODABLE, at, line)));
    } catch (IOException e) {
      done = true;
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private void start() throws IOException {
    if (layout == null) {
      in.mark(HEAD + 1);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      layout = sniff(head, head.length, factory);
    }
    if (layout == Layout.NDJSON) {
      lines = new LineSource(in, limits.maxRecordBytes());
      return;
    }
    parser = factory.createParser(in);
    if (layout == Layout.BUNDLE) {
      JsonToken t = parser.nextToken();
      if (t != JsonToken.START_OBJECT) {
        fail(ReadRules.NOT_MIGNET, base(), Words.A_BUNDLE_OBJECT, RecordParsing.kind(t));
        done = true;
        return;
      }
      bundleMembers();
    } else {
      JsonToken t = parser.nextToken();
      if (t == null) {
        fail(ReadRules.NOT_MIGNET, base(), Words.A_RECORD_SOURCE, Words.AN_EMPTY_INPUT);
        done = true;
      } else {
        pushBack = true;
      }
    }
  }

  private boolean pushBack;

  private ReadResult nextDocument() throws IOException {
    if (done) {
      return null;
    }
    JsonToken t = pushBack ? parser.currentToken() : parser.nextToken();
    pushBack = false;
    if (t == null) {
      done = true;
      return null;
    }
    SourceLocation at = startOf(parser);
    if (at == null) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return failed(
          ReadRules.NOT_MIGNET, at, Words.A_RECORD_DOCUMENT_OBJECT, RecordParsing.kind(t));
    }
    return read(parser, at, 0, false);
  }

  private ReadResult nextInBundle() throws IOException {
    if (done) {
      return null;
    }
    if (!inRecords) {
      bundleMembers();
      return null;
    }
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY) {
      inRecords = false;
      return null;
    }
    if (t == null) {
      throw new com.fasterxml.jackson.core.io.JsonEOFException(
          parser, null, "end of input in records");
    }
    SourceLocation at = startOf(parser);
    if (at == null) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return failed(
          ReadRules.WRONG_TYPE,
          at.withPointer(""),
          Words.A_RECORD_DOCUMENT_OBJECT,
          RecordParsing.kind(t));
    }
    return read(parser, at, 0, false);
  }

  /** Reads bundle members up to the {@code records} array, or to the end of the bundle. */
  private void bundleMembers() throws IOException {
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken v = parser.nextToken();
      SourceLocation at = base().withPointer(org.mignet.core.internal.Pointers.append("", name));
      JsonLocation l = parser.currentTokenLocation();
      at = at.withLine(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
      switch (name) {
        case "records" -> {
          if (sawRecords) {
            fail(ReadRules.DUPLICATE_MEMBER, at);
            parser.skipChildren();
          } else if (v != JsonToken.START_ARRAY) {
            fail(ReadRules.WRONG_TYPE, at, Words.AN_ARRAY, RecordParsing.kind(v));
            parser.skipChildren();
          } else {
            sawRecords = true;
            inRecords = true;
            return;
          }
        }
        case "schemaVersion", "id", "created" -> {
          if (v != JsonToken.VALUE_STRING) {
            fail(ReadRules.WRONG_TYPE, at, Words.A_STRING, RecordParsing.kind(v));
            parser.skipChildren();
          }
        }
        default -> {
          if (!lenient) {
            fail(ReadRules.UNKNOWN_MEMBER, at, Words.THE_BUNDLE);
          }
          parser.skipChildren();
        }
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new com.fasterxml.jackson.core.io.JsonEOFException(
          parser, null, "end of input in bundle");
    }
    JsonToken after = parser.nextToken();
    if (after != null) {
      fail(ReadRules.NOT_MIGNET, base(), Words.THE_END_OF_THE_BUNDLE, RecordParsing.kind(after));
    }
    done = true;
  }

  private ReadResult nextLine() throws IOException {
    while (lines.next()) {
      if (!lines.tooLong() && lines.isBlank()) {
        continue;
      }
      records++;
      SourceLocation at = base().withRecord(records).withLine(lines.number(), 1);
      if (records > limits.maxRecords()) {
        done = true;
        return failed(ReadRules.LIMIT, at, Words.RECORDS_PER_SOURCE, limits.maxRecords());
      }
      if (lines.tooLong()) {
        return failed(ReadRules.LIMIT, at, Words.RECORD_SIZE, limits.maxRecordBytes());
      }
      // whether the line is UTF-8 is checked where it is decoded (decodeLine), on a worker when
      // the pipeline has them: only cutting lines out stays on the reader's thread
      // the line stays in the source's buffer until next() or nextPending() takes it
      lineAt = at;
      lineReady = true;
      return null;
    }
    done = true;
    return null;
  }

  /**
   * Decodes one NDJSON line; touches nothing of the reader but its immutable settings, so it may
   * run on any thread.
   *
   * @param number the line's 1-based number in the source
   */
  private ReadResult decodeLine(
      byte[] bytes, int offset, int length, SourceLocation at, long number) {
    if (!LineSource.isUtf8(bytes, offset, offset + length)) {
      return failed(ReadRules.UNDECODABLE, at, number);
    }
    // Jackson takes bytes for UTF-16 or UTF-32 when a NUL is among the first four, and then either
    // fails to decode them (an exception no reader may let escape) or reads other text than the
    // line holds. A NUL is never JSON (RFC 8259 escapes control characters, whitespace has none),
    // and the line is UTF-8 (LineSource checked it): the line is not well-formed, said as such.
    for (int i = offset, end = offset + Math.min(4, length); i < end; i++) {
      if (bytes[i] == 0) {
        return failed(ReadRules.MALFORMED, at.withLine(number, i - offset + 1));
      }
    }
    try (JsonParser p = factory.createParser(bytes, offset, length)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        return failed(
            ReadRules.NOT_MIGNET, at, Words.A_RECORD_DOCUMENT_OBJECT, RecordParsing.kind(t));
      }
      ReadResult r = read(p, at, number - 1, true);
      JsonToken after = p.nextToken();
      if (after != null) {
        return failed(
            ReadRules.MALFORMED,
            at.withLine(number, Math.max(1, p.currentTokenLocation().getColumnNr())));
      }
      return r;
    } catch (JsonProcessingException e) {
      Issue issue = SyntaxErrors.issue(e, at, number - 1, limits);
      return new ReadResult.Failed(at, List.of(issue));
    } catch (IOException e) {
      // a parser over bytes in memory reads nothing from the stream
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private ReadResult read(JsonParser p, SourceLocation at, long lineBase, boolean measured)
      throws IOException {
    // a line LineSource let through is within the record size limit: no need to measure it value by
    // value
    RecordParsing parsing = new RecordParsing(lenient, limits, at, lineBase, measured);
    Optional<MignetRecord> record = parsing.readDocument(p);
    if (record.isPresent()) {
      return new ReadResult.Ok(record.get(), at, parsing.issues());
    }
    return new ReadResult.Failed(at, parsing.issues());
  }

  /**
   * Returns the location of the record starting at the current token, or null if the record limit
   * is hit.
   */
  private SourceLocation startOf(JsonParser p) {
    records++;
    JsonLocation l = p.currentTokenLocation();
    SourceLocation at =
        base()
            .withRecord(records)
            .withLine(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    if (records > limits.maxRecords()) {
      done = true;
      fail(ReadRules.LIMIT, at, Words.RECORDS_PER_SOURCE, limits.maxRecords());
      return null;
    }
    return at;
  }

  private SourceLocation base() {
    SourceLocation b = base;
    if (b == null) {
      b = SourceLocation.of(source);
      base = b;
    }
    return b;
  }

  private void fail(String rule, SourceLocation at, Object... args) {
    queue.add(failed(rule, at, args));
  }

  private static ReadResult failed(String rule, SourceLocation at, Object... args) {
    return new ReadResult.Failed(at, List.of(ReadRules.issue(rule, at, args)));
  }
}

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
package org.mignet.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.ReadRules;
import org.mignet.formats.internal.Words;
import org.mignet.formats.json.internal.Issues;
import org.mignet.formats.json.internal.JsonRecordReader;
import org.mignet.formats.json.internal.JsonWriting;
import org.mignet.formats.json.internal.Mappers;
import org.mignet.formats.json.internal.RecordParsing;

/**
 * The canonical JSON of mignet: the entry point to write records as documents, bundles or NDJSON
 * and to read them back, streaming.
 *
 * <p><b>Shape.</b> A record document is an object whose first member is {@code recordType} (e.g.
 * {@code "TraffickingCase"}), then the record's components by name in declaration order. Empty
 * optionals, lists and maps are left out; on read, absent, {@code null}, {@code []} and <code>{}
 * </code> all mean empty. Enums are written by constant name, GCM objectives by number, guiding
 * principles by letter, partial dates as {@code 1990}, {@code 1990-05} or {@code 1990-05-17},
 * instants in ISO 8601, decimals as plain JSON numbers. A bundle is <code>
 * {"schemaVersion":"1.0","records":[…]}</code>; NDJSON is one compact document per line.
 *
 * <p><b>Strict and lenient.</b> {@link #standard()} reports unknown members as {@code MG-READ-005}
 * errors. {@link #lenient()} keeps each one in the record's {@code meta.extensions} under the key
 * {@code "unknown:" + JSON Pointer of the member} (e.g. {@code
 * unknown:/victims/0/person/nickname}), with its JSON value (numbers as {@code Long} or {@code
 * BigDecimal}), and reports an {@code MG-READ-006} warning. They are written back inside {@code
 * meta.extensions}, not at their original place, so a lenient read of the written document gives an
 * equal record. An extension already present under the same key wins.
 *
 * <p>Immutable and thread-safe; create once and share. Readers and writers it creates are not
 * thread-safe.
 */
public final class CanonicalJson {

  private static final CanonicalJson STANDARD =
      new CanonicalJson(false, ReadLimits.defaults(), false);

  private final boolean lenient;
  private final ReadLimits limits;
  private final boolean pretty;
  private final JsonFactory factory;

  private CanonicalJson(boolean lenient, ReadLimits limits, boolean pretty) {
    this.lenient = lenient;
    this.limits = limits;
    this.pretty = pretty;
    this.factory = Mappers.limitedTo(limits);
  }

  /** Returns the strict reader and compact writer with {@link ReadLimits#defaults()}. */
  public static CanonicalJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy whose readers keep unknown members in {@code meta.extensions} (see the class
   * comment).
   */
  public CanonicalJson lenient() {
    return new CanonicalJson(true, limits, pretty);
  }

  /** Returns a copy whose readers report unknown members as errors. */
  public CanonicalJson strict() {
    return new CanonicalJson(false, limits, pretty);
  }

  /**
   * Returns a copy with the given read limits.
   *
   * @param value the limits; not null
   */
  public CanonicalJson withLimits(ReadLimits value) {
    return new CanonicalJson(lenient, Objects.requireNonNull(value, "limits"), pretty);
  }

  /**
   * Returns a copy that writes so.
   *
   * @param value true for indented output of documents and bundles (NDJSON is always compact)
   */
  public CanonicalJson withPrettyPrinting(boolean value) {
    return new CanonicalJson(lenient, limits, value);
  }

  /** Returns whether readers are lenient. */
  public boolean isLenient() {
    return lenient;
  }

  /** Returns the read limits. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns its record document.
   *
   * @param record the record; not null
   */
  public String toJson(MignetRecord record) {
    Objects.requireNonNull(record, "record");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Mappers.generator(factory.createGenerator(w), pretty)) {
      JsonWriting.writeDocument(g, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes a record document in UTF-8. The stream is flushed, not closed.
   *
   * @param record the record; not null
   * @param out the target; not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(MignetRecord record, OutputStream out) {
    Objects.requireNonNull(record, "record");
    try (JsonGenerator g = Mappers.generator(factory.createGenerator(out), pretty)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      JsonWriting.writeDocument(g, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one record document.
   *
   * @param json the document; not null
   * @return the record
   * @throws ParseException with the id of the first read-level rule it breaks and its location, if
   *     the text is not a readable record document
   */
  public MignetRecord fromJson(String json) {
    Objects.requireNonNull(json, "json");
    SourceLocation at = SourceLocation.of("(string)").withRecord(1);
    try (JsonParser p = factory.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw exception(
            ReadRules.issue(
                ReadRules.NOT_MIGNET,
                at,
                Words.A_RECORD_DOCUMENT_OBJECT,
                t == null ? Words.AN_EMPTY_INPUT : Words.ANOTHER_JSON_VALUE));
      }
      RecordParsing parsing = new RecordParsing(lenient, limits, at.withLine(1, 1), 0);
      Optional<MignetRecord> record = parsing.readDocument(p);
      if (record.isEmpty()) {
        throw exception(
            parsing.issues().stream()
                .filter(i -> i.severity().isBlocking())
                .findFirst()
                .orElse(parsing.issues().get(0)));
      }
      if (p.nextToken() != null) {
        throw exception(
            ReadRules.issue(
                ReadRules.NOT_MIGNET, at, Words.THE_END_OF_THE_DOCUMENT, Words.MORE_CONTENT));
      }
      return record.get();
    } catch (JsonProcessingException e) {
      throw exception(Issues.syntax(e, at, limits));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a streaming reader that sniffs whether the source is a record document, a bundle or
   * NDJSON.
   *
   * @param in the source, UTF-8; closed by the reader's {@code close()}
   * @param sourceName the name used in locations, e.g. the file name; not null
   * @return a reader; bad data becomes {@link org.mignet.formats.ReadResult.Failed} results, never
   *     exceptions
   */
  public RecordReader reader(InputStream in, String sourceName) {
    return new JsonRecordReader(
        factory,
        lenient,
        limits,
        Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(sourceName, "sourceName"),
        null);
  }

  /**
   * Opens a reader of NDJSON without sniffing: every non-blank line is a record document.
   *
   * @param in the source, UTF-8; closed by the reader's {@code close()}
   * @param sourceName the name used in locations; not null
   * @return a reader
   */
  public RecordReader ndjsonReader(InputStream in, String sourceName) {
    return new JsonRecordReader(
        factory,
        lenient,
        limits,
        Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(sourceName, "sourceName"),
        JsonRecordReader.Layout.NDJSON);
  }

  /**
   * Returns a writer of one compact record document per line.
   *
   * @param out the target; closed by the writer's {@code close()}
   */
  public RecordWriter ndjsonWriter(OutputStream out) {
    return Mappers.ndjsonWriter(factory, out);
  }

  /**
   * Returns a writer of a bundle whose {@code records} array is streamed.
   *
   * @param out the target; closed by the writer's {@code close()}, which also ends the bundle
   */
  public RecordWriter bundleWriter(OutputStream out) {
    return Mappers.bundleWriter(factory, out, pretty);
  }

  private static ParseException exception(Issue issue) {
    return new org.mignet.formats.ReadException(issue);
  }
}

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
package org.mignet.formats.htcds.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.Values;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.htcds.HtcdsFieldName;
import org.mignet.formats.htcds.HtcdsFields;
import org.mignet.formats.internal.LookaheadReader;
import org.mignet.formats.internal.Words;

/**
 * Reads HTCDS XForm instances ({@code <data id="htcds_xlsform">}): one submission, several inside
 * any wrapper element, or the form definition itself (whose blank primary instance holds no case).
 * StAX with DTDs and external entities off; one instance in memory at a time. Not thread-safe.
 */
public final class XFormReader extends LookaheadReader<ReadResult> implements RecordReader {

  private final InputStream in;
  private final String source;
  private final RowsToCase mapping;

  /** The most characters an element's text may hold. */
  static final int MAX_TEXT = 1_000_000;

  /** The most levels of elements below {@code data}. */
  static final int MAX_DEPTH = 16;

  private XMLStreamReader xml;
  private long records;
  private final List<Issue> refused = new ArrayList<>();

  /**
   * @param in the input, closed by {@link #close()}
   * @param source the source name
   */
  public XFormReader(InputStream in, String source) {
    this.in = in;
    this.source = source;
    this.mapping = new RowsToCase(source, XFormReader::split);
  }

  static List<String> split(String v) {
    List<String> out = new ArrayList<>();
    for (String s : v.strip().split("\\s+", -1)) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  protected ReadResult advance() {
    try {
      if (xml == null) {
        XMLInputFactory f = org.mignet.formats.internal.SecureXml.inputFactory();
        xml = f.createXMLStreamReader(in);
      }
      boolean sawRoot = records > 0;
      while (xml.hasNext()) {
        int ev = xml.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          if (!sawRoot && records == 0) {
            sawRoot = true;
          }
          if (xml.getLocalName().equals("data")) {
            ReadResult r = instance();
            if (r != null) {
              return r;
            }
          }
        }
      }
      finish();
      return null;
    } catch (XMLStreamException e) {
      finish();
      SourceLocation at = SourceLocation.of(source).withRecord(records + 1);
      if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
        at =
            at.withLine(
                e.getLocation().getLineNumber(), Math.max(0, e.getLocation().getColumnNumber()));
      }
      SourceLocation where = at;
      return new ReadResult.Failed(
          at,
          List.of(
              org.mignet.formats.internal.LimitErrors.issue(e, at)
                  .orElseGet(
                      () ->
                          HtcdsReadRules.issue(
                              HtcdsReadRules.MALFORMED, where, Words.NOT_WELL_FORMED_XML))));
    }
  }

  /** Reads one {@code data} element; null if it holds no value (a blank instance). */
  private ReadResult instance() throws XMLStreamException {
    long line = xml.getLocation().getLineNumber();
    Map<String, String> leaves = new LinkedHashMap<>();
    refused.clear();
    element("", leaves, 0);
    if (!refused.isEmpty()) {
      records++;
      SourceLocation at = SourceLocation.of(source).withRecord(records).withLine(line, 0);
      return new ReadResult.Failed(at, List.copyOf(refused));
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> columns = new HashMap<>();
    Map<String, String> extras = new LinkedHashMap<>();
    String instanceId = null;
    String start = null;
    String end = null;
    List<Issue> issues = new ArrayList<>();
    for (Map.Entry<String, String> e : leaves.entrySet()) {
      String full = e.getKey();
      String v = e.getValue().strip();
      if (v.isEmpty()) {
        continue;
      }
      switch (full) {
        case "meta/instanceID" -> instanceId = v;
        case "start" -> start = v;
        case "end" -> end = v;
        case "__version__", "meta/instanceName", "meta/deprecatedID" -> {}
        default -> {
          HtcdsFieldName r = HtcdsFields.instance().resolve(full);
          if (r.field().isPresent() && !full.contains("/")) {
            values.put(r.field().get().name(), v);
            columns.put(r.field().get().name(), full);
          } else {
            extras.put(full, v);
            issues.add(
                HtcdsReadRules.issue(
                    HtcdsReadRules.UNKNOWN_COLUMN,
                    SourceLocation.of(source).withRecord(records + 1).withLine(line, 0),
                    full.length() > 40 ? full.substring(0, 40) + "…" : full));
          }
        }
      }
    }
    if (values.isEmpty() && extras.isEmpty() && instanceId == null) {
      return null;
    }
    records++;
    RawRow row = new RawRow(line, 0, values, columns, extras);
    TraffickingCase c = mapping.build(instanceId, List.of(row), records, issues);
    Instant created = instant(start);
    Instant updated = instant(end);
    if (created != null || updated != null) {
      c = CaseCopy.withMeta(c, c.meta().withTimestamps(created, updated));
    }
    return new ReadResult.Ok(
        c, SourceLocation.of(source).withRecord(records).withLine(line, 0), issues);
  }

  /**
   * Collects the leaf texts under the current element by path. An element given twice, a text over
   * {@value #MAX_TEXT} characters and nesting beyond {@value #MAX_DEPTH} levels are refused (into
   * {@link #refused}), never resolved first-wins, cut or skipped.
   */
  private void element(String path, Map<String, String> leaves, int depth)
      throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    boolean group = false;
    boolean tooLong = false;
    SourceLocation at = here();
    while (xml.hasNext()) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        group = true;
        String child = path.isEmpty() ? xml.getLocalName() : path + "/" + xml.getLocalName();
        if (depth < MAX_DEPTH) {
          element(child, leaves, depth + 1);
        } else {
          refused.add(HtcdsReadRules.issue(HtcdsReadRules.TOO_DEEP, here(), cut(child), MAX_DEPTH));
          skipElement();
        }
      } else if (ev == XMLStreamConstants.CHARACTERS
          || ev == XMLStreamConstants.CDATA
          || ev == XMLStreamConstants.SPACE) {
        if (tooLong || (long) b.length() + xml.getTextLength() > MAX_TEXT) {
          if (!tooLong) {
            refused.add(
                HtcdsReadRules.issue(HtcdsReadRules.TEXT_TOO_LONG, at, cut(path), MAX_TEXT));
          }
          tooLong = true;
          b.setLength(0);
        } else {
          b.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (!group && !path.isEmpty() && !tooLong) {
          if (leaves.containsKey(path)) {
            refused.add(HtcdsReadRules.issue(HtcdsReadRules.DUPLICATE_ELEMENT, at, cut(path)));
          } else {
            leaves.put(path, b.toString());
          }
        }
        return;
      }
    }
  }

  /** Returns the location of the current event, in the instance being read. */
  private SourceLocation here() {
    javax.xml.stream.Location l = xml.getLocation();
    return SourceLocation.of(source)
        .withRecord(records + 1)
        .withLine(Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
  }

  /** Skips the element just started, whatever it holds. */
  private void skipElement() throws XMLStreamException {
    int open = 1;
    while (open > 0 && xml.hasNext()) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        open++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        open--;
      }
    }
  }

  private static String cut(String s) {
    return Values.cut(s, 60);
  }

  private static Instant instant(String s) {
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException x) {
        return null;
      }
    }
  }

  @Override
  public void close() {
    finish();
    try {
      if (xml != null) {
        xml.close();
      }
      in.close();
    } catch (XMLStreamException e) {
      // closing a reader of a stream we also close
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

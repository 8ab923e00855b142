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
package org.mignet.formats.mmp.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.LookaheadReader;
import org.mignet.formats.internal.Words;
import org.mignet.formats.mmp.MmpLayout;

/**
 * Reads the MMP API's JSON (an array of flat objects, keys varying by year) object by object on a
 * streaming {@link JsonParser}. Each object's keys decide its fields; an object without an id or a
 * date is rejected, the rest of the array is still read. Holds one object at a time.
 *
 * <p>The API's {@code web_id} is the Main ID ({@code 2023.MMP1333}), which repeats for an incident
 * split across objects, so it is read as {@link org.mignet.core.model.Incident#mainId()}; each
 * incident gets an identifier of its own in the system {@value IncidentMapper#SYSTEM_API}: {@code
 * web_id}, {@code ~} and the first 12 hexadecimal digits of the SHA-256 of the object's members as
 * written (name and value of each, in file order). The same object gives the same identifier on
 * every run and in every file, so only an object repeated member for member shares one (and {@code
 * MG-XREC-001} reports it). An object that also names a Main ID of its own ({@code main_id}) keeps
 * the exports' meaning: {@code web_id} is then the incident id.
 */
// per-row values sit in arrays indexed by Field's ordinal (no map per row on the streaming path);
// Field is
// package-private and its order is never written anywhere
@SuppressWarnings("EnumOrdinal")
final class MmpJsonReader extends LookaheadReader<ReadResult> implements RecordReader {

  private final JsonParser parser;
  private final String source;
  private final IncidentMapper mapper;
  private final Set<String> warnedKeys = new HashSet<>();
  private boolean started;
  private long record;

  MmpJsonReader(JsonParser parser, String source, Validation validation) {
    this.parser = parser;
    this.source = source;
    this.mapper = new IncidentMapper(MmpLayout.API_JSON, validation, source);
  }

  @Override
  protected ReadResult advance() {
    try {
      if (!started) {
        started = true;
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_ARRAY) {
          finish();
          SourceLocation at = new SourceLocation(Optional.of(source), 0, 1, 1, Optional.of(""));
          return new ReadResult.Failed(
              at, List.of(MmpRules.issue(MmpRules.NOT_MMP, at, Words.NOT_AN_INCIDENT_ARRAY)));
        }
      }
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY || t == null) {
        finish();
        return null;
      }
      long index = record++;
      SourceLocation at =
          new SourceLocation(
              Optional.of(source),
              record,
              parser.currentTokenLocation().getLineNr(),
              parser.currentTokenLocation().getColumnNr(),
              Optional.empty());
      if (t != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return new ReadResult.Failed(
            at.withPointer("/" + index),
            List.of(
                MmpRules.issue(
                    MmpRules.NOT_MMP, at.withPointer("/" + index), Words.NOT_AN_INCIDENT_OBJECT)));
      }
      String[] values = new String[Field.values().length];
      String[] names = new String[values.length];
      boolean[] seen = new boolean[values.length];
      Map<String, String> extras = Map.of();
      List<Issue> warnings = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      Issue duplicate = null;
      MessageDigest digest = sha256();
      while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        // the same key twice, or two spellings of one field: which value holds cannot be known
        if (!keys.add(Field.of(key).map(Enum::name).orElse(key)) && duplicate == null) {
          SourceLocation where =
              at.withLine(
                      parser.currentTokenLocation().getLineNr(),
                      parser.currentTokenLocation().getColumnNr())
                  .withPointer("/" + index + "/" + pointerToken(key));
          duplicate = MmpRules.issue(MmpRules.DUPLICATE_KEY, where, "\"" + shorten(key) + "\"");
        }
        JsonToken v = parser.nextToken();
        String text;
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          parser.skipChildren();
          text = null;
        } else {
          text = v == JsonToken.VALUE_NULL ? null : parser.getText();
        }
        digest.update(key.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        // a nested value is skipped (reported as an unknown key), so only its kind takes part in
        // the identity
        digest.update(
            text != null
                ? text.getBytes(StandardCharsets.UTF_8)
                : (v == JsonToken.VALUE_NULL ? "null" : v.asString())
                    .getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 1);
        Optional<Field> f = Field.of(key).filter(x -> Layouts.reads(MmpLayout.API_JSON, x, seen));
        if (f.isPresent() && !seen[f.get().ordinal()]) {
          seen[f.get().ordinal()] = true;
          values[f.get().ordinal()] = text;
          names[f.get().ordinal()] = key;
          if (f.get() == Field.RELIABILITY && warnedKeys.add(key)) {
            warnings.add(
                MmpRules.issue(
                    MmpRules.NOT_CARRIED,
                    at.withPointer("/" + index + "/" + pointerToken(key)),
                    "\"" + shorten(key) + "\"",
                    KnownExtensions.MMP_RELIABILITY));
          }
        } else {
          if (warnedKeys.add(key)) {
            warnings.add(
                MmpRules.issue(
                    MmpRules.UNKNOWN_COLUMN,
                    at.withPointer("/" + index),
                    "\"" + shorten(key) + "\"",
                    IncidentMapper.EXT_PREFIX + shorten(key)));
          }
          if (text != null && !text.isBlank()) {
            if (extras.isEmpty()) {
              extras = new LinkedHashMap<>();
            }
            extras.put(key, text);
          }
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw new JsonProcessingException("unexpected token", parser.currentLocation()) {};
      }
      if (duplicate != null) {
        List<Issue> all = new ArrayList<>(warnings);
        all.add(duplicate);
        return new ReadResult.Failed(at.withPointer("/" + index), all);
      }
      if (Layouts.detect(seen) == null && !seen[Field.INCIDENT_ID.ordinal()]) {
        List<Issue> all = new ArrayList<>(warnings);
        all.add(MmpRules.issue(MmpRules.NO_ID, at.withPointer("/" + index), "web_id"));
        return new ReadResult.Failed(at, all);
      }
      String ownId = null;
      if (!seen[Field.MAIN_ID.ordinal()] && values[Field.INCIDENT_ID.ordinal()] != null) {
        // web_id is the Main ID: it groups the objects of a split incident, each of which needs its
        // own identifier
        values[Field.MAIN_ID.ordinal()] = values[Field.INCIDENT_ID.ordinal()];
        names[Field.MAIN_ID.ordinal()] = names[Field.INCIDENT_ID.ordinal()];
        ownId =
            values[Field.INCIDENT_ID.ordinal()].strip()
                + "~"
                + HexFormat.of().formatHex(digest.digest(), 0, 6);
      }
      ReadResult r = mapper.map(values, names, extras, at, ownId);
      return warnings.isEmpty() ? r : MmpCsvReader.prepend(warnings, r);
    } catch (JsonProcessingException e) {
      finish();
      SourceLocation at =
          new SourceLocation(
              Optional.of(source),
              record,
              e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
              e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr()),
              Optional.empty());
      return new ReadResult.Failed(
          at,
          List.of(
              org.mignet.formats.internal.LimitErrors.issue(e, at)
                  .orElseGet(() -> MmpRules.issue(MmpRules.MALFORMED, at, "JSON"))));
    } catch (IOException e) {
      long line =
          org.mignet.formats.internal.NotUtf8Json.line(e, parser)
              .orElseThrow(() -> new UncheckedIOException(e));
      finish();
      SourceLocation at =
          new SourceLocation(Optional.of(source), Math.max(record, 1), line, 0, Optional.empty());
      return new ReadResult.Failed(
          at, List.of(MmpRules.issue(MmpRules.UNDECODABLE, at, line, "UTF-8")));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform has SHA-256 (MessageDigest's javadoc)
      throw new IllegalStateException(e);
    }
  }

  private static String pointerToken(String key) {
    return org.mignet.core.internal.Pointers.escape(key);
  }

  private static String shorten(String key) {
    return key.length() <= 40 ? key : key.substring(0, 40) + "…";
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

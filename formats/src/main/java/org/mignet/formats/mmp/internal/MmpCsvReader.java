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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.Values;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.CheckedDecoding;
import org.mignet.formats.internal.DuplicateNames;
import org.mignet.formats.internal.LookaheadReader;
import org.mignet.formats.internal.Words;
import org.mignet.formats.mmp.MmpLayout;

/**
 * Reads an MMP CSV export row by row on Jackson's streaming {@link CsvParser}: the header decides
 * the layout and which column feeds which field; then each row becomes one {@link ReadResult}.
 * Holds one row at a time.
 */
// per-row values sit in arrays indexed by Field's ordinal (no map per row on the streaming path);
// Field is
// package-private and its order is never written anywhere
@SuppressWarnings("EnumOrdinal")
final class MmpCsvReader extends LookaheadReader<ReadResult> implements RecordReader {

  private static final int FIELDS = Field.values().length;

  private final CsvParser parser;
  private final String source;
  private final Validation validation;
  private Field[] columns;
  private String[] headers;

  /** The header of each field the layout reads, by field ordinal. */
  private String[] names;

  private IncidentMapper mapper;
  private MmpLayout layout;
  private final List<Issue> headerWarnings = new ArrayList<>();
  private long record;

  MmpCsvReader(CsvParser parser, String source, Validation validation) {
    this.parser = parser;
    this.source = source;
    this.validation = validation;
  }

  /** Returns the layout, once the header is read (after the first {@link #hasNext()}). */
  Optional<MmpLayout> layout() {
    return Optional.ofNullable(layout);
  }

  @Override
  protected ReadResult advance() {
    try {
      if (columns == null) {
        ReadResult problem = readHeader();
        if (problem != null || columns == null) {
          finish();
          return problem;
        }
      }
      while (true) {
        JsonToken t = parser.nextToken();
        if (t == null) {
          finish();
          return null;
        }
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        // the CSV parser reports a row's start on the line where the previous row ended
        long line = parser.currentTokenLocation().getLineNr() + 1L;
        String[] values = new String[FIELDS];
        Map<String, String> extras = Map.of();
        int n = 0;
        // a cell past the header's columns that holds something; an empty one (a delimiter ending
        // every data row, as some exporters write) holds nothing and is no field
        boolean pastHeader = false;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
          if (n >= columns.length && !parser.getText().isBlank()) {
            pastHeader = true;
          }
          if (n < columns.length) {
            String v = parser.getText();
            if (columns[n] != null) {
              values[columns[n].ordinal()] = v;
            } else if (!v.isBlank()) {
              if (extras.isEmpty()) {
                extras = new LinkedHashMap<>();
              }
              extras.put(headers[n], v);
            }
          }
          n++;
        }
        if (n == 1 && isBlank(values)) {
          continue;
        }
        record++;
        SourceLocation at =
            new SourceLocation(Optional.of(source), record, line, 0, Optional.empty());
        List<Issue> before = record == 1 ? List.copyOf(headerWarnings) : List.of();
        if (n < columns.length || pastHeader) {
          List<Issue> all = new ArrayList<>(before);
          all.add(MmpRules.issue(MmpRules.FIELD_COUNT, at, n, columns.length));
          return new ReadResult.Failed(at, all);
        }
        ReadResult r = mapper.map(values, names, extras, at, null);
        return before.isEmpty() ? r : prepend(before, r);
      }
    } catch (CheckedDecoding.Undecodable e) {
      finish();
      SourceLocation at =
          new SourceLocation(Optional.of(source), record + 1, e.line(), 0, Optional.empty());
      return new ReadResult.Failed(
          at, List.of(MmpRules.issue(MmpRules.UNDECODABLE, at, e.line(), e.encoding().name())));
    } catch (JsonProcessingException e) {
      finish();
      SourceLocation at =
          new SourceLocation(
              Optional.of(source),
              record + 1,
              e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
              0,
              Optional.empty());
      return new ReadResult.Failed(
          at,
          List.of(
              org.mignet.formats.internal.LimitErrors.issue(e, at)
                  .orElseGet(() -> MmpRules.issue(MmpRules.MALFORMED, at, "CSV"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReadResult prepend(List<Issue> first, ReadResult r) {
    List<Issue> all = new ArrayList<>(first);
    all.addAll(r.issues());
    return r instanceof ReadResult.Ok ok
        ? new ReadResult.Ok(ok.record(), ok.location(), all)
        : new ReadResult.Failed(r.location(), all);
  }

  private static String cut(String s) {
    return Values.cut(s, 60);
  }

  private static boolean isBlank(String[] values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private ReadResult readHeader() throws IOException {
    JsonToken t = parser.nextToken();
    SourceLocation at = new SourceLocation(Optional.of(source), 0, 1, 0, Optional.empty());
    if (t != JsonToken.START_ARRAY) {
      return new ReadResult.Failed(
          at, List.of(MmpRules.issue(MmpRules.NOT_MMP, at, Words.THE_FILE_IS_EMPTY)));
    }
    List<String> cells = new ArrayList<>();
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
      String h = parser.getText().strip();
      if (h.startsWith("\uFEFF")) {
        h = h.substring(1);
      }
      cells.add(h);
    }
    headers = cells.toArray(String[]::new);
    // a field named twice (two spellings of one column count) or an unknown column named twice
    List<DuplicateNames.Duplicate> twice =
        DuplicateNames.in(cells.stream().map(h -> Field.of(h).map(Enum::name).orElse(h)).toList());
    if (!twice.isEmpty()) {
      return new ReadResult.Failed(
          at,
          twice.stream()
              .map(
                  d ->
                      MmpRules.issue(
                          MmpRules.DUPLICATE_COLUMN,
                          at.withLine(1, d.second()),
                          cut(headers[d.second() - 1]),
                          d.columnList()))
              .toList());
    }
    boolean[] seen = new boolean[Field.values().length];
    for (String h : headers) {
      Field.of(h).ifPresent(f -> seen[f.ordinal()] = true);
    }
    layout = Layouts.detect(seen);
    if (layout == null) {
      return new ReadResult.Failed(
          at, List.of(MmpRules.issue(MmpRules.NOT_MMP, at, Words.NO_MMP_COLUMNS)));
    }
    Field[] cols = new Field[headers.length];
    names = new String[Field.values().length];
    for (int i = 0; i < headers.length; i++) {
      Optional<Field> f = Field.of(headers[i]);
      if (f.isPresent() && Layouts.reads(layout, f.get(), seen)) {
        cols[i] = f.get();
        names[f.get().ordinal()] = headers[i];
        if (f.get() == Field.RELIABILITY) {
          headerWarnings.add(
              MmpRules.issue(
                  MmpRules.NOT_CARRIED,
                  at.withLine(1, i + 1),
                  headers[i],
                  KnownExtensions.MMP_RELIABILITY));
        }
      } else {
        headerWarnings.add(
            MmpRules.issue(
                MmpRules.UNKNOWN_COLUMN,
                at.withLine(1, i + 1),
                "#" + (i + 1),
                IncidentMapper.EXT_PREFIX + headers[i]));
      }
    }
    columns = cols;
    mapper = new IncidentMapper(layout, validation, source);
    return null;
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

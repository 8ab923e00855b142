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
package org.mignet.formats.hxl.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadException;
import org.mignet.formats.internal.HxlRules;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Tag;
import org.mignet.formats.tabular.TableRow;

/**
 * The rows of HXL JSON as libhxl reads and writes it, streamed with Jackson: a top-level array
 * whose items are either arrays of cells (the hashtag row among the first rows, as in CSV) or
 * objects keyed by tag specs (the keys of the first object are the hashtag row; a later object's
 * member is matched to them by its spelling, else by its tag, whatever its case, spaces or
 * attribute order; one outside them is said, {@code MG-HXL-014}; two members of one tag in one
 * object are refused, {@code MG-TAB-023}). Strings, numbers and booleans are cells, {@code null} an
 * empty cell; anything else is refused ({@code MG-HXL-013}, a {@link ReadException}). Not
 * thread-safe.
 */
final class JsonRows implements Rows {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(1 << 20).build())
          .build();

  private final JsonParser parser;
  private final String source;
  private final int maxColumns;
  private final List<Issue> issues = new ArrayList<>();
  private List<String> keys;
  private Map<String, Integer> keyIndex;
  private Map<String, Integer> tagIndex;
  private TableRow pending;
  private boolean done;
  private long row;

  JsonRows(InputStream in, String source, int maxColumns) {
    this.source = source;
    this.maxColumns = maxColumns;
    try {
      parser = FACTORY.createParser(in);
      JsonToken t = parser.nextToken();
      if (t != JsonToken.START_ARRAY) {
        parser.close();
        throw bad(t == null ? "an empty document" : "not an array at the top");
      }
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw notUtf8(e);
    }
  }

  /** Returns the read limit behind {@code e}, named as such, or else "malformed JSON". */
  private ReadException malformed(JsonProcessingException e) {
    // a stream constraint carries no location of its own: the parser's is where it was hit
    com.fasterxml.jackson.core.JsonLocation where =
        e.getLocation() != null
            ? e.getLocation()
            : parser != null ? parser.currentLocation() : null;
    long line = where == null ? 0 : Math.max(0, where.getLineNr());
    long column = where == null ? 0 : Math.max(0, where.getColumnNr());
    return org.mignet.formats.internal.LimitErrors.issue(
            e, SourceLocation.of(source).withLine(line, column))
        .map(ReadException::new)
        .orElseGet(() -> bad("malformed JSON"));
  }

  /** Returns the finding "not UTF-8" for Jackson's UTF-16/32 decoding failure (see NotUtf8Json). */
  private RuntimeException notUtf8(IOException e) {
    if (org.mignet.formats.internal.NotUtf8Json.line(e, parser).isEmpty()) {
      return new UncheckedIOException(e);
    }
    return bad("text that is not UTF-8");
  }

  private ReadException bad(String what) {
    long line = parser == null ? 0 : Math.max(0, parser.currentLocation().getLineNr());
    return new ReadException(
        HxlRules.issue(HxlRules.BAD_JSON, SourceLocation.of(source).withLine(line, 0), what));
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !done) {
      pending = read();
      done = pending == null;
    }
    return pending != null;
  }

  @Override
  public TableRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TableRow r = pending;
    pending = null;
    return r;
  }

  @Override
  public List<Issue> drainIssues() {
    if (issues.isEmpty()) {
      return List.of();
    }
    List<Issue> out = List.copyOf(issues);
    issues.clear();
    return out;
  }

  private TableRow read() {
    try {
      if (objectRow != null) {
        // the keys of the first object were returned as the hashtag row; now its values
        TableRow r = objectRow;
        objectRow = null;
        row = 2;
        return r;
      }
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY || t == null) {
        if (t == JsonToken.END_ARRAY && parser.nextToken() != null) {
          throw bad("content after the top-level array");
        }
        return null;
      }
      long line = Math.max(1, parser.currentLocation().getLineNr());
      if (t == JsonToken.START_ARRAY) {
        if (keys != null) {
          throw bad("an array among objects");
        }
        List<String> cells = new ArrayList<>();
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          cells.add(scalar(t));
          limit(cells.size(), line);
        }
        row++;
        return TableRow.of(row, line, cells);
      }
      if (t == JsonToken.START_OBJECT) {
        if (row > 0 && keys == null) {
          throw bad("an object among arrays");
        }
        return object(line);
      }
      throw bad("a row that is neither an array nor an object");
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw notUtf8(e);
    }
  }

  private TableRow objectRow;

  private TableRow object(long line) throws IOException {
    Map<String, String> members = new java.util.LinkedHashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      String value = scalar(parser.nextToken());
      if (members.put(name, value) != null) {
        throw new ReadException(
            TabularRules.issue(
                TabularRules.DUPLICATE_MEMBER,
                SourceLocation.of(source).withLine(line, 0),
                TabularRules.cut(name)));
      }
      limit(members.size(), line);
    }
    if (keys == null) {
      keys = List.copyOf(members.keySet());
      keyIndex = new HashMap<>();
      tagIndex = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        keyIndex.put(keys.get(i), i);
        int column = i;
        // a later object may spell a tag otherwise ("#affected +f", "#Affected+f"); two first keys
        // of one tag leave it to their exact spellings
        Tag.tryParse(keys.get(i))
            .ifPresent(tag -> tagIndex.merge(ColumnPlan.unordered(tag), column, (a, b) -> -1));
      }
      objectRow = TableRow.of(2, line, List.copyOf(members.values()));
      row = 1;
      return TableRow.of(1, line, keys);
    }
    String[] cells = new String[keys.size()];
    java.util.Arrays.fill(cells, "");
    boolean[] set = new boolean[keys.size()];
    for (Map.Entry<String, String> m : members.entrySet()) {
      Integer i = keyIndex.get(m.getKey());
      if (i == null) {
        i =
            Tag.tryParse(m.getKey())
                .map(tag -> tagIndex.get(ColumnPlan.unordered(tag)))
                .filter(k -> k >= 0)
                .orElse(null);
      }
      if (i != null && set[i]) {
        // two spellings of one tag in one object: which holds the cell cannot be known
        throw new ReadException(
            TabularRules.issue(
                TabularRules.DUPLICATE_MEMBER,
                SourceLocation.of(source).withLine(line, 0),
                TabularRules.cut(m.getKey())));
      }
      if (i != null) {
        cells[i] = m.getValue();
        set[i] = true;
      } else if (!m.getValue().isEmpty()) {
        issues.add(
            HxlRules.issue(
                HxlRules.EXTRA_MEMBER,
                SourceLocation.of(source).withRecord(row + 1).withLine(line, 0),
                TabularRules.cut(m.getKey())));
      }
    }
    row++;
    return TableRow.of(row, line, List.of(cells));
  }

  private void limit(int size, long line) {
    if (size > maxColumns) {
      throw new ReadException(
          TabularRules.issue(
              TabularRules.TABLE_LIMIT,
              SourceLocation.of(source).withLine(line, size),
              row + 1,
              "maxColumns",
              maxColumns,
              size));
    }
  }

  private String scalar(JsonToken t) throws IOException {
    if (t == null) {
      throw bad("the end of the input inside a row");
    }
    return switch (t) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "";
      default -> throw bad("a cell that is not a string, number, boolean or null");
    };
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // closing only
    }
  }
}

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
package org.mignet.formats.tabular;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.internal.DuplicateMembers;
import org.mignet.formats.internal.LimitErrors;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Words;

/**
 * Rows from a JSON array of objects (e.g. the World Bank API's {@code [paging, [records...]]}): the
 * array is found by a pointer made of array indexes and member names, streamed element by element,
 * and each element becomes a row whose cells are the values at the given pointers ({@code ""} for
 * absent or null). Memory holds one element.
 */
// not yet null-checked: package-private, its nulls (absent cells, spec parts, reader state) are
// pervasive; the public classes of this package are checked
@NullUnmarked
final class JsonRowSource implements RowSource {

  // a member given twice is refused (MG-TAB-023), never resolved last-wins
  // and each element is bounded as the JSON readers bound theirs (ReadLimits' string, number and
  // nesting limits)
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .streamReadConstraints(
                  com.fasterxml.jackson.core.StreamReadConstraints.builder()
                      .maxStringLength(ReadLimits.defaults().maxStringLength())
                      .maxNumberLength(ReadLimits.defaults().maxNumberLength())
                      .maxNestingDepth(ReadLimits.defaults().maxNestingDepth())
                      .build())
              .build());

  private final String sourceName;
  private final JsonParser parser;
  private final List<JsonPointer> pointers;
  private long rows;

  /**
   * @param in the JSON; closed by close()
   * @param sourceName name for locations
   * @param records pointer to the array of records, e.g. {@code /1}; empty for a top-level array
   * @param columns the pointers within each record whose values become the cells
   */
  public JsonRowSource(InputStream in, String sourceName, String records, List<String> columns) {
    this.sourceName = sourceName;
    this.pointers = columns.stream().map(JsonPointer::compile).toList();
    try {
      parser = MAPPER.getFactory().createParser(in);
      descend(JsonPointer.compile(records));
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private void descend(JsonPointer p) throws IOException {
    JsonToken t = parser.nextToken();
    while (!p.matches()) {
      if (t == JsonToken.START_ARRAY) {
        int wanted = p.getMatchingIndex();
        for (int i = 0; i < wanted; i++) {
          parser.nextToken();
          parser.skipChildren();
        }
        t = parser.nextToken();
      } else if (t == JsonToken.START_OBJECT) {
        String wanted = p.getMatchingProperty();
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME
            && !parser.currentName().equals(wanted)) {
          parser.nextToken();
          parser.skipChildren();
        }
        if (t != JsonToken.FIELD_NAME) {
          throw fail(null);
        }
        t = parser.nextToken();
      } else {
        throw fail(null);
      }
      p = p.tail();
    }
    if (t != JsonToken.START_ARRAY) {
      throw fail(null);
    }
  }

  @Override
  public TableRow nextRow() {
    try {
      JsonToken t = parser.nextToken();
      if (t == null || t == JsonToken.END_ARRAY) {
        return null;
      }
      long line = parser.currentTokenLocation().getLineNr();
      JsonNode node = MAPPER.readTree(parser);
      List<String> cells = new ArrayList<>(pointers.size());
      for (JsonPointer p : pointers) {
        JsonNode v = node.at(p);
        cells.add(
            v.isMissingNode() || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
      }
      rows++;
      return TableRow.of(rows, Math.max(1, line), cells);
    } catch (JsonProcessingException e) {
      Optional<String> twice = DuplicateMembers.pointer(e);
      if (twice.isEmpty()) {
        throw fail(e);
      }
      SourceLocation where =
          SourceLocation.of(sourceName)
              .withRecord(rows + 1)
              .withLine(
                  e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
                  e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr()))
              .withPointer(twice.get());
      throw new org.mignet.formats.ReadException(
          TabularRules.issue(
              TabularRules.DUPLICATE_MEMBER, where, DuplicateMembers.name(twice.get())),
          e);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private ParseException fail(IOException e) {
    if (e != null) {
      SourceLocation at = SourceLocation.of(sourceName).withRecord(rows + 1);
      if (e instanceof JsonProcessingException j && j.getLocation() != null) {
        at =
            at.withLine(
                Math.max(0, j.getLocation().getLineNr()),
                Math.max(0, j.getLocation().getColumnNr()));
      }
      Optional<Issue> limit = LimitErrors.issue(e, at);
      if (limit.isPresent()) {
        return new org.mignet.formats.ReadException(limit.get(), e);
      }
    }
    return new org.mignet.formats.ReadException(
        TabularRules.issue(
            TabularRules.BAD_SPEC,
            SourceLocation.of(sourceName).withRecord(rows + 1),
            e == null
                ? Words.NO_RECORDS_ARRAY
                : Words.NO_RECORDS_ARRAY_BECAUSE.with(e.getClass().getSimpleName())),
        e);
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

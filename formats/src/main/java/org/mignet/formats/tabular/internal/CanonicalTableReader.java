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
package org.mignet.formats.tabular.internal;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.NoSuchElementException;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadException;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.DuplicateNames;
import org.mignet.formats.internal.JsonPointers;
import org.mignet.formats.internal.NestedMessage;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Tag;
import org.mignet.formats.internal.Words;
import org.mignet.formats.tabular.TableFormat;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/** Reads a canonical table (header of JSON Pointers, one record per row) back into records. */
public final class CanonicalTableReader implements RecordReader {

  private final String sourceName;
  private TableReader table;
  private ReadResult fatal;
  private boolean first = true;

  /** The first row, read by {@link #hasNext()} to tell a hashtag row from the first record. */
  private TableRow pending;

  /**
   * @param in the table; closed on close()
   * @param sourceName for locations
   * @param format the table format, or null to sniff
   * @param encoding a declared encoding, or null
   */
  public CanonicalTableReader(
      InputStream in, String sourceName, TableFormat format, Charset encoding) {
    this.sourceName = sourceName;
    try {
      table = TableReader.builder().format(format).encoding(encoding).open(in, sourceName);
      fatal = duplicates(table.header());
      if (fatal == null) {
        fatal = indexesAboveLimit(table.header());
      }
      if (fatal != null) {
        table.close();
        table = null;
      }
    } catch (ParseException e) {
      fatal =
          new ReadResult.Failed(e.location(), List.of(org.mignet.formats.ReadException.issueOf(e)));
    }
  }

  /** Two columns for one pointer would leave the value a guess: the table cannot be read. */
  private ReadResult duplicates(List<String> header) {
    List<DuplicateNames.Duplicate> twice =
        DuplicateNames.in(header.stream().map(String::strip).toList());
    if (twice.isEmpty()) {
      return null;
    }
    long line = Math.max(1, table.headerRowNumber());
    List<Issue> issues =
        twice.stream()
            .map(
                d ->
                    TabularRules.issue(
                        TabularRules.DUPLICATE_HEADER,
                        SourceLocation.of(sourceName).withLine(line, d.second()),
                        TabularRules.cut(d.name()),
                        d.columnList()))
            .toList();
    return new ReadResult.Failed(SourceLocation.of(sourceName).withLine(line, 0), issues);
  }

  /**
   * A header pointer naming a list index above {@link ReadLimits#maxListIndex()}: every row would
   * build a list of that many items, so the table cannot be read.
   */
  private ReadResult indexesAboveLimit(List<String> header) {
    int max = ReadLimits.defaults().maxListIndex();
    long line = Math.max(1, table.headerRowNumber());
    for (int j = 0; j < header.size(); j++) {
      String pointer = header.get(j).strip();
      java.util.OptionalLong index =
          pointer.startsWith("/")
              ? JsonPointers.indexAbove(pointer, max)
              : java.util.OptionalLong.empty();
      if (index.isPresent()) {
        SourceLocation where = SourceLocation.of(sourceName).withLine(line, j + 1);
        return new ReadResult.Failed(
            where,
            List.of(
                TabularRules.issue(
                    TabularRules.INDEX_LIMIT,
                    where,
                    TabularRules.cut(pointer),
                    Long.toString(index.getAsLong()),
                    "maxListIndex",
                    Integer.toString(max))));
      }
    }
    return null;
  }

  @Override
  public boolean hasNext() {
    if (fatal != null) {
      return true;
    }
    if (pending != null) {
      return true;
    }
    try {
      if (table == null || !table.hasNext()) {
        return false;
      }
      if (first) {
        // the hashtag row under the pointer header is skipped here, not in next(): a table whose
        // last row it is
        // has no next record, and hasNext() must say so
        first = false;
        pending = table.next();
        if (isHashtagRow(pending)) {
          pending = null;
          return table.hasNext();
        }
      }
      return true;
    } catch (ParseException e) {
      fatal =
          new ReadResult.Failed(e.location(), List.of(org.mignet.formats.ReadException.issueOf(e)));
      table.close();
      table = null;
      return true;
    }
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (fatal != null) {
      ReadResult f = fatal;
      fatal = null;
      return f;
    }
    TableRow row = pending != null ? pending : table.next();
    pending = null;
    SourceLocation at = SourceLocation.of(sourceName).withRecord(row.row()).withLine(row.line(), 0);
    ReadResult result = read(row, at);
    if (!hasNext() && table != null && table.blankRows() > 0) {
      // the last result says how many blank rows were skipped (counted, not read)
      List<org.mignet.core.validation.Issue> issues = new java.util.ArrayList<>(result.issues());
      issues.add(
          TabularRules.issue(
              TabularRules.BLANK_ROWS, SourceLocation.of(sourceName), table.blankRows()));
      result =
          result instanceof ReadResult.Ok ok
              ? new ReadResult.Ok(ok.record(), ok.location(), issues)
              : new ReadResult.Failed(result.location(), issues);
    }
    return result;
  }

  private static boolean isHashtagRow(TableRow row) {
    return row.cells().stream().anyMatch(c -> c.startsWith("#"))
        && row.cells().stream().allMatch(c -> c.isEmpty() || Tag.tryParse(c).isPresent());
  }

  private ReadResult read(TableRow row, SourceLocation at) {
    try {
      return new ReadResult.Ok(
          CanonicalTable.unflatten(table.header(), row.cells(), sourceName), at, List.of());
    } catch (ParseException e) {
      String pointer = e.location().pointer().orElse("");
      int column = table.header().indexOf(pointer);
      SourceLocation where = at.withLine(row.line(), column + 1).withPointer(pointer);
      return new ReadResult.Failed(
          at,
          List.of(
              TabularRules.issue(
                  TabularRules.BAD_CANONICAL_CELL,
                  where,
                  pointer.isEmpty() ? Words.THE_WHOLE_RECORD : pointer,
                  e instanceof ReadException r ? new NestedMessage(r.issue()) : e.getMessage())));
    }
  }

  @Override
  public void close() {
    if (table != null) {
      table.close();
    }
  }
}

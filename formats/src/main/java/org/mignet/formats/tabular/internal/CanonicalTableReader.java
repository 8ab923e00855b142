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
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
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

/**
 * Reads a canonical table (header of JSON Pointers, one record per row) back into records.
 * Consecutive rows that are each a dataset of one observation, and the same dataset but for it
 * (identifier, dataflow, dimensions, attributes: as {@link CanonicalTableWriter} writes a dataset
 * of several observations), are joined into one dataset of at most {@link
 * ReadLimits#maxListIndex()} + 1 observations, located at its first row.
 */
public final class CanonicalTableReader implements RecordReader {

  private final String sourceName;
  private TableReader table;
  private ReadResult fatal;
  private boolean first = true;

  /** A row's result read after a joined dataset ended: returned next. */
  private ReadResult held;

  /** The column of {@code /recordType}, or -1. */
  private int recordTypeColumn = -1;

  /** Per column: whether its pointer is of {@code /observations/}. */
  private boolean[] observationColumn = new boolean[0];

  /**
   * What the header says before the first record: each named column that is no JSON Pointer, whose
   * cells are not read.
   */
  private List<Issue> headerIssues = List.of();

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
      List<String> header = table.header();
      observationColumn = new boolean[header.size()];
      for (int j = 0; j < header.size(); j++) {
        String pointer = header.get(j).strip();
        observationColumn[j] = pointer.startsWith("/observations/");
        if (pointer.equals("/recordType")) {
          recordTypeColumn = j;
        }
      }
      headerIssues = notPointers(header);
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

  /**
   * A named column that is no JSON Pointer (a column added beside the table) is said once, not
   * dropped silently.
   */
  private List<Issue> notPointers(List<String> header) {
    org.mignet.formats.internal.ColumnWarnings said =
        new org.mignet.formats.internal.ColumnWarnings();
    long line = Math.max(1, table.headerRowNumber());
    for (int j = 0; j < header.size(); j++) {
      String name = header.get(j).strip();
      if (!name.isEmpty() && !name.startsWith("/")) {
        said.add(
            TabularRules.issue(
                TabularRules.UNMAPPED_COLUMN,
                SourceLocation.of(sourceName).withLine(line, j + 1),
                TabularRules.cut(name),
                Words.CELLS_NOT_CANONICAL));
      }
    }
    return said.issues();
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
    if (pending != null || held != null) {
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
    ReadResult result;
    if (held != null) {
      result = held;
      held = null;
    } else {
      TableRow row = pending != null ? pending : table.next();
      pending = null;
      SourceLocation at =
          SourceLocation.of(sourceName).withRecord(row.row()).withLine(row.line(), 0);
      result = read(row, at);
      if (result instanceof ReadResult.Ok ok
          && ok.record() instanceof Dataset d
          && d.observations().size() == 1) {
        result = joined(ok, d, row);
      }
    }
    if (!headerIssues.isEmpty()) {
      List<Issue> issues = new ArrayList<>(headerIssues);
      issues.addAll(result.issues());
      headerIssues = List.of();
      result =
          result instanceof ReadResult.Ok o
              ? new ReadResult.Ok(o.record(), o.location(), issues)
              : new ReadResult.Failed(result.location(), issues);
    }
    if (held == null && fatal == null && !hasNext() && table != null && table.blankRows() > 0) {
      // the last result says how many blank rows were skipped (counted, not read)
      List<org.mignet.core.validation.Issue> issues = new java.util.ArrayList<>(result.issues());
      issues.add(
          TabularRules.issue(
              TabularRules.BLANK_ROWS, SourceLocation.of(sourceName), table.blankRows()));
      result =
          result instanceof ReadResult.Ok o
              ? new ReadResult.Ok(o.record(), o.location(), issues)
              : new ReadResult.Failed(result.location(), issues);
    }
    return result;
  }

  /**
   * Joins to a dataset the rows after it that continue it ({@link #continues}): each gives one more
   * observation, read with the dataset's row for its other cells.
   */
  private ReadResult joined(ReadResult.Ok first, Dataset d, TableRow firstRow) {
    List<Observation> observations = null;
    int max = ReadLimits.defaults().maxListIndex() + 1;
    // the dataset's row, as long as the header (a workbook row leaves out its empty last cells)
    List<String> cells = new ArrayList<>(firstRow.cells());
    while (cells.size() < observationColumn.length) {
      cells.add("");
    }
    while (fatal == null && hasNext()) {
      TableRow row = pending != null ? pending : table.next();
      pending = row;
      if (!continues(row)) {
        break;
      }
      pending = null;
      int n = observations == null ? 1 : observations.size();
      SourceLocation at =
          SourceLocation.of(sourceName).withRecord(row.row()).withLine(row.line(), 0);
      if (n >= max) {
        held =
            new ReadResult.Failed(
                at,
                List.of(
                    TabularRules.issue(
                        TabularRules.INDEX_LIMIT,
                        at,
                        "/observations/" + n,
                        Long.toString(n),
                        "maxListIndex",
                        Integer.toString(max - 1))));
        break;
      }
      for (int j = 0; j < cells.size(); j++) {
        if (observationColumn[j]) {
          cells.set(j, j < row.cells().size() ? row.cells().get(j) : "");
        }
      }
      ReadResult r = read(new TableRow(row.row(), row.line(), cells, cells), at);
      if (!(r instanceof ReadResult.Ok ok) || !(ok.record() instanceof Dataset e)) {
        held = r;
        break;
      }
      if (observations == null) {
        observations = new ArrayList<>(d.observations());
      }
      observations.addAll(e.observations());
    }
    if (observations == null) {
      return first;
    }
    return new ReadResult.Ok(
        new Dataset(
            d.meta(), d.dataflow(), d.title(), d.dimensionIds(), d.attributes(), observations),
        first.location(),
        first.issues());
  }

  /**
   * Returns whether a row continues the dataset above it: its {@code /recordType} and every other
   * cell not of {@code /observations/} empty, and an observation cell filled.
   */
  private boolean continues(TableRow row) {
    if (recordTypeColumn < 0) {
      return false;
    }
    boolean any = false;
    List<String> cells = row.cells();
    for (int j = 0; j < cells.size(); j++) {
      boolean empty = cells.get(j).isEmpty();
      if (j >= observationColumn.length || !observationColumn[j]) {
        if (!empty) {
          return false;
        }
      } else {
        any |= !empty;
      }
    }
    return any;
  }

  private static boolean isHashtagRow(TableRow row) {
    return row.cells().stream().anyMatch(c -> c.startsWith("#"))
        && row.cells().stream().allMatch(c -> c.isEmpty() || Tag.tryParse(c).isPresent());
  }

  private ReadResult read(TableRow row, SourceLocation at) {
    int width = table.header().size();
    // (a table with no header names no column: its rows fail as records, as they did)
    for (int j = row.size() - 1; width > 0 && j >= width; j--) {
      if (!row.cell(j).isBlank()) {
        SourceLocation where = at.withLine(row.line(), j + 1);
        return new ReadResult.Failed(
            at, List.of(TabularRules.issue(TabularRules.PAST_HEADER, where, j + 1, width)));
      }
    }
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

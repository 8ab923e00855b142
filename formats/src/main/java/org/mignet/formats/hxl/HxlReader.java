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
package org.mignet.formats.hxl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/**
 * Reads an HXL-tagged table (HXL 1.1) over a {@link TableReader} opened with header row 0: finds
 * the hashtag row among the first {@value #SEARCH_ROWS} rows (a row where at least half of the
 * filled cells are hashtags), takes the row above it as the text header, and returns the data rows
 * after it, cut to the tagged columns unless untagged columns are kept. Cells of the hashtag row
 * that are not hashtags leave their column untagged ({@code MG-HXL-002}); hashtags outside the core
 * schema are said ({@code MG-HXL-003}). Not thread-safe.
 */
public final class HxlReader implements Iterator<TableRow>, AutoCloseable {

  /** How many first rows are searched for the hashtag row. */
  public static final int SEARCH_ROWS = 25;

  private final TableReader table;
  private final List<HxlColumn> columns;
  private final List<Issue> issues;
  private final long hashtagRow;
  private final boolean keepUntagged;
  private final int[] kept;

  private HxlReader(TableReader table, String sourceName, boolean keepUntagged) {
    this.table = table;
    this.keepUntagged = keepUntagged;
    ArrayDeque<TableRow> before = new ArrayDeque<>();
    TableRow tags = null;
    while (tags == null && before.size() < SEARCH_ROWS && table.hasNext()) {
      TableRow r = table.next();
      if (isHashtagRow(r)) {
        tags = r;
      } else {
        before.add(r);
      }
    }
    if (tags == null) {
      table.close();
      throw new org.mignet.formats.ReadException(
          TabularRules.issue(
              TabularRules.NO_HASHTAG_ROW, SourceLocation.of(sourceName), SEARCH_ROWS));
    }
    hashtagRow = tags.row();
    List<String> header = before.isEmpty() ? List.of() : before.peekLast().cells();
    List<HxlColumn> cols = new ArrayList<>();
    org.mignet.formats.internal.ColumnWarnings found =
        new org.mignet.formats.internal.ColumnWarnings();
    int width = Math.max(tags.size(), header.size());
    for (int i = 0; i < width; i++) {
      String cell = tags.cell(i).strip();
      Optional<HxlTag> tag = HxlTag.tryParse(cell);
      SourceLocation at = SourceLocation.of(sourceName).withLine(tags.line(), i + 1);
      int column = i + 1;
      if (tag.isEmpty() && !cell.isEmpty()) {
        found.add(
            TabularRules.issueWithValue(
                TabularRules.BAD_HASHTAG, at, cell, false, column, TabularRules.cut(cell)));
      }
      tag.filter(t -> !HxlSchema.core().knows(t))
          .ifPresent(
              t ->
                  found.add(
                      TabularRules.issueWithValue(
                          TabularRules.UNKNOWN_HASHTAG,
                          at,
                          t.hashtag(),
                          false,
                          column,
                          t.hashtag())));
      cols.add(new HxlColumn(i, i < header.size() ? header.get(i) : "", tag));
    }
    columns =
        keepUntagged ? List.copyOf(cols) : cols.stream().filter(c -> c.tag().isPresent()).toList();
    kept = columns.stream().mapToInt(HxlColumn::index).toArray();
    issues = found.issues();
  }

  /**
   * Returns a reader positioned after the hashtag row.
   *
   * @param table a table opened with {@code headerRow(0)}; closed by this reader
   * @param sourceName the name used in messages
   * @param keepUntagged whether untagged columns are kept (as columns without tag) or dropped
   * @throws ParseException ({@code MG-HXL-001}) if no hashtag row is found
   */
  public static HxlReader open(TableReader table, String sourceName, boolean keepUntagged) {
    return new HxlReader(table, sourceName, keepUntagged);
  }

  /** Returns whether at least half of the row's filled cells are hashtags. */
  public static boolean isHashtagRow(TableRow row) {
    int filled = 0;
    int tagged = 0;
    for (String c : row.cells()) {
      if (!c.isBlank()) {
        filled++;
        tagged += HxlTag.tryParse(c).isPresent() ? 1 : 0;
      }
    }
    return tagged > 0 && tagged * 2 >= filled;
  }

  /** Returns the columns returned, in order (tagged only, unless untagged columns are kept). */
  public List<HxlColumn> columns() {
    return columns;
  }

  /** Returns the row number of the hashtag row. */
  public long hashtagRow() {
    return hashtagRow;
  }

  /** Returns warnings and notes about the hashtag row. */
  public List<Issue> issues() {
    return issues;
  }

  /**
   * Returns the position, among {@link #columns()}, of the first column matching it (an exact match
   * first).
   *
   * @param pattern a tag pattern such as {@code #affected+idps}
   */
  public Optional<Integer> find(HxlTag pattern) {
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < columns.size(); i++) {
        Optional<HxlTag> t = columns.get(i).tag();
        if (t.isPresent()
            && t.get().matches(pattern)
            && (pass == 1 || t.get().attributes().size() == pattern.attributes().size())) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean hasNext() {
    return table.hasNext();
  }

  /** Returns the next data row, its cells in the order of {@link #columns()}. */
  @Override
  public TableRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TableRow r = table.next();
    if (keepUntagged && kept.length >= r.size()) {
      return r;
    }
    List<String> cells = new ArrayList<>(kept.length);
    List<String> raw = new ArrayList<>(kept.length);
    for (int i : kept) {
      cells.add(r.cell(i));
      raw.add(r.rawCell(i));
    }
    return new TableRow(r.row(), r.line(), cells, raw);
  }

  @Override
  public void close() {
    table.close();
  }
}

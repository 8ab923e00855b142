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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.mignet.core.SourceLocation;
import org.mignet.formats.ReadException;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Tag;
import org.mignet.formats.tabular.TableFormat;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/**
 * Opens an HXL table in whatever carries it, told from its first bytes: a ZIP container is an XLSX
 * workbook (its first sheet, read with the streaming XLSX row source), a first non-blank character
 * {@code [} is HXL JSON, anything else CSV (encoding detected or declared, BOM tolerated). Then
 * finds the hashtag row among the first {@value #SEARCH_ROWS} rows, as libhxl does: the first row
 * whose filled cells are at least half valid tag specs.
 */
final class HxlInput {

  /** How many first rows are searched for the hashtag row (libhxl searches 25). */
  static final int SEARCH_ROWS = 25;

  /**
   * The hashtag row, the text header above it (the row just before, if any) and the rows that
   * follow.
   */
  record Head(TableRow tags, List<String> header, Rows rows) {}

  private HxlInput() {}

  /** Returns whether the bytes start as JSON (after a BOM and blanks, a {@code [}). */
  static boolean isJson(byte[] head) {
    int i =
        head.length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
      i++;
    }
    return i < head.length && head[i] == '[';
  }

  /**
   * @param in the input; closed by the rows' close (or here when opening fails)
   * @param encoding a declared CSV encoding, or null to detect it
   * @throws ReadException if the input is not a readable table
   */
  static Rows open(InputStream in, String source, Charset encoding) {
    BufferedInputStream buffered = new BufferedInputStream(in);
    byte[] head;
    try {
      buffered.mark(64);
      head = buffered.readNBytes(64);
      buffered.reset();
    } catch (IOException e) {
      closeQuietly(buffered);
      throw new UncheckedIOException(e);
    }
    int maxColumns = ReadLimits.defaults().maxColumns();
    try {
      if (TableFormat.sniff(head) == TableFormat.XLSX) {
        return Rows.of(
            TableReader.builder().format(TableFormat.XLSX).headerRow(0).open(buffered, source));
      }
      if (isJson(head)) {
        return new JsonRows(buffered, source, maxColumns);
      }
      return Rows.of(
          TableReader.builder()
              .format(TableFormat.CSV)
              .encoding(encoding)
              .headerRow(0)
              .open(buffered, source));
    } catch (RuntimeException e) {
      closeQuietly(buffered);
      throw e;
    }
  }

  /**
   * Returns the head; the rows are positioned after the hashtag row.
   *
   * @throws ReadException ({@code MG-HXL-001}) if no hashtag row is found; the rows are then closed
   */
  static Head head(Rows rows, String source) {
    List<String> previous = List.of();
    int seen = 0;
    try {
      while (seen < SEARCH_ROWS && rows.hasNext()) {
        TableRow r = rows.next();
        seen++;
        if (isHashtagRow(r.cells())) {
          return new Head(r, previous, rows);
        }
        previous = r.cells();
      }
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
    rows.close();
    throw new ReadException(
        TabularRules.issue(TabularRules.NO_HASHTAG_ROW, SourceLocation.of(source), SEARCH_ROWS));
  }

  /** Returns whether at least half of the filled cells are valid tag specs, and one is. */
  static boolean isHashtagRow(List<String> cells) {
    int filled = 0;
    int tagged = 0;
    for (String c : cells) {
      if (!c.isBlank()) {
        filled++;
        tagged += Tag.tryParse(c).isPresent() ? 1 : 0;
      }
    }
    return tagged > 0 && tagged * 2 >= filled;
  }

  /**
   * Returns the cells of a first row, in case it is a canonical table's header of JSON Pointers.
   */
  static boolean isCanonicalHeader(List<String> cells) {
    return !cells.isEmpty()
        && cells.stream().anyMatch(c -> c.strip().replace("\uFEFF", "").equals("/recordType"));
  }

  static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // already failing
    }
  }

  static List<String> copy(List<String> cells) {
    return new ArrayList<>(cells);
  }
}

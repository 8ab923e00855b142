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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mignet.formats.tabular.TableFormat;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/**
 * Tells HXL tables from their first bytes (CSV, HXL JSON) or first sheet rows (XLSX). Thread-safe.
 */
public final class HxlSniffing {

  private HxlSniffing() {}

  /**
   * Returns whether the bytes are a CSV or HXL JSON table with a hashtag row among its first rows.
   */
  public static boolean sniff(byte[] head) {
    if (TableFormat.sniff(head) == TableFormat.XLSX || isCanonical(head)) {
      return false;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (HxlInput.isJson(head)) {
      return text.matches("(?s)\\A\\W*\\[\\s*[\\[{].*\"\\s*#[A-Za-z][A-Za-z0-9_]*.*");
    }
    String[] lines = text.split("\r?\n", HxlInput.SEARCH_ROWS + 1);
    for (int i = 0; i < Math.min(lines.length, HxlInput.SEARCH_ROWS); i++) {
      if (HxlInput.isHashtagRow(cells(lines[i]))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    for (String c : line.split("[,;\t|]", -1)) {
      out.add(c.replace("\"", "").replace("\uFEFF", "").strip());
    }
    return out;
  }

  /** Returns whether the bytes start with a canonical table's header ({@code /recordType}). */
  public static boolean isCanonical(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 200), StandardCharsets.UTF_8);
    int nl = start.indexOf('\n');
    String first = nl < 0 ? start : start.substring(0, nl);
    return HxlInput.isCanonicalHeader(cells(first));
  }

  /**
   * Returns whether a workbook's first sheet has a hashtag row among its first rows (false if
   * unreadable).
   */
  public static boolean sniffWorkbook(byte[] head, Path file) {
    if (TableFormat.sniff(head) != TableFormat.XLSX) {
      return false;
    }
    try (TableReader t = TableReader.builder().format(TableFormat.XLSX).headerRow(0).open(file)) {
      for (int i = 0; i < HxlInput.SEARCH_ROWS && t.hasNext(); i++) {
        TableRow r = t.next();
        if (i == 0 && HxlInput.isCanonicalHeader(r.cells())) {
          return false;
        }
        if (HxlInput.isHashtagRow(r.cells())) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return false;
    }
  }
}

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
package org.mignet.formats.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mignet.core.MignetException;
import org.mignet.formats.internal.FormulaCells;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.WorkbookCodec;

/**
 * One sheet written with POI's SXSSF: a window of 200 rows in memory, the rest flushed to a
 * compressed temporary file until {@link #close()}. Cells that are plain decimal numbers are
 * written as numbers (a spreadsheet never evaluates them); a text cell a spreadsheet could take for
 * a formula gets the quote-prefix style when neutralising, as a spreadsheet does when {@code '} is
 * typed before a value (the text is kept, and reads back unchanged).
 */
final class XlsxSheetWriter implements WorkbookCodec.SheetWriter {

  /** The most characters an XLSX cell holds. */
  static final int MAX_CELL = 32_767;

  private static final int MAX_ROWS = 1_048_576;

  private final OutputStream out;
  private final boolean neutralise;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;

  /** The style that marks a text cell as text (created on first use). */
  private CellStyle quotePrefix;

  private long rows;
  private long neutralised;

  XlsxSheetWriter(OutputStream out, String sheetName, boolean neutralise) {
    this.out = out;
    this.neutralise = neutralise;
    this.workbook = new SXSSFWorkbook(200);
    workbook.setCompressTempFiles(true);
    this.sheet = workbook.createSheet(sheetName);
  }

  @Override
  public void writeRow(List<String> cells) {
    if (rows >= MAX_ROWS) {
      throw new MignetException("an XLSX sheet holds at most 1,048,576 rows");
    }
    Row row = sheet.createRow((int) rows);
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (c == null || c.isEmpty()) {
        continue;
      }
      Cell cell = row.createCell(i);
      BigDecimal number = plainNumber(c);
      if (number != null) {
        cell.setCellValue(number.doubleValue());
      } else {
        if (neutralise && FormulaCells.isDangerous(c)) {
          neutralised++;
          if (quotePrefix == null) {
            quotePrefix = workbook.createCellStyle();
            quotePrefix.setQuotePrefixed(true);
          }
          cell.setCellStyle(quotePrefix);
        }
        if (c.length() > MAX_CELL) {
          throw new MignetException(
              TabularRules.message(TabularRules.CELL_TOO_LONG, MAX_CELL)
                  + " ["
                  + TabularRules.CELL_TOO_LONG
                  + "] row "
                  + (rows + 1)
                  + ", column "
                  + (i + 1));
        }
        cell.setCellValue(c);
      }
    }
    rows++;
  }

  @Override
  public long neutralised() {
    return neutralised;
  }

  /**
   * A number written so that Excel shows it back the same: plain decimal, no leading zero, 15
   * digits at most.
   */
  static BigDecimal plainNumber(String s) {
    int n = s.length();
    if (n == 0 || n > 17) {
      return null;
    }
    int start = s.charAt(0) == '-' ? 1 : 0;
    if (start == n || (s.charAt(start) == '0' && n > start + 1 && s.charAt(start + 1) != '.')) {
      return null;
    }
    boolean dot = false;
    for (int i = start; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (dot || i == start || i == n - 1) {
          return null;
        }
        dot = true;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    if (dot && s.charAt(n - 1) == '0') {
      return null;
    }
    BigDecimal b = new BigDecimal(s);
    if (b.precision() > 15 || "-0".equals(s)) {
      return null;
    }
    return b;
  }

  @Override
  public void close() {
    try (OutputStream o = out) {
      workbook.write(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        workbook.close();
      } catch (IOException e) {
        // the temporary files are gone or going; the workbook is written or the failure is already
        // thrown
      }
    }
  }
}

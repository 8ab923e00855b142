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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWriterTest {

  private static final List<List<String>> ROWS =
      List.of(
          List.of("name", "note", "n"),
          List.of("a,b", "two\nlines", "-12.5"),
          List.of("say \"hi\"", "=HYPERLINK(\"x\")", "007"),
          List.of("", "@SUM(A1)", "1405"));

  private static List<List<String>> readBack(byte[] bytes) {
    List<List<String>> rows = new ArrayList<>();
    try (TableReader r =
        TableReader.builder().headerRow(0).open(new ByteArrayInputStream(bytes), "x")) {
      r.forEachRemaining(row -> rows.add(row.cells()));
    }
    return rows;
  }

  private static byte[] write(TableWriter.Builder b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter w = b.open(out)) {
      ROWS.forEach(w::writeRow);
    }
    return out.toByteArray();
  }

  @Test
  void csvRoundTripsQuotesDelimitersAndLineBreaks() {
    byte[] bytes = write(TableWriter.csv());
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .startsWith("name,note,n\r\n\"a,b\",\"two\nlines\"");
    assertThat(readBack(bytes)).isEqualTo(ROWS);
  }

  @Test
  void csvNeutralisesFormulasOnlyWhenAskedForSpreadsheets() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter w = TableWriter.csv().forSpreadsheet(true).delimiter(';').open(out);
    ROWS.forEach(w::writeRow);
    w.close();
    List<List<String>> back = readBack(out.toByteArray());
    assertThat(back.get(2).get(1)).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(back.get(3).get(1)).isEqualTo("'@SUM(A1)");
    assertThat(back.get(1).get(2)).isEqualTo("'-12.5");
    assertThat(w.neutralised()).isEqualTo(3);
    assertThat(readBack(write(TableWriter.csv())).get(2).get(1)).isEqualTo("=HYPERLINK(\"x\")");
  }

  /**
   * Regression: XLSX cells were neutralised with a literal apostrophe, so that text such as "+44 20
   * 7946 0958" or "-5 °C" read back as "'+44…" from every workbook mignet wrote. The quote-prefix
   * style keeps the text.
   */
  @Test
  void xlsxNeutralisesFormulasByDefaultWithTheQuotePrefixStyleAndKeepsTheText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter w = TableWriter.xlsx().sheetName("out").open(out);
    ROWS.forEach(w::writeRow);
    w.close();
    assertThat(w.neutralised()).isEqualTo(2);
    assertThat(readBack(out.toByteArray())).isEqualTo(ROWS);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(out.toByteArray()))) {
      org.apache.poi.ss.usermodel.Cell formula = book.getSheetAt(0).getRow(2).getCell(1);
      assertThat(formula.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(book.getSheetAt(0).getRow(1).getCell(2).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
    }
  }

  @Test
  void xlsxWithoutNeutralisingRoundTripsEveryCell() {
    assertThat(readBack(write(TableWriter.xlsx().forSpreadsheet(false)))).isEqualTo(ROWS);
  }

  @Test
  void writesABomForExcelWhenAsked() {
    byte[] bytes = write(TableWriter.csv().bom(true));
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    assertThat(readBack(bytes)).isEqualTo(ROWS);
  }
}

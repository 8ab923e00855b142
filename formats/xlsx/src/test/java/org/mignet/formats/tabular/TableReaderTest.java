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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;

@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class TableReaderTest {

  private static TableReader csv(String text) {
    return TableReader.builder()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
  }

  private static List<TableRow> rows(TableReader r) {
    List<TableRow> rows = new ArrayList<>();
    try (r) {
      r.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void readsRfc4180QuotedFieldsWithLineBreaksAndDoubledQuotes() {
    TableReader r = csv("a,b,c\r\n1,\"two\nlines\",\"say \"\"hi\"\"\"\r\n3,,\"x,y\"\r\n");
    assertThat(r.header()).containsExactly("a", "b", "c");
    List<TableRow> rows = rows(r);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).cells()).containsExactly("1", "two\nlines", "say \"hi\"");
    assertThat(rows.get(0).row()).isEqualTo(2);
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(1).cells()).containsExactly("3", "", "x,y");
    assertThat(rows.get(1).row()).isEqualTo(3);
    assertThat(rows.get(1).line())
        .as("the record after a two-line record starts on line 4")
        .isEqualTo(4);
  }

  @Test
  void detectsSemicolonTabAndPipeDelimiters() {
    assertThat(csv("a;b;c\n1;2,5;3\n").delimiter()).contains(';');
    assertThat(csv("a\tb\n1\t2\n").delimiter()).contains('\t');
    assertThat(csv("a|b|c\n1|2|3\n").delimiter()).contains('|');
    assertThat(csv("a,b\n\"x;y\",2\n").delimiter()).contains(',');
    try (TableReader r = csv("a;b;c\n1;2,5;3\n")) {
      assertThat(r.next().cells()).containsExactly("1", "2,5", "3");
    }
  }

  @Test
  void honoursADeclaredDelimiterAndEncoding() {
    byte[] latin1 = "name;n\nC\u00f4te d'Ivoire;1\n".getBytes(StandardCharsets.ISO_8859_1);
    try (TableReader r =
        TableReader.builder()
            .delimiter(',')
            .encoding(StandardCharsets.ISO_8859_1)
            .open(new ByteArrayInputStream(latin1), "x.csv")) {
      assertThat(r.header()).containsExactly("name;n");
      assertThat(r.next().cells()).containsExactly("C\u00f4te d'Ivoire;1");
    }
  }

  @Test
  void detectsUtf8WithBomUtf8WithoutBomAndWindows1252() {
    byte[] bom = {
      (byte) 0xEF,
      (byte) 0xBB,
      (byte) 0xBF,
      'a',
      ',',
      'b',
      '\n',
      'S',
      (byte) 0xC3,
      (byte) 0xA3,
      'o',
      ',',
      '1',
      '\n'
    };
    try (TableReader r = TableReader.builder().open(new ByteArrayInputStream(bom), "bom.csv")) {
      assertThat(r.encoding()).contains(StandardCharsets.UTF_8);
      assertThat(r.hasBom()).isTrue();
      assertThat(r.header()).containsExactly("a", "b");
      assertThat(r.next().cells()).containsExactly("S\u00e3o", "1");
    }
    try (TableReader r = csv("a,b\nS\u00e3o,1\n")) {
      assertThat(r.encoding()).contains(StandardCharsets.UTF_8);
      assertThat(r.hasBom()).isFalse();
      assertThat(r.next().cells()).containsExactly("S\u00e3o", "1");
    }
    byte[] cp1252 =
        "a,b\nS\u00e3o \u20ac,1\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    try (TableReader r = TableReader.builder().open(new ByteArrayInputStream(cp1252), "w.csv")) {
      assertThat(r.encoding())
          .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("windows-1252"));
      assertThat(r.next().cells()).containsExactly("S\u00e3o \u20ac", "1");
    }
  }

  @Test
  void readsTheLatin1EurostatTableWithLabelsAndLineNumbers() {
    Path file =
        SharedData.data(
            "statistics/eurostat-by-citizenship-2012-2016/migr_eiord_Data_allcitizens.csv");
    long count = 0;
    boolean sawIvoire = false;
    try (TableReader r = TableReader.builder().open(file)) {
      assertThat(r.encoding())
          .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("windows-1252"));
      assertThat(r.header())
          .containsExactly("TIME", "GEO", "CITIZEN", "UNIT", "Value", "Flag and Footnotes");
      while (r.hasNext()) {
        TableRow row = r.next();
        count++;
        assertThat(row.line()).isEqualTo(count + 1);
        sawIvoire |= row.cell(2).equals("C\u00f4te d'Ivoire");
      }
    }
    assertThat(count).isEqualTo(28_545);
    assertThat(sawIvoire).isTrue();
  }

  @Test
  void reportsAnUnterminatedQuoteWithItsLine() {
    TableReader r = csv("a,b\n1,2\n3,\"open\n4,5\n");
    assertThat(r.next().cells()).containsExactly("1", "2");
    assertThatThrownBy(r::hasNext)
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.ruleId().value()).isEqualTo("MG-TAB-001");
              assertThat(e.location().source()).contains("t.csv");
              assertThat(e.location().line()).isGreaterThanOrEqualTo(3);
            });
    r.close();
  }

  @Test
  void skipsRowsBeforeTheHeaderRowAndReadsWithoutHeader() {
    try (TableReader r =
        TableReader.builder()
            .headerRow(3)
            .open(
                new ByteArrayInputStream(
                    "title\n\nnote\na,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                "t.csv")) {
      assertThat(r.header()).containsExactly("a", "b");
      assertThat(r.next().cells()).containsExactly("1", "2");
    }
    assertThat(
            rows(
                TableReader.builder()
                    .headerRow(0)
                    .open(
                        new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                        "t.csv")))
        .hasSize(2);
    assertThatThrownBy(
            () ->
                TableReader.builder()
                    .headerRow(5)
                    .open(
                        new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)), "t.csv"))
        .isInstanceOfSatisfying(
            ParseException.class, e -> assertThat(e.ruleId().value()).isEqualTo("MG-TAB-004"));
  }

  @Test
  void readsAnXlsxSheetByNameWithDatesAsRawSerialAndIsoDate() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("notes").createRow(0).createCell(0).setCellValue("ignore me");
      XSSFSheet s = wb.createSheet("data");
      s.createRow(0).createCell(0).setCellValue("title");
      XSSFRow h = s.createRow(2);
      h.createCell(0).setCellValue("date");
      h.createCell(1).setCellValue("n");
      h.createCell(3).setCellValue("flag");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      XSSFRow d = s.createRow(4);
      d.createCell(0).setCellValue(LocalDate.of(2024, 7, 1));
      d.getCell(0).setCellStyle(dateStyle);
      d.createCell(1).setCellValue(1405.0);
      d.createCell(2).setCellValue(true);
      d.createCell(3).setCellValue("e");
      wb.write(bytes);
    }
    try (TableReader r =
        TableReader.builder()
            .sheet("data")
            .headerRow(3)
            .open(new ByteArrayInputStream(bytes.toByteArray()), "w.xlsx")) {
      assertThat(r.format()).isEqualTo(TableFormat.XLSX);
      assertThat(r.sheetName()).contains("data");
      assertThat(r.header()).containsExactly("date", "n", "", "flag");
      TableRow row = r.next();
      assertThat(row.row()).isEqualTo(5);
      assertThat(row.cells()).containsExactly("2024-07-01", "1405", "TRUE", "e");
      assertThat(row.raw()).containsExactly("45474.0", "1405.0", "1", "e");
      assertThat(r.hasNext()).isFalse();
    }
    try (TableReader r =
        TableReader.builder()
            .sheet(0)
            .headerRow(0)
            .open(new ByteArrayInputStream(bytes.toByteArray()), "w.xlsx")) {
      assertThat(r.next().cells()).containsExactly("ignore me");
    }
  }

  @Test
  void namesTheSheetsWhenTheOneAskedForIsMissing() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("only");
      wb.write(bytes);
    }
    assertThatThrownBy(
            () ->
                TableReader.builder()
                    .sheet("other")
                    .open(new ByteArrayInputStream(bytes.toByteArray()), "w.xlsx"))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.ruleId().value()).isEqualTo("MG-TAB-003");
              assertThat(e.getMessage()).contains("[only]");
            });
  }

  @Test
  void rejectsAZipThatIsNoWorkbook() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    assertThatThrownBy(() -> TableReader.builder().open(new ByteArrayInputStream(zip), "bad.xlsx"))
        .isInstanceOfSatisfying(
            ParseException.class, e -> assertThat(e.ruleId().value()).isEqualTo("MG-TAB-002"));
  }

  @Test
  void streamsTheUnDesaWorkbookHeaderAtRow11() {
    Path file =
        SharedData.data(
            "statistics/un-desa-international-migrant-stock-2024/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx");
    long count = 0;
    try (TableReader r = TableReader.builder().sheet("Table 1").headerRow(11).open(file)) {
      assertThat(r.header()).contains("Location code", "1990", "2024");
      while (r.hasNext()) {
        r.next();
        count++;
      }
    }
    assertThat(count).isEqualTo(287);
  }
}

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.formats.WithXlsx;

/**
 * A formula cell is read by its calculated value (ECMA-376 §18.3.1.4: {@code <f>} the formula,
 * {@code <v>} its last result). A workbook written by a program that does not calculate (openpyxl,
 * and most libraries writing formulas) has formulas with no result: such a cell is not empty but
 * unknown, so it is refused where it is, never read as an empty cell.
 */
@WithXlsx
class WorkbookFormulaCellsTest {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private static byte[] workbook(String rows) {
    return workbook(MAIN, DOC_RELS, rows);
  }

  /**
   * @return a one-sheet workbook (ECMA-376 minimal package) of the given namespaces, whose sheet
   *     data is the rows
   */
  static byte[] workbook(String main, String docRels, String rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
              + ".spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
              + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + docRels
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + main
              + "\" xmlns:r=\""
              + docRels
              + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + docRels
              + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      entry(
          zip,
          "xl/worksheets/sheet1.xml",
          "<worksheet xmlns=\"" + main + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String HEADER =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
          + "<c r=\"B1\" t=\"inlineStr\"><is><t>count</t></is></c></row>";

  private static List<TableRow> rows(byte[] xlsx) {
    List<TableRow> out = new ArrayList<>();
    try (TableReader table =
        TableReader.builder()
            .format(TableFormat.XLSX)
            .open(new ByteArrayInputStream(xlsx), "f.xlsx")) {
      table.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void refusesAFormulaCellWithNoCalculatedValueNamingTheCell() {
    byte[] xlsx =
        workbook(HEADER + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><f>1+1</f></c></row>");
    assertThatThrownBy(() -> rows(xlsx))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.ruleId().value()).isEqualTo("MG-TAB-033");
              assertThat(e.location().line()).isEqualTo(2);
              assertThat(e.location().column()).isEqualTo(2);
              assertThat(e.getMessage()).contains("B2");
            });
  }

  @Test
  void refusesANumberFormulaWhoseCachedValueIsLeftEmpty() {
    byte[] xlsx =
        workbook(
            HEADER
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><f>SUM(A2)</f><v></v></c></row>");
    assertThatThrownBy(() -> rows(xlsx))
        .isInstanceOfSatisfying(
            ParseException.class, e -> assertThat(e.ruleId().value()).isEqualTo("MG-TAB-033"));
  }

  @Test
  void readsFormulaCellsByTheirCachedValueAnEmptyTextResultIncluded() {
    byte[] xlsx =
        workbook(
            HEADER
                + "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>\"\"</f><v></v></c>"
                + "<c r=\"B2\"><f>1+1</f><v>2</v></c></row>");
    List<TableRow> rows = rows(xlsx);
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.cell(1)).isEqualTo("2"));
    assertThat(rows.get(0).cell(0)).isEmpty();
  }
}

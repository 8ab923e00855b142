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
package org.mignet.formats;

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
import org.junit.jupiter.api.Timeout;
import org.mignet.core.ParseException;
import org.mignet.core.validation.Issue;
import org.mignet.formats.tabular.Mapping;
import org.mignet.formats.tabular.MappingSpec;

/**
 * Issue 10, hostile input: small inputs that used to take the JVM down with {@link
 * OutOfMemoryError} (or another crash) are read-level issues that name the limit, its value and
 * where it was hit, and reading returns. Each input is generated here, a few kilobytes at most once
 * compressed; each case runs under the normal surefire heap.
 */
@Timeout(10)
class HostileInputTest {

  private static List<ReadResult> read(String format, byte[] bytes, String name) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader reader =
        Formats.named(format).reader(new ByteArrayInputStream(bytes), name)) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  private static Issue onlyIssueOfLast(List<ReadResult> results) {
    ReadResult last = results.get(results.size() - 1);
    assertThat(last).isInstanceOf(ReadResult.Failed.class);
    assertThat(last.issues()).hasSize(1);
    return last.issues().get(0);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---- XLSX: a cell reference far past column XFD, a row of too many cells

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /**
   * @return a one-sheet workbook whose sheet data is the given rows (ECMA-376 minimal package)
   */
  private static byte[] workbook(String rows) {
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
              + DOC_RELS
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + MAIN
              + "\" xmlns:r=\""
              + DOC_RELS
              + "\"><sheets>"
              + "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + DOC_RELS
              + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      entry(
          zip,
          "xl/worksheets/sheet1.xml",
          "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(utf8(xml));
    zip.closeEntry();
  }

  private static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  @Test
  @org.mignet.formats.WithXlsx
  void refusesAnXlsxCellReferencePastTheColumnLimit() {
    byte[] xlsx =
        workbook(
            "<row r=\"1\">"
                + inline("A1", "/recordType")
                + inline("ZZZZZZ1", "/region")
                + "</row>");
    Issue issue = onlyIssueOfLast(read("xlsx", xlsx, "wide.xlsx"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-024");
    assertThat(issue.location().line()).isEqualTo(1);
    assertThat(issue.message()).contains("maxColumns", "16384", "ZZZZZZ").startsWith("Row 1 ");
  }

  @Test
  @org.mignet.formats.WithXlsx
  void refusesAnXlsxRowOfMoreCellsThanTheLimit() {
    StringBuilder row = new StringBuilder("<row r=\"1\">");
    // no references: each cell is the one after the last; scattered values, so that the sheet does
    // not compress
    // past POI's zip-bomb ratio
    java.util.Random random = new java.util.Random(10);
    for (int i = 0; i <= ReadLimits.DEFAULT_MAX_COLUMNS; i++) {
      row.append("<c><v>").append(random.nextInt()).append("</v></c>");
    }
    Issue issue =
        onlyIssueOfLast(read("xlsx", workbook(row.append("</row>").toString()), "many.xlsx"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-024");
    assertThat(issue.message()).contains("maxColumns", "16384", "column 16385");
  }

  // ---- pointers: list indexes in canonical headers and mapping specs

  @Test
  void refusesACanonicalHeaderNamingAHugeListIndex() {
    String csv =
        "/recordType,/meta/identifier/system,/meta/identifier/value,/names/0/givenNames/150000000\n"
            + "Person,s,1,Ana\n";
    Issue issue = onlyIssueOfLast(read("csv", utf8(csv), "p.csv"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-025");
    assertThat(issue.location().column()).isEqualTo(4);
    assertThat(issue.message())
        .contains("/names/0/givenNames/150000000", "150000000", "maxListIndex", "10000");
  }

  @Test
  void refusesAMappingSpecPointerNamingAHugeListIndex() {
    String spec =
        """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Person",
         "constants": {"/meta/identifier/system": "s"},
         "columns": [{"column": "id", "to": "/meta/identifier/value"},
                     {"column": "given", "to": "/names/2000000000/givenNames/0"}]}""";
    assertThatThrownBy(() -> MappingSpec.parse(new ByteArrayInputStream(utf8(spec)), "spec.json"))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.ruleId().value()).isEqualTo("MG-TAB-025");
              assertThat(e.location().source()).contains("spec.json");
              assertThat(e.getMessage())
                  .contains("/names/2000000000/givenNames/0", "maxListIndex", "10000");
            });
  }

  @Test
  void failsOnlyTheRowWhoseSplitCellHasMorePartsThanAListMayHold() {
    String spec =
        """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Person",
         "constants": {"/meta/identifier/system": "s", "/names/0/use": "PRIMARY", "/sex": "FEMALE"},
         "columns": [{"column": "id", "to": "/meta/identifier/value"},
                     {"column": "given", "to": "/names/0/givenNames", "split": ","}]}""";
    String parts =
        String.join(",", java.util.Collections.nCopies(ReadLimits.DEFAULT_MAX_LIST_INDEX + 5, "a"));
    byte[] csv = utf8("id,given\n1,\"" + parts + "\"\n2,Ana\n");
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader reader =
        Mapping.read(
            new ByteArrayInputStream(csv),
            "t.csv",
            MappingSpec.parse(new ByteArrayInputStream(utf8(spec)), "spec.json"))) {
      reader.forEachRemaining(results::add);
    }
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Failed.class);
    Issue issue = results.get(0).issues().get(0);
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-025");
    assertThat(issue.location().column()).isEqualTo(2);
    assertThat(issue.message()).contains("/names/0/givenNames/10001", "maxListIndex", "10000");
    assertThat(results.get(1)).isInstanceOf(ReadResult.Ok.class);
  }

  // ---- JSON-stat: impossible sizes, cubes over the cell limit, values past the cube

  private static String jsonStat(String size, String value) {
    return "{\"version\": \"2.0\", \"class\": \"dataset\", \"id\": [\"geo\"], \"size\": "
        + size
        + ", \"dimension\": {\"geo\": {\"category\": {\"index\": [\"FR\"]}}}, \"value\": "
        + value
        + "}";
  }

  @Test
  void refusesAJsonStatCubeOverTheCellLimit() {
    byte[] json = utf8(jsonStat("[2147483647]", "[1]"));
    assertThat(json.length).isLessThan(4096);
    Issue issue = onlyIssueOfLast(read("json-stat", json, "big.json"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-SDMX-024");
    assertThat(issue.pointer()).isEqualTo("/size");
    assertThat(issue.message()).contains("2147483647", "maxCubeCells", "10000000");
  }

  @Test
  void refusesAJsonStatCubeWhoseSizesMultiplyPastTheLimit() {
    String json =
        "{\"version\": \"2.0\", \"class\": \"dataset\", \"id\": [\"a\", \"b\", \"c\"], "
            + "\"size\": [2147483647, 2147483647, 2147483647], \"dimension\": {}, \"value\": []}";
    Issue issue = onlyIssueOfLast(read("json-stat", utf8(json), "big.json"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-SDMX-024");
    assertThat(issue.message()).contains("9903520300447984150353281023", "maxCubeCells");
  }

  @Test
  void refusesANegativeJsonStatSize() {
    Issue issue = onlyIssueOfLast(read("json-stat", utf8(jsonStat("[-3]", "[1]")), "neg.json"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-SDMX-023");
    assertThat(issue.pointer()).isEqualTo("/size/0");
    assertThat(issue.message()).contains("size[0] is -3");
  }

  @Test
  void refusesAJsonStatValueArrayLongerThanTheCube() {
    Issue issue =
        onlyIssueOfLast(read("json-stat", utf8(jsonStat("[1]", "[1, 2, 3]")), "long.json"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-SDMX-025");
    assertThat(issue.pointer()).isEqualTo("/value/1");
    assertThat(issue.message()).contains("value", "1 cells");
  }

  @Test
  void stillReadsAJsonStatCubeThatFits() {
    List<ReadResult> results = read("json-stat", utf8(jsonStat("[1]", "[7]")), "ok.json");
    assertThat(results).singleElement().isInstanceOf(ReadResult.Ok.class);
  }

  // ---- CSV: a header of a million columns; one warning per kind of unmapped column

  @Test
  void refusesACsvHeaderOfAMillionColumns() {
    StringBuilder csv = new StringBuilder(2_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      csv.append(i == 0 ? "" : ",").append('c');
    }
    csv.append("\nx\n");
    Issue issue = onlyIssueOfLast(read("csv", utf8(csv.toString()), "wide.csv"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-024");
    assertThat(issue.location().line()).isEqualTo(1);
    assertThat(issue.message()).contains("Row 1 ", "maxColumns", "16384", "column 16385");
  }

  @Test
  void saysEachKindOfUnmappedColumnOnceThenCountsTheRest() {
    StringBuilder header = new StringBuilder("id,region");
    StringBuilder row = new StringBuilder("1,Europe");
    for (int i = 0; i < 500; i++) {
      header.append(",x").append(i);
      row.append(",v");
    }
    byte[] csv = utf8(header + "\n" + row + "\n");
    MappingSpec spec =
        MappingSpec.parse(
            new ByteArrayInputStream(
                utf8(
                    """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Incident",
         "constants": {"/meta/identifier/system": "s"},
         "columns": [{"column": "id", "to": "/meta/identifier/value"}, {"column": "region", "to": "/region"}]}""")),
            "spec.json");
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader reader = Mapping.read(new ByteArrayInputStream(csv), "t.csv", spec)) {
      reader.forEachRemaining(results::add);
    }
    List<Issue> issues = results.get(0).issues();
    assertThat(issues)
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-TAB-015", "MG-TAB-026");
    assertThat(issues.get(0).message()).contains("x0");
    assertThat(issues.get(1).message()).contains("499", "MG-TAB-015");
    assertThat(issues.get(1).location().column()).isEqualTo(4);
  }
}

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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.tabular.SharedData;

/**
 * Conformance on every table of {@code ../shared/data/hxl}: each file is read through the {@code
 * hxl} format by its hashtags, and its rows and numeric measure cells are counted by this test
 * itself (its own CSV, XLSX and JSON parse, its own search for the hashtag row), so that every row
 * is accounted for; a handful of cells per file are checked against the file (a P-code, a number, a
 * date, a sex breakdown, a year).
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class HxlConformanceTest {

  private static final Pattern MEASURE =
      Pattern.compile(
          "#(affected|inneed|targeted|reached|population|value|idps|refugees|returnees)(\\+.*)?");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  static Path data(String relative) {
    return SharedData.data("hxl").resolve(relative);
  }

  /** The table as this test reads it: every row's cells, in file order. */
  record Table(List<List<String>> rows) {

    int tagRow() {
      for (int i = 0; i < Math.min(25, rows.size()); i++) {
        long filled = rows.get(i).stream().filter(c -> !c.isBlank()).count();
        long tags =
            rows.get(i).stream().filter(c -> c.strip().matches("#[A-Za-z][\\w+ ]*")).count();
        if (tags > 0 && tags * 2 >= filled) {
          return i;
        }
      }
      return -1;
    }

    List<String> tags() {
      return rows.get(tagRow()).stream()
          .map(c -> c.strip().toLowerCase().replace(" ", ""))
          .toList();
    }

    List<List<String>> data() {
      return rows.subList(tagRow() + 1, rows.size()).stream()
          .filter(r -> r.stream().anyMatch(c -> !c.isBlank()))
          .toList();
    }

    long blank() {
      return rows.subList(tagRow() + 1, rows.size()).stream()
          .filter(r -> r.stream().allMatch(String::isBlank))
          .count();
    }

    /** Measure columns, a repeated tag counted once. */
    List<Integer> measures() {
      List<Integer> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      List<String> tags = tags();
      for (int i = 0; i < tags.size(); i++) {
        if (MEASURE.matcher(tags.get(i)).matches() && seen.add(tags.get(i))) {
          out.add(i);
        }
      }
      return out;
    }

    /**
     * Numeric measure cells, rows with at least one, rows whose filled measure cells are none
     * numeric, filled measure cells that are not numbers.
     */
    long[] counts() {
      List<Integer> measures = measures();
      long numeric = 0;
      long rows = 0;
      long onlyBad = 0;
      long notNumbers = 0;
      for (List<String> r : data()) {
        long n = 0;
        long filled = 0;
        for (int i : measures) {
          String c = i < r.size() ? r.get(i).strip() : "";
          filled += c.isEmpty() ? 0 : 1;
          n += NUMBER.matcher(c).matches() ? 1 : 0;
        }
        numeric += n;
        notNumbers += filled - n;
        rows += n > 0 ? 1 : 0;
        onlyBad += n == 0 && filled > 0 ? 1 : 0;
      }
      return new long[] {numeric, rows, onlyBad, notNumbers};
    }

    long numericCells() {
      return counts()[0];
    }
  }

  static Table csv(String relative, Charset charset) throws Exception {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (Reader r = new InputStreamReader(Files.newInputStream(data(relative)), charset);
        MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(r)) {
      while (it.hasNext()) {
        String[] cells = it.next();
        List<String> row = new ArrayList<>(List.of(cells));
        if (rows.isEmpty() && !row.isEmpty()) {
          row.set(0, row.get(0).replace("\uFEFF", ""));
        }
        if (!(row.size() == 1 && row.get(0).isEmpty())) {
          rows.add(row);
        }
      }
    }
    return new Table(rows);
  }

  static Table xlsx(String relative) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (InputStream in = Files.newInputStream(data(relative));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      for (int n = 0; n <= sheet.getLastRowNum(); n++) {
        Row row = sheet.getRow(n);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null
                && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
              cells.add(
                  BigDecimal.valueOf(cell.getNumericCellValue())
                      .stripTrailingZeros()
                      .toPlainString());
            } else {
              cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
          }
        }
        rows.add(cells);
      }
    }
    return new Table(rows);
  }

  static Table json(String relative) throws Exception {
    JsonNode root = new ObjectMapper().readTree(data(relative).toFile());
    List<List<String>> rows = new ArrayList<>();
    if (root.get(0).isObject()) {
      List<String> keys = new ArrayList<>();
      root.get(0).fieldNames().forEachRemaining(keys::add);
      rows.add(keys);
      for (JsonNode o : root) {
        rows.add(keys.stream().map(k -> o.has(k) ? o.get(k).asText() : "").toList());
      }
    } else {
      for (JsonNode a : root) {
        List<String> cells = new ArrayList<>();
        a.forEach(c -> cells.add(c.asText()));
        rows.add(cells);
      }
    }
    return new Table(rows);
  }

  /** What the hxl format gave. */
  record Read(
      List<Observation> observations,
      List<ReadResult.Failed> failed,
      List<Issue> issues,
      long datasets) {

    Issue summary() {
      return issues.stream()
          .filter(i -> i.ruleId().value().equals("MG-HXL-012"))
          .findFirst()
          .orElseThrow();
    }

    long summary(int argument) {
      return ((Number) summary().arguments().get(argument)).longValue();
    }

    List<Issue> issues(String rule) {
      return issues.stream().filter(i -> i.ruleId().value().equals(rule)).toList();
    }

    Stream<Observation> where(Map<String, String> dims) {
      return observations.stream()
          .filter(o -> o.dimensions().entrySet().containsAll(dims.entrySet()));
    }

    BigDecimal value(Map<String, String> dims) {
      List<Observation> found = where(dims).toList();
      assertThat(found).as("observations with %s", dims).hasSize(1);
      return found.get(0).value().orElseThrow();
    }
  }

  static Read read(String relative) throws Exception {
    return read(relative, FormatOptions.none());
  }

  static Read read(String relative, FormatOptions options) throws Exception {
    Path f = data(relative);
    List<Observation> obs = new ArrayList<>();
    List<ReadResult.Failed> failed = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    long datasets = 0;
    try (RecordReader r =
        Formats.named("hxl").reader(Files.newInputStream(f), f.getFileName().toString(), options)) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        if (res instanceof ReadResult.Ok ok) {
          Dataset d = (Dataset) ok.record();
          assertThat(d.observations()).hasSizeLessThanOrEqualTo(1000);
          boolean keyed =
              d.observations().stream()
                  .allMatch(o -> d.dimensionIds().containsAll(o.dimensions().keySet()));
          assertThat(keyed).as("every observation keyed by the dataset's dimensions").isTrue();
          obs.addAll(d.observations());
          issues.addAll(ok.issues());
          datasets++;
        } else {
          failed.add((ReadResult.Failed) res);
          issues.addAll(((ReadResult.Failed) res).issues());
        }
      }
    }
    return new Read(obs, failed, issues, datasets);
  }

  /** Rows and numeric cells counted by the test equal what the reader accounts for, row by row. */
  static void accountsForEveryRow(Table table, Read read) {
    long rows = table.data().size();
    long[] c = table.counts();
    assertThat(read.summary(0)).as("data rows").isEqualTo(rows);
    assertThat(read.observations()).as("observations = numeric measure cells").hasSize((int) c[0]);
    assertThat(read.summary(2)).isEqualTo(c[0]);
    assertThat(read.summary(1)).as("rows with observations").isEqualTo(c[1]);
    long rejectedRows =
        read.failed().stream()
            .filter(f -> f.issues().stream().anyMatch(i -> i.ruleId().value().equals("MG-HXL-009")))
            .count();
    assertThat(rejectedRows).isEqualTo(c[2]).isEqualTo(read.summary(5));
    assertThat(read.summary(1) + read.summary(3) + read.summary(5)).isEqualTo(rows);
    assertThat(read.summary(7)).as("measure cells that are not numbers").isEqualTo(c[3]);
    assertThat(read.issues("MG-HXL-009")).as("one MG-HXL-009 per such cell").hasSize((int) c[3]);
  }

  private static Map<String, String> dims(String... kv) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  // ---- iom-dtm

  @Test
  void readsEveryRowOfTheDtmFileWithItsSexBreakdownAndPcodes() throws Exception {
    Table t = csv("iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv", StandardCharsets.UTF_8);
    Read r = read("iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv");
    assertThat(t.data()).hasSize(13_367);
    accountsForEveryRow(t, r);
    assertThat(r.failed()).isEmpty();
    assertThat(r.datasets()).isGreaterThan(1);
    // the first data row of the file: AFG, 2017-03-30, Conflict, 179956, round 1
    List<String> first = t.data().get(0);
    assertThat(first.get(3)).isEqualTo("AFG");
    assertThat(
            r.where(
                    dims(
                        "REF_AREA",
                        "AFG",
                        "TIME_PERIOD",
                        "2017-03-30",
                        "CAUSE_TYPE",
                        first.get(14),
                        "MEASURE",
                        "#affected+idps",
                        "SEX",
                        "_T"))
                .filter(o -> !o.dimensions().containsKey("ADM1_CODE"))
                .map(o -> o.value().orElseThrow())
                .toList())
        .contains(new BigDecimal(first.get(9)));
    // the first row with a sex breakdown, found by the test: its males and females, P-codes and
    // year
    List<String> sexed =
        t.data().stream()
            .filter(x -> !x.get(15).isBlank() && !x.get(7).isBlank())
            .findFirst()
            .orElseThrow();
    Map<String, String> key =
        dims(
            "ADM2_CODE",
            sexed.get(7),
            "TIME_PERIOD",
            sexed.get(10).substring(0, 10),
            "DATE_YEAR_REPORTED",
            sexed.get(11),
            "CAUSE_TYPE",
            sexed.get(14),
            "MEASURE",
            "#affected+idps");
    assertThat(sexed.get(7)).matches("[A-Z]{2}\\d+");
    key.put("SEX", "M");
    assertThat(r.where(key).map(o -> o.value().orElseThrow()).toList())
        .contains(new BigDecimal(sexed.get(15)));
    key.put("SEX", "F");
    assertThat(r.where(key).map(o -> o.value().orElseThrow()).toList())
        .contains(new BigDecimal(sexed.get(16)));
    assertThat(r.where(key).findFirst().orElseThrow().dimensions())
        .containsEntry("ADM1_CODE", sexed.get(5))
        .containsEntry("REF_AREA", sexed.get(3));
    // hashtags outside the core schema are said, once each, and not carried
    assertThat(r.issues("MG-HXL-005"))
        .extracting(i -> i.arguments().get(1))
        .containsExactly(
            "#id+code",
            "#operation+name",
            "#adm+level",
            "#round+code",
            "#assessment+type",
            "#operation+status");
  }

  @Test
  void refusesTheDtmFilesWithoutHashtagRowSayingSo() throws Exception {
    for (String f :
        List.of(
            "iom-dtm/hdx_hapi_idps_global.csv",
            "iom-dtm/displacement-admin1-admin0pcode-hti.json")) {
      Read r = read(f);
      assertThat(r.observations()).isEmpty();
      assertThat(r.failed()).hasSize(1);
      assertThat(r.failed().get(0).issues())
          .extracting(ri -> ri.ruleId().value())
          .containsExactly("MG-HXL-001");
    }
    // the HAPI file has no hashtag row among its first 25 rows: the test looks for itself
    assertThat(csv("iom-dtm/hdx_hapi_idps_global.csv", StandardCharsets.UTF_8).tagRow())
        .isEqualTo(-1);
  }

  @Test
  void accountsForEveryRowOfThePcodeGazetteerThatHasNoFigures() throws Exception {
    Table t = csv("iom-dtm/download-global-pcodes-adm-1-2.csv", StandardCharsets.UTF_8);
    Read r = read("iom-dtm/download-global-pcodes-adm-1-2.csv");
    assertThat(t.data()).hasSize(33_363);
    assertThat(r.observations()).isEmpty();
    assertThat(r.failed()).hasSize(1);
    assertThat(r.issues("MG-HXL-011"))
        .singleElement()
        .satisfies(i -> assertThat(i.arguments().get(0)).isEqualTo(33_363L));
    assertThat(r.summary(0)).isEqualTo(33_363);
    assertThat(r.summary(3)).isEqualTo(33_363);
  }

  // ---- hdx-published

  @Test
  void readsIdmcDisplacementByYearWithItsNonIsoAbyeiCode() throws Exception {
    Table t = csv("hdx-published/idmc-displacement-data-hxl.csv", StandardCharsets.UTF_8);
    Read r = read("hdx-published/idmc-displacement-data-hxl.csv");
    assertThat(t.data()).hasSize(1712);
    accountsForEveryRow(t, r);
    List<String> first = t.data().get(0);
    assertThat(
            r.value(
                dims(
                    "REF_AREA",
                    first.get(0),
                    "TIME_PERIOD",
                    first.get(2),
                    "MEASURE",
                    "#affected+idps+ind+stock+conflict")))
        .isEqualByComparingTo(first.get(3));
    assertThat(first).startsWith("AB9", "Abyei Area", "2014");
    assertThat(r.where(dims("REF_AREA", "AB9")).findFirst().orElseThrow().attributes())
        .containsEntry("COUNTRY_NAME", "Abyei Area");
    // the empty measure cells are counted: 4 measure columns per row
    assertThat(r.summary(4)).isEqualTo(4L * t.data().size() - t.numericCells());
  }

  @Test
  void readsKenyaWithUntaggedColumnsAndMultilineCellsSaidNotCarried() throws Exception {
    Table t = csv("hdx-published/kenya-drought-related-idps-hxl.csv", StandardCharsets.UTF_8);
    Read r = read("hdx-published/kenya-drought-related-idps-hxl.csv");
    assertThat(t.data()).hasSize(5);
    accountsForEveryRow(t, r);
    assertThat(r.value(dims("ADM1_CODE", "KE007"))).isEqualByComparingTo(t.data().get(0).get(2));
    assertThat(r.issues("MG-HXL-004"))
        .extracting(i -> i.location().columnNumber().orElse(0))
        .containsExactly(4, 5);
    assertThat(r.issues("MG-HXL-004").get(0).location().lineNumber().orElse(0)).isEqualTo(3);
  }

  @Test
  void readsEthiopiaWhereOnlyTwoOfSevenColumnsAreTagged() throws Exception {
    Table t = csv("hdx-published/ethiopia-idp-estimates-partial-hxl.csv", StandardCharsets.UTF_8);
    Read r = read("hdx-published/ethiopia-idp-estimates-partial-hxl.csv");
    assertThat(t.data()).hasSize(87);
    accountsForEveryRow(t, r);
    List<String> row = t.data().get(0);
    assertThat(r.value(dims("ADM3_CODE", row.get(5)))).isEqualByComparingTo(row.get(6));
    assertThat(r.issues("MG-HXL-004")).hasSize(5);
  }

  @Test
  void readsTheDtmUkraineWorkbookAsAWorkbook() throws Exception {
    Table t = xlsx("hdx-published/dtm-ukraine-idp-estimation-round14.xlsx");
    Read r = read("hdx-published/dtm-ukraine-idp-estimation-round14.xlsx");
    assertThat(t.data()).hasSize(26);
    accountsForEveryRow(t, r);
    assertThat(r.summary(6)).as("blank rows").isEqualTo(t.blank());
    List<String> tags = t.tags();
    int code = tags.indexOf("#adm1+code");
    int idps = tags.indexOf("#affected+idp+ind");
    List<String> row = t.data().get(0);
    assertThat(r.value(dims("ADM1_CODE", row.get(code), "MEASURE", "#affected+idp+ind")))
        .isEqualByComparingTo(row.get(idps));
    assertThat(r.where(dims("ADM1_CODE", row.get(code))).findFirst().orElseThrow().dimensions())
        .containsEntry("TIME_PERIOD", "2023-09-30")
        .containsEntry("REF_AREA", "UKR");
    // the row whose figures are "n/a" is rejected with line and column
    assertThat(r.failed())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.issues())
                    .extracting(ri -> ri.ruleId().value())
                    .containsOnly("MG-HXL-009"));
    Issue bad = r.failed().get(0).issues().get(0);
    assertThat(bad.location().columnNumber().orElse(0)).isEqualTo(idps + 1);
    assertThat(t.rows().get((int) bad.location().lineNumber().orElse(0) - 1).get(idps))
        .isEqualTo("n/a");
    // the note written into the hashtag row is not a hashtag, and the column is said
    assertThat(r.issues("MG-HXL-002")).hasSize(1);
  }

  // ---- libhxl test cases

  @Test
  void readsLibhxlValidInEveryEncodingAndJsonFormAlike() throws Exception {
    Table csv = csv("libhxl-test-cases/input-valid.csv", StandardCharsets.UTF_8);
    Map<String, Table> forms =
        Map.of(
            "libhxl-test-cases/input-valid.csv",
            csv,
            "libhxl-test-cases/input-valid-latin1.csv",
            csv("libhxl-test-cases/input-valid-latin1.csv", StandardCharsets.ISO_8859_1),
            "libhxl-test-cases/input-valid.json",
            json("libhxl-test-cases/input-valid.json"),
            "libhxl-test-cases/input-valid-objects.json",
            json("libhxl-test-cases/input-valid-objects.json"));
    for (Map.Entry<String, Table> e : forms.entrySet()) {
      Read r = read(e.getKey());
      accountsForEveryRow(e.getValue(), r);
      assertThat(r.observations()).as(e.getKey()).hasSize(6);
      assertThat(
              r.value(
                  dims(
                      "COUNTRY",
                      "Panamá",
                      "TIME_PERIOD",
                      "2015-03-01",
                      "MEASURE",
                      "#targeted",
                      "SEX",
                      "F",
                      "ORG_ES",
                      "ACNUR")))
          .isEqualByComparingTo("100");
      assertThat(r.value(dims("ADM1", "Chocó", "SEX", "M"))).isEqualByComparingTo("300");
      assertThat(r.value(dims("ADM1", "Chocó", "SEX", "F"))).isEqualByComparingTo("250");
    }
    assertThat(csv.tagRow()).isEqualTo(2);
  }

  @Test
  void readsTheFuzzyHashtagRowSayingWhatIsNotAHashtagAndTheRepeatedTag() throws Exception {
    Table t = csv("libhxl-test-cases/input-fuzzy.csv", StandardCharsets.UTF_8);
    Read r = read("libhxl-test-cases/input-fuzzy.csv");
    accountsForEveryRow(t, r);
    assertThat(r.issues("MG-HXL-002"))
        .extracting(i -> i.arguments().get(1))
        .containsExactly("country", "adm1");
    assertThat(r.issues("MG-HXL-007"))
        .singleElement()
        .satisfies(i -> assertThat(i.location().columnNumber().orElse(0)).isEqualTo(6));
    assertThat(r.value(dims("ORG_ES", "UNICEF", "SEX", "F"))).isEqualByComparingTo("250");
  }

  @Test
  void readsMultipleHeaderRowsAndBlankHashtagsAndTrimsNumbers() throws Exception {
    Table t = csv("libhxl-test-cases/input-multiple-headers.csv", StandardCharsets.UTF_8);
    Read r = read("libhxl-test-cases/input-multiple-headers.csv");
    accountsForEveryRow(t, r);
    assertThat(r.value(dims("ORG", "Org X", "ADM1", "Coast", "MEASURE", "#affected")))
        .isEqualByComparingTo("100");
    assertThat(r.issues("MG-HXL-004"))
        .singleElement()
        .satisfies(i -> assertThat(i.arguments()).contains("No hashtag"));
  }

  @Test
  void readsAMultilineCellAsOneRowOfATableWithoutFigures() throws Exception {
    Table t = csv("libhxl-test-cases/input-multiline.csv", StandardCharsets.UTF_8);
    Read r = read("libhxl-test-cases/input-multiline.csv");
    assertThat(t.data()).hasSize(1);
    assertThat(r.summary(0)).isEqualTo(1);
    assertThat(r.issues("MG-HXL-011")).hasSize(1);
    assertThat(r.issues("MG-HXL-006")).hasSize(1);
  }

  @Test
  void refusesTablesWithoutAHashtagRow() throws Exception {
    for (String f :
        List.of("libhxl-test-cases/input-invalid.csv", "libhxl-test-cases/input-untagged.csv")) {
      assertThat(csv(f, StandardCharsets.UTF_8).tagRow()).isEqualTo(-1);
      Read r = read(f);
      assertThat(r.failed())
          .singleElement()
          .satisfies(
              x ->
                  assertThat(x.issues())
                      .extracting(ri -> ri.ruleId().value())
                      .containsExactly("MG-HXL-001"));
    }
  }

  @Test
  void sniffsEveryHxlTableOfTheFolderAsHxlAndTheOthersNot() {
    for (String f :
        List.of(
            "iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv",
            "iom-dtm/download-global-pcodes-adm-1-2.csv",
            "hdx-published/idmc-displacement-data-hxl.csv",
            "hdx-published/kenya-drought-related-idps-hxl.csv",
            "hdx-published/ethiopia-idp-estimates-partial-hxl.csv",
            "hdx-published/dtm-ukraine-idp-estimation-round14.xlsx",
            "libhxl-test-cases/input-valid.csv",
            "libhxl-test-cases/input-valid-latin1.csv",
            "libhxl-test-cases/input-valid.json",
            "libhxl-test-cases/input-valid-objects.json",
            "libhxl-test-cases/input-fuzzy.csv",
            "libhxl-test-cases/input-multiple-headers.csv",
            "libhxl-test-cases/input-multiline.csv")) {
      assertThat(Formats.sniff(data(f)).map(org.mignet.formats.Format::name)).as(f).contains("hxl");
    }
    for (String f :
        List.of("iom-dtm/hdx_hapi_idps_global.csv", "libhxl-test-cases/input-invalid.csv")) {
      assertThat(Formats.sniff(data(f)).map(org.mignet.formats.Format::name).orElse("-"))
          .as(f)
          .isNotEqualTo("hxl");
    }
  }

  // ---- hxl-core-schema as data and as schema

  @Test
  void readsTheCoreSchemaTablesAsTablesWithoutFigures() throws Exception {
    for (String f :
        List.of(
            "hxl-core-schema/hashtag.hxl.csv",
            "hxl-core-schema/attribute.hxl.csv",
            "hxl-core-schema/master-vocabulary.hxl.csv")) {
      Table t = csv(f, StandardCharsets.UTF_8);
      Read r = read(f);
      assertThat(r.summary(0)).as(f).isEqualTo(t.data().size());
      assertThat(r.issues("MG-HXL-011")).hasSize(1);
    }
    assertThat(csv("hxl-core-schema/hashtag.hxl.csv", StandardCharsets.UTF_8).data()).hasSize(45);
    assertThat(csv("hxl-core-schema/attribute.hxl.csv", StandardCharsets.UTF_8).data()).hasSize(71);
  }

  @Test
  void refusesLibhxlsDefaultSchemaNamingARuleItDoesNotApply() throws Exception {
    Read r =
        read(
            "libhxl-test-cases/input-valid.csv",
            FormatOptions.none()
                .with(HxlDatasets.SCHEMA, data("hxl-core-schema/libhxl-hxl-default-schema.json")));
    assertThat(r.observations()).isEmpty();
    assertThat(r.failed())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.issues())
                    .extracting(ri -> ri.ruleId().value())
                    .containsExactly("MG-HXL-015"));
    assertThat(r.failed().get(0).issues().get(0).arguments().get(0).toString())
        .contains("#valid_value+outliers");
  }
}

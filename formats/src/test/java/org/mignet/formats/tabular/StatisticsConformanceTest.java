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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Conformance of the shipped mapping specs on the real files of {@code shared/data/statistics}:
 * each test counts the file's rows itself (its own CSV parse, its own StAX reading of the XLSX
 * parts, a Jackson tree walk for JSON), checks that every row is accounted for (read = written +
 * rejected, blank rows counted apart) and compares a handful of cells (a code, a number, a year, a
 * sex) with what the spec made of them.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class StatisticsConformanceTest {

  private static final String STATS = "statistics/";

  /** What a spec made of a file: the result of each row by its row number, and every issue. */
  record Run(
      Map<Long, ReadResult> byRow, long read, long written, long rejected, List<Issue> issues) {
    Dataset dataset(long row) {
      ReadResult r = byRow.get(row);
      assertThat(r).as("row %d", row).isInstanceOf(ReadResult.Ok.class);
      return (Dataset) ((ReadResult.Ok) r).record();
    }

    long blank() {
      return issues.stream()
          .filter(i -> i.ruleId().value().equals("MG-TAB-027"))
          .mapToLong(i -> Long.parseLong(String.valueOf(i.arguments().get(0))))
          .sum();
    }

    List<String> rules() {
      return issues.stream().map(ri -> ri.ruleId().value()).distinct().sorted().toList();
    }
  }

  static Run run(Path file, String spec) throws IOException {
    Map<Long, ReadResult> byRow = new LinkedHashMap<>();
    List<Issue> issues = new ArrayList<>();
    long read = 0;
    long ok = 0;
    // one dataset per row, so that each row's cells can be compared with what it became
    try (InputStream in = Files.newInputStream(file);
        RecordReader r =
            new MappedReader(
                    in,
                    file.getFileName().toString(),
                    MappingSpec.bundled(spec).orElseThrow(),
                    null,
                    null)
                .datasetPerRow()) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        read++;
        ok += res instanceof ReadResult.Ok ? 1 : 0;
        res.location().recordNumber().ifPresent(n -> byRow.put(n, res));
        issues.addAll(res.issues());
      }
    }
    return new Run(byRow, read, ok, read - ok, issues);
  }

  // ---------------------------------------------------------------- our own CSV parse (RFC 4180)

  static List<List<String>> csv(Path file, Charset cs) throws IOException {
    String text = Files.readString(file, cs);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  private static Observation only(Dataset d) {
    assertThat(d.observations()).hasSize(1);
    return d.observations().get(0);
  }

  private static Observation find(Dataset d, Map<String, String> dims) {
    return d.observations().stream()
        .filter(o -> o.dimensions().entrySet().containsAll(dims.entrySet()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no observation " + dims));
  }

  // ---------------------------------------------------------------- Eurostat by citizenship
  // (Latin-1 CSV)

  @ParameterizedTest
  @CsvSource({
    "migr_eipre_1_Data_allcitizens.csv",
    "migr_eirfs_Data_allcitizenships.csv",
    "migr_eiord_Data_allcitizens.csv",
    "migr_asyappctza_allcitizenships.csv"
  })
  void readsEveryEurostatRowWithRegionsAndAggregatesAsTheirSdmxCodes(String name)
      throws IOException {
    Path file = SharedData.data(STATS + "eurostat-by-citizenship-2012-2016/" + name);
    List<List<String>> rows = csv(file, StandardCharsets.ISO_8859_1);
    List<String> header = rows.get(0);
    Run run = run(file, "eurostat-by-citizenship");
    assertThat(run.read()).isEqualTo(rows.size() - 1);
    assertThat(run.written() + run.rejected() + run.blank()).isEqualTo(rows.size() - 1);
    assertThat(run.rejected()).as("no name left unresolved: %s", run.rules()).isZero();
    int time = header.indexOf("TIME");
    int geo = header.indexOf("GEO");
    int citizen = header.indexOf("CITIZEN");
    int value = header.indexOf("Value");
    Map<String, String> codes =
        Map.of(
            "America",
            "AME",
            "Oceania",
            "OCE",
            "British overseas countries and territories",
            "UK_OCT",
            "Germany (until 1990 former territory of the FRG)",
            "DEU",
            "Afghanistan",
            "AFG",
            "European Union (28 countries)",
            "EU28",
            "Stateless",
            "STLS");
    int checked = 0;
    boolean numberSeen = false;
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      String cit = r.get(citizen);
      String g = r.get(geo);
      boolean interesting = codes.containsKey(cit) || codes.containsKey(g);
      boolean grouped = !numberSeen && r.get(value).contains(",");
      if (!interesting && !grouped || checked > 400) {
        continue;
      }
      Observation o = only(run.dataset(i + 1));
      assertThat(o.dimensions()).containsEntry("TIME_PERIOD", r.get(time));
      if (codes.containsKey(cit)) {
        assertThat(o.dimensions()).containsEntry("CITIZENSHIP", codes.get(cit));
      }
      if (codes.containsKey(g)) {
        assertThat(o.dimensions()).containsEntry("REF_AREA", codes.get(g));
      }
      String v = r.get(value).strip();
      if (v.equals(":")) {
        assertThat(o.value()).isEmpty();
        assertThat(o.status()).contains("M");
      } else {
        assertThat(o.value()).contains(new BigDecimal(v.replace(",", "")));
        numberSeen |= v.contains(",");
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(20);
  }

  // ---------------------------------------------------------------- UN DESA International Migrant
  // Stock (XLSX)

  @ParameterizedTest
  @CsvSource({
    "un-desa-international-migrant-stock-2020/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx, undesa-ims-2020, 3, 5, 7",
    "un-desa-international-migrant-stock-2024/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx, undesa-ims-2024, 4, 5, 8"
  })
  @org.mignet.formats.WithXlsx
  void readsEveryUnDesaRowWithTheRightYearAndSexForEveryValue(
      String relative, String spec, int codeColumn, int firstYear, int years) throws IOException {
    Path file = SharedData.data(STATS + relative);
    Run run = run(file, spec);
    Map<Integer, Map<Integer, String>> sheet = XlsxCells.sheet(file, "Table 1");
    List<Integer> rows =
        sheet.entrySet().stream()
            .filter(e -> e.getKey() > 11)
            .filter(e -> e.getValue().values().stream().anyMatch(v -> !v.isBlank()))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(run.read()).isEqualTo(rows.size());
    assertThat(run.written() + run.rejected() + run.blank()).isEqualTo(rows.size());
    assertThat(run.rejected()).isZero();
    Map<Integer, String> titles = sheet.get(8);
    assertThat(titles.get(firstYear)).endsWith("both sexes combined");
    assertThat(titles.get(firstYear + years)).endsWith(", males");
    assertThat(titles.get(firstYear + 2 * years)).endsWith("females");
    Map<Integer, String> yearRow = sheet.get(11);
    int checked = 0;
    for (int n : rows) {
      Map<Integer, String> row = sheet.get(n);
      String code = row.getOrDefault(codeColumn, "");
      if (!code.matches("900|4|276|840")) {
        continue;
      }
      Dataset d = run.dataset(n);
      assertThat(d.observations()).hasSize(3 * years);
      String area =
          switch (code) {
            case "4" -> "AFG";
            case "276" -> "DEU";
            case "840" -> "USA";
            default -> "900";
          };
      String[] sexes = {"_T", "M", "F"};
      for (int block = 0; block < 3; block++) {
        for (int y = 0; y < years; y += years - 1) {
          int col = firstYear + block * years + y;
          Observation o = find(d, Map.of("TIME_PERIOD", yearRow.get(col), "SEX", sexes[block]));
          assertThat(o.dimensions()).containsEntry("REF_AREA", area);
          assertThat(o.value())
              .contains(new BigDecimal(row.get(col)).stripTrailingZeros().setScale(0));
        }
      }
      checked++;
    }
    assertThat(checked).isEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({
    "un-desa-international-migrant-stock-2020/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx, undesa-ims-2024, C11, Notes, Coverage",
    "un-desa-international-migrant-stock-2024/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx, undesa-ims-2020, C11, Coverage, Notes",
    "un-desa-international-migrant-stock-2020/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx, undesa-ims-2019, B15, Central and Southern Asia, 'Major area, region, country or area of destination'",
    "un-desa-international-migrant-stock-2024/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx, undesa-ims-2019, B15, Central and Southern Asia, 'Major area, region, country or area of destination'"
  })
  @org.mignet.formats.WithXlsx
  void refusesAnUnDesaEditionWithTheSpecOfAnotherNamingTheCell(
      String relative, String spec, String cell, String found, String expected) throws IOException {
    Path file = SharedData.data(STATS + relative);
    Run run = run(file, spec);
    assertThat(run.read()).isEqualTo(1);
    assertThat(run.written()).isZero();
    assertThat(run.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("MG-TAB-028");
              assertThat(i.arguments()).containsExactly(spec, cell, found, expected);
              assertThat(i.location().source()).contains(file.getFileName().toString());
            });
    assertThat(MappingSpec.bundled(spec).orElseThrow().readsLayoutOf(file)).isFalse();
  }

  @Test
  void aLetterAddressedBlockOfAnotherEditionIsRefusedEvenWithItsTitlesRight() {
    // the 2024 spec's header cells, but a 2020-like layout: seven years per block, so M holds 1990,
    // not 2024
    String spec =
        "{\"mappingSpec\":\"1.0\",\"name\":\"ims\",\"dataflow\":\"D\",\"source\":{\"expect\":"
            + "{\"A\":\"Location code\",\"B\":\"1990\",\"C\":\"2024\"}},\"columns\":[{\"column\":\"Location code\","
            + "\"at\":\"A\",\"to\":\"/dimensions/REF_AREA\"}],\"wide\":[{\"columns\":\"B:C\",\"dimension\":\"TIME_PERIOD\","
            + "\"set\":{\"SEX\":\"_T\"}}]}";
    List<ReadResult> results =
        MappingSpecTestAccess.read(spec, "Location code,1990,2020\n900,1,2\n");
    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r).isInstanceOf(ReadResult.Failed.class);
              assertThat(r.issues().get(0).ruleId().value()).isEqualTo("MG-TAB-028");
              assertThat(r.issues().get(0).arguments())
                  .containsExactly("ims", "C1", "2020", "2024");
              assertThat(r.location().line()).isEqualTo(1L);
              assertThat(r.location().column()).isEqualTo(3L);
            });
  }

  // ---------------------------------------------------------------- UNHCR refugee statistics (HDX
  // CSV)

  @Test
  void readsEveryUnhcrEndYearTotalAsOneObservationPerPopulationType() throws IOException {
    Path file =
        SharedData.data(STATS + "unhcr-refugee-statistics/unhcr-HDX_EndYearPopulationTotals.csv");
    List<List<String>> rows = csv(file, StandardCharsets.UTF_8);
    List<String> header = rows.get(0);
    Run run = run(file, "unhcr-population-totals");
    assertThat(run.read()).isEqualTo(rows.size() - 1);
    assertThat(run.written() + run.rejected() + run.blank()).isEqualTo(rows.size() - 1);
    assertThat(run.rejected()).isZero();
    for (int i : new int[] {1, 2, rows.size() / 2, rows.size() - 1}) {
      List<String> r = rows.get(i);
      Dataset d = run.dataset(i + 1);
      assertThat(d.observations()).hasSize(6);
      for (String type : List.of("REF", "IDP", "ASY", "OOC", "STA", "OIP")) {
        Observation o = find(d, Map.of("POP_TYPE", type));
        assertThat(o.dimensions())
            .containsEntry("TIME_PERIOD", r.get(0))
            .containsEntry("ORIGIN", r.get(1))
            .containsEntry("REF_AREA", r.get(2));
        assertThat(o.value()).contains(new BigDecimal(r.get(header.indexOf(type))));
      }
    }
  }

  @Test
  void readsEveryUnhcrDemographicsRowWithSexAndAgeForEachColumn() throws IOException {
    Path file = SharedData.data(STATS + "unhcr-refugee-statistics/unhcr-HDX_Demographics.csv");
    List<List<String>> rows = csv(file, StandardCharsets.UTF_8);
    List<String> header = rows.get(0);
    Run run = run(file, "unhcr-demographics");
    assertThat(run.read()).isEqualTo(rows.size() - 1);
    assertThat(run.written() + run.rejected() + run.blank()).isEqualTo(rows.size() - 1);
    assertThat(run.rejected()).isZero();
    int checked = 0;
    for (int i = 1; i < rows.size() && checked < 5; i++) {
      List<String> r = rows.get(i);
      if (r.get(header.indexOf("Female_0_4")).equals("0")
          || r.get(header.indexOf("Male_60")).equals("0")) {
        continue;
      }
      Dataset d = run.dataset(i + 1);
      assertThat(d.observations()).hasSize(15);
      assertThat(find(d, Map.of("SEX", "F", "AGE", "Y0T4")).value())
          .contains(new BigDecimal(r.get(header.indexOf("Female_0_4"))));
      assertThat(find(d, Map.of("SEX", "M", "AGE", "Y_GE60")).value())
          .contains(new BigDecimal(r.get(header.indexOf("Male_60"))));
      assertThat(find(d, Map.of("SEX", "_T", "AGE", "_T")).value())
          .contains(new BigDecimal(r.get(header.indexOf("Total"))));
      assertThat(d.observations().get(0).dimensions())
          .containsEntry("TIME_PERIOD", r.get(0))
          .containsEntry("POP_TYPE", r.get(header.indexOf("PT")));
      // a named column's dimensions in the spec's order, in every JVM (they once followed
      // Map.copyOf's per-JVM order, so the output's bytes changed from run to run)
      for (var o : d.observations()) {
        assertThat(List.copyOf(o.dimensions().keySet())).containsSubsequence("SEX", "AGE");
      }
      checked++;
    }
    assertThat(checked).isEqualTo(5);
  }

  @Test
  void readsEveryUnhcrAsylumApplicationWithItsProcedureAndCount() throws IOException {
    Path file =
        SharedData.data(STATS + "unhcr-refugee-statistics/unhcr-HDX_AsylumApplications.csv");
    List<List<String>> rows = csv(file, StandardCharsets.UTF_8);
    Run run = run(file, "unhcr-asylum-applications");
    assertThat(run.read()).isEqualTo(rows.size() - 1);
    assertThat(run.written() + run.rejected() + run.blank()).isEqualTo(rows.size() - 1);
    assertThat(run.rejected()).isZero();
    for (int i : new int[] {1, 100, rows.size() - 1}) {
      List<String> r = rows.get(i);
      Observation o = only(run.dataset(i + 1));
      assertThat(o.dimensions())
          .containsEntry("TIME_PERIOD", r.get(0))
          .containsEntry("ORIGIN", r.get(1))
          .containsEntry("REF_AREA", r.get(2))
          .containsEntry("PROCEDURE_TYPE", r.get(3))
          .containsEntry("APPLICATION_TYPE", r.get(4))
          .containsEntry("DATA_TYPE", r.get(5));
      assertThat(o.value()).contains(new BigDecimal(r.get(7)));
    }
  }

  @Test
  void eachUnhcrSpecRefusesTheLayoutsOfTheOthers() throws IOException {
    Path dir = SharedData.data(STATS + "unhcr-refugee-statistics");
    Map<String, String> readers =
        Map.of(
            "unhcr-HDX_EndYearPopulationTotals.csv",
            "unhcr-population-totals",
            "unhcr-HDX_Demographics.csv",
            "unhcr-demographics",
            "unhcr-HDX_AsylumApplications.csv",
            "unhcr-asylum-applications");
    for (var file : readers.keySet()) {
      for (String spec : MappingSpec.bundledNames()) {
        MappingSpec s = MappingSpec.bundled(spec).orElseThrow();
        assertThat(s.readsLayoutOf(dir.resolve(file)))
            .as(spec + " on " + file)
            .isEqualTo(spec.equals(readers.get(file)));
      }
    }
    Run wrong = run(dir.resolve("unhcr-HDX_AsylumApplications.csv"), "unhcr-solutions");
    assertThat(wrong.read()).isEqualTo(1);
    assertThat(wrong.issues())
        .singleElement()
        .satisfies(i -> assertThat(i.ruleId().value()).isEqualTo("MG-TAB-005"));
  }

  /**
   * Reading the header once per way of opening it finds the same specs as opening the file once per
   * spec (the UNHCR and Eurostat tables), and only its own edition's spec for a UN DESA workbook.
   */
  @Test
  @org.mignet.formats.WithXlsx
  void findsTheSameReadersOpeningTheFileOncePerWayOfReadingItsHeader() throws IOException {
    List<MappingSpec> all =
        MappingSpec.bundledNames().stream().map(n -> MappingSpec.bundled(n).orElseThrow()).toList();
    Path workbook =
        SharedData.data(
            STATS
                + "un-desa-international-migrant-stock-2024/"
                + "UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx");
    assertThat(MappingSpec.readingLayoutOf(workbook, all))
        .extracting(MappingSpec::name)
        .containsExactly("undesa-ims-2024");
    List<Path> files =
        List.of(
            SharedData.data(STATS + "unhcr-refugee-statistics/unhcr-HDX_Demographics.csv"),
            SharedData.data(
                STATS + "eurostat-by-citizenship-2012-2016/migr_eirfs_Data_allcitizenships.csv"));
    for (Path file : files) {
      List<String> oneByOne = new java.util.ArrayList<>();
      for (MappingSpec s : all) {
        try {
          if (s.readsLayoutOf(file)) {
            oneByOne.add(s.name());
          }
        } catch (RuntimeException e) {
          // a spec that cannot open the file does not read it
        }
      }
      assertThat(MappingSpec.readingLayoutOf(file, all))
          .extracting(MappingSpec::name)
          .as("%s", file.getFileName())
          .isNotEmpty()
          .containsExactlyElementsOf(oneByOne);
    }
  }

  /**
   * The HDX layouts of asylum decisions and solutions, header and HXL row as UNHCR's HDX scraper
   * publishes them.
   */
  @Test
  void readsTheUnhcrDecisionsAndSolutionsLayoutsSkippingTheirHashtagRow() {
    String decisions =
        "\"Year\",\"ISO3CoO\",\"ISO3CoA\",\"ProcedureType\",\"DecisionType\",\"DecisionDataType\","
            + "\"DecisionsAveragePersonsPerCase\",\"Recognized\",\"RecognizedOther\",\"OtherwiseClosed\",\"Rejected\","
            + "\"TotalDecided\"\n\"#date+year\",\"#country+origin+code\",\"#country+asylum+code\","
            + "\"#indicator+procedure_type\",\"#indicator+decision_type\",\"#indicator+decision_data_type+code\","
            + "\"#indicator+decision_average_persons+num\",\"#inneed+asylum_seekers+recognized\","
            + "\"#inneed+asylum_seekers+recognized_other\",\"#inneed+asylum_seekers+otherwise_closed\","
            + "\"#inneed+asylum_seekers+rejected\",\"#inneed+asylum_seekers+total_decided\"\n"
            + "2000,\"AFG\",\"IRN\",\"G\",\"FI\",\"P\",\"0\",82638,3925,0,147063,233626\n";
    List<ReadResult> d =
        MappingSpecTestAccess.read(
            MappingSpec.bundled("unhcr-asylum-decisions").orElseThrow(), decisions);
    assertThat(d)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.issues())
                    .singleElement()
                    .satisfies(
                        i -> {
                          assertThat(i.ruleId().value()).isEqualTo("MG-TAB-029");
                          assertThat(i.location().line()).isEqualTo(2L);
                        }));
    Dataset row = (Dataset) ((ReadResult.Ok) d.get(0)).record();
    assertThat(find(row, Map.of("DECISION", "REC")).value()).contains(new BigDecimal("82638"));
    assertThat(find(row, Map.of("DECISION", "REJ")).value()).contains(new BigDecimal("147063"));
    assertThat(find(row, Map.of("DECISION", "_T")).dimensions())
        .containsEntry("DECISION_TYPE", "FI")
        .containsEntry("ORIGIN", "AFG")
        .containsEntry("REF_AREA", "IRN")
        .containsEntry("TIME_PERIOD", "2000");
    String solutions =
        "\"Year\",\"ISO3CoO\",\"ISO3CoA\",\"RST\",\"NAT\",\"RET\",\"RDP\"\n\"#date+year\","
            + "\"#country+origin+code\",\"#country+asylum+code\",\"#affected+resettled\",\"#affected+naturalized\","
            + "\"#affected+refugees+returnees\",\"#affected+idps+returnees\"\n1992,\"UKN\",\"PAK\",0,0,50,0\n";
    List<ReadResult> s =
        MappingSpecTestAccess.read(MappingSpec.bundled("unhcr-solutions").orElseThrow(), solutions);
    assertThat(s).hasSize(1);
    Dataset sol = (Dataset) ((ReadResult.Ok) s.get(0)).record();
    assertThat(find(sol, Map.of("SOLUTION", "RET")).value()).contains(new BigDecimal("50"));
    assertThat(find(sol, Map.of("SOLUTION", "RET")).dimensions()).containsEntry("ORIGIN", "UKN");
  }

  // ---------------------------------------------------------------- World Bank (JSON)

  @Test
  void readsEveryWorldBankRecordWithItsCountryYearAndValue() throws IOException {
    Path file = SharedData.data(STATS + "worldbank-migrant-stock/wb_SM_POP_TOTL.json");
    JsonNode records = new ObjectMapper().readTree(file.toFile()).get(1);
    Run run = run(file, "worldbank-indicator");
    assertThat(run.read()).isEqualTo(records.size());
    assertThat(run.written() + run.rejected()).isEqualTo(records.size());
    List<Dataset> written =
        run.byRow().values().stream()
            .filter(ReadResult.Ok.class::isInstance)
            .map(r -> (Dataset) ((ReadResult.Ok) r).record())
            .toList();
    int checked = 0;
    for (JsonNode rec : records) {
      if (!rec.path("countryiso3code").asText().matches("AFG|DEU|WLD") || checked >= 9) {
        continue;
      }
      Observation o =
          written.stream()
              .map(StatisticsConformanceTest::only)
              .filter(
                  x ->
                      rec.get("countryiso3code").asText().equals(x.dimensions().get("REF_AREA"))
                          && x.dimensions().get("TIME_PERIOD").equals(rec.get("date").asText()))
              .findFirst()
              .orElseThrow();
      if (rec.get("value").isNull()) {
        assertThat(o.value()).isEmpty();
      } else {
        assertThat(o.value()).contains(rec.get("value").decimalValue());
      }
      checked++;
    }
    assertThat(checked).isEqualTo(9);
  }
}

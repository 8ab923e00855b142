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
package org.mignet.formats.mmp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Incident;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Place;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.tabular.SharedData;
import org.mignet.formats.tabular.SimpleCsv;

/**
 * Conformance on every file of {@code ../shared/data/missing-migrants}: the 2020 and 2021 "Global"
 * exports, the three 2023 per-year exports, the 2017 dataset ({@code older-layouts/}) and the API
 * JSON of 2014-2023 ({@code api-json/}). The test parses each file itself (its own RFC 4180 loop, a
 * Jackson tree) to count the rows and to read the cells it compares with what mignet read; it never
 * asks mignet how many rows there are.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class MmpConformanceTest {

  private static final Path DIR = SharedData.data("missing-migrants");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where each layout keeps what the test checks, as the file's own header names it: the test's
   * knowledge of the layouts, independent of mignet's.
   */
  record Layout(
      String id,
      String date,
      DateTimeFormatter dateForm,
      boolean dateIsReported,
      String year,
      String dead,
      String missing,
      String total,
      String females,
      String males,
      String children,
      String region,
      String coordinates,
      String lat,
      String lon) {}

  private static final Layout GLOBAL_2020 =
      new Layout(
          "Web ID",
          "Reported Date",
          DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.ENGLISH),
          true,
          "Reported Year",
          "Number Dead",
          "Minimum Estimated Number of Missing",
          "Total Dead and Missing",
          "Number of Females",
          "Number of Males",
          "Number of Children",
          "Region of Incident",
          "Location Coordinates",
          null,
          null);
  private static final Layout GLOBAL_2021 =
      new Layout(
          "Web ID",
          "Reported Date",
          DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.ENGLISH),
          true,
          "Reported Year",
          "Number Dead",
          "Minimum Estimated Number of Missing",
          "Total Dead and Missing",
          "Number of Females",
          "Number of Males",
          "Number of Children",
          "Region",
          "Location Coordinates",
          null,
          null);
  private static final Layout PER_YEAR_2023 =
      new Layout(
          "Incident ID",
          "Incident Date",
          DateTimeFormatter.ofPattern("EEE, MM/dd/yyyy - HH:mm", Locale.ENGLISH),
          false,
          "Year",
          "Number Dead",
          "Minimum Estimated Number of Missing",
          "Total Number of Dead and Missing",
          "Number of Females",
          "Number of Males",
          "Number of Children",
          "Region",
          "Coordinates",
          null,
          null);
  private static final Layout GLOBAL_2017 =
      new Layout(
          "id",
          "date",
          DateTimeFormatter.ofPattern("dd/MM/yyyy"),
          true,
          null,
          "dead",
          "missing",
          null,
          null,
          null,
          null,
          "incident_region",
          null,
          "lat",
          "lon");
  private static final Layout API =
      new Layout(
          "web_id",
          "reported_date",
          DateTimeFormatter.ISO_LOCAL_DATE,
          true,
          null,
          "number_dead",
          "number_missing",
          "total_dead_and_missing",
          "number_of_female",
          "number_of_male",
          "number_of_children",
          "region",
          "location_coodinates",
          null,
          null);

  static Stream<Path> everyFile() throws IOException {
    try (Stream<Path> s = Files.walk(DIR)) {
      List<Path> files =
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json"))
              .sorted()
              .toList();
      // guards the walk itself: 5 exports, the 2017 dataset, 10 years of API JSON
      assertThat(files).hasSize(16);
      return files.stream();
    }
  }

  private static Layout layoutOf(Path file, List<String> header) {
    if (file.toString().endsWith(".json")) {
      return API;
    }
    if (header.contains("Region of Incident")) {
      return GLOBAL_2020;
    }
    if (header.contains("Web ID")) {
      return GLOBAL_2021;
    }
    if (header.contains("Main ID")) {
      return PER_YEAR_2023;
    }
    return GLOBAL_2017;
  }

  /**
   * Every row of a CSV file or object of a JSON array, as header → cell, parsed by the test itself.
   */
  static List<Map<String, String>> rows(Path file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    if (file.toString().endsWith(".json")) {
      JsonNode array = JSON.readTree(file.toFile());
      for (JsonNode o : array) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          row.put(e.getKey(), e.getValue().asText());
        }
        out.add(row);
      }
      return out;
    }
    List<List<String>> records = SimpleCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
    List<String> header = records.get(0);
    for (List<String> r : records.subList(1, records.size())) {
      assertThat(r)
          .as("every row of %s has the header's width", file.getFileName())
          .hasSize(header.size());
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.get(i));
      }
      out.add(row);
    }
    return out;
  }

  private static List<ReadResult> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = Formats.named("mmp").reader(in, file.getFileName().toString())) {
      List<ReadResult> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  private static Integer count(String cell) {
    return cell == null || cell.isBlank() ? null : Integer.valueOf(cell.strip().replace(",", ""));
  }

  private static LocalDate day(Layout l, Map<String, String> row) {
    String v = row.get(l.date());
    return v == null || v.isBlank() ? null : LocalDate.parse(v.strip(), l.dateForm());
  }

  /** Whole degrees both ways, as the test reads the cells. */
  private static boolean rounded(Layout l, Map<String, String> row) {
    String lat;
    String lon;
    if (l.coordinates() != null) {
      String c = row.getOrDefault(l.coordinates(), "");
      if (!c.contains(",")) {
        return false;
      }
      lat = c.substring(0, c.indexOf(',')).strip();
      lon = c.substring(c.indexOf(',') + 1).strip();
    } else {
      lat = row.get(l.lat());
      lon = row.get(l.lon());
      if (lat.isBlank() || lon.isBlank()) {
        return false;
      }
    }
    double a = Double.parseDouble(lat);
    double b = Double.parseDouble(lon);
    return a == Math.rint(a) && b == Math.rint(b);
  }

  private static boolean totalDisagrees(Layout l, Map<String, String> row) {
    if (l.total() == null || count(row.get(l.total())) == null) {
      return false;
    }
    Integer dead = count(row.get(l.dead()));
    Integer missing = count(row.get(l.missing()));
    int total = count(row.get(l.total()));
    return dead != null && missing != null
        ? dead + missing != total
        : (dead != null && dead > total) || (missing != null && missing > total);
  }

  private static void same(List<String> wrong, String what, Object expected, Object actual) {
    if (!java.util.Objects.equals(expected, actual)) {
      wrong.add(what + ": expected " + expected + ", read " + actual);
    }
  }

  @ParameterizedTest
  @MethodSource("everyFile")
  void everyFileIsSniffedAsMmpWithoutFrom(Path file) {
    assertThat(Formats.sniff(file).map(Format::name))
        .as(file.getFileName().toString())
        .contains("mmp");
  }

  @ParameterizedTest
  @MethodSource("everyFile")
  void everyRowIsAnIncidentOrARejectionWithItsLineAndTheCellsAreReadAsTheFileWritesThem(Path file)
      throws IOException {
    List<Map<String, String>> rows = rows(file);
    Layout l = layoutOf(file, rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet()));
    List<ReadResult> results = read(file);
    assertThat(results).as("one result per row the test counted").hasSize(rows.size());

    long noDate = 0;
    // API objects, member for member in file order, with the identifiers mignet gave them
    Map<List<Map.Entry<String, String>>, Set<String>> idsByObject = new HashMap<>();
    // plain comparisons collected, then asserted once: tens of thousands of cells stay fast
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      ReadResult r = results.get(i);
      String at = file.getFileName() + " row " + (i + 1) + " ";
      if (r.location().lineNumber().isEmpty()) {
        wrong.add(at + "has no line");
      }
      if (day(l, row) == null) {
        // an empty date is reported with its line, never read into another date or dropped
        noDate++;
        if (!(r instanceof ReadResult.Failed)
            || r.issues().stream().noneMatch(x -> x.ruleId().value().equals("MG-MMP-009"))) {
          wrong.add(at + "has no date and is not refused for it: " + r.issues());
        }
        continue;
      }
      if (!(r instanceof ReadResult.Ok ok)) {
        wrong.add(at + "is refused: " + r.issues());
        continue;
      }
      Incident inc = (Incident) ok.record();
      if (l == API) {
        // web_id is the Main ID; the incident's own identifier starts with it and is checked across
        // rows below
        same(wrong, at + "main id", row.get(l.id()).strip(), inc.mainId().orElse(null));
        if (!inc.meta().identifier().value().startsWith(row.get(l.id()).strip() + "~")) {
          wrong.add(
              at + "id " + inc.meta().identifier().value() + " does not start with its web_id");
        }
        idsByObject
            .computeIfAbsent(List.copyOf(row.entrySet()), k -> new HashSet<>())
            .add(inc.meta().identifier().value());
      } else {
        same(wrong, at + "id", row.get(l.id()).strip(), inc.meta().identifier().value());
      }
      // a date and a year
      Optional<PartialDate> date = l.dateIsReported() ? inc.reportedDate() : inc.date();
      same(wrong, at + "date", day(l, row), date.map(PartialDate::earliest).orElse(null));
      if (l.year() != null) {
        same(
            wrong,
            at + "year",
            Integer.valueOf(row.get(l.year())),
            date.map(PartialDate::year).orElse(null));
      }
      // numbers of dead and missing, the sex and child breakdown
      same(wrong, at + "dead", count(row.get(l.dead())), inc.dead().orElse(null));
      same(wrong, at + "missing", count(row.get(l.missing())), inc.missing().orElse(null));
      if (l.total() != null) {
        same(
            wrong, at + "total", count(row.get(l.total())), inc.totalDeadAndMissing().orElse(null));
      }
      if (l.females() != null) {
        same(wrong, at + "females", count(row.get(l.females())), inc.females().orElse(null));
        same(wrong, at + "males", count(row.get(l.males())), inc.males().orElse(null));
        same(wrong, at + "children", count(row.get(l.children())), inc.children().orElse(null));
      }
      // the region: as written, or the MMP category its spelling resolves to
      String region = row.get(l.region()).strip();
      same(
          wrong,
          at + "region",
          region.isEmpty() ? null : MmpCodeList.regions().resolve(region).code().orElse(region),
          inc.region().orElse(null));
      // the position, rounded or not, is kept
      same(
          wrong,
          at + "rounded position",
          rounded(l, row),
          inc.place().flatMap(Place::coordinates).map(Coordinates::isIntegerRounded).orElse(false));
    }
    assertThat(wrong).isEmpty();
    if (l == API) {
      // one identifier per distinct object, and no two distinct objects under one identifier
      assertThat(idsByObject.values())
          .as("identifiers per distinct object")
          .allSatisfy(ids -> assertThat(ids).hasSize(1));
      assertThat(idsByObject.values().stream().flatMap(Set::stream).distinct().count())
          .as("distinct identifiers")
          .isEqualTo(idsByObject.size());
    }
    long ok = results.stream().filter(r -> r instanceof ReadResult.Ok).count();
    assertThat(ok + noDate)
        .as("every row is an incident except those without a date")
        .isEqualTo(rows.size());
    System.out.printf(
        "%s: %d rows, %d incidents, %d rejected%n", file.getFileName(), rows.size(), ok, noDate);
  }

  @ParameterizedTest
  @MethodSource("everyFile")
  void aConversionAccountsForEveryRowAndReportsTotalsAndRoundedPositionsWithoutDroppingThem(
      Path file) throws IOException {
    List<Map<String, String>> rows = rows(file);
    Layout l = layoutOf(file, rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet()));
    long noDate = rows.stream().filter(r -> day(l, r) == null).count();
    long rounded = rows.stream().filter(r -> day(l, r) != null && rounded(l, r)).count();
    long badTotals = rows.stream().filter(r -> day(l, r) != null && totalDisagrees(l, r)).count();

    ConversionReport report;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(file)) {
      report =
          Conversion.from(Formats.named("mmp"))
              .to(Formats.named("mmp"))
              .validating(Validation.standard(), Profile.EXCHANGE)
              .maxIssues(Integer.MAX_VALUE)
              .run(in, file.getFileName().toString(), out);
    }
    assertThat(report.read()).isEqualTo(rows.size());
    assertThat(report.read()).isEqualTo(report.written() + report.rejected());
    assertThat(report.rejected()).isEqualTo(noDate);
    assertThat(
            report.issues().stream().filter(i -> i.ruleId().value().equals("MG-GEO-003")).count())
        .as("whole-degree positions are reported, not dropped")
        .isEqualTo(rounded);
    assertThat(
            report.issues().stream().filter(i -> i.ruleId().value().equals("MG-INC-001")).count())
        .as("totals that do not add up are reported")
        .isEqualTo(badTotals);
    // the file states who published it (an MMP layout is IOM's); when it was exported only the
    // site's download name says, so the API's and the 2017 dataset's records have no created time
    assertThat(report.issues()).noneMatch(i -> i.ruleId().value().equals("MG-META-010"));
    // the reader's own text (a cause or country as written) is MMP's, never personal data, so an
    // incident needs no legal basis to be exchanged
    assertThat(report.issues()).noneMatch(i -> i.ruleId().value().equals("MG-META-012"));
    boolean exportName =
        file.getFileName()
            .toString()
            .matches("MissingMigrants-Global-\\d{4}-\\d{2}-\\d{2}(T|--).*");
    assertThat(
            report.issues().stream().filter(i -> i.ruleId().value().equals("MG-META-011")).count())
        .isEqualTo(exportName ? 0 : report.written());
    System.out.printf(
        "%s: read %d, written %d, rejected %d, rounded %d, totals %d%n",
        file.getFileName(), report.read(), report.written(), report.rejected(), rounded, badTotals);
  }

  @Test
  void readsThe2017DatasetColumnByColumn() throws IOException {
    Path file = DIR.resolve("older-layouts/MissingMigrantsProject-kaggle-2017.csv");
    List<ReadResult> results = read(file);
    // line 2: 1,Presumed drowning,Middle East,Iraq,1,1,Mediterranean,05/11/2015,IOM
    // Greece,Verified,36.8915,27.2877
    Incident first = (Incident) ((ReadResult.Ok) results.get(0)).record();
    assertThat(first.meta().identifier().system()).isEqualTo("urn:mignet:mmp-2017");
    assertThat(first.meta().identifier().value()).isEqualTo("1");
    assertThat(first.meta().sourceOrganization()).contains("IOM Missing Migrants Project");
    assertThat(first.meta().created()).isEmpty();
    assertThat(first.causesOfDeath()).containsExactly("Drowning");
    assertThat(first.meta().extensions())
        .containsEntry("mmp:causeOfDeath", "Presumed drowning")
        .containsEntry("mmp:reliability", "Verified");
    assertThat(first.countriesOfOrigin()).containsExactly("IRQ");
    assertThat(first.missing()).contains(1);
    assertThat(first.dead()).contains(1);
    assertThat(first.region()).contains("Mediterranean");
    assertThat(first.reportedDate()).contains(PartialDate.of(2015, 11, 5));
    assertThat(first.date()).isEmpty();
    assertThat(first.sources()).containsExactly("IOM Greece");
    assertThat(first.sourceQuality())
        .as("reliability is another scale than source quality")
        .isEmpty();
    assertThat(first.place().flatMap(Place::coordinates))
        .contains(Coordinates.of(36.8915, 27.2877));
    assertThat(results.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .contains("MG-MMP-018");
    // line 3: 3,Fell from train,Central America & Mexico,Honduras,,1,Central America incl.
    // Mexico,03/11/2015,...
    Incident second = (Incident) ((ReadResult.Ok) results.get(1)).record();
    assertThat(second.region()).contains("Central America");
    assertThat(second.countriesOfOrigin()).containsExactly("HND");
    assertThat(second.missing()).isEmpty();
    assertThat(second.reportedDate()).contains(PartialDate.of(2015, 11, 3));
    assertThat(second.regionsOfOrigin()).containsExactly("Central America & Mexico");
    assertThat(second.meta().extensions()).containsEntry("mmp:reliability", "Partially Verified");
  }

  @Test
  void readsThe2020ExportWhoseRegionColumnIsRegionOfIncident() throws IOException {
    Path file = DIR.resolve("MissingMigrants-Global-2020-01-08T14-05-32.csv");
    // line 2: "52682","Mediterranean","January 05,
    // 2020","2020","Jan","4","1","5","51","","5","1","Drowning",...
    ReadResult r = read(file).get(0);
    assertThat(r.issues()).extracting(ri -> ri.ruleId().value()).doesNotContain("MG-MMP-002");
    Incident first = (Incident) ((ReadResult.Ok) r).record();
    assertThat(first.region()).contains("Mediterranean");
    assertThat(first.reportedDate()).contains(PartialDate.of(2020, 1, 5));
    assertThat(first.survivors()).contains(51);
    assertThat(first.females()).isEmpty();
    assertThat(first.males()).contains(5);
    assertThat(first.children()).contains(1);
    assertThat(first.sourceQuality()).contains(4);
  }

  @Test
  void readsCountriesOfOriginAndIncidentAsIsoCodes() throws IOException {
    // 2023 per-year export of 2021, line 3: ...,1,,1,,1,,,"South America","Vehicle accident /
    // ...",Ecuador,...
    Incident ecuador =
        (Incident)
            ((ReadResult.Ok)
                    read(DIR.resolve("MissingMigrants-Global-2023-12-07--16_48_56.csv")).get(1))
                .record();
    assertThat(ecuador.countriesOfOrigin()).containsExactly("ECU");
    assertThat(ecuador.regionsOfOrigin()).containsExactly("South America");
    assertThat(ecuador.females()).contains(1);
    assertThat(ecuador.males()).isEmpty();
    // API 2014, first object: "country_of_incident": "Myanmar", "number_of_children": "250"
    Incident myanmar =
        (Incident) ((ReadResult.Ok) read(DIR.resolve("api-json/2014-json.json")).get(0)).record();
    assertThat(myanmar.place().flatMap(Place::country)).contains("MMR");
    assertThat(myanmar.children()).contains(250);
    assertThat(myanmar.missing()).contains(750);
  }

  /**
   * The exports have no column saying when they were made: the site writes the export time in the
   * download's name, in the 2020/2021 form ({@code 2021-09-05T18-37-06}) and the 2023 one ({@code
   * 2023-12-07--16_48_56}); it becomes every record's created time, taken as UTC as the {@code
   * mmp-2021-incidents} spec takes it. A renamed file leaves it empty: never guessed.
   */
  @Test
  void takesEachRecordsCreatedTimeFromTheExportTimeInTheFileName() throws IOException {
    Map<String, String> expected =
        Map.of(
            "MissingMigrants-Global-2020-01-08T14-05-32.csv", "2020-01-08T14:05:32Z",
            "MissingMigrants-Global-2021-09-05T18-37-06.csv", "2021-09-05T18:37:06Z",
            "MissingMigrants-Global-2023-12-07--16_48_56.csv", "2023-12-07T16:48:56Z",
            "MissingMigrants-Global-2023-12-07--17_19_33.csv", "2023-12-07T17:19:33Z");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      List<Incident> incidents =
          read(DIR.resolve(e.getKey())).stream()
              .filter(r -> r instanceof ReadResult.Ok)
              .map(r -> (Incident) ((ReadResult.Ok) r).record())
              .toList();
      assertThat(incidents)
          .as(e.getKey())
          .hasSizeGreaterThan(rows(DIR.resolve(e.getKey())).size() * 9 / 10)
          .allSatisfy(
              i -> assertThat(i.meta().created()).contains(java.time.Instant.parse(e.getValue())));
    }
    Path file = DIR.resolve("MissingMigrants-Global-2023-12-07--16_48_56.csv");
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = Formats.named("mmp").reader(in, "incidents.csv")) {
      List<ReadResult> renamed = new ArrayList<>();
      r.forEachRemaining(renamed::add);
      assertThat(renamed)
          .filteredOn(x -> x instanceof ReadResult.Ok)
          .isNotEmpty()
          .allSatisfy(
              x ->
                  assertThat(((Incident) ((ReadResult.Ok) x).record()).meta().created()).isEmpty());
    }
  }
}

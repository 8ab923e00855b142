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
package org.mignet.formats.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.model.TraffickingCase;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.ctdc.internal.CtdcColumns;
import org.mignet.formats.tabular.SharedData;
import org.mignet.formats.tabular.SimpleCsv;
import org.mignet.formats.tabular.TableFormat;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/**
 * Conformance on every file of {@code ../shared/data/ctdc}: the excerpt of the real Global Dataset
 * of 14 April 2020 (its first header cell is the terms-of-use notice, every row starts with an
 * empty cell) and the 2017 and 2018 data dictionaries. The test parses the CSV itself to count rows
 * and read the cells it compares.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class CtdcConformanceTest {

  private static final Path DIR = SharedData.data("ctdc");
  private static final Path EXCERPT = DIR.resolve("ctdc-global-dataset-14apr2020-EXCERPT.csv");
  private static final List<Path> DICTIONARIES =
      List.of(
          DIR.resolve("CTDC DATA DICTIONARY version 28 11 2017_0.xlsx"),
          DIR.resolve("CTDC Global Dataset DATA DICTIONARY version 15082018.xlsx"));

  private static List<ReadResult> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = Formats.named(Ctdc.NAME).reader(in, file.getFileName().toString())) {
      List<ReadResult> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  @Test
  void theFolderHoldsTheFilesThisTestCovers() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      assertThat(
              s.filter(p -> !p.getFileName().toString().startsWith("PROVENANCE")).sorted().toList())
          .containsExactlyInAnyOrderElementsOf(
              Stream.concat(Stream.of(EXCERPT), DICTIONARIES.stream()).toList());
    }
  }

  @Test
  @org.mignet.formats.WithXlsx
  void theGlobalDatasetIsSniffedAsCtdcAndTheDictionariesAreNot() {
    assertThat(Formats.sniff(EXCERPT).map(Format::name)).contains(Ctdc.NAME);
    // a dictionary lists the variables down its rows: a workbook, not a CTDC table
    for (Path d : DICTIONARIES) {
      assertThat(Formats.sniff(d).map(Format::name))
          .as(d.getFileName().toString())
          .isNotEqualTo(java.util.Optional.of(Ctdc.NAME));
    }
  }

  @Test
  void everyRowOfTheGlobalDatasetIsACaseWithItsCellsReadAsTheDictionaryDefinesThem()
      throws IOException {
    List<List<String>> csv = SimpleCsv.parse(Files.readString(EXCERPT, StandardCharsets.UTF_8));
    List<String> header = csv.get(0);
    List<List<String>> rows = csv.subList(1, csv.size());
    List<ReadResult> results = read(EXCERPT);
    assertThat(results).hasSize(rows.size());
    assertThat(results.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .contains("MG-CTDC-013")
        .doesNotContain("MG-CTDC-001");

    int year = header.indexOf("yearOfRegistration");
    int gender = header.indexOf("gender");
    int age = header.indexOf("ageBroad");
    int majority = header.indexOf("majorityStatus");
    int citizenship = header.indexOf("citizenship");
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      String at = "row " + (i + 1) + " ";
      if (!(results.get(i) instanceof ReadResult.Ok ok)) {
        wrong.add(at + "refused: " + results.get(i).issues());
        continue;
      }
      if (results.get(i).location().lineNumber().isEmpty()) {
        wrong.add(at + "has no line");
      }
      TraffickingCase c = (TraffickingCase) ok.record();
      Person p = c.victims().get(0).person();
      same(
          wrong,
          at + "source",
          "Counter Trafficking Data Collaborative (CTDC)",
          c.meta().sourceOrganization().orElse(null));
      same(
          wrong,
          at + "year",
          Integer.valueOf(row.get(year)),
          c.opened().map(PartialDate::year).orElse(null));
      same(
          wrong,
          at + "gender",
          switch (row.get(gender)) {
            case "Female" -> "Feminine";
            case "Male" -> "Masculine";
            default -> null;
          },
          p.gender().orElse(null));
      same(
          wrong,
          at + "citizenship",
          row.get(citizenship).equals("-99")
              ? List.of()
              : List.of(new Locale("", row.get(citizenship)).getISO3Country()),
          p.citizenships());
      same(
          wrong,
          at + "age band",
          band(row.get(age), row.get(majority)),
          p.age().map(ReportedAge::range).orElse(null));
      // the column under the notice is empty in every row: nothing of it is kept
      same(wrong, at + "first cell", "", row.get(0));
      if (c.meta().extensions().containsKey("ctdc:column1")) {
        wrong.add(at + "keeps the empty first column");
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * The dictionary's bands: "18--20", "48+"; without one, majorityStatus Minor is 0-17 and Adult 18
   * and over.
   */
  private static AgeRange band(String ageBroad, String majority) {
    if (ageBroad.matches("\\d+--\\d+")) {
      String[] p = ageBroad.split("--");
      return AgeRange.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }
    if (ageBroad.matches("\\d+\\+")) {
      return AgeRange.of(Integer.parseInt(ageBroad.substring(0, ageBroad.length() - 1)), 150);
    }
    return switch (majority) {
      case "Minor" -> AgeRange.of(0, 17);
      case "Adult" -> AgeRange.of(18, 150);
      default -> null;
    };
  }

  private static void same(List<String> wrong, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      wrong.add(what + ": expected " + expected + ", read " + actual);
    }
  }

  @Test
  void aConversionOfTheGlobalDatasetAccountsForEveryRow() throws IOException {
    long rows = SimpleCsv.parse(Files.readString(EXCERPT, StandardCharsets.UTF_8)).size() - 1;
    ConversionReport report;
    try (InputStream in = Files.newInputStream(EXCERPT)) {
      report =
          Conversion.from(Formats.named(Ctdc.NAME))
              .to(Formats.named("json"))
              .run(in, EXCERPT.getFileName().toString(), new ByteArrayOutputStream());
    }
    assertThat(report.read()).isEqualTo(rows);
    assertThat(report.written()).isEqualTo(rows);
    assertThat(report.read()).isEqualTo(report.written() + report.rejected());
  }

  @Test
  @org.mignet.formats.WithXlsx
  void theReaderKnowsEveryVariableTheDictionariesDefineAndTheDictionariesAreRefusedAsData()
      throws IOException {
    for (Path d : DICTIONARIES) {
      List<String> variables = new ArrayList<>();
      try (TableReader r =
          TableReader.builder().format(TableFormat.XLSX).sheet(0).headerRow(1).open(d)) {
        assertThat(r.header().get(0).strip()).isEqualTo("Variable name");
        while (r.hasNext()) {
          TableRow row = r.next();
          if (!row.isBlank() && !row.cell(0).isBlank()) {
            variables.add(row.cell(0).strip());
          }
        }
      }
      assertThat(variables)
          .as(d.getFileName().toString())
          .hasSize(62)
          .allSatisfy(v -> assertThat(CtdcColumns.resolve(v)).as(v).isPresent());
      // a dictionary names no CTDC variable in its header row: one refusal naming what was
      // expected, no cases
      List<ReadResult> results = read(d);
      assertThat(results).singleElement().isInstanceOf(ReadResult.Failed.class);
      assertThat(results.get(0).issues())
          .extracting(ri -> ri.ruleId().value())
          .containsExactly("MG-CTDC-006");
      assertThat(results.get(0).issues().get(0).message()).contains("yearOfRegistration");
    }
  }

  @Test
  void aMissingMigrantsExportGivenAsCtdcIsOneRefusalNotThousandsOfEmptyCases() throws IOException {
    List<ReadResult> results =
        read(SharedData.data("missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv"));
    assertThat(results).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(results.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-CTDC-006");
  }
}

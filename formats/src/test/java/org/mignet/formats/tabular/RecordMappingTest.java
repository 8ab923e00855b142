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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.model.Incident;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.Sex;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class RecordMappingTest {

  private static final String MMP_2021 =
      "missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv";

  private static List<ReadResult> readAll(RecordReader reader) {
    List<ReadResult> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  private static MappingSpec spec(String json) {
    return MappingSpec.parse(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void theMmp2021SpecTurnsEveryRowOfTheRealExportIntoAnIncidentOrARejection() throws IOException {
    Path file = SharedData.data(MMP_2021);
    ConversionReport report;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(file)) {
      Format csv = Formats.named("csv");
      Format ndjson = Formats.named("ndjson");
      report =
          Conversion.from(csv)
              .to(ndjson)
              .options(
                  FormatOptions.none()
                      .with(FormatOptions.MAPPING, Path.of("mmp-2021-incidents"))
                      .forConversion(csv, ndjson))
              .run(in, file.getFileName().toString(), out);
    }
    System.out.println(
        "mmp-2021-incidents: read "
            + report.read()
            + ", written "
            + report.written()
            + ", rejected "
            + report.rejected());
    assertThat(report.read()).isEqualTo(8810);
    assertThat(report.read()).isEqualTo(report.written() + report.rejected());
    assertThat(report.written()).isEqualTo(8810);
    assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(report.written());
  }

  @Test
  void theMmp2021SpecMapsEveryColumnKeepingTheCauseOfDeathAsWrittenNotAsAnExtension()
      throws IOException {
    Path file = SharedData.data(MMP_2021);
    // the test's own reading: the rows whose Cause of Death is filled, and the first row's
    List<List<String>> rows = SimpleCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
    int cause = rows.get(0).indexOf("Cause of Death");
    long withCause = rows.stream().skip(1).filter(r -> !r.get(cause).isBlank()).count();
    assertThat(withCause).isEqualTo(8660);
    Map<String, Long> rules = new TreeMap<>();
    Incident first = null;
    long incidents = 0;
    long causes = 0;
    long extended = 0;
    try (InputStream in = Files.newInputStream(file);
        RecordReader r =
            Mapping.read(
                in,
                file.getFileName().toString(),
                MappingSpec.bundled("mmp-2021-incidents").orElseThrow())) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        if (res instanceof ReadResult.Ok ok) {
          Incident i = (Incident) ok.record();
          first = first == null ? i : first;
          incidents++;
          causes += i.causesOfDeath().isEmpty() ? 0 : 1;
          extended += i.meta().extensions().isEmpty() ? 0 : 1;
        }
        for (Issue i : res.issues()) {
          rules.merge(i.ruleId().value(), 1L, Long::sum);
        }
      }
    }
    assertThat(rules).isEmpty();
    assertThat(incidents).isEqualTo(rows.size() - 1);
    assertThat(causes).isEqualTo(withCause);
    assertThat(extended).isZero();
    assertThat(first.causesOfDeath()).containsExactly(rows.get(1).get(cause));
    assertThat(first.causesOfDeath()).containsExactly("Presumed drowning");
    assertThat(first.meta().identifier().value()).isEqualTo("58641");
    assertThat(first.reportedDate()).contains(PartialDate.of(2021, 8, 31));
    assertThat(first.place().orElseThrow().coordinates().orElseThrow().latitude())
        .isEqualTo(28.025544671905);
    assertThat(first.urls())
        .containsExactly(
            "https://archive.ph/90ig8", "https://archive.ph/c8hjd", "https://archive.ph/zDCGu");
  }

  @Test
  void theMmp2021SpecAgreesWithTheDedicatedMmpReaderOnTheFieldsBothFill() throws IOException {
    Path file = SharedData.data(MMP_2021);
    long compared = 0;
    long differing = 0;
    List<String> differences = new ArrayList<>();
    try (InputStream a = Files.newInputStream(file);
        InputStream b = Files.newInputStream(file);
        RecordReader spec =
            Mapping.read(a, "mmp.csv", MappingSpec.bundled("mmp-2021-incidents").orElseThrow());
        RecordReader dedicated = Formats.named("mmp").reader(b, "mmp.csv")) {
      while (spec.hasNext() && dedicated.hasNext()) {
        ReadResult x = spec.next();
        ReadResult y = dedicated.next();
        if (x instanceof ReadResult.Ok ox && y instanceof ReadResult.Ok oy) {
          compared++;
          String d = differences((Incident) ox.record(), (Incident) oy.record());

          if (!d.isEmpty()) {
            differing++;
            if (differences.size() < 10) {
              differences.add(((Incident) oy.record()).meta().identifier().value() + ": " + d);
            }
          }
        }
      }
      assertThat(spec.hasNext()).isEqualTo(dedicated.hasNext());
    }
    System.out.println(
        "mmp-2021-incidents vs mmp reader: "
            + compared
            + " compared, "
            + differing
            + " differ "
            + differences);
    assertThat(compared).isGreaterThan(8000);
    assertThat(differences).isEmpty();
  }

  /**
   * @return the fields both readers fill that differ, or ""
   */
  private static String differences(Incident s, Incident m) {
    List<String> out = new ArrayList<>();
    check(out, "identifier", s.meta().identifier(), m.meta().identifier());
    check(out, "sensitivity", s.meta().sensitivity(), m.meta().sensitivity());
    check(out, "sourceOrganization", s.meta().sourceOrganization(), m.meta().sourceOrganization());
    check(out, "reportedDate", s.reportedDate(), m.reportedDate());
    check(out, "place", s.place(), m.place());
    check(out, "region", s.region(), m.region());
    check(out, "unsdGrouping", s.unsdGrouping(), m.unsdGrouping());
    check(out, "route", s.route(), m.route());
    check(out, "dead", s.dead(), m.dead());
    check(out, "missing", s.missing(), m.missing());
    check(out, "total", s.totalDeadAndMissing(), m.totalDeadAndMissing());
    check(out, "survivors", s.survivors(), m.survivors());
    check(out, "females", s.females(), m.females());
    check(out, "males", s.males(), m.males());
    check(out, "children", s.children(), m.children());
    check(out, "sources", s.sources(), m.sources());
    check(out, "urls", s.urls(), m.urls());
    check(out, "sourceQuality", s.sourceQuality(), m.sourceQuality());
    return String.join(", ", out);
  }

  private static void check(List<String> out, String field, Object a, Object b) {
    if (!java.util.Objects.equals(a, b)) {
      out.add(field);
    }
  }

  private static final String PERSONS_SPEC =
      """
      {
        "mappingSpec": "1.0",
        "name": "partenaire-personnes",
        "recordType": "Person",
        "constants": {"/meta/identifier/system": "https://partenaire.example/personnes", "/names/0/use": "PRIMARY"},
        "missingValues": ["inconnu", "-"],
        "columns": [
          {"column": "Numéro", "to": "/meta/identifier/value", "required": true},
          {"column": "Nom", "to": "/names/0/familyNames", "split": " "},
          {"column": "Prénoms", "to": "/names/0/givenNames", "split": ","},
          {"column": "Sexe", "to": "/sex", "values": {"femme": "FEMALE", "f": "FEMALE", "homme": "MALE", "h": "MALE"}},
          {"column": "Date de naissance", "to": "/birthDate", "dateFormats": ["excel", "dd/MM/yyyy"]},
          {"column": "Nationalités", "to": "/citizenships", "split": ";", "codeList": "iso3166"},
          {"column": "Apatride", "to": "/stateless"}
        ]
      }
      """;

  private static byte[] personsWorkbook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.xlsx().sheetName("Personnes").open(out)) {
      w.writeRow(
          "Numéro",
          "Nom",
          "Prénoms",
          "Sexe",
          "Date de naissance",
          "Nationalités",
          "Apatride",
          "Remarque");
      // 33010 = 1990-05-17 as an Excel day serial
      w.writeRow(
          "P-001",
          "Diallo",
          "Aminata, Fatou",
          "Femme",
          "33010",
          "Sénégal; Côte d'Ivoire",
          "non",
          "x");
      w.writeRow("P-002", "Benali", "Youssef", "H", "12/03/1985", "Maroc", "", "");
      w.writeRow("P-003", "Kouassi", "Jean", "homme", "pas une date", "Côte d'Ivoire", "non", "");
      w.writeRow("P-004", "Haddad", "Rania", "F", "inconnu", "Érythrée", "oui", "");
    }
    return out.toByteArray();
  }

  @Test
  @org.mignet.formats.WithXlsx
  void aPartnerWorkbookOfPersonsMapsToPersonRecordsAndABadDateIsReportedWithItsLineAndColumn() {
    List<ReadResult> results =
        readAll(
            Mapping.read(
                new ByteArrayInputStream(personsWorkbook()), "personnes.xlsx", spec(PERSONS_SPEC)));
    assertThat(results).hasSize(4);

    Person p1 = (Person) ((ReadResult.Ok) results.get(0)).record();
    assertThat(p1.meta().identifier().value()).isEqualTo("P-001");
    assertThat(p1.names().get(0).familyNames()).containsExactly("Diallo");
    assertThat(p1.names().get(0).givenNames()).containsExactly("Aminata", "Fatou");
    assertThat(p1.sex()).isEqualTo(Sex.FEMALE);
    assertThat(p1.birthDate()).contains(PartialDate.of(1990, 5, 17));
    assertThat(p1.citizenships()).containsExactly("SEN", "CIV");
    assertThat(p1.stateless()).contains(false);
    assertThat(results.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-TAB-015");
    assertThat(results.get(0).issues().get(0).message()).contains("Remarque", "dropped");

    Person p2 = (Person) ((ReadResult.Ok) results.get(1)).record();
    assertThat(p2.birthDate()).contains(PartialDate.of(1985, 3, 12));
    assertThat(p2.citizenships()).containsExactly("MAR");
    assertThat(p2.stateless()).isEmpty();
    assertThat(p2.meta().extensions()).isEmpty();

    ReadResult bad = results.get(2);
    assertThat(bad).isInstanceOf(ReadResult.Failed.class);
    Issue date = bad.issues().get(0);
    assertThat(date.ruleId().value()).isEqualTo("MG-TAB-007");
    assertThat(date.location().line()).isEqualTo(4);
    assertThat(date.location().column()).isEqualTo(5);
    assertThat(date.pointer()).isEqualTo("/birthDate");
    assertThat(date.message()).contains("Date de naissance").doesNotContain("pas une date");

    Person p4 = (Person) ((ReadResult.Ok) results.get(3)).record();
    assertThat(p4.birthDate()).isEmpty();
    assertThat(p4.citizenships()).containsExactly("ERI");
    assertThat(p4.stateless()).contains(true);
  }

  @Test
  @org.mignet.formats.WithXlsx
  void withLenientUnmappedColumnsAreKeptInMetaExtensions() {
    List<ReadResult> results =
        readAll(
            Mapping.read(
                new ByteArrayInputStream(personsWorkbook()),
                "personnes.xlsx",
                spec(PERSONS_SPEC),
                null,
                null,
                true));
    Person p1 = (Person) ((ReadResult.Ok) results.get(0)).record();
    assertThat(p1.meta().extensions()).containsEntry("tab:Remarque", "x");
    assertThat(results.get(0).issues().get(0).message()).contains("tab:Remarque");
  }

  @Test
  void aRowTheModelRejectsNamesItsLineColumnAndPointer() {
    String csv =
        "id,lat lon,sensitivity\n1,\"12.5,\",PUBLIC\n2,\"1, 2\",SECRET\n3,\"1; 2\",PUBLIC\n4,\"1, 2\",\n";
    MappingSpec s =
        spec(
            """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Incident",
         "constants": {"/meta/identifier/system": "s"},
         "columns": [
           {"column": "id", "to": "/meta/identifier/value"},
           {"column": "lat lon", "to": ["/place/coordinates/latitude", "/place/coordinates/longitude"],
            "pattern": "\\\\s*(-?[0-9.]+)\\\\s*,\\\\s*(-?[0-9.]+)?\\\\s*",
            "set": {"/place/coordinates/precision": "APPROXIMATE"}},
           {"column": "sensitivity", "to": "/meta/sensitivity", "values": {"secret": "SECRET"}, "strictValues": false}]}
        """);
    List<ReadResult> results =
        readAll(
            Mapping.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", s));
    assertThat(results).hasSize(4);
    Issue longitude = results.get(0).issues().get(0);
    assertThat(longitude.ruleId().value()).isEqualTo("MG-TAB-013");
    assertThat(longitude.location().line()).isEqualTo(2);
    assertThat(longitude.location().column()).isEqualTo(2);
    assertThat(longitude.pointer()).isEqualTo("/place/coordinates/longitude");
    assertThat(longitude.message()).contains("Incident", "MG-READ-");
    Issue sensitivity = results.get(1).issues().get(0);
    assertThat(sensitivity.ruleId().value()).isEqualTo("MG-TAB-013");
    assertThat(sensitivity.location().column()).isEqualTo(3);
    assertThat(sensitivity.pointer()).isEqualTo("/meta/sensitivity");
    Issue pattern = results.get(2).issues().get(0);
    assertThat(pattern.ruleId().value()).isEqualTo("MG-TAB-019");
    assertThat(pattern.location().column()).isEqualTo(2);
    Incident ok = (Incident) ((ReadResult.Ok) results.get(3)).record();
    assertThat(ok.place().orElseThrow().coordinates().orElseThrow().precision().name())
        .isEqualTo("APPROXIMATE");
  }

  @Test
  void aRecordSpecWithAPathTheRecordTypeDoesNotHaveIsRefusedWhenRead() {
    assertThatThrownBy(
            () ->
                spec(
                    """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Incident",
         "columns": [{"column": "x", "to": "/deaths"}]}"""))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.ruleId().value()).isEqualTo("MG-TAB-011");
              assertThat(e.getMessage()).contains("/deaths", "Incident");
            });
    assertThatThrownBy(
            () ->
                spec(
                    """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Nothing", "columns": []}"""))
        .isInstanceOf(ParseException.class);
    assertThatThrownBy(
            () ->
                spec(
                    """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Incident",
         "columns": [{"column": "x", "to": "/urls"}]}"""))
        .hasMessageContaining("split");
  }

  @Test
  void withoutAnIdentifierColumnEachRecordIsNamedBySpecFileAndRow() {
    String csv = "region\nNorth Africa\n";
    List<ReadResult> results =
        readAll(
            Mapping.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "t.csv",
                spec(
                    """
            {"mappingSpec": "1.0", "name": "t", "recordType": "Incident",
             "columns": [{"column": "region", "to": "/region"}]}""")));
    Incident i = (Incident) ((ReadResult.Ok) results.get(0)).record();
    assertThat(i.meta().identifier().system()).isEqualTo("mignet:mapping:t");
    assertThat(i.meta().identifier().value()).isEqualTo("t.csv#2");
    assertThat(i.region()).isEqualTo(Optional.of("North Africa"));
  }

  /**
   * Regression (issue 10): with java.util.regex this pattern backtracks for hours on a 41-character
   * cell.
   */
  @Test
  void aCatastrophicPatternInASpecStillMatchesInLinearTime() {
    String csv = "id,note\n1," + "a".repeat(40) + "b\n";
    MappingSpec s =
        spec(
            """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Incident",
         "constants": {"/meta/identifier/system": "s"},
         "columns": [
           {"column": "id", "to": "/meta/identifier/value"},
           {"column": "note", "to": "/place/name", "pattern": "^(.*a){20}$"}]}
        """);
    List<ReadResult> results =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20),
            () ->
                readAll(
                    Mapping.read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        "t.csv",
                        s)));
    assertThat(results)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.issues())
                    .extracting(ri -> ri.ruleId().value())
                    .contains("MG-TAB-019"));
  }
}

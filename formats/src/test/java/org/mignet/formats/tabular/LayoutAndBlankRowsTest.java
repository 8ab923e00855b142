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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.model.Dataset;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.htcds.HtcdsFieldName;
import org.mignet.formats.htcds.HtcdsFields;

/**
 * Header checks of mapping specs (MG-TAB-028), value tables, named wide columns, and blank rows
 * (MG-TAB-027).
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class LayoutAndBlankRowsTest {

  private static final String LONG_SPEC =
      "{\"mappingSpec\":\"1.0\",\"name\":\"s\",\"dataflow\":\"D\",%s"
          + "\"columns\":[{\"column\":\"Country\",%s\"to\":\"/dimensions/REF_AREA\"},{\"column\":\"Value\",\"to\":\"/value\"}]}";

  private static String spec(String source, String at) {
    return String.format(LONG_SPEC, source, at);
  }

  @Test
  void refusesATableWhoseHeaderCellIsNotTheOneTheSpecExpectsNamingBoth() {
    String s = spec("\"source\":{\"expect\":{\"A\":\"Country\",\"B\":\"Value\"}},", "");
    assertThat(MappingSpecTestAccess.read(s, "Country,Value\nKE,1\n"))
        .singleElement()
        .isInstanceOf(ReadResult.Ok.class);
    List<ReadResult> wrong = MappingSpecTestAccess.read(s, "Country,Wert,Value\nKE,1,2\n");
    assertThat(wrong)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.issues())
                  .singleElement()
                  .satisfies(
                      i -> {
                        assertThat(i.ruleId().value()).isEqualTo("MG-TAB-028");
                        assertThat(i.arguments()).containsExactly("s", "B1", "Wert", "Value");
                        assertThat(i.message())
                            .contains("cell B1 holds \"Wert\" where the spec expects \"Value\"");
                      });
            });
  }

  @Test
  void comparesHeaderTextTrimmedAnyCaseAndWithWhiteSpaceAsOne() {
    String s = spec("\"source\":{\"expect\":{\"A\":\"Country  of\\nresidence\"}},", "");
    assertThat(
            MappingSpecTestAccess.read(
                s.replace("\"Country\"", "\"country of residence\""),
                " COUNTRY OF   RESIDENCE ,Value\nKE,1\n"))
        .singleElement()
        .isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void checksCellsAboveTheHeaderRow() {
    String s =
        spec(
            "\"source\":{\"headerRow\":3,\"expect\":{\"A1\":\"Table 1\",\"A3\":\"Country\"}},", "");
    assertThat(MappingSpecTestAccess.read(s, "Table 1\nsubtitle\nCountry,Value\nKE,1\n"))
        .singleElement()
        .isInstanceOf(ReadResult.Ok.class);
    assertThat(MappingSpecTestAccess.read(s, "Table 2\nsubtitle\nCountry,Value\nKE,1\n"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.issues().get(0).arguments())
                    .containsExactly("s", "A1", "Table 2", "Table 1"));
  }

  @Test
  void refusesAColumnFoundByItsTextAtAnotherPositionThanTheSpecChecks() {
    String s = spec("", "\"at\":\"A\",");
    assertThat(MappingSpecTestAccess.read(s, "Country,Value\nKE,1\n"))
        .singleElement()
        .isInstanceOf(ReadResult.Ok.class);
    assertThat(MappingSpecTestAccess.read(s, "Value,Country\n1,KE\n"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.issues().get(0).ruleId().value()).isEqualTo("MG-TAB-028");
              assertThat(r.issues().get(0).arguments())
                  .containsExactly("s", "A1", "Value", "Country");
            });
  }

  @Test
  void refusesSpecsWhoseChecksCannotBeRead() {
    for (String bad :
        List.of(
            spec("\"source\":{\"expect\":{\"A9\":\"x\"}},", ""),
            spec("\"source\":{\"expect\":{\"1A\":\"x\"}},", ""),
            spec("\"source\":{\"expect\":[\"x\"]},", ""),
            spec("", "\"valuesFrom\":\"nowhere\","),
            "{\"mappingSpec\":\"1.0\",\"name\":\"s\",\"dataflow\":\"D\",\"columns\":[{\"index\":1,\"at\":\"A\","
                + "\"to\":\"/value\"}]}",
            "{\"mappingSpec\":\"1.0\",\"name\":\"s\",\"dataflow\":\"D\",\"wide\":[{\"named\":{\"A\":{\"X\":\"1\"}},"
                + "\"dimension\":\"T\"}]}")) {
      assertThatThrownBy(
              () ->
                  MappingSpec.parse(
                      new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "spec.json"))
          .as(bad)
          .isInstanceOfSatisfying(
              ParseException.class, e -> assertThat(e.ruleId().value()).isEqualTo("MG-TAB-011"));
    }
  }

  @Test
  void readsNamedWideColumnsWherePutWithTheirOwnDimensions() {
    String s =
        "{\"mappingSpec\":\"1.0\",\"name\":\"s\",\"dataflow\":\"D\",\"columns\":[{\"column\":\"Year\","
            + "\"to\":\"/dimensions/TIME_PERIOD\"}],\"wide\":[{\"named\":{\"Female_0_4\":{\"SEX\":\"F\",\"AGE\":\"Y0T4\"},"
            + "\"Male_0_4\":{\"SEX\":\"M\",\"AGE\":\"Y0T4\"}},\"set\":{\"UNIT_MEASURE\":\"PS\"}}]}";
    for (String csv :
        List.of("Year,Female_0_4,Male_0_4\n2020,5,7\n", "Male_0_4,Year,Female_0_4\n7,2020,5\n")) {
      Dataset d = (Dataset) ((ReadResult.Ok) MappingSpecTestAccess.read(s, csv).get(0)).record();
      assertThat(d.observations())
          .hasSize(2)
          .allSatisfy(
              o ->
                  assertThat(o.dimensions())
                      .containsEntry("TIME_PERIOD", "2020")
                      .containsEntry("UNIT_MEASURE", "PS"));
      assertThat(d.observations())
          .anySatisfy(
              o -> {
                assertThat(o.dimensions()).containsEntry("SEX", "F").containsEntry("AGE", "Y0T4");
                assertThat(o.value())
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
              });
      assertThat(d.observations())
          .anySatisfy(
              o -> {
                assertThat(o.dimensions()).containsEntry("SEX", "M");
                assertThat(o.value())
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
              });
    }
    assertThat(MappingSpecTestAccess.read(s, "Year,Female_0_4\n2020,5\n"))
        .singleElement()
        .satisfies(r -> assertThat(r.issues().get(0).ruleId().value()).isEqualTo("MG-TAB-005"));
  }

  @Test
  void resolvesEurostatAggregatesThroughTheShippedValueTableAndReportsOthersOnceWithTheirCount() {
    String s =
        "{\"mappingSpec\":\"1.0\",\"name\":\"s\",\"dataflow\":\"D\",\"columns\":[{\"column\":\"CITIZEN\","
            + "\"to\":\"/dimensions/CITIZENSHIP\",\"codeList\":\"iso3166\",\"valuesFrom\":\"eurostat-aggregates\"},"
            + "{\"column\":\"Value\",\"to\":\"/value\"}]}";
    List<ReadResult> r =
        MappingSpecTestAccess.read(
            s,
            "CITIZEN,Value\nAmerica,1\nOceania,2\n"
                + "British overseas countries and territories,3\nKenya,4\nAtlantis,5\nAtlantis,6\n");
    assertThat(r.subList(0, 4))
        .extracting(
            x ->
                ((Dataset) ((ReadResult.Ok) x).record())
                    .observations()
                    .get(0)
                    .dimensions()
                    .get("CITIZENSHIP"))
        .containsExactly("AME", "OCE", "UK_OCT", "KEN");
    assertThat(r.get(5).issues())
        .filteredOn(i -> i.ruleId().value().equals("MG-TAB-018"))
        .singleElement()
        .satisfies(i -> assertThat(i.arguments()).containsExactly("CITIZEN", "Atlantis", 2L));
  }

  @Test
  void aCellMetAgainConvertsAsTheFirstTimeAndAnUnresolvedOneFailsEachTime() {
    // the reader remembers each column's converted cells: repeats read the same, errors are never
    // remembered
    String s =
        "{\"mappingSpec\":\"1.0\",\"name\":\"s\",\"dataflow\":\"D\",\"columns\":[{\"column\":\"CITIZEN\","
            + "\"to\":\"/dimensions/CITIZENSHIP\",\"codeList\":\"iso3166\",\"values\":{\"Total\":\"_T\"}},"
            + "{\"column\":\"Value\",\"to\":\"/value\"}]}";
    List<ReadResult> r =
        MappingSpecTestAccess.read(
            s,
            "CITIZEN,Value\nKenya,1\nAtlantis,2\nKenya,3\nTotal,4\n"
                + "Atlantis,5\nTotal,6\nKenya,7\n");
    assertThat(r).hasSize(7);
    for (int k : new int[] {0, 2, 6}) {
      assertThat(((Dataset) ((ReadResult.Ok) r.get(k)).record()).observations().get(0).dimensions())
          .containsEntry("CITIZENSHIP", "KEN");
    }
    for (int k : new int[] {3, 5}) {
      assertThat(((Dataset) ((ReadResult.Ok) r.get(k)).record()).observations().get(0).dimensions())
          .containsEntry("CITIZENSHIP", "_T");
    }
    for (int k : new int[] {1, 4}) {
      assertThat(r.get(k)).isInstanceOf(ReadResult.Failed.class);
      assertThat(r.get(k).issues())
          .filteredOn(i -> i.ruleId().value().equals("MG-TAB-008"))
          .hasSize(1);
    }
  }

  @Test
  void skipsAndCountsBlankCsvRowsInsteadOfRejectingThem() {
    String s = spec("", "");
    List<ReadResult> r = MappingSpecTestAccess.read(s, "Country,Value\nKE,1\n,\n , \nUG,2\n,,\n");
    assertThat(r).hasSize(2).allSatisfy(x -> assertThat(x).isInstanceOf(ReadResult.Ok.class));
    assertThat(r.get(1).issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("MG-TAB-027");
              assertThat(i.arguments()).containsExactly(3L);
            });
  }

  @Test
  void aCanonicalTableSkipsBlankRowsAndSaysHowManyOnItsLastRecord() {
    String csv =
        "/recordType,/meta/identifier/system,/meta/identifier/value,/meta/schemaVersion,"
            + "/meta/sensitivity,/dead\nIncident,org.example,I-1,1.0,PUBLIC,3\n,,,,,\n,,,,,\n"
            + "Incident,org.example,I-2,1.0,PUBLIC,4\n";
    List<ReadResult> r = new ArrayList<>();
    try (RecordReader reader =
        Formats.named("csv")
            .reader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv")) {
      reader.forEachRemaining(r::add);
    }
    assertThat(r)
        .hasSize(2)
        .allSatisfy(x -> assertThat(x).as("%s", x.issues()).isInstanceOf(ReadResult.Ok.class));
    assertThat(r.get(0).issues()).isEmpty();
    assertThat(r.get(1).issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("MG-TAB-027");
              assertThat(i.arguments()).containsExactly(2L);
            });
  }

  @Test
  void aRowWithAValueInANamedColumnIsNoBlankRowEvenBesideRowNumbers() throws Exception {
    String csv = ",Country,Value\n1,,\n2,KE,\n3,,5\n,x,\n";
    try (TableReader t =
        TableReader.builder()
            .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv")) {
      List<Long> rows = new ArrayList<>();
      t.forEachRemaining(r -> rows.add(r.row()));
      assertThat(rows).containsExactly(3L, 4L, 5L);
      assertThat(t.blankRows()).isEqualTo(1);
    }
  }

  /**
   * The official HTCDS v1.0 template: a hidden row of v1.0 names, a row of labels, 1,000 numbered
   * empty rows.
   */
  @Test
  @org.mignet.formats.WithXlsx
  void readsTheEmptyHtcdsV1TemplateAsAValidEmptyInputWithItsNamesAsAliases() throws Exception {
    Path file = SharedData.data("htcds/older-versions/HTCDS Excel Spreadsheet v1.0.xlsx");
    Map<Integer, Map<Integer, String>> sheet =
        XlsxCells.sheet(file, "Sheet1".equals(firstSheet(file)) ? "Sheet1" : firstSheet(file));
    long numbered =
        sheet.entrySet().stream()
            .filter(e -> e.getKey() > 2)
            .filter(e -> e.getValue().keySet().equals(java.util.Set.of(0)))
            .count();
    List<String> names = new ArrayList<>(sheet.get(1).values());
    try (TableReader t = TableReader.builder().open(file)) {
      List<TableRow> rows = new ArrayList<>();
      t.forEachRemaining(rows::add);
      assertThat(rows).hasSize(1).allSatisfy(r -> assertThat(r.row()).isEqualTo(2));
      assertThat(t.blankRows()).isEqualTo(numbered).isEqualTo(sheet.size() - 2);
    }
    assertThat(names)
        .hasSizeGreaterThan(30)
        .allSatisfy(
            n ->
                assertThat(HtcdsFields.instance().resolve(n).kind())
                    .as(n)
                    .isIn(
                        HtcdsFieldName.Kind.CURRENT,
                        HtcdsFieldName.Kind.ALIAS,
                        HtcdsFieldName.Kind.REMOVED));
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = Formats.named("htcds").reader(in, file.getFileName().toString())) {
      assertThat(r.hasNext()).isFalse();
    }
  }

  private static String firstSheet(Path file) throws Exception {
    try (TableReader t = TableReader.builder().headerRow(0).open(file)) {
      return t.sheetName().orElseThrow();
    }
  }
}

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
package org.mignet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;

@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class InspectCommandTest {

  private static Path shared(String relative) {
    return TestFiles.sharedData(relative);
  }

  @Test
  void describesTheLatin1EurostatTableAndProposesASkeleton() throws Exception {
    CliRun run =
        CliRun.of(
            "inspect",
            "--json",
            shared("statistics/eurostat-by-citizenship-2012-2016/migr_eiord_Data_allcitizens.csv")
                .toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.get("format").asText()).isEqualTo("csv");
    assertThat(out.get("encoding").asText()).isEqualTo("windows-1252");
    assertThat(out.get("headerRow").asInt()).isEqualTo(1);
    assertThat(out.get("dataRows").asLong()).isEqualTo(28_545);
    assertThat(out.at("/columns/4/header").asText()).isEqualTo("Value");
    assertThat(out.at("/columns/4/type").asText()).startsWith("integer (grouped thousands)");
    assertThat(out.at("/mappingSkeleton/columns/4/to").asText()).isEqualTo("/value");
    assertThat(out.at("/mappingSkeleton/columns/0/to").asText()).isEqualTo("/dimensions/TIME");
  }

  @Test
  void findsTheHxlHashtagRow() {
    CliRun run =
        CliRun.of(
            "inspect", shared("hxl/iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("hashtagRow: 2", "headerRow: 1", "dataRows: 13367", "#affected+idps");
  }

  @Test
  void convertsATableThroughAMappingSpecWithAReportThatCountsRows(@TempDir Path dir)
      throws Exception {
    Path spec =
        Path.of(
            "../formats/src/main/resources/org/mignet/formats/tabular/mappings/eurostat-by-citizenship.json");
    Path out = dir.resolve("out.ndjson");
    Path report = dir.resolve("report.json");
    CliRun run =
        CliRun.of(
            "convert",
            "--from",
            "csv",
            "--mapping",
            spec.toString(),
            "--to",
            "ndjson",
            "--report",
            report.toString(),
            shared(
                    "statistics/eurostat-by-citizenship-2012-2016/migr_eirfs_Data_allcitizenships.csv")
                .toString(),
            out.toString());

    JsonNode r = new ObjectMapper().readTree(Files.readString(report));
    // consecutive rows are datasets of up to 1,000 observations, one a row
    assertThat(r.get("read").asLong()).isEqualTo(29);
    assertThat(r.path("observations").get("read").asLong()).isEqualTo(28_710);
    assertThat(r.path("observations").get("written").asLong()).isEqualTo(28_710);
    // Oceania, once unresolved in 165 rows, is Eurostat's OCE (value table eurostat-aggregates)
    assertThat(r.get("rejected").asLong()).isZero();
    assertThat(Files.readString(out)).contains("\"CITIZENSHIP\":\"OCE\"");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
  }

  @Test
  void aMappingSpecOverAJsonTableNeedsNoFrom(@TempDir Path dir) throws Exception {
    Path spec =
        Path.of(
            "../formats/src/main/resources/org/mignet/formats/tabular/mappings/worldbank-indicator.json");
    Path report = dir.resolve("report.json");
    CliRun run =
        CliRun.of(
            "convert",
            "--mapping",
            spec.toString(),
            "--to",
            "csv",
            "--report",
            report.toString(),
            shared("statistics/worldbank-migrant-stock/wb_SM_POP_TOTL.json").toString(),
            dir.resolve("wb.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    JsonNode r = new ObjectMapper().readTree(Files.readString(report));
    assertThat(r.path("observations").get("read").asLong()).isEqualTo(3_445);
    assertThat(r.path("observations").get("written").asLong()).isEqualTo(3_445);
    assertThat(r.get("written").asLong()).isEqualTo(r.get("read").asLong()).isLessThan(3_445);
    assertThat(Files.readString(dir.resolve("wb.csv"))).startsWith("/recordType,");
  }

  @Test
  void missingFileIsAUsageError() {
    assertThat(CliRun.of("inspect", "no-such.csv").exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
  }

  @Test
  void proposesARowPerRecordSpecForTheMmp2021CsvThatParsesOnceFilledIn() throws Exception {
    CliRun run =
        CliRun.of(
            "inspect",
            "--json",
            "--record-type",
            "Incident",
            shared("missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode skeleton = new ObjectMapper().readTree(run.out()).get("mappingSkeleton");
    assertThat(skeleton.get("recordType").asText()).isEqualTo("Incident");
    assertThat(skeleton.has("dataflow")).isFalse();
    java.util.Map<String, String> to = new java.util.HashMap<>();
    skeleton
        .get("columns")
        .forEach(c -> to.put(c.get("column").asText(), c.get("to").asText(null)));
    assertThat(to)
        .containsEntry("Number Dead", "/dead")
        .containsEntry("Number of Survivors", "/survivors")
        .containsEntry("Region", "/region")
        .containsEntry("Reported Date", "/reportedDate")
        .containsEntry("Total Dead and Missing", "/totalDeadAndMissing");
    assertThat(to).hasSize(20);

    // the user's part: drop (or fill in) the columns without a target, then the spec parses
    com.fasterxml.jackson.databind.node.ObjectNode filled = skeleton.deepCopy();
    com.fasterxml.jackson.databind.node.ArrayNode columns = filled.putArray("columns");
    com.fasterxml.jackson.databind.node.ArrayNode ignored = filled.putArray("ignoreColumns");
    skeleton
        .get("columns")
        .forEach(
            c -> {
              if (c.get("to").isNull()) {
                ignored.add(c.get("column").asText());
              } else {
                columns.add(c);
              }
            });
    var spec =
        org.mignet.formats.tabular.MappingSpec.parse(
            new java.io.ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(filled)),
            "skeleton.json");
    assertThat(spec.recordType()).contains(org.mignet.core.model.RecordType.INCIDENT);
  }

  @Test
  void refusesAnUnknownRecordTypeAsAUsageError() {
    CliRun run =
        CliRun.of(
            "inspect",
            "--record-type",
            "Shipwreck",
            shared("missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv").toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("Shipwreck", "Incident");
  }

  /** A file of people without a header row: its first row is a person, not column names. */
  private static final String HEADERLESS_PEOPLE =
      "Amina,Yusuf,1994-03-12,NGA,amina.yusuf@example.org\n"
          + "Tesfaye,Bekele,1988-11-02,ETH,t.bekele@example.org\n";

  private static final String[] PERSONAL_VALUES = {
    "Amina", "Yusuf", "1994-03-12", "amina.yusuf", "Tesfaye", "Bekele", "1988-11-02", "t.bekele"
  };

  @Test
  void showsColumnsByPositionAndNoValueOfAHeaderlessFileOfPeople(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("people.csv"), HEADERLESS_PEOPLE);

    CliRun text = CliRun.of("inspect", file.toString());
    CliRun json = CliRun.of("inspect", "--json", file.toString());
    CliRun record = CliRun.of("inspect", "--json", "--record-type", "Person", file.toString());

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("#1", "#5", "dataRows: 2").doesNotContain(PERSONAL_VALUES);
    assertThat(json.out()).doesNotContain(PERSONAL_VALUES);
    assertThat(record.out()).doesNotContain(PERSONAL_VALUES);
    JsonNode out = new ObjectMapper().readTree(json.out());
    assertThat(out.has("headerRow")).isFalse();
    assertThat(out.get("dataRows").asLong()).isEqualTo(2);
    assertThat(out.at("/columns/0/header").asText()).isEqualTo("#1");
    assertThat(out.at("/mappingSkeleton/source/headerRow").asInt()).isZero();
    assertThat(out.at("/mappingSkeleton/columns/0/index").asInt()).isEqualTo(1);
    assertThat(out.at("/mappingSkeleton/columns/0").has("column")).isFalse();
    JsonNode people = new ObjectMapper().readTree(record.out()).get("mappingSkeleton");
    assertThat(people.at("/columns/0/index").asInt()).isEqualTo(1);
    assertThat(people.at("/source/headerRow").asInt()).isZero();
  }

  @Test
  void showsNoValueOfAFileWhoseOnlyRowCouldBeAPerson(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("one.csv"), "Amina,Yusuf,NGA\n");

    CliRun run = CliRun.of("inspect", "--json", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Amina", "Yusuf");
    assertThat(new ObjectMapper().readTree(run.out()).at("/columns/2/header").asText())
        .isEqualTo("#3");
  }

  @Test
  void namesTheColumnsOfARowThatLooksLikeAHeader(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("people.csv"), "first name,family name,born\n" + HEADERLESS_PEOPLE);

    CliRun run = CliRun.of("inspect", "--json", file.toString());

    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.get("headerRow").asInt()).isEqualTo(1);
    assertThat(out.at("/columns/1/header").asText()).isEqualTo("family name");
    assertThat(out.get("dataRows").asLong()).isEqualTo(2);
  }
}

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;

class AggregateCommandTest {

  @TempDir Path tmp;

  @Test
  void writesDeadAndMissingBySexAsSdmxCsv() throws Exception {
    Path in = tmp.resolve("mmp.csv");
    Files.writeString(
        in,
        "\"Main ID\",\"Incident ID\",\"Incident Date\",\"Number Dead\","
            + "\"Minimum Estimated Number of Missing\",\"Total Number of Dead and Missing\",\"Number of Females\","
            + "\"Number of Males\",\"Migration route\"\n"
            + "A,A1,\"Mon, 01/02/2023 - 12:00\",2,3,5,1,2,\"Central Mediterranean\"\n"
            + "B,B1,\"Tue, 01/03/2023 - 12:00\",4,,4,,,\"Central Mediterranean\"\n");
    Path out = tmp.resolve("out.csv");
    CliRun run =
        CliRun.of("aggregate", "--by", "ROUTE,TIME_PERIOD,SEX", in.toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String csv = Files.readString(out);
    assertThat(csv)
        .startsWith("STRUCTURE,STRUCTURE_ID,ACTION,ROUTE,TIME_PERIOD,SEX,MEASURE,OBS_VALUE");
    assertThat(csv)
        .contains("\"Central Mediterranean\",2023,F,DEAD_MISSING,1,")
        .contains("\"Central Mediterranean\",2023,M,DEAD_MISSING,2,")
        .contains("\"Central Mediterranean\",2023,_U,DEAD_MISSING,6,");
    assertThat(run.err()).contains("aggregated 2 incidents");
  }

  @Test
  void neutralisesAFormulaLikeRouteForSpreadsheets() throws Exception {
    Path in = formulaRoute();
    Path out = tmp.resolve("out.csv");
    CliRun run =
        CliRun.of("aggregate", "--by", "ROUTE", "--for-spreadsheet", in.toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out)).contains(",\"'=3+3\",").doesNotContain(",\"=3+3\",");
  }

  @Test
  void writesAFormulaLikeRouteAsItIsUnlessAskedForSpreadsheets() throws Exception {
    Path in = formulaRoute();
    Path out = tmp.resolve("out.csv");
    CliRun run = CliRun.of("aggregate", "--by", "ROUTE", in.toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out)).contains(",\"=3+3\",");
  }

  @Test
  void forSpreadsheetWithATargetThatDoesNotTakeItIsAUsageErrorAndWritesNothing() throws Exception {
    Path in = formulaRoute();
    Path out = tmp.resolve("out.json");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--by",
            "ROUTE",
            "--for-spreadsheet",
            "--to",
            "sdmx-json",
            in.toString(),
            out.toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("--for-spreadsheet is not taken by the sdmx-json writer");
    assertThat(out).doesNotExist();
  }

  /** An MMP file of one incident on a route named {@code =3+3}. */
  private Path formulaRoute() throws Exception {
    Path in = tmp.resolve("mmp.csv");
    Files.writeString(
        in,
        "\"Main ID\",\"Incident ID\",\"Incident Date\",\"Number Dead\","
            + "\"Minimum Estimated Number of Missing\",\"Total Number of Dead and Missing\",\"Migration route\"\n"
            + "A,A1,\"Mon, 01/02/2023 - 12:00\",2,3,5,=3+3\n");
    return in;
  }

  @Test
  void refusesAnUnknownDimension() throws Exception {
    Path in = tmp.resolve("mmp.csv");
    Files.writeString(in, "\"Web ID\",\"Reported Date\"\n1,\"August 31, 2021\"\n");
    CliRun run = CliRun.of("aggregate", "--by", "COLOUR", "--from", "mmp", in.toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("unknown dimension COLOUR");
  }

  static int ids;

  /**
   * An NDJSON file of trafficking cases opened in {@code year}: each victim as sex and citizenship
   * pairs.
   */
  private Path cases(String name, int year, String... sexAndCitizenship) throws Exception {
    Path file = tmp.resolve(name);
    try (java.io.OutputStream out = Files.newOutputStream(file);
        org.mignet.formats.RecordWriter w =
            org.mignet.formats.Formats.named("ndjson").writer(out)) {
      for (int i = 0; i < sexAndCitizenship.length; i += 2) {
        org.mignet.core.model.Person p =
            org.mignet.core.model.Person.builder(
                    org.mignet.core.model.RecordMeta.of("urn:test", "p" + ids++))
                .sex(
                    sexAndCitizenship[i].equals("F")
                        ? org.mignet.core.model.Sex.FEMALE
                        : org.mignet.core.model.Sex.MALE)
                .citizenship(sexAndCitizenship[i + 1])
                .build();
        w.write(
            org.mignet.core.model.TraffickingCase.builder(
                    org.mignet.core.model.RecordMeta.of("urn:test", "c" + ids++))
                .opened(org.mignet.core.model.PartialDate.ofYear(year))
                .victim(
                    org.mignet.core.model.Victim.builder(p)
                        .exploitationType("ForcedLabour")
                        .build())
                .build());
      }
    }
    return file;
  }

  @Test
  void countsTraffickingVictimsFromSeveralInputsWithTotalsAndSuppressesSmallCellsByDefault()
      throws Exception {
    Path a =
        cases(
            "a.ndjson",
            2023,
            "F",
            "NGA",
            "F",
            "NGA",
            "F",
            "NGA",
            "F",
            "NGA",
            "F",
            "NGA",
            "F",
            "NGA",
            "M",
            "NGA",
            "F",
            "UKR",
            "F",
            "UKR",
            "M",
            "UKR");
    Path b = cases("b.ndjson", 2024, "M", "UKR", "M", "UKR", "M", "UKR", "F", "ROU");
    Path out = tmp.resolve("victims.csv");
    Path report = tmp.resolve("report.json");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--type",
            "trafficking",
            "--by",
            "CITIZENSHIP,SEX",
            "--report",
            report.toString(),
            "--output",
            out.toString(),
            a.toString(),
            b.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String csv = Files.readString(out);
    // every cell has OBS_STATUS and CONF_STATUS; small cells have no value
    assertThat(csv).contains(",_T,_T,14,A,F,PS").contains(",NGA,M,,O,A,PS");
    assertThat(csv.lines().skip(1))
        .hasSize(12)
        .allSatisfy(l -> assertThat(l).containsPattern(",(A,F|O,[AD]),PS$"));
    assertThat(run.err())
        .contains("aggregated 14 trafficking cases (14 victims)")
        .contains("14 records read, 0 left out")
        .contains("audit: no suppressed cell can be recovered")
        .contains("audit: NGA,M A in [0, ");
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    assertThat(json.get("inputs")).hasSize(2);
    assertThat(json.get("inputs").get(1).get("read").asLong()).isEqualTo(4);
    assertThat(json.get("unitsCounted").asLong()).isEqualTo(14);
    assertThat(json.get("publishedGrandTotal").asLong()).isEqualTo(14);
    assertThat(json.get("disclosureControl").get("threshold").asInt()).isEqualTo(5);
    assertThat(json.get("disclosureControl").get("safe").asBoolean()).isTrue();
    assertThat(json.get("audit"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.get("protected").asBoolean()).isTrue());
  }

  @Test
  void namesEveryRecordLeftOutByNumberAndRule() throws Exception {
    Path a = cases("a.ndjson", 2023, "F", "NGA", "M", "NGA");
    Path out = tmp.resolve("out.csv");
    CliRun run = CliRun.of("aggregate", "--by", "ROUTE", a.toString(), out.toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    assertThat(run.err())
        .contains("a.ndjson: record 1 left out (MG-CONV-001)")
        .contains("a.ndjson: record 2 left out (MG-CONV-001)")
        .contains("2 records read, 2 left out");
  }

  @Test
  void maxIssuesShowsAtMostNErrorsPerRuleThenHowManyMoreAndACountPerRule() throws Exception {
    Path a = cases("a.ndjson", 2023, "F", "NGA", "M", "NGA", "F", "UKR", "M", "UKR", "F", "ROU");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--by",
            "ROUTE",
            "--max-issues",
            "2",
            a.toString(),
            tmp.resolve("out.csv").toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    // each record's MG-CONV-001 error: two shown, three counted, then the count per rule
    assertThat(run.err().lines().filter(l -> l.contains("ERROR MG-CONV-001"))).hasSize(2);
    assertThat(run.err())
        .contains("… 3 more issues not shown (--max-issues 2)")
        .contains("Issues by rule:")
        .containsPattern("MG-CONV-001 +error +5");
    assertThat(run.err().lines().filter(l -> l.endsWith("left out (MG-CONV-001)"))).hasSize(2);
    assertThat(run.err())
        .contains("… 3 more records left out not named (--max-issues 2)")
        .contains("5 records read, 5 left out (the first 2 named above)");

    CliRun all =
        CliRun.of("aggregate", "--by", "ROUTE", a.toString(), tmp.resolve("out2.csv").toString());
    assertThat(all.err().lines().filter(l -> l.contains("ERROR MG-CONV-001"))).hasSize(5);
    assertThat(all.err()).doesNotContain("more issues not shown");
    assertThat(
            CliRun.of("aggregate", "--by", "ROUTE", "--max-issues", "-1", a.toString()).exitCode())
        .isEqualTo(Mignet.USAGE_OR_IO);
  }

  @Test
  void aggregatesSeveralFilesAndStandardInputTogether() throws Exception {
    Path a = cases("a.ndjson", 2023, "F", "NGA", "F", "NGA", "F", "NGA");
    Path b = cases("b.ndjson", 2024, "F", "NGA", "F", "NGA", "M", "UKR");
    Path out = tmp.resolve("victims.csv");
    java.io.InputStream stdin = System.in;
    CliRun run;
    try {
      System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(b)));
      run =
          CliRun.of(
              "aggregate",
              "--from",
              "ndjson",
              "--type",
              "trafficking",
              "--by",
              "SEX",
              "--method",
              "none",
              "--output",
              out.toString(),
              a.toString(),
              "-");
    } finally {
      System.setIn(stdin);
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("aggregated 6 trafficking cases (6 victims)");
    assertThat(Files.readString(out)).contains(",F,5,").contains(",_T,6,");
  }

  @Test
  void severalInputsWithoutOutputIsAUsageError() throws Exception {
    Path a = cases("a.ndjson", 2023, "F", "NGA");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--type",
            "trafficking",
            "--by",
            "SEX",
            a.toString(),
            a.toString(),
            a.toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("--output");
  }

  @Test
  void thePolicysMinimumCellCountIsTheDefaultThreshold() throws Exception {
    Path a =
        cases(
            "a.ndjson",
            2023,
            "F",
            "NGA",
            "F",
            "NGA",
            "F",
            "NGA",
            "F",
            "NGA",
            "F",
            "NGA",
            "F",
            "NGA",
            "M",
            "UKR");
    Path policy = tmp.resolve("policy.json");
    Files.writeString(
        policy,
        "{\"agreement\": \"A\", \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", "
            + "\"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}, \"minimumCellCount\": 7}");
    Path out = tmp.resolve("out.csv");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--type",
            "trafficking",
            "--by",
            "CITIZENSHIP",
            "--policy",
            policy.toString(),
            a.toString(),
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // NGA = 6 is below 7: suppressed; so is UKR = 1
    assertThat(Files.readString(out))
        .contains(",NGA,,O,A,PS")
        .contains(",UKR,,O,A,PS")
        .contains(",_T,7,A,F,PS");
    assertThat(run.err()).contains("suppressed below 7");
  }

  /** The CTDC excerpt in ../shared/data: CTDC records gender (Female, Male), not sex. */
  static final Path CTDC =
      TestFiles.shared().resolve("data/ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv");

  /** Counts the excerpt's rows by its gender column, independently of mignet. */
  static Map<String, Long> ctdcGenders() throws Exception {
    List<String> lines = Files.readAllLines(CTDC);
    int at = java.util.Arrays.asList(lines.get(0).split(",", -1)).indexOf("gender");
    return lines.stream()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> l.split(",", -1)[at])
        .collect(
            java.util.stream.Collectors.groupingBy(g -> g, java.util.stream.Collectors.counting()));
  }

  @Test
  void countingTheCtdcExcerptBySexSaysThatCtdcRecordsGender() throws Exception {
    Map<String, Long> genders = ctdcGenders();
    long known = genders.getOrDefault("Female", 0L) + genders.getOrDefault("Male", 0L);
    assertThat(known).isPositive();
    Path out = tmp.resolve("by-sex.csv");
    Path report = tmp.resolve("report.json");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--from",
            "ctdc",
            "--type",
            "trafficking",
            "--by",
            "SEX",
            "--report",
            report.toString(),
            CTDC.toString(),
            out.toString());
    assertThat(run.err())
        .contains("MG-STAT-008")
        .contains(known + " of ")
        .contains("count by GENDER");
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    assertThat(json.get("warnings"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.get("rule").asText()).isEqualTo("MG-STAT-008");
              assertThat(w.get("severity").asText()).isEqualTo("WARNING");
            });
  }

  @Test
  void countsTheCtdcExcerptByGenderAsTheFileHasIt() throws Exception {
    Map<String, Long> genders = ctdcGenders();
    Path out = tmp.resolve("by-gender.csv");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--from",
            "ctdc",
            "--type",
            "trafficking",
            "--by",
            "GENDER",
            "--threshold",
            "0",
            CTDC.toString(),
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("MG-STAT-008");
    String csv = Files.readString(out);
    assertThat(csv)
        .contains(",Feminine," + genders.get("Female") + ",")
        .contains(",Masculine," + genders.get("Male") + ",")
        .contains(",_T," + genders.values().stream().mapToLong(Long::longValue).sum() + ",");
  }

  @Test
  void statisticsOnStandardOutputAreNotInterruptedByTheSolversBanner() throws Exception {
    // a fresh JVM: the LP solver prints its banner when its classes first load, which only a new
    // process shows
    Path a = cases("a.ndjson", 2023, "F", "NGA", "F", "NGA", "M", "NGA", "F", "UKR");
    Process p =
        new ProcessBuilder(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Mignet.class.getName(),
                "aggregate",
                "--type",
                "trafficking",
                "--by",
                "CITIZENSHIP,SEX",
                "--method",
                "linear",
                a.toString(),
                "-")
            .redirectErrorStream(false)
            .start();
    p.getOutputStream().close();
    java.util.concurrent.CompletableFuture<String> err =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(
                    p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err.get()).isZero();
    assertThat(err.get()).contains("audit: no suppressed cell can be recovered");
    assertThat(out)
        .startsWith("STRUCTURE,")
        .doesNotContainIgnoringCase("ojalgo")
        .doesNotContain("hardware");
    assertThat(out.lines().skip(1))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("dataflow,"));
  }
}

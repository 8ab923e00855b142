package org.mignet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateCommandTest {

  @TempDir
  Path tmp;

  @Test
  void writesDeadAndMissingBySexAsSdmxCsv() throws Exception {
    Path in = tmp.resolve("mmp.csv");
    Files.writeString(in, "\"Main ID\",\"Incident ID\",\"Incident Date\",\"Number Dead\","
        + "\"Minimum Estimated Number of Missing\",\"Total Number of Dead and Missing\",\"Number of Females\","
        + "\"Number of Males\",\"Migration route\"\n"
        + "A,A1,\"Mon, 01/02/2023 - 12:00\",2,3,5,1,2,\"Central Mediterranean\"\n"
        + "B,B1,\"Tue, 01/03/2023 - 12:00\",4,,4,,,\"Central Mediterranean\"\n");
    Path out = tmp.resolve("out.csv");
    CliRun run = CliRun.of("aggregate", "--by", "ROUTE,TIME_PERIOD,SEX", in.toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String csv = Files.readString(out);
    assertThat(csv).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,ROUTE,TIME_PERIOD,SEX,MEASURE,OBS_VALUE");
    assertThat(csv).contains("\"Central Mediterranean\",2023,F,DEAD_MISSING,1,")
        .contains("\"Central Mediterranean\",2023,M,DEAD_MISSING,2,")
        .contains("\"Central Mediterranean\",2023,_U,DEAD_MISSING,6,");
    assertThat(run.err()).contains("aggregated 2 incidents");
  }

  @Test
  void neutralisesAFormulaLikeRouteForSpreadsheets() throws Exception {
    Path in = formulaRoute();
    Path out = tmp.resolve("out.csv");
    CliRun run = CliRun.of("aggregate", "--by", "ROUTE", "--for-spreadsheet", in.toString(), out.toString());
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
    CliRun run = CliRun.of("aggregate", "--by", "ROUTE", "--for-spreadsheet", "--to", "sdmx-json", in.toString(),
        out.toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("--for-spreadsheet is not taken by the sdmx-json writer");
    assertThat(out).doesNotExist();
  }

  /** An MMP file of one incident on a route named {@code =3+3}. */
  private Path formulaRoute() throws Exception {
    Path in = tmp.resolve("mmp.csv");
    Files.writeString(in, "\"Main ID\",\"Incident ID\",\"Incident Date\",\"Number Dead\","
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
}

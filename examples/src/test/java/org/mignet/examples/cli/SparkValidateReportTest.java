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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.spark.MignetFunctions;
import org.mignet.formats.stat.AggregationReport;

/**
 * The validation report of the {@code mignet} Spark data source, aggregated on {@code local[2]}, is
 * the very object {@code mignet validate --json} prints for the same files, in English and in
 * Arabic, also when an identifier is repeated in another split of the file; the aggregation on the
 * cluster gives the very report {@code mignet aggregate --report} writes.
 */
class SparkValidateReportTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("mignet-report-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config(
                "spark.sql.warehouse.dir",
                Path.of("target", "spark-warehouse").toAbsolutePath().toString())
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theSparkReportIsTheCliValidateJsonOnTheSameFiles() {
    String mmp =
        TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--16_49_29.csv")
            .toString();
    String other =
        TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--17_19_33.csv")
            .toString();
    CliRun cli =
        CliRun.of("validate", "--json", "--profile", "exchange", "--from", "mmp", mmp, other);
    Dataset<Row> read =
        spark
            .read()
            .format("mignet")
            .option("from", "mmp")
            .option("profile", "exchange")
            .load(mmp, other);

    String report = MignetFunctions.report(read);

    assertThat(cli.out()).contains("\"issues\"").contains("\"records\" : ");
    assertThat(report + System.lineSeparator()).isEqualTo(cli.out());
  }

  @Test
  void theSparkReportTakesTheFilesInTheOrderGivenAsTheCliDoes() {
    String later =
        TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--17_19_33.csv")
            .toString();
    String earlier =
        TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--16_49_29.csv")
            .toString();
    // the later name first: its records are the first uses of the identifiers both files hold
    CliRun cli =
        CliRun.of("validate", "--json", "--profile", "exchange", "--from", "mmp", later, earlier);
    Dataset<Row> read =
        spark
            .read()
            .format("mignet")
            .option("from", "mmp")
            .option("profile", "exchange")
            .load(later, earlier);

    assertThat(MignetFunctions.report(read) + System.lineSeparator()).isEqualTo(cli.out());
  }

  @Test
  void theReportIsInTheLanguageOfTheRead() {
    String ctdc = TestFiles.sharedData("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv").toString();
    CliRun cli =
        CliRun.of(
            "validate", "--json", "--profile", "exchange", "--lang", "ar", "--from", "ctdc", ctdc);
    Dataset<Row> read =
        spark
            .read()
            .format("mignet")
            .option("from", "ctdc")
            .option("profile", "exchange")
            .option("lang", "ar")
            .load(ctdc);

    assertThat(MignetFunctions.report(read) + System.lineSeparator()).isEqualTo(cli.out());
  }

  /**
   * An NDJSON file split into four tasks whose record 41 repeats the identifier of record 2, three
   * splits earlier: the report names the repeat exactly as {@code mignet validate --json} does
   * (file, record, line, where first used).
   */
  @Test
  void anIdentifierRepeatedInAnotherSplitIsReportedAsTheCliReportsIt(@TempDir Path dir)
      throws IOException {
    Path ctdc = TestFiles.sharedData("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv");
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(ctdc);
        RecordReader r = Formats.named("ctdc").reader(in, "ctdc")) {
      while (r.hasNext() && lines.size() < 40) {
        if (r.next() instanceof ReadResult.Ok ok) {
          lines.add(CanonicalJson.standard().toJson(ok.record()));
        }
      }
    }
    lines.add(lines.get(1));
    Path file = dir.resolve("cases.ndjson");
    Files.write(file, lines, StandardCharsets.UTF_8);
    CliRun cli =
        CliRun.of(
            "validate", "--json", "--profile", "exchange", "--from", "ndjson", file.toString());
    Dataset<Row> read =
        spark
            .read()
            .format("mignet")
            .option("from", "ndjson")
            .option("type", "TraffickingCase")
            .option("profile", "exchange")
            .option("split-bytes", String.valueOf(Files.size(file) / 4))
            .load(file.toString());

    assertThat(read.rdd().getNumPartitions()).isGreaterThanOrEqualTo(4);
    assertThat(cli.out()).contains("\"MG-XREC-001\"");
    assertThat(MignetFunctions.report(read) + System.lineSeparator()).isEqualTo(cli.out());
  }

  @Test
  void theClusterAggregationIsTheCliAggregateReportAndTable(@TempDir Path dir) throws IOException {
    String mmp =
        TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv")
            .toString();
    Path report = dir.resolve("report.json");
    Path table = dir.resolve("table.csv");
    CliRun cli =
        CliRun.of(
            "aggregate",
            "--type",
            "incidents",
            "--by",
            "REGION_ORIGIN,SEX",
            "--threshold",
            "10",
            "--from",
            "mmp",
            "--report",
            report.toString(),
            mmp,
            table.toString());
    Dataset<Row> read = spark.read().format("mignet").option("from", "mmp").load(mmp);

    AggregationReport onCluster =
        MignetFunctions.aggregate(read, "incidents", "REGION_ORIGIN,SEX", 10, null);

    assertThat(cli.err()).contains("left out (MG-INC-003)");
    assertThat(onCluster.toJson()).isEqualTo(Files.readString(report));
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    try (var w = Formats.named("sdmx-csv").writer(csv, org.mignet.formats.FormatOptions.none())) {
      w.write(onCluster.result().dataset());
    }
    assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(table));
  }
}

package org.mignet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mignet.examples.TestFiles;
import org.mignet.formats.spark.MignetFunctions;

/**
 * The validation report of the {@code mignet} Spark data source, aggregated on {@code local[2]}, is the very object
 * {@code mignet validate --json} prints for the same files, in English and in Arabic.
 */
class SparkValidateReportTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("mignet-report-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.warehouse.dir", Path.of("target", "spark-warehouse").toAbsolutePath().toString())
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theSparkReportIsTheCliValidateJsonOnTheSameFiles() {
    String mmp = TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--16_49_29.csv").toString();
    String other = TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--17_19_33.csv")
        .toString();
    CliRun cli = CliRun.of("validate", "--json", "--profile", "exchange", "--from", "mmp", mmp, other);
    Dataset<Row> read = spark.read().format("mignet").option("from", "mmp").option("profile", "exchange")
        .load(mmp, other);

    String report = MignetFunctions.report(read);

    assertThat(cli.out()).contains("\"issues\"").contains("\"records\" : ");
    assertThat(report + System.lineSeparator()).isEqualTo(cli.out());
  }

  @Test
  void theReportIsInTheLanguageOfTheRead() {
    String ctdc = TestFiles.sharedData("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv").toString();
    CliRun cli = CliRun.of("validate", "--json", "--profile", "exchange", "--lang", "ar", "--from", "ctdc", ctdc);
    Dataset<Row> read = spark.read().format("mignet").option("from", "ctdc").option("profile", "exchange")
        .option("lang", "ar").load(ctdc);

    assertThat(MignetFunctions.report(read) + System.lineSeparator()).isEqualTo(cli.out());
  }
}

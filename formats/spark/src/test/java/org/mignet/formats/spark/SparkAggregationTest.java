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
package org.mignet.formats.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.stat.Aggregation;
import org.mignet.formats.stat.AggregationReport;
import org.mignet.formats.stat.DisclosureControl;
import org.mignet.formats.stat.SuppressionMethod;

/**
 * {@link MignetFunctions#aggregate} on {@code local[2]} against what {@code mignet aggregate} does
 * with the same files and options (its loop over the pipeline, {@link #cli}): the published table
 * with its statuses, the suppression pattern, the audit, the records left out and the per-file
 * accounting are equal, compared through the whole report JSON and the whole dataset. Real files
 * for incidents (MMP) and trafficking (CTDC); generated NDJSON, split across tasks, for smuggling,
 * returns and trafficking.
 */
class SparkAggregationTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
  }

  /**
   * What {@code AggregateCommand.aggregate} does: every file through the pipeline (rejecting the
   * invalid under a profile), each record passed added to the aggregation, each other left out with
   * its blocking rules.
   */
  private static AggregationReport cli(
      Aggregation aggregation, String format, String profile, List<Path> files) throws IOException {
    List<AggregationReport.Input> inputs = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      Format source = Formats.named(format);
      Conversion pipeline = Conversion.from(source);
      if (profile != null) {
        pipeline =
            pipeline.rejectingInvalid(
                Validation.standard(), Validation.standard().profile(profile));
      }
      long[] counted = new long[1];
      MignetRecord[] passed = new MignetRecord[1];
      ConversionReport report;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        report =
            pipeline.drain(
                in,
                name,
                "aggregate",
                Set.of(aggregation.type()),
                new RecordWriter() {
                  @Override
                  public void write(MignetRecord record) {
                    passed[0] = record;
                  }

                  @Override
                  public void close() {}
                },
                outcome -> {
                  if (outcome.passed() && passed[0] != null) {
                    if (aggregation.add(passed[0], name, outcome.number())) {
                      counted[0]++;
                    }
                  } else {
                    aggregation.leftOut(
                        name,
                        outcome.number(),
                        outcome.issues().stream()
                            .filter(i -> i.severity().isBlocking())
                            .map(ri -> ri.ruleId().value())
                            .distinct()
                            .toList());
                  }
                  passed[0] = null;
                });
      }
      inputs.add(
          new AggregationReport.Input(name, report.read(), counted[0], report.read() - counted[0]));
    }
    return new AggregationReport(inputs, aggregation.result());
  }

  private static Aggregation aggregation(String type, String by, int threshold) {
    return Aggregation.of(Aggregation.TYPE_NAMES.get(type), List.of(by.split(",")))
        .with(DisclosureControl.threshold(threshold).method(SuppressionMethod.HYPERCUBE));
  }

  /**
   * The Spark aggregation equals the CLI's: report JSON (audit, left out, accounting) and the whole
   * dataset.
   */
  private static AggregationReport assertSameAsCli(
      Dataset<Row> read,
      String type,
      String by,
      int threshold,
      String format,
      String profile,
      List<Path> files)
      throws IOException {
    AggregationReport expected = cli(aggregation(type, by, threshold), format, profile, files);
    AggregationReport actual = MignetFunctions.aggregate(read, aggregation(type, by, threshold));
    assertThat(actual.toJson()).isEqualTo(expected.toJson());
    assertThat(actual.result().dataset()).isEqualTo(expected.result().dataset());
    assertThat(expected.result().counted()).isPositive();
    return actual;
  }

  @Test
  void incidentsOfTwoRealMmpExportsGiveTheCliTableSuppressionAuditAndRecordsLeftOut()
      throws IOException {
    Path a = SharedData.data("missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv");
    Path b = SharedData.data("missing-migrants/MissingMigrants-Global-2023-12-07--16_48_56.csv");
    Dataset<Row> read =
        spark.read().format("mignet").option("from", "mmp").load(a.toString(), b.toString());

    // by SEX: incidents whose females and males exceed the dead and missing are left out
    // (MG-INC-003)
    AggregationReport bySex =
        assertSameAsCli(read, "incidents", "REGION_ORIGIN,SEX", 10, "mmp", null, List.of(a, b));
    assertThat(bySex.result().leftOut())
        .isNotEmpty()
        .allMatch(l -> l.rules().equals(List.of("MG-INC-003")));
    assertThat(bySex.result().audit()).isNotEmpty();
    // without SEX the MEASURE dimension (DEAD, MISSING, _T) is added
    AggregationReport byRoute =
        assertSameAsCli(read, "incidents", "TIME_PERIOD", 3, "mmp", null, List.of(a, b));
    assertThat(byRoute.result().dataset().dimensionIds()).containsExactly("TIME_PERIOD", "MEASURE");
    // files given later-name first are listed (inputs, records left out) in the order given, as
    // the CLI lists its arguments
    Dataset<Row> laterFirst =
        spark.read().format("mignet").option("from", "mmp").load(b.toString(), a.toString());
    AggregationReport givenOrder =
        assertSameAsCli(
            laterFirst, "incidents", "REGION_ORIGIN,SEX", 10, "mmp", null, List.of(b, a));
    assertThat(givenOrder.inputs())
        .extracting(AggregationReport.Input::name)
        .containsExactly(b.getFileName().toString(), a.getFileName().toString());

    // the published table as a DataFrame: the dataset's cells, suppressed ones without a value
    List<Row> rows = MignetFunctions.observations(spark, bySex).collectAsList();
    List<Observation> cells = bySex.result().dataset().observations();
    assertThat(rows).hasSameSizeAs(cells);
    for (int i = 0; i < cells.size(); i++) {
      Observation o = cells.get(i);
      Row r = rows.get(i);
      assertThat(r.getString(0)).isEqualTo(o.dimensions().get("REGION_ORIGIN"));
      assertThat(r.getString(1)).isEqualTo(o.dimensions().get("SEX"));
      assertThat(r.isNullAt(3)).isEqualTo(o.value().isEmpty());
      assertThat(r.getString(5)).isEqualTo(o.confidentiality().orElseThrow());
    }
    assertThat(rows).anyMatch(r -> r.isNullAt(3) && r.getString(5).equals("A"));
  }

  @Test
  void traffickingVictimsOfTheRealCtdcExcerptGiveTheCliTable() throws IOException {
    Path file = SharedData.data("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv");
    Dataset<Row> read = spark.read().format("mignet").option("from", "ctdc").load(file.toString());
    AggregationReport r =
        assertSameAsCli(
            read, "trafficking", "CITIZENSHIP,SEX,AGE", 10, "ctdc", null, List.of(file));
    assertThat(r.result().audit()).isNotEmpty();
    // CTDC records gender, not sex: the cluster warns as the CLI does (MG-STAT-008, with the same
    // count)
    assertThat(r.result().warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.ruleId().value()).isEqualTo("MG-STAT-008"));
  }

  /**
   * Generated NDJSON files split into byte ranges across tasks: records left out (broken lines,
   * invalid records under a profile) are named by their number in the file, as the CLI names them,
   * whatever task read them.
   */
  @Test
  void generatedCasesSplitAcrossTasksGiveTheCliTableAndRecordsLeftOut(@TempDir Path dir)
      throws IOException {
    Path trafficking = dir.resolve("trafficking.ndjson");
    MignetDataSourceTest.generate(trafficking, 2_500);
    Dataset<Row> t = split("TraffickingCase", trafficking, null);
    assertThat(t.rdd().getNumPartitions()).isGreaterThanOrEqualTo(4);
    AggregationReport tr =
        assertSameAsCli(t, "trafficking", "SEX,AGE", 5, "ndjson", null, List.of(trafficking));
    assertThat(tr.result().leftOut()).hasSizeGreaterThan(20);

    Path smuggling = dir.resolve("smuggling.ndjson");
    cases(smuggling, "SmugglingCase.json", 1_500);
    AggregationReport sm =
        assertSameAsCli(
            split("SmugglingCase", smuggling, "exchange"),
            "smuggling",
            "CITIZENSHIP,ROUTE",
            5,
            "ndjson",
            "exchange",
            List.of(smuggling));
    assertThat(sm.result().leftOut()).isNotEmpty();
    assertThat(sm.result().audit()).isNotEmpty();

    Path returns = dir.resolve("returns.ndjson");
    cases(returns, "ReturnCase.json", 1_500);
    AggregationReport rt =
        assertSameAsCli(
            split("ReturnCase", returns, null),
            "returns",
            "CITIZENSHIP,RETURN_TYPE",
            5,
            "ndjson",
            null,
            List.of(returns));
    assertThat(rt.result().audit()).isNotEmpty();
  }

  private static Dataset<Row> split(String type, Path file, String profile) throws IOException {
    var reader =
        spark
            .read()
            .format("mignet")
            .option("from", "ndjson")
            .option("type", type)
            .option("split-bytes", String.valueOf(Files.size(file) / 4));
    if (profile != null) {
      reader = reader.option("profile", profile).option("reject-invalid", "true");
    }
    return reader.load(file.toString());
  }

  /**
   * Writes {@code n} lines of one conformance case (formats' test resources), each with its own
   * identifier and varied people, places, dates and types; every 101st line broken, every 37th
   * without a citizenship code mignet knows (invalid under {@code exchange}).
   */
  private static void cases(Path file, String base, int n) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path template = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(template.resolve("formats/src/test/resources"))) {
      template = template.getParent();
    }
    ObjectNode t =
        (ObjectNode)
            json.readTree(
                template
                    .resolve(
                        "formats/src/test/resources/org/mignet/formats/conformance/base/" + base)
                    .toFile());
    String[] countries = {"PAK", "AFG", "SYR", "NGA", "ERI", "BGD"};
    String[] sexes = {"MALE", "FEMALE", "MALE", "UNKNOWN"};
    String[] routes = {"Eastern Mediterranean", "Central Mediterranean", "Balkans"};
    String[] returnTypes = {"ASSISTED_VOLUNTARY", "FORCED", "VOLUNTARY_INDEPENDENT"};
    String[] hosts = {"ROU", "DEU", "GRC", "ITA", "MLT"};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= n; i++) {
        ObjectNode c = t.deepCopy();
        ((ObjectNode) c.path("meta").path("identifier")).put("value", "G-" + i);
        ObjectNode person =
            (ObjectNode) (c.has("returnee") ? c.get("returnee") : c.get("migrants").get(0));
        // every 250th of a rare citizenship: small cells to suppress
        String country = i % 250 == 0 ? "MLI" : countries[(i * 7) % countries.length];
        person.putArray("citizenships").add(i % 37 == 0 ? "QQQ" : country);
        person.put("sex", sexes[(i / 3) % sexes.length]);
        person.put("birthDate", String.valueOf(1980 + (i % 30)));
        if (c.has("routeName")) {
          c.put("routeName", routes[(i * i) % routes.length]);
          if (i % 5 == 0) {
            c.withArray("migrants").add(person.deepCopy().put("sex", "FEMALE"));
          }
        } else {
          c.put("type", returnTypes[i % returnTypes.length]);
          c.put("hostCountry", hosts[(i * 3) % hosts.length]);
          c.put("departureDate", (2019 + i % 6) + "-04-22");
        }
        String line = json.writeValueAsString(c);
        w.write(i % 101 == 0 ? line.substring(0, line.length() / 3) : line);
        w.write('\n');
      }
    }
  }

  @Test
  void aDataFrameOfAnotherRecordTypeIsRefusedNamingTheTypeToRead() {
    Path file = SharedData.data("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv");
    Dataset<Row> read = spark.read().format("mignet").option("from", "ctdc").load(file.toString());
    assertThatThrownBy(() -> MignetFunctions.aggregate(read, "returns", "SEX", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type=ReturnCase");
    assertThatThrownBy(() -> MignetFunctions.aggregate(read, "trafficking", "SEX", null, "greedy"))
        .hasMessageContaining("unknown method 'greedy'");
  }
}

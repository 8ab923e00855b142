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

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.json.CanonicalJson;

/**
 * The {@code mignet} data source on {@code local[2]} against the pipeline the CLI runs, on the same
 * input: real files of {@code ../shared/data} and a generated NDJSON input of 40,000 records (not
 * millions: the test must stay fast; the benchmark, {@code SparkValidationBenchmark}, runs
 * millions). One session for all the tests ({@link TestSpark}).
 */
class MignetDataSourceTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
  }

  /**
   * What the CLI's pipeline says of one record: its number, line, whether readable, issues and
   * record JSON.
   */
  private record Seen(long record, boolean unreadable, List<String> issues, String json)
      implements java.io.Serializable {}

  /**
   * The pipeline on one file, as {@code mignet validate} runs it (read, then validate under the
   * profile), in one pass: each record's outcome and the record it passed on.
   */
  private static List<Seen> pipeline(Path file, String name, String format, String profile)
      throws IOException {
    Format f = Formats.named(format);
    List<Seen> out = new ArrayList<>();
    String[] pending = new String[1];
    org.mignet.formats.RecordWriter sink =
        new org.mignet.formats.RecordWriter() {
          @Override
          public void write(org.mignet.core.model.MignetRecord record) {
            pending[0] = CanonicalJson.standard().toJson(record);
          }

          @Override
          public void close() {}
        };
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      Conversion.from(f)
          .validating(Validation.standard(), Validation.standard().profile(profile))
          .maxIssues(0)
          .drain(
              in,
              name,
              "test",
              f.carries(),
              sink,
              o -> {
                long line = o.location().line();
                out.add(
                    new Seen(
                        o.location().recordNumber().orElse(o.number()),
                        !o.isReadable(),
                        o.issues().stream().map(x -> describe(x, line)).toList(),
                        o.isReadable() ? digest(pending[0]) : null));
                pending[0] = null;
              });
    }
    return out;
  }

  private static List<String> crossRecord(Seen s) {
    return s.issues().stream()
        .filter(i -> i.startsWith("MG-XREC-"))
        .map(i -> i.substring(0, i.indexOf(' ')))
        .toList();
  }

  private static Seen withoutCrossRecord(Seen s) {
    return new Seen(
        s.record(),
        s.unreadable(),
        s.issues().stream().filter(i -> !i.startsWith("MG-XREC-")).toList(),
        s.json());
  }

  /**
   * @return a digest of a record's canonical JSON (the records themselves are too many to collect
   *     whole)
   */
  private static String digest(String json) {
    if (json == null) {
      return null;
    }
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(json.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(Issue i, long recordLine) {
    long line = i.location().line() > 0 ? i.location().line() : recordLine;
    return i.ruleId().value()
        + " "
        + i.severity()
        + " "
        + i.pointer()
        + " @"
        + (line > 0 ? line : "-")
        + " "
        + i.message(Locale.ENGLISH);
  }

  /**
   * The same facts from a DataFrame of the data source, in file and record order; each row is
   * turned back into a canonical record on the executors, through the canonical reader (the record
   * the pipeline would write).
   */
  private static List<Seen> spark(Dataset<Row> df, RecordType type) {
    StructType schema = df.schema();
    int rejected = schema.fieldIndex(MignetColumns.REJECTED);
    int issues = schema.fieldIndex(MignetColumns.ISSUES);
    int record = schema.fieldIndex(MignetColumns.RECORD);
    return df.queryExecution()
        .toRdd()
        .toJavaRDD()
        .map(row -> seen(row, type, rejected, issues, record))
        .collect();
  }

  private static Seen seen(InternalRow row, RecordType type, int rejected, int issues, int record) {
    StructType recordSchema = MignetDataSource.recordSchema(type);
    int n = recordSchema.size();
    List<String> found = new ArrayList<>();
    var array = row.getArray(issues);
    for (int i = 0; i < array.numElements(); i++) {
      InternalRow issue = array.getStruct(i, MignetColumns.ISSUE.size());
      found.add(
          issue.getUTF8String(0)
              + " "
              + issue.getUTF8String(1)
              + " "
              + issue.getUTF8String(2)
              + " @"
              + (issue.isNullAt(3) ? "-" : issue.getLong(3))
              + " "
              + issue.getUTF8String(4));
    }
    String json = null;
    if (!row.getBoolean(rejected)) {
      Object[] values = new Object[n];
      for (int i = 0; i < n; i++) {
        values[i] = row.isNullAt(i) ? null : row.get(i, recordSchema.fields()[i].dataType());
      }
      String document =
          ModelRows.toJson(
              new org.apache.spark.sql.catalyst.expressions.GenericInternalRow(values),
              recordSchema,
              type);
      json = digest(CanonicalJson.standard().toJson(CanonicalJson.standard().fromJson(document)));
    }
    return new Seen(row.getLong(record), row.getBoolean(rejected), found, json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "missing-migrants/MissingMigrants-Global-2023-12-07--16_48_56.csv, mmp, Incident",
    "ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv, ctdc, TraffickingCase"
  })
  void aRealFileGivesTheRecordsIssuesAndCountsOfTheCliPipeline(
      String relative, String format, String type) throws IOException {
    Path file = SharedData.data(relative);
    String name = file.toString();
    Dataset<Row> df =
        spark
            .read()
            .format("mignet")
            .option("from", format)
            .option("profile", "exchange")
            .load(name);

    List<Seen> expected = pipeline(file, name, format, "exchange");
    List<Seen> actual = spark(df, RecordType.named(type).orElseThrow());

    assertThat(expected).isNotEmpty();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Seen e = expected.get(i);
      Seen a = actual.get(i);
      assertThat(a.record()).as("record %d", i + 1).isEqualTo(e.record());
      assertThat(a.unreadable()).as("record %d rejected", i + 1).isEqualTo(e.unreadable());
      assertThat(a.issues()).as("record %d issues", i + 1).isEqualTo(e.issues());
      assertThat(a.json()).as("record %d", i + 1).isEqualTo(e.json());
    }
    // the schema comes from the model: one column per component, nested records as structs
    assertThat(df.schema().fieldNames()).startsWith("recordType", "meta");
    assertThat(df.schema().apply("meta").dataType()).isInstanceOf(StructType.class);
  }

  /**
   * 40,000 generated records (templates from the real CTDC excerpt, with a blank line and a broken
   * line here and there) split into byte ranges across tasks: the same records, issues, record and
   * line numbers as one pipeline over the whole file.
   */
  @Test
  void aLargeNdjsonFileSplitAcrossTasksGivesWhatOnePipelineGives(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("generated.ndjson");
    int lines = generate(file, 40_000);
    Dataset<Row> df =
        spark
            .read()
            .format("mignet")
            .option("from", "ndjson")
            .option("type", "TraffickingCase")
            .option("profile", "exchange")
            .option("split-bytes", String.valueOf(Files.size(file) / 7))
            .load(file.toString());

    assertThat(df.rdd().getNumPartitions()).isGreaterThanOrEqualTo(7);
    List<Seen> expected = pipeline(file, file.toString(), "ndjson", "exchange");
    List<Seen> actual = spark(df, RecordType.TRAFFICKING_CASE);
    assertThat(expected.size()).isGreaterThan(lines - 1_000);
    assertThat(actual).hasSameSizeAs(expected);
    // cross-record rules (an identifier used twice, MG-XREC-*) run within each task's split: what a
    // task finds the
    // pipeline finds too, but a repeat across splits only the one pipeline sees
    long crossInTasks = 0;
    long crossInPipeline = 0;
    for (int i = 0; i < expected.size(); i++) {
      Seen a = actual.get(i);
      Seen e = expected.get(i);
      assertThat(crossRecord(a)).as("record %d", i + 1).isSubsetOf(crossRecord(e));
      crossInTasks += crossRecord(a).size();
      crossInPipeline += crossRecord(e).size();
      if (!withoutCrossRecord(a).equals(withoutCrossRecord(e))) {
        assertThat(withoutCrossRecord(a)).as("record %d", i + 1).isEqualTo(withoutCrossRecord(e));
      }
    }
    assertThat(crossInTasks).as("repeats within a split are found").isPositive();
    assertThat(crossInTasks)
        .as("repeats across splits are not, in the tasks")
        .isLessThan(crossInPipeline);
    // checked across the whole input, every record has exactly the pipeline's issues, repeats
    // across splits included
    List<Seen> checked =
        spark(
            MignetFunctions.checkAcrossInput(df).orderBy(MignetColumns.RECORD),
            RecordType.TRAFFICKING_CASE);
    assertThat(checked).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      if (!checked.get(i).equals(expected.get(i))) {
        assertThat(checked.get(i)).as("record %d", i + 1).isEqualTo(expected.get(i));
      }
    }
    assertThat(expected.stream().filter(Seen::unreadable).count()).isGreaterThan(200);
  }

  /**
   * Writes {@code n} lines: canonical cases from the CTDC excerpt, every 97th broken, every 89th
   * blank.
   */
  static int generate(Path file, int n) throws IOException {
    List<String> templates = new ArrayList<>();
    Path ctdc = SharedData.data("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv");
    try (RecordReader r = Formats.named("ctdc").reader(Files.newInputStream(ctdc), "ctdc.csv")) {
      while (r.hasNext()) {
        if (r.next() instanceof ReadResult.Ok ok) {
          templates.add(CanonicalJson.standard().toJson(ok.record()));
        }
      }
    }
    assertThat(templates).hasSizeGreaterThan(50);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= n; i++) {
        String t = templates.get(i % templates.size());
        if (i % 89 == 0) {
          w.write("   ");
        } else if (i % 97 == 0) {
          w.write(t.substring(0, t.length() / 2));
        } else {
          w.write(t);
        }
        w.write('\n');
      }
    }
    return n;
  }

  @Test
  void aWriteAppliesThePolicyOnTheExecutorsAndReportsAsTheCliConversion(@TempDir Path dir)
      throws IOException {
    Path file = SharedData.data("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv");
    Path policy = dir.resolve("policy.json");
    Files.writeString(
        policy,
        "{\"agreement\": \"A-1\", \"categories\": {\"DIRECT_IDENTIFIER\": \"DROP\","
            + " \"QUASI_IDENTIFIER\": \"GENERALISE\", \"SENSITIVE\": \"DROP\"}}");
    Dataset<Row> cases =
        spark
            .read()
            .format("mignet")
            .option("from", "ctdc")
            .load(file.toString())
            .filter("not _rejected")
            .coalesce(1);
    Path out = dir.resolve("out");
    cases
        .write()
        .format("mignet")
        .option("to", "ndjson")
        .option("type", "TraffickingCase")
        .option("policy", policy.toString())
        .mode("overwrite")
        .save(out.toString());

    // the CLI's conversion of the same file with the same policy
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ConversionReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report =
          Conversion.from(Formats.named("ctdc"))
              .to(Formats.named("ndjson"))
              .options(
                  org.mignet.formats.FormatOptions.none()
                      .with(org.mignet.formats.FormatOptions.POLICY, policy))
              .run(in, file.toString(), expected);
    }
    List<Path> parts;
    try (Stream<Path> s = Files.list(out)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    assertThat(parts).hasSize(1);
    String written = Files.readString(parts.get(0));
    // compared whole, but not printed whole on failure: the records are long
    assertThat(written.equals(expected.toString(StandardCharsets.UTF_8)))
        .as("the part file is the CLI's output")
        .isTrue();
    String reports = Files.readString(out.resolve(MignetWrite.REPORT));
    assertThat(reports).contains("\"written\":" + report.written());
    assertThat(report.transformed()).isNotEmpty();
    for (var t : report.transformed()) {
      assertThat(reports)
          .contains(
              "{\"pointer\":\""
                  + t.pointer()
                  + "\",\"action\":\""
                  + t.action().code()
                  + "\",\"count\":"
                  + t.count()
                  + "}");
    }
    assertThat(Files.list(out).map(p -> p.getFileName().toString()).collect(Collectors.toList()))
        .noneMatch(n -> n.startsWith("_temporary"));
  }

  @Test
  void optionsNeitherTheSourceNorTheFormatTakesAreRefusedNamingThem() {
    assertThatThrownBy(
            () ->
                spark
                    .read()
                    .format("mignet")
                    .option("from", "mmp")
                    .option("mapinng", "x.json")
                    .load("nowhere.csv")
                    .count())
        .hasMessageContaining("'mapinng'")
        .hasMessageContaining("mmp reader");
    assertThatThrownBy(
            () ->
                spark
                    .read()
                    .format("mignet")
                    .option("from", "ndjson")
                    .load("nowhere.ndjson")
                    .count())
        .hasMessageContaining("carries several record types")
        .hasMessageContaining("TraffickingCase");
  }

  @Test
  void theValidateFunctionGivesTheIssuesOfTheValidationInTheLanguageAsked() {
    MignetFunctions.register(spark);
    String json = "{\"recordType\": \"Incident\"}";
    List<Row> en =
        spark
            .sql("select mignet_validate(j, 'exchange') as i from values ('" + json + "') as t(j)")
            .collectAsList();
    List<Row> fr =
        spark
            .sql(
                "select mignet_validate(j, 'exchange', 'fr') as i from values ('"
                    + json
                    + "') as t(j)")
            .collectAsList();
    List<Row> direct = MignetFunctions.validate(json, "exchange", "fr");
    List<Row> sqlFr = fr.get(0).<Row>getList(0);
    assertThat(sqlFr).isNotEmpty().isEqualTo(direct);
    assertThat(en.get(0).<Row>getSeq(0).size()).isEqualTo(sqlFr.size());
    assertThat(sqlFr.get(0).getString(3))
        .isNotEqualTo(en.get(0).<Row>getList(0).get(0).getString(3));
  }
}

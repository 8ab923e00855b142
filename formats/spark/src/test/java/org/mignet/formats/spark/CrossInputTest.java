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

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.CrossRecordCheck;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.json.CanonicalJson;

/**
 * The cross-record rules across the tasks of a read, compared with the CLI's pipeline over the same
 * files: {@code reject-invalid} over a file split across tasks (as {@code mignet convert
 * --profile}), an agency's own rule registered through the service loader ({@link
 * AgencyCaseReference}), and files read in the order given.
 */
class CrossInputTest {

  private static final RecordType TYPE = RecordType.TRAFFICKING_CASE;

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
  }

  /** What is said of one record: its file, number, whether rejected, its issues, the record. */
  private record Seen(String file, long record, boolean rejected, List<String> issues, String json)
      implements java.io.Serializable {}

  /**
   * The CLI's pipeline over files, in order: the records and the totals read, written, rejected.
   */
  private record Cli(List<Seen> seen, long read, long written, long rejected) {}

  /**
   * The CLI's pipeline over the files in the order given: with {@code reject}, each file on its own
   * as {@code mignet convert --profile P} and {@code mignet aggregate --profile P} run it; without,
   * the files one batch of the cross-record rules, as {@code mignet validate} runs them.
   */
  private static Cli cli(List<Path> files, String profile, boolean reject) throws IOException {
    Validation validation = Validation.standard();
    CrossRecordCheck batch = validation.crossRecord(validation.profile(profile));
    List<Seen> out = new ArrayList<>();
    long read = 0;
    long written = 0;
    long rejected = 0;
    for (Path file : files) {
      String name = file.toString();
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
      Conversion c = Conversion.from(Formats.named("ndjson")).maxIssues(0);
      c =
          reject
              ? c.rejectingInvalid(validation, validation.profile(profile))
              : c.validating(validation, validation.profile(profile)).crossRecord(batch);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        ConversionReport report =
            c.drain(
                in,
                name,
                "test",
                Set.of(TYPE),
                sink,
                o -> {
                  long line = o.location().line();
                  out.add(
                      new Seen(
                          name,
                          o.location().recordNumber().orElse(o.number()),
                          !o.passed(),
                          o.issues().stream().map(i -> describe(i, line)).toList(),
                          o.passed() ? normal(pending[0]) : null));
                  pending[0] = null;
                });
        read += report.read();
        written += report.written();
        rejected += report.rejected();
      }
    }
    return new Cli(out, read, written, rejected);
  }

  private static String normal(String json) {
    return json == null
        ? null
        : CanonicalJson.standard().toJson(CanonicalJson.standard().fromJson(json));
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

  /** The same facts from a DataFrame of the data source, in the order of the files given. */
  private static List<Seen> spark(Dataset<Row> df, List<Path> files) {
    StructType schema = df.schema();
    int source = schema.fieldIndex(MignetColumns.SOURCE);
    int rejected = schema.fieldIndex(MignetColumns.REJECTED);
    int issues = schema.fieldIndex(MignetColumns.ISSUES);
    int record = schema.fieldIndex(MignetColumns.RECORD);
    List<Seen> out =
        new ArrayList<>(
            df.queryExecution()
                .toRdd()
                .toJavaRDD()
                .map(row -> seen(row, source, rejected, issues, record))
                .collect());
    List<String> order = files.stream().map(Path::toString).toList();
    out.sort(
        Comparator.comparingInt((Seen s) -> order.indexOf(s.file()))
            .thenComparingLong(Seen::record));
    return out;
  }

  private static Seen seen(InternalRow row, int source, int rejected, int issues, int record) {
    StructType recordSchema = MignetDataSource.recordSchema(TYPE);
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
      Object[] values = new Object[recordSchema.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.isNullAt(i) ? null : row.get(i, recordSchema.fields()[i].dataType());
      }
      json = normal(ModelRows.toJson(new GenericInternalRow(values), recordSchema, TYPE));
    }
    return new Seen(
        row.getUTF8String(source).toString(),
        row.getLong(record),
        row.getBoolean(rejected),
        found,
        json);
  }

  private static void assertSame(List<Seen> actual, List<Seen> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      if (!actual.get(i).equals(expected.get(i))) {
        assertThat(actual.get(i)).as("record %d", i + 1).isEqualTo(expected.get(i));
      }
    }
  }

  /**
   * Writes {@code n} lines of canonical cases (templates from the real CTDC excerpt), each with the
   * identifier {@code prefix + line} unless {@code ids} gives another; every 397th line broken,
   * every 331st blank.
   */
  static void write(Path file, int n, String prefix, Map<Integer, String> ids) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> templates = new ArrayList<>();
    Path ctdc = SharedData.data("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv");
    try (RecordReader r = Formats.named("ctdc").reader(Files.newInputStream(ctdc), "ctdc.csv")) {
      while (r.hasNext()) {
        if (r.next() instanceof ReadResult.Ok ok) {
          templates.add(json.readTree(CanonicalJson.standard().toJson(ok.record())));
        }
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= n; i++) {
        ObjectNode t = templates.get(i % templates.size()).deepCopy();
        ((ObjectNode) t.get("meta").get("identifier"))
            .put("value", ids.getOrDefault(i, prefix + i));
        String line = json.writeValueAsString(t);
        if (i % 331 == 0) {
          w.write("  ");
        } else if (i % 397 == 0) {
          w.write(line.substring(0, line.length() / 2));
        } else {
          w.write(line);
        }
        w.write('\n');
      }
    }
  }

  private static Dataset<Row> read(Path file, String profile, boolean reject, long splitBytes) {
    return spark
        .read()
        .format("mignet")
        .option("from", "ndjson")
        .option("type", TYPE.typeName())
        .option("profile", profile)
        .option("reject-invalid", String.valueOf(reject))
        .option("split-bytes", String.valueOf(splitBytes))
        .load(file.toString());
  }

  private static boolean has(Seen s, String rule, String text) {
    return s.issues().stream().anyMatch(i -> i.startsWith(rule + " ") && i.contains(text));
  }

  @Test
  void rejectInvalidRejectsARepeatSeveralSplitsAwayAsTheCliDoes(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("cases.ndjson");
    // a repeat four splits from its first use, two repeats of one identifier in later splits, a
    // repeat within the first split and one within the last (named by the file's record and line)
    write(
        file,
        4_000,
        "c-",
        Map.of(3_900, "c-5", 2_500, "c-1200", 3_999, "c-1200", 30, "c-20", 3_500, "c-3450"));
    Dataset<Row> df = read(file, "exchange", true, Files.size(file) / 5);

    assertThat(df.rdd().getNumPartitions()).isGreaterThanOrEqualTo(5);
    Cli expected = cli(List.of(file), "exchange", true);
    List<Seen> actual = spark(df, List.of(file));

    assertSame(actual, expected.seen());
    assertThat(df.count()).isEqualTo(expected.read());
    assertThat(df.filter(not(col(MignetColumns.REJECTED))).count()).isEqualTo(expected.written());
    assertThat(df.filter(col(MignetColumns.REJECTED)).count()).isEqualTo(expected.rejected());
    // the repeats far from their first use are among them, rejected, naming the first use
    assertThat(expected.seen())
        .filteredOn(s -> has(s, "MG-XREC-001", "record 5,"))
        .singleElement()
        .satisfies(s -> assertThat(s.rejected()).isTrue());
    assertThat(expected.seen()).filteredOn(s -> has(s, "MG-XREC-001", "line 1200")).hasSize(2);
    assertThat(expected.seen()).filteredOn(s -> has(s, "MG-XREC-001", "line 3450")).hasSize(1);
  }

  @Test
  void anAgencysOwnCrossRecordRuleSeesEveryRecordInInputOrderAcrossSplits(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("cases.ndjson");
    // line 17 is "c-17": its other-case twin sits three splits later
    write(file, 3_000, "c-", Map.of(2_800, "C-17"));
    Dataset<Row> df = read(file, AgencyCaseReference.PROFILE, false, Files.size(file) / 4);
    assertThat(df.rdd().getNumPartitions()).isGreaterThanOrEqualTo(4);
    Cli expected = cli(List.of(file), AgencyCaseReference.PROFILE, false);
    assertThat(expected.seen()).filteredOn(s -> has(s, "TEST-XREC-001", "record 17.")).hasSize(1);
    // each task alone misses it
    assertThat(spark(df, List.of(file))).noneMatch(s -> has(s, "TEST-XREC-001", ""));

    assertSame(spark(MignetFunctions.checkAcrossInput(df), List.of(file)), expected.seen());
  }

  @Test
  void rejectInvalidOverASplitFileRefusesAnAgencysOwnCrossRecordRule(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("cases.ndjson");
    write(file, 1_000, "c-", Map.of());
    Dataset<Row> df = read(file, AgencyCaseReference.PROFILE, true, Files.size(file) / 3);

    assertThatThrownBy(df::count)
        .hasStackTraceContaining("TEST-XREC-001")
        .hasStackTraceContaining("checkAcrossInput");
  }

  @Test
  void filesAreReadAndReportedInTheOrderGivenNotByName(@TempDir Path dir) throws IOException {
    Path z = dir.resolve("z.ndjson");
    Path a = dir.resolve("a.ndjson");
    write(z, 300, "z-", Map.of());
    // a's line 100 uses z's line 50 again: reported in a, given second, naming z
    write(a, 300, "a-", Map.of(100, "z-50"));
    Dataset<Row> df =
        spark
            .read()
            .format("mignet")
            .option("from", "ndjson")
            .option("type", TYPE.typeName())
            .option("profile", "exchange")
            .load(z.toString(), a.toString());
    Cli expected = cli(List.of(z, a), "exchange", false);
    assertThat(expected.seen())
        .filteredOn(s -> has(s, "MG-XREC-001", z.toString()))
        .singleElement()
        .satisfies(s -> assertThat(s.file()).isEqualTo(a.toString()));

    assertSame(spark(MignetFunctions.checkAcrossInput(df), List.of(z, a)), expected.seen());
    // the report lists the issues file by file in the order given, as the CLI does
    JsonNode report = new ObjectMapper().readTree(MignetFunctions.report(df));
    List<String> listed = new ArrayList<>();
    report
        .get("issues")
        .forEach(i -> listed.add(i.get("file").asText() + " " + i.get("rule").asText()));
    List<String> cliOrder = new ArrayList<>();
    for (Seen s : expected.seen()) {
      s.issues().forEach(i -> cliOrder.add(s.file() + " " + i.substring(0, i.indexOf(' '))));
    }
    assertThat(listed).isEqualTo(cliOrder);
  }
}

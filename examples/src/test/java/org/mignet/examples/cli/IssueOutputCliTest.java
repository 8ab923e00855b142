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
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;
import org.mignet.formats.json.ReportJson;

/**
 * Text and JSON output people can use: --max-issues, the summary per rule, one issue shape, {@code
 * -}.
 */
class IssueOutputCliTest {

  private static final Path MMP_2023 =
      TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--16_48_56.csv");

  @TempDir Path dir;

  private static List<String> issueLines(String out) {
    return out.lines().filter(l -> l.contains(": record ")).toList();
  }

  @Test
  void maxIssuesShowsAtMostNPerRuleAndInAllThenHowManyMore() {
    CliRun all = CliRun.of("validate", MMP_2023.toString());
    CliRun two = CliRun.of("validate", "--max-issues", "2", MMP_2023.toString());
    CliRun five = CliRun.of("validate", "--max-issues", "5", MMP_2023.toString());

    int total = issueLines(all.out()).size();
    assertThat(total).isEqualTo(30);
    assertThat(issueLines(two.out())).hasSize(2);
    assertThat(two.out()).contains("… " + (total - 2) + " more issues not shown (--max-issues 2)");
    // five in all, never more than five of one rule; the first rule in the file (MG-MMP-011) is
    // broken 19 times
    List<String> shown = issueLines(five.out());
    assertThat(shown).hasSize(5);
    assertThat(shown.stream().filter(l -> l.contains("MG-MMP-011")).count()).isLessThanOrEqualTo(5);
    assertThat(five.out()).contains("… " + (total - 5) + " more issues not shown (--max-issues 5)");
    // the summary line and the exit code do not change with the limit
    assertThat(two.exitCode()).isEqualTo(all.exitCode()).isEqualTo(Mignet.INVALID);
    assertThat(last(two.out()))
        .isEqualTo(last(all.out()))
        .startsWith("1912 records: 1901 valid, 11 invalid");
  }

  @Test
  void maxIssuesZeroShowsNoIssueButStillTheCountPerRuleAndANegativeOneIsAUsageError() {
    CliRun none = CliRun.of("validate", "--max-issues", "0", MMP_2023.toString());

    assertThat(issueLines(none.out())).isEmpty();
    assertThat(none.out())
        .contains("… 30 more issues not shown (--max-issues 0)", "Issues by rule:");
    CliRun negative = CliRun.of("validate", "--max-issues", "-1", MMP_2023.toString());
    assertThat(negative.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(negative.err()).contains("--max-issues must be 0 or more");
  }

  @Test
  void textEndsWithACountPerRuleAndShowsThePointerOnce() {
    CliRun run = CliRun.of("validate", MMP_2023.toString());

    assertThat(run.out())
        .containsSubsequence(
            "Issues by rule:",
            "MG-INC-002",
            "2",
            "MG-INC-003",
            "9",
            "MG-MMP-011",
            "19",
            "1912 records");
    assertThat(run.out()).containsPattern("\\n  MG-INC-003  error     9\\n");
    assertThat(issueLines(run.out())).hasSize(30).allSatisfy(IssueOutputCliTest::pointerOnce);
    CliRun convert =
        CliRun.of(
            "convert", "--to", "ndjson", MMP_2023.toString(), dir.resolve("o.ndjson").toString());
    List<String> lines = issueLines(convert.err());
    assertThat(lines)
        .hasSize(19)
        .allSatisfy(
            l -> { // without --profile: the read warnings only
              assertThat(l).startsWith(MMP_2023 + ": record ").doesNotContain(" @ ");
              pointerOnce(l);
            });
    assertThat(convert.err()).contains("Issues by rule:");
  }

  @Test
  void validateJsonAndTheConversionReportShareOneIssueShapeTheSchemaDescribes() throws Exception {
    Path sample = TestFiles.copySample(dir, "invalid-incident-and-case.json");
    Path report = dir.resolve("report.json");
    CliRun validate = CliRun.of("validate", "--json", sample.toString());
    CliRun convert =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--profile",
            "structural",
            "--report",
            report.toString(),
            sample.toString(),
            dir.resolve("out.ndjson").toString());
    assertThat(convert.exitCode()).as(convert.err()).isEqualTo(Mignet.INVALID);

    ObjectMapper json = new ObjectMapper();
    JsonNode fromValidate = json.readTree(validate.out()).get("issues");
    JsonNode fromConvert = json.readTree(Files.readString(report)).get("issues");
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                new String(
                    ReportJson.class.getResourceAsStream(ReportJson.ISSUE_SCHEMA).readAllBytes(),
                    StandardCharsets.UTF_8),
                InputFormat.JSON);
    assertThat(fromValidate).isNotEmpty();
    assertThat(fromConvert).isNotEmpty();
    for (JsonNode issue : fromValidate) {
      assertThat(schema.validate(issue)).as(issue.toString()).isEmpty();
    }
    for (JsonNode issue : fromConvert) {
      assertThat(schema.validate(issue)).as(issue.toString()).isEmpty();
    }
    // the same issues, field for field: the file as the user named it, record, line, pointer, value
    // or masked
    assertThat(fieldNames(fromValidate)).isEqualTo(fieldNames(fromConvert));
    assertThat(fromConvert.get(0).get("file").asText()).isEqualTo(sample.toString());
    // convert adds its own rejections (MG-CONV-003: not written); the issues of the records
    // themselves are the same
    List<JsonNode> recordIssues = new ArrayList<>();
    fromConvert.forEach(
        i -> {
          if (!i.get("rule").asText().startsWith("MG-CONV-")) {
            recordIssues.add(i);
          }
        });
    assertThat(recordIssues).containsExactlyElementsOf(fromValidate);
    assertThat(fromValidate.findValuesAsText("masked")).contains("true");
    assertThat(fromValidate.findValuesAsText("value")).contains("ATL");
    // a broken issue is refused by the schema: it can fail
    assertThat(
            schema.validate(
                json.readTree(
                    "{\"rule\":\"MG-INC-001\",\"severity\":\"ERROR\",\"file\":null,"
                        + "\"record\":0,\"line\":null,\"pointer\":\"x\",\"masked\":true,\"value\":\"v\",\"message\":\"m\"}")))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void schemaInTheJarIsTheOneInDocs() throws Exception {
    Path docs = Path.of("../docs/issue.schema.json");
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.ISSUE_SCHEMA)) {
      assertThat(in).as(ReportJson.ISSUE_SCHEMA).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(docs));
    }
  }

  @Test
  void jsonWithMaxIssuesKeepsAtMostNAndCountsTheRestByRule() throws Exception {
    CliRun run = CliRun.of("validate", "--json", "--max-issues", "4", MMP_2023.toString());

    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.get("issues")).hasSize(4);
    assertThat(out.get("rules").get("MG-MMP-011").get("count").asLong()).isEqualTo(19);
    long omitted = 0;
    for (JsonNode n : out.get("omitted")) {
      omitted += n.asLong();
    }
    assertThat(omitted).isEqualTo(30 - 4);
  }

  @Test
  void dashReadsStandardInputAndWritesStandardOutput() throws Exception {
    byte[] sample =
        Files.readAllBytes(TestFiles.copySample(dir, "incident-central-mediterranean.json"));
    InputStream stdin = System.in;
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(sample));
      CliRun validate = CliRun.of("validate", "--from", "json", "-");
      assertThat(validate.exitCode()).as(validate.err()).isZero();
      assertThat(validate.out()).contains("1 records: 1 valid, 0 invalid");

      System.setIn(new ByteArrayInputStream(sample));
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      CliRun convert = CliRun.of("convert", "--from", "json", "--to", "ndjson", "-", "-");
      assertThat(convert.exitCode()).as(convert.err()).isZero();

      System.setIn(new ByteArrayInputStream(Files.readAllBytes(MMP_2023)));
      CliRun aggregate =
          CliRun.of(
              "aggregate",
              "--from",
              "mmp",
              "--by",
              "ROUTE",
              "-",
              dir.resolve("stats.csv").toString());
      assertThat(aggregate.exitCode()).as(aggregate.err()).isZero();
      assertThat(aggregate.err()).contains("aggregated 1912 incidents");
    } finally {
      System.setIn(stdin);
      System.setOut(stdout);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .startsWith("{\"recordType\":\"Incident\"");
    assertThat(Files.exists(Path.of("-"))).isFalse();
    assertThat(CliRun.of("validate", "-").err())
        .contains("cannot tell the format of standard input (-); name it " + "with --from");
  }

  /** The line's pointer (after the rule id) occurs once in what follows the file name. */
  private static void pointerOnce(String line) {
    String rest = line.substring(MMP_2023.toString().length());
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(" MG-[A-Z]+-\\d+ (/\\S*):").matcher(rest);
    assertThat(m.find()).as(line).isTrue();
    String pointer = m.group(1);
    assertThat(rest.split(java.util.regex.Pattern.quote(pointer), -1)).as(line).hasSize(2);
  }

  private static Set<Set<String>> fieldNames(JsonNode issues) {
    Set<Set<String>> out = new HashSet<>();
    for (JsonNode i : issues) {
      Set<String> names = new HashSet<>();
      i.fieldNames().forEachRemaining(names::add);
      out.add(names);
    }
    return out;
  }

  private static String last(String out) {
    List<String> lines = new ArrayList<>(out.lines().toList());
    return lines.get(lines.size() - 1);
  }
}

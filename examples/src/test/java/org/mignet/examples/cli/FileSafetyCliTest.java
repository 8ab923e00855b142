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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;

/**
 * The files a command writes are safe (issue 8, point 8): it never writes over its input, and a run
 * that fails leaves an existing output byte for byte as it was and no temporary file beside it.
 */
class FileSafetyCliTest {

  private static final String PREVIOUS = "the previous run's output, to be kept\n";

  @TempDir Path dir;

  private Path sample(String name) throws Exception {
    return TestFiles.copySample(dir, name);
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private Path mmpCsv() throws Exception {
    return Files.writeString(
        dir.resolve("mmp.csv"),
        "\"Main ID\",\"Incident ID\",\"Incident Date\",\"Number Dead\","
            + "\"Minimum Estimated Number of Missing\",\"Total Number of Dead and Missing\",\"Migration route\"\n"
            + "A,A1,\"Mon, 01/02/2023 - 12:00\",2,3,5,\"Central Mediterranean\"\n");
  }

  @Test
  void refusesToConvertAFileOntoItself() throws Exception {
    Path in = sample("incident-central-mediterranean.json");
    byte[] before = Files.readAllBytes(in);

    CliRun run = CliRun.of("convert", "--to", "json", in.toString(), in.toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("cannot write " + in + ": it is the input");
    assertThat(in).hasBinaryContent(before);
    assertThat(files()).containsExactly(in);
  }

  @Test
  void refusesToConvertOntoALinkToTheInput() throws Exception {
    Path in = sample("incident-central-mediterranean.json");
    byte[] before = Files.readAllBytes(in);
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), in);

    CliRun run = CliRun.of("convert", "--to", "ndjson", in.toString(), link.toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(in).hasBinaryContent(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void refusesToWriteTheReportOverTheInputOrTheOutput() throws Exception {
    Path in = sample("incident-central-mediterranean.json");
    byte[] before = Files.readAllBytes(in);
    Path out = dir.resolve("out.ndjson");

    CliRun overInput =
        CliRun.of(
            "convert", "--to", "ndjson", "--report", in.toString(), in.toString(), out.toString());
    CliRun overOutput =
        CliRun.of(
            "convert", "--to", "ndjson", "--report", out.toString(), in.toString(), out.toString());

    assertThat(overInput.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(overOutput.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(in).hasBinaryContent(before);
    assertThat(files()).containsExactly(in);
  }

  @Test
  void refusesToAggregateAFileOntoItself() throws Exception {
    Path in = mmpCsv();
    byte[] before = Files.readAllBytes(in);

    CliRun run = CliRun.of("aggregate", "--by", "ROUTE", in.toString(), in.toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(in).hasBinaryContent(before);
  }

  @Test
  void leavesAnExistingOutputUntouchedWhenTheRunFails() throws Exception {
    Path in = sample("trafficking-case-two-victims.json");
    Path policy = Files.writeString(dir.resolve("policy.json"), "not a policy");
    Path out = Files.writeString(dir.resolve("cases.csv"), PREVIOUS);

    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "htcds",
            "--policy",
            policy.toString(),
            in.toString(),
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("sharing policy");
    assertThat(out).hasContent(PREVIOUS.strip());
    assertThat(files()).containsExactly(out, policy, in);
  }

  @Test
  void removesTheTemporaryFileWhenTheRunFails() throws Exception {
    Path in = sample("trafficking-case-two-victims.json");
    Path policy = Files.writeString(dir.resolve("policy.json"), "[\"not\", \"a\", \"policy\"]");

    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "htcds",
            "--policy",
            policy.toString(),
            in.toString(),
            dir.resolve("cases.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(files()).containsExactly(policy, in);
  }

  @Test
  void leavesAnExistingReportAndOutputUntouchedWhenTheRunFails() throws Exception {
    Path in = sample("trafficking-case-two-victims.json");
    Path policy = Files.writeString(dir.resolve("policy.json"), "not a policy");
    Path out = Files.writeString(dir.resolve("cases.csv"), PREVIOUS);
    Path report = Files.writeString(dir.resolve("report.json"), PREVIOUS);

    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "htcds",
            "--policy",
            policy.toString(),
            "--report",
            report.toString(),
            in.toString(),
            out.toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(report).hasContent(PREVIOUS.strip());
    assertThat(out).hasContent(PREVIOUS.strip());
    assertThat(files()).containsExactly(out, policy, report, in);
  }

  @Test
  void aReportThatCannotBeWrittenStopsTheRunBeforeTheOutputChanges() throws Exception {
    Path in = sample("incident-central-mediterranean.json");
    Path out = Files.writeString(dir.resolve("out.ndjson"), PREVIOUS);
    Path report = dir.resolve("no-such-dir").resolve("report.json");

    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--report",
            report.toString(),
            in.toString(),
            out.toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("cannot write " + report + ": its directory does not exist");
    assertThat(out).hasContent(PREVIOUS.strip());
  }

  @Test
  void aMissingOutputDirectoryIsAnErrorNamingTheOutput() throws Exception {
    Path in = sample("incident-central-mediterranean.json");
    Path out = dir.resolve("no-such-dir").resolve("out.ndjson");

    CliRun run = CliRun.of("convert", "--to", "ndjson", in.toString(), out.toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err())
        .contains("cannot write " + out + ": its directory does not exist")
        .doesNotContain("cannot convert");
    assertThat(files()).containsExactly(in);
  }

  @Test
  void replacesAnExistingOutputWhenTheRunCompletes() throws Exception {
    Path in = sample("incident-central-mediterranean.json");
    Path out = Files.writeString(dir.resolve("out.ndjson"), PREVIOUS);
    Path report = Files.writeString(dir.resolve("report.json"), PREVIOUS);

    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--report",
            report.toString(),
            in.toString(),
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    assertThat(TestFiles.readCanonical(out)).isEqualTo(TestFiles.readCanonical(in));
    assertThat(Files.readString(report)).contains("\"read\"");
    assertThat(files()).containsExactly(in, out, report);
  }

  @Test
  void refusesAnAggregateTargetThatCannotHoldStatisticsAndLeavesOutputUntouched() throws Exception {
    Path in = mmpCsv();
    Path out = Files.writeString(dir.resolve("stats.csv"), PREVIOUS);

    CliRun run =
        CliRun.of("aggregate", "--by", "ROUTE", "--to", "htcds", in.toString(), out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("htcds cannot hold statistics").doesNotContain("internal error");
    assertThat(out).hasContent(PREVIOUS.strip());
    assertThat(files()).containsExactly(in, out);
  }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;

/**
 * {@code --threads N} changes how many threads work, never what {@code validate} and {@code
 * convert} print.
 */
class ThreadsCliTest {

  @TempDir Path dir;

  private static final String MMP =
      "missing-migrants/MissingMigrants-Global-2023-12-07--16_49_29.csv";

  @Test
  void validatePrintsTheSameLinesOnOneAndOnThreeThreads() {
    String file = TestFiles.sharedData(MMP).toString();
    CliRun one = CliRun.of("validate", "--profile", "exchange", "--threads", "1", file);
    CliRun three = CliRun.of("validate", "--profile", "exchange", "--threads", "3", file);
    assertThat(one.out()).contains("records:").contains("MG-");
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(three.exitCode()).isEqualTo(one.exitCode());
  }

  @Test
  void validateJsonIsTheSameOnTwoThreads() {
    String file = TestFiles.sharedData(MMP).toString();
    CliRun one = CliRun.of("validate", "--json", "--threads", "1", file);
    CliRun two = CliRun.of("validate", "--json", "--threads", "2", file);
    assertThat(one.out()).contains("\"records\"");
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void convertWritesTheSameFileAndReportOnTwoThreads() throws Exception {
    Path in = TestFiles.sharedData(MMP);
    Path out1 = dir.resolve("one.ndjson");
    Path out2 = dir.resolve("two.ndjson");
    CliRun one =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--profile",
            "structural",
            "--threads",
            "1",
            "--report",
            dir.resolve("one.json").toString(),
            in.toString(),
            out1.toString());
    CliRun two =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--profile",
            "structural",
            "--threads",
            "2",
            "--report",
            dir.resolve("two.json").toString(),
            in.toString(),
            out2.toString());
    assertThat(Files.size(out1)).isPositive();
    assertThat(Files.readAllBytes(out2)).isEqualTo(Files.readAllBytes(out1));
    assertThat(Files.readString(dir.resolve("two.json")))
        .isEqualTo(Files.readString(dir.resolve("one.json")));
    assertThat(two.err()).isEqualTo(one.err());
    assertThat(two.exitCode()).isEqualTo(one.exitCode());
  }

  @Test
  void fewerThanOneThreadIsAUsageError() {
    CliRun run = CliRun.of("validate", "--threads", "0");
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("--threads must be 1 or more");
    CliRun convert =
        CliRun.of(
            "convert", "--to", "ndjson", "--threads", "-2", TestFiles.sharedData(MMP).toString());
    assertThat(convert.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(convert.err()).contains("--threads must be 1 or more");
  }
}

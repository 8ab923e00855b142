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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.MignetRecord;
import org.mignet.examples.TestFiles;

class ConvertCommandTest {

  @TempDir Path dir;

  private Path sample(String name) throws Exception {
    return TestFiles.copySample(dir, name);
  }

  private static List<MignetRecord> read(Path file) throws Exception {
    return TestFiles.readCanonical(file);
  }

  @Test
  void convertsABundleToNdjsonAndBackWithoutChangingARecord() throws Exception {
    Path in = sample("organizations-and-referral.json");
    Path ndjson = dir.resolve("out.ndjson");
    Path report = dir.resolve("report.json");

    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--report",
            report.toString(),
            in.toString(),
            ndjson.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    assertThat(read(ndjson)).isEqualTo(read(in));
    assertThat(Files.readAllLines(ndjson)).hasSize(read(in).size());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("read").asLong())
        .isEqualTo(json.get("written").asLong() + json.get("rejected").asLong());
    assertThat(json.get("rejected").asLong()).isZero();
    assertThat(json.get("lost")).isEmpty();
    assertThat(run.err())
        .contains("read " + read(in).size() + ", written " + read(in).size() + ", rejected 0");
  }

  @Test
  void rejectsInvalidRecordsUnderAProfileAndExitsOne() throws Exception {
    Path in = sample("invalid-incident-and-case.json");
    Path report = dir.resolve("report.json");

    CliRun run =
        CliRun.of(
            "convert",
            "--from",
            "json",
            "--to",
            "ndjson",
            "--profile",
            "structural",
            "--report",
            report.toString(),
            in.toString(),
            dir.resolve("out.ndjson").toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("rejected").asLong()).isEqualTo(5);
    assertThat(json.get("written").asLong()).isZero();
    assertThat(json.get("issues").findValuesAsText("rule")).contains("MG-INC-001", "MG-CONV-003");
  }

  @Test
  void unknownFormatAndMissingInputAreUsageErrors() throws Exception {
    Path in = sample("incident-central-mediterranean.json");
    assertThat(CliRun.of("convert", "--to", "no-such-format", in.toString()).exitCode())
        .isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(
            CliRun.of("convert", "--to", "ndjson", dir.resolve("missing.json").toString())
                .exitCode())
        .isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(CliRun.of("convert", in.toString()).exitCode())
        .as("--to is required")
        .isEqualTo(Mignet.USAGE_OR_IO);
  }
}

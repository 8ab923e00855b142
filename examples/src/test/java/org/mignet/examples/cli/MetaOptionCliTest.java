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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --meta} fills record metadata a file does not give; the summary counts observations of
 * datasets.
 */
class MetaOptionCliTest {

  @TempDir Path dir;

  private Path[] files() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("spec.json"),
            "{\"mappingSpec\": \"1.0\", \"name\": \"t\", "
                + "\"dataflow\": \"TEST:DF(1.0)\", \"sensitivity\": \"PUBLIC\", "
                + "\"recordMeta\": {\"sourceOrganization\": \"Statistics Office\"}, \"columns\": ["
                + "{\"column\": \"area\", \"to\": \"/dimensions/REF_AREA\"}, "
                + "{\"column\": \"year\", \"to\": \"/dimensions/TIME_PERIOD\"}, {\"column\": \"n\", \"to\": \"/value\"}]}");
    Path csv = Files.writeString(dir.resolve("in.csv"), "area,year,n\nDEU,2020,5\nFRA,2020,7\n");
    return new Path[] {spec, csv};
  }

  @Test
  void fillsTheDateTheFileDoesNotGiveAndKeepsThePublisherTheSpecStates() throws Exception {
    Path[] f = files();
    Path out = dir.resolve("out.ndjson");
    CliRun run =
        CliRun.of(
            "convert",
            "--mapping",
            f[0].toString(),
            "--to",
            "ndjson",
            "--profile",
            "exchange",
            "--meta",
            "created=2024-03-01,sourceOrganization=Someone Else",
            f[1].toString(),
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    for (String line : Files.readAllLines(out)) {
      JsonNode meta = new ObjectMapper().readTree(line).path("meta");
      assertThat(meta.path("sourceOrganization").asText()).isEqualTo("Statistics Office");
      assertThat(meta.path("created").asText()).isEqualTo("2024-03-01T00:00:00Z");
    }
    assertThat(run.err())
        .contains(
            "transformed: /meta/created filled: the record had none, the conversion gave it (1)")
        // the two rows are one dataset
        .contains("read 1, written 1, rejected 0")
        .contains("; observations: read 2, written 2, rejected 0");
  }

  @Test
  void validateTakesTheSameOptionAndCountsObservations() throws Exception {
    Path[] f = files();
    CliRun without =
        CliRun.of(
            "validate",
            "--from",
            "csv",
            "--mapping",
            f[0].toString(),
            "--profile",
            "exchange",
            f[1].toString());
    assertThat(without.out()).contains("MG-META-011").doesNotContain("MG-META-010");
    CliRun with =
        CliRun.of(
            "validate",
            "--from",
            "csv",
            "--mapping",
            f[0].toString(),
            "--profile",
            "exchange",
            "--meta",
            "created=2024-03-01",
            f[1].toString());
    assertThat(with.exitCode()).as(with.out()).isEqualTo(Mignet.VALID);
    assertThat(with.out())
        .doesNotContain("MG-META-011")
        .contains("; observations: 2: 2 valid, 0 invalid");
  }

  @Test
  void refusesMetadataItDoesNotKnowAsAUsageError() throws Exception {
    Path[] f = files();
    CliRun run =
        CliRun.of(
            "convert",
            "--mapping",
            f[0].toString(),
            "--to",
            "ndjson",
            "--meta",
            "publisher=X",
            f[1].toString(),
            dir.resolve("o.ndjson").toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("--meta: unknown record metadata 'publisher'");
  }
}

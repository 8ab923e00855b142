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
 * The commands run through the one pipeline: policies for every writer, messages in the asked
 * language.
 */
class PipelineCliTest {

  @TempDir Path dir;

  private Path policy(String json) throws Exception {
    return Files.writeString(dir.resolve("policy.json"), json);
  }

  private static final String DROP_DIRECT =
      "{\"agreement\": \"A-1\", \"categories\": {\"DIRECT_IDENTIFIER\": "
          + "\"drop\", \"QUASI_IDENTIFIER\": \"generalise\", \"SENSITIVE\": \"keep\"}}";

  @Test
  void convertAppliesThePolicyToNdjsonAndReportsEachTransformation() throws Exception {
    Path in = TestFiles.copySample(dir, "trafficking-case-two-victims.json");
    Path out = dir.resolve("out.ndjson");
    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--policy",
            policy(DROP_DIRECT).toString(),
            in.toString(),
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    assertThat(Files.readString(out))
        .doesNotContain("Amara Example")
        .doesNotContain("Tobi Sample")
        .doesNotContain("1999-06")
        .contains("1999");
    assertThat(run.err())
        .contains("transformed: /victims/*/person/names dropped (2)")
        .contains("/victims/*/person/birthDate generalised");
  }

  @Test
  void aMisspeltPolicyMemberIsAUsageErrorAndNothingIsWritten() throws Exception {
    Path in = TestFiles.copySample(dir, "trafficking-case-two-victims.json");
    Path out = dir.resolve("out.ndjson");
    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--policy",
            policy("{\"agreement\": \"A-1\", \"categorie\": {}}").toString(),
            in.toString(),
            out.toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("/categorie").contains("expected");
    assertThat(out).doesNotExist();
  }

  @Test
  void validatePrintsReadLevelAndRuleMessagesAndTheSummaryInFrench() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.ndjson"),
            "{\"recordType\":\"Incident\",\"meta\":{\"identifier\":{\"system\":\"s\",\"value\":\"1\"},"
                + "\"schemaVersion\":\"1.0\",\"sensitivity\":\"PUBLIC\"},\"dead\":\"three\"}\n");
    CliRun run =
        CliRun.of(
            "validate",
            "--lang",
            "fr",
            "--sample",
            "invalid-incident-and-case.json",
            bad.toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    assertThat(run.out())
        .contains("enregistrements")
        .contains("non valides")
        .contains("erreur")
        .doesNotContain("{0}")
        .doesNotContain("Expected a");
  }

  @Test
  void aggregateTakesAPolicyAndAProfileThroughThePipeline() throws Exception {
    Path in = TestFiles.copySample(dir, "incident-central-mediterranean.json");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--by",
            "ROUTE",
            "--profile",
            "structural",
            "--policy",
            policy(DROP_DIRECT).toString(),
            in.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    assertThat(run.err()).contains("1 records read, 0 left out");
    // the profile rejects: the invalid sample's incident breaks MG-INC-001 and is left out with its
    // reason
    Path invalid = TestFiles.copySample(dir, "invalid-incident-and-case.json");
    CliRun rejected =
        CliRun.of("aggregate", "--by", "ROUTE", "--profile", "structural", invalid.toString());
    assertThat(rejected.exitCode()).isEqualTo(Mignet.INVALID);
    assertThat(rejected.err())
        .contains("MG-INC-001")
        .contains("MG-CONV-003")
        .contains("5 left out");
    // the policy is read: a policy that is not valid stops the run
    CliRun badPolicy =
        CliRun.of(
            "aggregate",
            "--by",
            "ROUTE",
            "--policy",
            policy("{\"agreement\": \"A\"}").toString(),
            in.toString());
    assertThat(badPolicy.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(badPolicy.err()).contains("/categories");
  }

  @Test
  void validateLinesKeepTheirLayoutAndTranslateEveryWordOfIt() {
    CliRun en = CliRun.of("validate", "--sample", "invalid-incident-and-case.json");
    assertThat(en.out())
        .contains(": record 1, line 4: ERROR MG-INC-001 /totalDeadAndMissing: ")
        .contains("(value withheld: personal data)");
    CliRun fr = CliRun.of("validate", "--lang", "fr", "--sample", "invalid-incident-and-case.json");
    assertThat(fr.out())
        .contains(": enregistrement 1, ligne 4: ERREUR MG-INC-001 /totalDeadAndMissing: ")
        .doesNotContain(": record ")
        .doesNotContain("value withheld")
        .doesNotContain(" ERROR ");
  }

  @Test
  void validateJsonKeepsTheFirstIssuesAndCountsTheRestByRule() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int n = 0; n < ValidateCommand.MAX_KEPT + 5; n++) {
      lines
          .append(
              "{\"recordType\":\"Incident\",\"meta\":{\"identifier\":{\"system\":\"s\",\"value\":\"")
          .append(n)
          .append(
              "\"},\"schemaVersion\":\"1.0\",\"sensitivity\":\"PUBLIC\"},\"dead\":2,"
                  + "\"missing\":3,\"totalDeadAndMissing\":9}\n");
    }
    Path file = Files.writeString(dir.resolve("many.ndjson"), lines);
    CliRun run = CliRun.of("validate", "--json", file.toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(json.get("records").asLong()).isEqualTo(ValidateCommand.MAX_KEPT + 5);
    assertThat(json.get("issues").size()).isEqualTo(ValidateCommand.MAX_KEPT);
    assertThat(json.get("omitted").get("MG-INC-001").asLong()).isPositive();
  }
}

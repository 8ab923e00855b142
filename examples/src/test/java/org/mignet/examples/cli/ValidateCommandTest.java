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
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.MignetRecord;
import org.mignet.examples.Samples;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.json.CanonicalJson;

class ValidateCommandTest {

  private static final String INVALID = "invalid-incident-and-case.json";
  private static final String SUMMARY =
      "\\d+ records: \\d+ valid, \\d+ invalid \\(\\d+ errors, \\d+ warnings\\)"
          + "(; observations: \\d+: \\d+ valid, \\d+ invalid)?";

  @TempDir Path dir;

  @Test
  void bundledSamplesAreValidByDefault() {
    CliRun run = CliRun.of("validate");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Mignet.VALID);
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .matches(SUMMARY)
        .startsWith(
            validSampleRecords()
                + " records: "
                + validSampleRecords()
                + " valid, 0 invalid (0 errors")
        .endsWith(
            "; observations: "
                + sampleObservations()
                + ": "
                + sampleObservations()
                + " valid, 0 invalid");
  }

  @Test
  void bundledSamplesAreValidUnderTheExchangeProfileInEveryLanguage() {
    for (String lang : UnLanguage.CODES) {
      CliRun run = CliRun.of("validate", "--profile", "exchange", "--lang", lang);
      assertThat(run.exitCode()).as(lang + ": " + run.out()).isEqualTo(Mignet.VALID);
    }
  }

  @Test
  void invalidSampleExitsOneAndJsonListsEachBrokenRuleWithItsPointer() throws Exception {
    Path file = copyOfSample(INVALID);

    CliRun run = CliRun.of("validate", "--json", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.INVALID);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("records").asInt()).isEqualTo(5);
    assertThat(root.path("invalid").asInt()).isEqualTo(5);
    assertThat(root.path("valid").asInt()).isZero();
    List<JsonNode> issues = new ArrayList<>();
    root.path("issues").forEach(issues::add);
    assertThat(issues)
        .allSatisfy(
            i -> {
              assertThat(
                      i.has("rule")
                          && i.has("severity")
                          && i.has("pointer")
                          && i.has("line")
                          && i.has("record")
                          && i.has("file")
                          && i.has("message"))
                  .as(i.toString())
                  .isTrue();
              assertThat(i.path("file").asText()).isEqualTo(file.toString());
            });
    // record numbers follow the bundle: incident, journey, referral, person, trafficking case
    assertThat(issues)
        .extracting(
            i -> i.path("rule").asText(),
            i -> i.path("pointer").asText(),
            i -> i.path("record").asInt())
        .contains(
            tuple("MG-INC-001", "/totalDeadAndMissing", 1),
            tuple("MG-CODE-001", "/countriesOfOrigin/1", 1),
            tuple("MG-REF-001", "/consent", 3),
            tuple("MG-TIP-001", "/palermo/means", 5));
    // the leg that departs after it arrives, and the birth date in the future: rule ids belong to
    // the rules branch
    assertThat(issues)
        .anySatisfy(
            i -> {
              assertThat(i.path("record").asInt()).isEqualTo(2);
              assertThat(i.path("pointer").asText()).startsWith("/legs/0");
              assertThat(i.path("severity").asText()).isIn("ERROR", "FATAL");
            });
    assertThat(issues)
        .anySatisfy(
            i -> {
              assertThat(i.path("record").asInt()).isEqualTo(4);
              assertThat(i.path("pointer").asText()).isEqualTo("/birthDate");
              assertThat(i.path("severity").asText()).isIn("ERROR", "FATAL");
            });
  }

  @Test
  void invalidSampleInTextNamesFileRecordRuleAndPointerAndNeverEchoesPersonalData() {
    CliRun run = CliRun.of("validate", "--sample", INVALID);

    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    assertThat(run.out())
        .contains("samples/" + INVALID + ": record 1")
        .contains("ERROR MG-INC-001 /totalDeadAndMissing")
        .contains("(found: ATL)")
        .doesNotContain("2091")
        .doesNotContain("Future Born Sample");
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .matches(SUMMARY)
        .startsWith("5 records: 0 valid, 5 invalid");
  }

  @Test
  void unknownProfileExitsTwo() {
    CliRun run = CliRun.of("validate", "--profile", "no-such-profile");

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err())
        .contains("unknown profile")
        .contains("structural")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownLanguageExitsTwo() {
    assertThat(CliRun.of("validate", "--lang", "xx").exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
  }

  @Test
  void missingFileExitsTwoWithOneLine() {
    Path missing = dir.resolve("nowhere.json");

    CliRun run = CliRun.of("validate", missing.toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("nowhere.json").contains("no such file");
  }

  @Test
  void unknownSampleExitsTwo() {
    assertThat(CliRun.of("validate", "--sample", "nope.json").exitCode())
        .isEqualTo(Mignet.USAGE_OR_IO);
  }

  @Test
  void malformedJsonIsInvalidDataNotACrash() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"recordType\": \"Incident\", \"meta\": ");

    CliRun run = CliRun.of("validate", "--json", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.INVALID);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("invalid").asInt()).isEqualTo(1);
    assertThat(root.path("issues").size()).isPositive();
  }

  @Test
  void readsNdjsonStreamsAndReportsProgressWhenAsked() throws Exception {
    MignetRecord incident = firstRecord("incident-central-mediterranean.json");
    Path file = dir.resolve("many.ndjson");
    int n = ValidateCommand.PROGRESS_EVERY + 1;
    // each record its own identifier: the same one twice would be a duplicate (MG-XREC-001)
    String json = CanonicalJson.standard().toJson(incident);
    String id = "\"value\":\"" + incident.meta().identifier().value() + "\"";
    assertThat(json).contains(id);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int k = 0; k < n; k++) {
        out.write(
            (json.replace(id, "\"value\":\"INC-" + k + "\"") + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }

    CliRun run = CliRun.of("validate", "--progress", file.toString());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(Mignet.VALID);
    assertThat(run.out()).contains(n + " records: " + n + " valid, 0 invalid");
    assertThat(run.err()).contains(ValidateCommand.PROGRESS_EVERY + " records validated");
  }

  @Test
  void theSameIncidentInTwoFilesOfOneRunIsADuplicateNamingTheFirstFile() throws Exception {
    String json =
        CanonicalJson.standard().toJson(firstRecord("incident-central-mediterranean.json")) + "\n";
    Path first = Files.writeString(dir.resolve("first.ndjson"), json);
    Path second = Files.writeString(dir.resolve("second.ndjson"), json);

    CliRun run = CliRun.of("validate", first.toString(), second.toString());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(Mignet.INVALID);
    assertThat(run.out())
        .contains("MG-XREC-001")
        .contains("already used in " + first + ", record 1, line 1")
        .contains("2 records: 1 valid, 1 invalid");
  }

  @Test
  void noProgressWithoutTerminalOrOption() {
    assertThat(CliRun.of("validate").err()).isEmpty();
  }

  private Path copyOfSample(String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = Samples.open(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static MignetRecord firstRecord(String sample) throws Exception {
    try (InputStream in = Samples.open(sample);
        RecordReader reader = CanonicalJson.standard().reader(in, sample)) {
      ReadResult r = reader.next();
      assertThat(r).isInstanceOf(ReadResult.Ok.class);
      return ((ReadResult.Ok) r).record();
    }
  }

  /** The observations of the bundled datasets, counted on the JSON tree of the samples. */
  private static int sampleObservations() {
    int count = 0;
    for (String name : Samples.validNames()) {
      try (InputStream in = Samples.open(name)) {
        com.fasterxml.jackson.databind.JsonNode root =
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        List<com.fasterxml.jackson.databind.JsonNode> docs = new java.util.ArrayList<>();
        if (root.has("records")) {
          root.get("records").forEach(docs::add);
        } else {
          docs.add(root);
        }
        for (com.fasterxml.jackson.databind.JsonNode d : docs) {
          if (d.path("recordType").asText().equals("Dataset")) {
            count += d.path("observations").size();
          }
        }
      } catch (Exception e) {
        throw new AssertionError(name, e);
      }
    }
    return count;
  }

  private static int validSampleRecords() {
    int count = 0;
    for (String name : Samples.validNames()) {
      try (InputStream in = Samples.open(name);
          RecordReader reader = CanonicalJson.standard().reader(in, name)) {
        while (reader.hasNext()) {
          reader.next();
          count++;
        }
      } catch (Exception e) {
        throw new AssertionError(name, e);
      }
    }
    return count;
  }
}

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.formats.json.CanonicalJson;

/** {@code mignet convert --from ctdc} and {@code --to ctdc --k N --report}. */
class CtdcConvertCommandTest {

  @TempDir Path dir;

  @Test
  void convertsA2024CtdcFileToCanonicalJson() throws Exception {
    Path in = dir.resolve("ctdc.csv");
    Files.writeString(
        in,
        "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isForcedLabour\n"
            + "2021,Woman,09--17,NGA,ITA,1\n2022,Man,24--26,KHM,THA,\n");
    Path out = dir.resolve("out.ndjson");
    CliRun run =
        CliRun.of("convert", "--from", "ctdc", "--to", "ndjson", in.toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    assertThat(Files.readAllLines(out)).hasSize(2);
    assertThat(Files.readString(out)).contains("\"Feminine\"", "\"NGA\"", "\"ForcedLabour\"");
  }

  @Test
  void convertsToCtdcWithKAnonymityAndReportsWhatIsLost() throws Exception {
    Path in = dir.resolve("cases.ndjson");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Person p =
          Person.builder(RecordMeta.of("urn:t", "p" + i))
              .name(PersonName.full("Synthetic Name"))
              .gender("Feminine")
              .age(ReportedAge.of(AgeRange.exactly(20 + i), PartialDate.ofYear(2020)))
              .citizenship(i < 5 ? "NGA" : "VNM")
              .build();
      TraffickingCase c =
          TraffickingCase.builder(RecordMeta.of("urn:t", "c" + i))
              .opened(PartialDate.ofYear(2020))
              .victim(
                  Victim.builder(p)
                      .exploitationPlace(Place.country("ITA"))
                      .exploitationType("SexualExploitation")
                      .build())
              .build();
      lines.add(CanonicalJson.standard().toJson(c));
    }
    Files.write(in, lines);
    Path out = dir.resolve("out.csv");
    Path report = dir.resolve("report.json");

    CliRun run =
        CliRun.of(
            "convert",
            "--from",
            "ndjson",
            "--to",
            "ctdc",
            "--k",
            "3",
            "--report",
            report.toString(),
            in.toString(),
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("read").asLong()).isEqualTo(6);
    assertThat(json.get("written").asLong()).isEqualTo(6);
    assertThat(json.get("lost").findValuesAsText("pointer"))
        .contains("/victims/*/person/names/*/fullName", "/meta/identifier/value");
    assertThat(json.get("transformed").findValuesAsText("pointer"))
        .contains("/victims/*/person/age");
    assertThat(run.err()).contains("lost: /victims/*/person/names/*/fullName");
    List<String> rows = Files.readAllLines(out);
    assertThat(rows.get(0))
        .startsWith("yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation");
    assertThat(rows).hasSizeGreaterThan(1).noneMatch(r -> r.contains("Synthetic"));
    assertThat(
            CliRun.of("convert", "--to", "ctdc", "--k", "1", in.toString(), out.toString())
                .exitCode())
        .isEqualTo(Mignet.USAGE_OR_IO);
  }

  @Test
  void checksTheWrittenMicrodataForKAnonymityAndLDiversity() throws Exception {
    Path in = dir.resolve("cases.ndjson");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Person p =
          Person.builder(RecordMeta.of("urn:t", "p" + i))
              .gender("Feminine")
              .age(ReportedAge.of(AgeRange.exactly(30), PartialDate.ofYear(2020)))
              .citizenship(i < 5 ? "NGA" : "VNM")
              .build();
      TraffickingCase c =
          TraffickingCase.builder(RecordMeta.of("urn:t", "c" + i))
              .opened(PartialDate.ofYear(2020))
              .victim(Victim.builder(p).exploitationType("SexualExploitation").build())
              .build();
      lines.add(CanonicalJson.standard().toJson(c));
    }
    Files.write(in, lines);
    Path out = dir.resolve("out.ndjson");
    Path report = dir.resolve("report.json");
    // canonical output keeps the one VNM victim: a class of 1, and no class has two exploitation
    // types
    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--k-anonymity",
            "3",
            "--l-diversity",
            "2",
            "--quasi-identifiers",
            "citizenships,age",
            "--report",
            report.toString(),
            in.toString(),
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.INVALID);
    assertThat(run.err())
        .contains(
            "k-anonymity (k=3) over citizenships,age: 6 people in 2 equivalence classes; "
                + "1 classes below k (1 people, sizes {1=1})")
        .contains("2 classes below l")
        .contains("THE CHECK FAILS")
        .doesNotContain("VNM");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("kAnonymity").get("classesBelowK").asLong()).isEqualTo(1);
    assertThat(json.get("kAnonymity").get("maximumRisk").asDouble()).isEqualTo(1.0);
    assertThat(json.get("written").asLong()).isEqualTo(6);

    // the ctdc writer makes the rows 3-anonymous; the check on what it wrote passes
    Path ctdc = dir.resolve("out.csv");
    CliRun k3 =
        CliRun.of(
            "convert",
            "--to",
            "ctdc",
            "--k",
            "3",
            "--k-anonymity",
            "3",
            in.toString(),
            ctdc.toString());
    assertThat(k3.err()).contains("0 classes below k");
    assertThat(
            CliRun.of("convert", "--to", "ndjson", "--k-anonymity", "3", in.toString()).exitCode())
        .isEqualTo(Mignet.USAGE_OR_IO);
  }
}

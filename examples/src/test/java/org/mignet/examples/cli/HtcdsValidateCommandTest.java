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
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.model.Consent;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.htcds.Htcds;

/**
 * {@code mignet validate --profile htcds-core} on a written HTCDS table: missing Core fields by
 * line.
 */
class HtcdsValidateCommandTest {

  @TempDir Path dir;

  /**
   * Case 1 has every Core field; case 2 lacks cas_Status and the victim's status; case 3 has a
   * victim's gender.
   */
  private Path generated(String name) throws Exception {
    Path file = dir.resolve(name);
    TraffickingCase complete =
        TraffickingCase.builder(RecordMeta.of("urn:mignet:htcds", "c1"))
            .status("Active")
            .consent(Consent.given(null, null))
            .victim(
                Victim.builder(
                        Person.builder(RecordMeta.of("urn:mignet:htcds", "c1#victim"))
                            .gender("Feminine")
                            .citizenship("NGA")
                            .build())
                    .status("ActualVictimOfTrafficking", "NGO")
                    .exploitationType("ForcedLabour")
                    .methodOfControl("DebtBondage")
                    .build())
            .build();
    TraffickingCase noStatus =
        TraffickingCase.builder(RecordMeta.of("urn:mignet:htcds", "c2"))
            .consent(Consent.given(null, null))
            .victim(
                Victim.builder(
                        Person.builder(RecordMeta.of("urn:mignet:htcds", "c2#victim"))
                            .gender("Masculine")
                            .citizenship("VNM")
                            .build())
                    .exploitationType("ForcedLabour")
                    .methodOfControl("DebtBondage")
                    .build())
            .build();
    TraffickingCase bare =
        TraffickingCase.builder(RecordMeta.of("urn:mignet:htcds", "c3"))
            .status("Closed")
            .victim(
                Victim.builder(
                        Person.builder(RecordMeta.of("urn:mignet:htcds", "c3#victim"))
                            .gender("Feminine")
                            .build())
                    .build())
            .build();
    FormatOptions options =
        FormatOptions.none().with(Htcds.WORKBOOK, name.endsWith(".xlsx") ? true : null);
    try (OutputStream out = Files.newOutputStream(file);
        RecordWriter w = Formats.named(Htcds.TABLE).writer(out, options)) {
      w.write(complete);
      w.write(noStatus);
      w.write(bare);
    }
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"cases.csv", "cases.xlsx"})
  void missingCoreFieldsAreReportedWithTheirLines(String name) throws Exception {
    Path file = generated(name);

    // a workbook's first bytes are a ZIP header, which does not tell htcds from other tables: it is
    // named
    CliRun run =
        name.endsWith(".xlsx")
            ? CliRun.of(
                "validate", "--from", "htcds", "--profile", "htcds-core", "--json", file.toString())
            : CliRun.of("validate", "--profile", "htcds-core", "--json", file.toString());

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("records").asLong()).as(run.err()).isEqualTo(3);
    List<String> found = new ArrayList<>();
    for (JsonNode i : json.get("issues")) {
      found.add(
          i.get("line").asLong() + " " + i.get("rule").asText() + " " + i.get("pointer").asText());
    }
    // rows 1 and 2 are the field names and labels: case n is on line n + 2
    assertThat(found).noneMatch(s -> s.startsWith("3 "));
    assertThat(found)
        .contains(
            "4 MG-HTCDS-101 /status",
            "4 MG-HTCDS-102 /victims/0/traffickingStatus",
            "5 MG-HTCDS-104 /consents");
    assertThat(found)
        .filteredOn(s -> s.startsWith("5 "))
        .extracting(s -> s.split(" ")[1])
        .contains("MG-HTCDS-104")
        .doesNotContain("MG-HTCDS-101");
    assertThat(run.out()).doesNotContain("Feminine");
  }
}

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
import static org.mignet.examples.TestFiles.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mignet convert} on real SDMX-ML messages: data read whole, a structure message given as
 * data refused.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class SdmxMlCliTest {

  static final Path MESSAGES = shared().resolve("data/sdmx/test-messages");

  @TempDir Path dir;

  @Test
  void aStructureMessageGivenAsDataFailsNamingItAndPointingToTheStructureOption() throws Exception {
    Path out = dir.resolve("out.csv");
    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "sdmx-csv",
            MESSAGES.resolve("estat-demography-structure.xml").toString(),
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isNotEqualTo(Mignet.VALID);
    assertThat(run.err()).contains("MG-SDMX-028", "Structure", "--structure");
  }

  @Test
  void convertsGenericDataToSdmxCsvWithEveryObservation() throws Exception {
    Path in = MESSAGES.resolve("ecb-exr-M.USD.EUR.SP00.A-generic.xml");
    Path out = dir.resolve("out.csv");
    CliRun run = CliRun.of("convert", "--to", "sdmx-csv", in.toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    List<String> lines = Files.readAllLines(out);
    long obs = Files.readString(in).split("<generic:Obs>", -1).length - 1;
    assertThat(lines).hasSize((int) obs + 1);
    assertThat(lines.get(0)).contains("CURRENCY", "TIME_PERIOD", "OBS_VALUE", "TITLE");
    assertThat(lines)
        .anyMatch(l -> l.contains("USD") && l.contains("2019-12") && l.contains("1.111345"));
  }
}

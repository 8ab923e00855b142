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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.Samples;

/**
 * {@code mignet convert --lang}: what is lost and transformed is shown in the reader's language
 * (issue 8, point 7).
 */
class ConvertInReadersLanguageTest {

  @TempDir Path dir;

  @Test
  void convertToCtdcInFrenchPrintsFrenchLossReasonsAndActions() throws Exception {
    Path in = dir.resolve("case.json");
    try (InputStream sample = Samples.open("trafficking-case-two-victims.json")) {
      Files.copy(sample, in);
    }
    Path out = dir.resolve("out.csv");

    CliRun run =
        CliRun.of("convert", "--to", "ctdc", "--lang", "fr", in.toString(), out.toString());

    assertThat(run.exitCode()).as(run.err()).isIn(Mignet.VALID, Mignet.INVALID);
    assertThat(run.err())
        .contains(
            "perdu : /victims/*/person/names/*/fullName (",
            "TraffickingCase: CTDC ne publie aucun identifiant direct (supprimés avant la mise en commun, CB6)",
            "TraffickingCase: CTDC n'a pas d'orientations",
            "CTDC ne publie aucun texte libre");
    assertThat(run.err()).doesNotContain("lost:", "CTDC publishes", "CTDC has no", "{0}", "''");
  }
}

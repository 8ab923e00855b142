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
import org.mignet.core.model.Incident;
import org.mignet.core.model.RecordMeta;
import org.mignet.formats.json.CanonicalJson;

/**
 * {@code validate} reads any registered format: sniffed from the file, or named with {@code
 * --from}.
 */
class ValidateFormatsTest {

  @TempDir Path dir;

  private Path ndjson(String name) throws Exception {
    CanonicalJson json = CanonicalJson.standard();
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        json.toJson(Incident.builder(RecordMeta.of("mmp", "1")).counts(1, 2, 3).build())
            + "\n"
            + json.toJson(Incident.builder(RecordMeta.of("mmp", "2")).counts(1, 2, 4).build())
            + "\n");
    return file;
  }

  @Test
  void sniffsNdjsonAndValidatesEveryLine() throws Exception {
    CliRun run = CliRun.of("validate", ndjson("incidents.ndjson").toString());

    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    assertThat(run.out())
        .contains("record 2", "MG-INC-001")
        .endsWith("2 records: 1 valid, 1 invalid (1 errors, 0 warnings)" + System.lineSeparator());
  }

  @Test
  void readsTheFormatNamedWithFrom() throws Exception {
    CliRun run = CliRun.of("validate", "--from", "ndjson", ndjson("incidents.txt").toString());
    assertThat(run.out()).contains("2 records: 1 valid, 1 invalid");
  }

  @Test
  void unknownFormatOrMissingMappingIsAUsageError() throws Exception {
    Path file = ndjson("incidents.ndjson");
    assertThat(CliRun.of("validate", "--from", "nope", file.toString()).exitCode())
        .isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(
            CliRun.of("validate", "--mapping", dir.resolve("none.json").toString(), file.toString())
                .exitCode())
        .isEqualTo(Mignet.USAGE_OR_IO);
  }
}

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
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  @Test
  void printsAJsonObjectOfDraft2020_12() throws Exception {
    CliRun run = CliRun.of("schema");

    assertThat(run.exitCode()).isZero();
    JsonNode schema = new ObjectMapper().readTree(run.out());
    assertThat(schema.isObject()).isTrue();
    assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
  }

  @Test
  void printsTheSchemaOfOneTypeAsAReferenceIntoTheDefinitions() throws Exception {
    CliRun run = CliRun.of("schema", "Incident");

    assertThat(run.exitCode()).isZero();
    JsonNode schema = new ObjectMapper().readTree(run.out());
    assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
    assertThat(schema.path("$ref").asText()).isEqualTo("#/$defs/Incident");
    assertThat(schema.path("$defs").has("Incident")).isTrue();
  }

  @Test
  void unknownTypeIsAUsageError() {
    CliRun run = CliRun.of("schema", "Spaceship");

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err())
        .contains("unknown record type")
        .contains("TraffickingCase")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }
}

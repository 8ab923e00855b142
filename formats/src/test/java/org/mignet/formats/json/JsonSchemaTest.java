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
package org.mignet.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mignet.core.ParseException;
import org.mignet.core.RuleId;
import org.mignet.core.model.RecordType;
import org.mignet.formats.RecordWriter;

class JsonSchemaTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Schema SCHEMA = REGISTRY.getSchema(JsonSchemas.schema(), InputFormat.JSON);
  private static final String SMALL = CanonicalJson.standard().toJson(Samples.smallPerson());

  private static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void acceptsEveryDocumentMignetWrites(RecordType type) {
    assertThat(errors(CanonicalJson.standard().toJson(Samples.rich(type)))).isEmpty();
    Schema one = REGISTRY.getSchema(JsonSchemas.schema(type), InputFormat.JSON);
    assertThat(one.validate(CanonicalJson.standard().toJson(Samples.rich(type)), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void acceptsABundleMignetWrites() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = CanonicalJson.standard().bundleWriter(out)) {
      for (RecordType t : RecordType.values()) {
        w.write(Samples.rich(t));
      }
    }
    assertThat(errors(out.toString(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void describesTheCanonicalShape() {
    String schema = JsonSchemas.schema();
    assertThat(schema).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(schema).contains("\"const\" : \"TraffickingCase\"");
    assertThat(errors(SMALL.replace("\"Person\"", "\"Incident\""))).isNotEmpty();
  }

  /** Each broken document is rejected by the schema and by mignet's reader. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"FEMALE\"|\"F\"",
        "\"1990-05\"|\"1990-5\"",
        "\"1990-05\"|1990",
        "\"citizenships\":[\"NG\"]|\"citizenships\":\"NG\"",
        "\"sex\":\"FEMALE\",|",
        "\"sex\"|\"nickname\":\"x\",\"sex\"",
        "\"sensitivity\":\"CONFIDENTIAL\"|\"sensitivity\":\"SECRET\"",
      })
  void rejectsStructuralBreaksLikeTheReader(String from, String to) {
    String broken = SMALL.replace(from, to == null ? "" : to);
    assertThat(broken).isNotEqualTo(SMALL);
    assertThat(errors(broken)).isNotEmpty();
    assertThat(readerRejects(broken)).isTrue();
  }

  @Test
  void rejectsAPatternBreakThatTheReaderLeavesToValidation() {
    String document = CanonicalJson.standard().toJson(Samples.rich(RecordType.TRAVEL_DOCUMENT));
    String broken = document.replace("\"documentCode\":\"P\"", "\"documentCode\":\"p1\"");
    assertThat(broken).isNotEqualTo(document);
    assertThat(errors(broken)).isNotEmpty();
    var record = CanonicalJson.standard().fromJson(broken);
    // the reader reads it (a pattern is a structural rule, not a read rule) and validation reports
    // it
    assertThat(record.recordType()).isEqualTo(RecordType.TRAVEL_DOCUMENT);
    assertThat(
            org.mignet.core.validation.Validation.standard()
                .validate(record)
                .hasIssue(RuleId.of("MG-DOC-001"), "/documentCode"))
        .isTrue();
  }

  private static boolean readerRejects(String json) {
    try {
      CanonicalJson.standard().fromJson(json);
      return false;
    } catch (ParseException e) {
      return true;
    }
  }
}

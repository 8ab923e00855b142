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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;

class FormatsAndModuleTest {

  @Test
  void serviceLoaderFindsTheJacksonModuleAndItWritesTheCanonicalShape() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("mignet");
    MignetRecord programme = Samples.rich(RecordType.PROGRAMME);
    String text = mapper.writeValueAsString(programme);
    assertThat(text).isEqualTo(CanonicalJson.standard().toJson(programme));
    assertThat(mapper.readValue(text, MignetRecord.class)).isEqualTo(programme);
    assertThat(
            mapper.writeValueAsString(
                List.of(
                    GcmObjective.SAVE_LIVES,
                    GuidingPrinciple.HUMAN_RIGHTS,
                    PartialDate.ofYear(1990))))
        .isEqualTo("[8,\"f\",\"1990\"]");
    assertThat(mapper.readValue("\"1990-05\"", PartialDate.class))
        .isEqualTo(PartialDate.ofMonth(1990, 5));
    assertThat(mapper.readValue("23", GcmObjective.class))
        .isEqualTo(GcmObjective.INTERNATIONAL_COOPERATION);
    assertThatThrownBy(
            () ->
                mapper.readValue(text.replace("\"meta\"", "\"x\":1,\"meta\""), MignetRecord.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("MG-READ-005");
  }

  @Test
  void registryFindsJsonAndNdjsonByNameAndBySniffing(@TempDir Path dir) throws Exception {
    assertThat(Formats.all()).extracting(Format::name).contains("json", "ndjson");
    Format json = Formats.named("JSON");
    Format ndjson = Formats.named("ndjson");
    MignetRecord sample = Samples.rich(RecordType.INCIDENT);
    for (Format f : List.of(json, ndjson)) {
      assertThat(f.carries()).containsExactlyInAnyOrder(RecordType.values());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter w = f.writer(out)) {
        w.write(sample);
        w.write(sample);
      }
      Path file = dir.resolve("cases." + f.fileExtensions().get(0));
      Files.write(file, out.toByteArray());
      assertThat(Formats.sniff(file)).contains(f);
      try (RecordReader r =
          f.reader(new ByteArrayInputStream(out.toByteArray()), file.toString())) {
        assertThat(r.next())
            .isInstanceOfSatisfying(
                ReadResult.Ok.class, ok -> assertThat(ok.record()).isEqualTo(sample));
      }
    }
    assertThatThrownBy(() -> Formats.named("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesReportsAndTheCatalogueAsJson() throws Exception {
    MignetRecord sample = Samples.rich(RecordType.INCIDENT);
    var report = Validation.standard().validate(sample);
    ObjectMapper mapper = new ObjectMapper();
    var tree = mapper.readTree(ReportJson.toJson(report));
    assertThat(tree.get("valid").asBoolean()).isEqualTo(report.isValid());
    assertThat(tree.get("counts").get("ERROR").asLong())
        .isEqualTo(report.count(org.mignet.core.validation.Severity.ERROR));
    assertThat(tree.get("issues")).hasSize(report.issues().size());
    if (!report.issues().isEmpty()) {
      assertThat(tree.get("issues").get(0).has("rule")).isTrue();
      assertThat(tree.get("issues").get(0).has("masked")).isTrue();
    }
    var rules =
        mapper.readTree(ReportJson.toJson(Validation.standard().catalogue(), Locale.FRENCH));
    assertThat(rules.get("rules").size())
        .isEqualTo(Validation.standard().catalogue().rules().size());
  }

  @Test
  void readRuleIdsArePermanentAndUnique() {
    var ids =
        org.mignet.formats.internal.ReadRules.all().stream().map(r -> r.id().value()).toList();
    assertThat(ids)
        .doesNotHaveDuplicates()
        .hasSize(14)
        .allMatch(id -> id.matches("MG-READ-0\\d\\d"));
  }
}

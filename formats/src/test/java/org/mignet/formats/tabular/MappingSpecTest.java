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
package org.mignet.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.mignet.core.ParseException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

class MappingSpecTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static String resource(String name) throws IOException {
    try (InputStream in = MappingSpec.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("bundledNames")
  void everyBundledSpecConformsToTheSpecSchemaAndParses(String name) throws IOException {
    Schema schema = REGISTRY.getSchema(resource("mapping-spec.schema.json"), InputFormat.JSON);
    assertThat(schema.validate(resource("mappings/" + name + ".json"), InputFormat.JSON)).isEmpty();
    assertThat(MappingSpec.bundled(name))
        .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo(name));
  }

  static List<String> bundledNames() {
    return MappingSpec.bundledNames();
  }

  @Test
  void everySpecFileShippedIsListedByName() throws IOException {
    java.nio.file.Path dir =
        java.nio.file.Path.of("src/main/resources/org/mignet/formats/tabular/mappings");
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(f -> f.endsWith(".json"))
                  .map(f -> f.substring(0, f.length() - 5)))
          .containsExactlyInAnyOrderElementsOf(MappingSpec.bundledNames());
    }
  }

  @Test
  void rejectsASpecWithAnUnknownMemberOrPath() {
    assertThatThrownBy(
            () ->
                parse("{\"mappingSpec\":\"1.0\",\"name\":\"x\",\"dataflow\":\"D\",\"colums\":[]}"))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.ruleId().value()).isEqualTo("MG-TAB-011");
              assertThat(e.getMessage()).contains("unknown member \"colums\"");
            });
    assertThatThrownBy(
            () ->
                parse(
                    "{\"mappingSpec\":\"1.0\",\"name\":\"x\",\"dataflow\":\"D\",\"columns\":"
                        + "[{\"column\":\"A\",\"to\":\"/victims/0\"}]}"))
        .isInstanceOfSatisfying(
            ParseException.class, e -> assertThat(e.getMessage()).contains("no observation path"));
  }

  private static MappingSpec parse(String json) {
    return MappingSpec.parse(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "spec.json");
  }

  private static List<ReadResult> read(String spec, String csv) {
    List<ReadResult> out = new ArrayList<>();
    // one dataset per row, so that a test sees what each row became
    try (RecordReader r =
        new MappedReader(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "t.csv",
                parse(spec),
                null,
                null)
            .datasetPerRow()) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void reshapesWideYearColumnsAndReadsFlagsMissingMarkersAndNumberFormats() {
    String spec =
        "{\"mappingSpec\":\"1.0\",\"name\":\"w\",\"dataflow\":\"D\",\"missingValues\":[\"..\",\"-99\"],"
            + "\"missingStatus\":\"M\",\"number\":{\"grouping\":\".\",\"decimal\":\",\"},"
            + "\"columns\":[{\"column\":\"Land\",\"to\":\"/dimensions/REF_AREA\",\"codeList\":\"iso3166\"}],"
            + "\"wide\":[{\"columns\":\"B:D\",\"dimension\":\"TIME_PERIOD\"}]}";
    List<ReadResult> rows =
        read(spec, "Land;2019;2020;2021\nAlemania;1.405,5;..;-99\nAllemagne;7;8;9\n");
    assertThat(rows).hasSize(2).allMatch(r -> r instanceof ReadResult.Ok);
    Dataset d = (Dataset) ((ReadResult.Ok) rows.get(0)).record();
    assertThat(d.observations()).hasSize(3);
    Observation first = d.observations().get(0);
    assertThat(first.dimensions())
        .containsEntry("REF_AREA", "DEU")
        .containsEntry("TIME_PERIOD", "2019");
    assertThat(first.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1405.5"));
    assertThat(d.observations().get(1).value()).isEmpty();
    assertThat(d.observations().get(1).status()).contains("M");
  }

  @Test
  void reportsEveryBadRowWithLineColumnAndReasonAndSummarisesUnresolvedValues() {
    String spec =
        "{\"mappingSpec\":\"1.0\",\"name\":\"l\",\"dataflow\":\"D\",\"missingValues\":[\":\"],"
            + "\"columns\":[{\"column\":\"geo\",\"to\":\"/dimensions/REF_AREA\",\"codeList\":\"iso3166\"},"
            + "{\"column\":\"v\",\"to\":\"/value\"},{\"column\":\"f\",\"to\":\"/status\",\"flags\":{\"p\":\"P\"}}]}";
    List<ReadResult> rows =
        read(
            spec,
            "geo,v,f\nFrance,\"1,405\",p\nAtlantis,3,\nAtlantis,4,\nFrance,x1,\nFrance,1,q\n");
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(rows.get(1).issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("MG-TAB-008");
              assertThat(i.location().line()).isEqualTo(3);
              assertThat(i.location().column()).isEqualTo(1);
            });
    assertThat(rows.get(3).issues().get(0).ruleId().value()).isEqualTo("MG-TAB-006");
    assertThat(rows.get(4).issues().get(0).ruleId().value()).isEqualTo("MG-TAB-012");
    assertThat(rows.get(4).issues())
        .anySatisfy(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("MG-TAB-018");
              assertThat(i.message()).contains("\"Atlantis\" did not resolve in 2 rows");
            });
  }

  @Test
  void reportsAMissingColumnOnce() {
    String spec =
        "{\"mappingSpec\":\"1.0\",\"name\":\"m\",\"dataflow\":\"D\","
            + "\"columns\":[{\"column\":\"value\",\"to\":\"/value\"}]}";
    List<ReadResult> rows = read(spec, "a,b\n1,2\n");
    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r.issues().get(0).ruleId().value()).isEqualTo("MG-TAB-005"));
  }
}

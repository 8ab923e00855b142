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
package org.mignet.formats.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mignet.formats.sdmx.SdmxCsvColumnsTest.BY_AREA;
import static org.mignet.formats.sdmx.SdmxCsvColumnsTest.BY_AREA_AND_SEX;
import static org.mignet.formats.sdmx.SdmxCsvColumnsTest.BY_CITIZENSHIP;
import static org.mignet.formats.sdmx.SdmxCsvColumnsTest.dims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Datasets of several structures in one SDMX-JSON message (several {@code structures}), and the one
 * case the SDMX-ML writer refuses (another dataflow than the header's), reported, never silent.
 */
class SdmxWritersStructuresTest {

  private static byte[] convert(String to, ConversionReport[] report, Dataset... ds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report[0] =
        Conversion.from(Formats.named("sdmx-json"))
            .to(Formats.named(to))
            .run(new ByteArrayInputStream(SdmxCsvColumnsTest.writeJson(ds)), "in.json", out);
    return out.toByteArray();
  }

  private static Set<Observation> readBack(String format, byte[] bytes) {
    Set<Observation> out = new HashSet<>();
    try (RecordReader r = Formats.named(format).reader(new ByteArrayInputStream(bytes), "back")) {
      r.forEachRemaining(x -> out.addAll(((Dataset) ((ReadResult.Ok) x).record()).observations()));
    }
    return out;
  }

  @Test
  void sdmxJsonGivesEachDataflowAndSetOfDimensionsItsOwnStructure() throws Exception {
    byte[] json = SdmxCsvColumnsTest.writeJson(BY_AREA, BY_AREA_AND_SEX, BY_CITIZENSHIP);
    JsonNode data = new ObjectMapper().readTree(json).path("data");
    assertThat(data.path("dataSets")).hasSize(3);
    List<String> dimsPerStructure = new ArrayList<>();
    data.path("structures")
        .forEach(
            s -> {
              List<String> ids = new ArrayList<>();
              s.path("dimensions").path("observation").forEach(d -> ids.add(d.path("id").asText()));
              dimsPerStructure.add(
                  s.path("links").path(0).path("urn").asText().replaceAll(".*=", "") + ids);
            });
    assertThat(dimsPerStructure)
        .containsExactly(
            "TEST:DF_T(1.0)[REF_AREA, TIME_PERIOD]",
            "TEST:DF_T(1.0)[TIME_PERIOD, SEX, REF_AREA]",
            "TEST:DSD_B(1.0)[REF_AREA, CITIZENSHIP, TIME_PERIOD]");
    assertThat(data.path("dataSets").path(2).path("structure").asInt()).isEqualTo(2);
  }

  @Test
  void sdmxJsonSplitsADatasetWhoseObservationsDoNotHaveTheSameDimensions() throws Exception {
    Dataset mixed =
        new Dataset(
            RecordMeta.of("urn:sdmx:dataset", "X:DF(1.0)"),
            "X:DF(1.0)",
            Optional.empty(),
            List.of("REF_AREA", "ADM1", "TIME_PERIOD"),
            Map.of(),
            List.of(
                Observation.of(
                    dims("REF_AREA", "AFG", "TIME_PERIOD", "2017"), new BigDecimal("179956")),
                Observation.of(
                    dims("REF_AREA", "AFG", "ADM1", "AF01", "TIME_PERIOD", "2017"),
                    new BigDecimal("42"))));
    byte[] json = SdmxCsvColumnsTest.writeJson(mixed);
    JsonNode data = new ObjectMapper().readTree(json).path("data");
    assertThat(data.path("dataSets")).hasSize(2);
    assertThat(data.path("structures")).hasSize(2);
    assertThat(readBack("sdmx-json", json))
        .containsExactlyInAnyOrderElementsOf(mixed.observations());
  }

  @Test
  void sdmxMlRefusesADatasetOfAnotherDataflowThanItsHeaderAndSaysWhereToWriteIt() {
    ConversionReport[] report = new ConversionReport[1];
    byte[] xml = convert("sdmx-ml", report, BY_AREA, BY_CITIZENSHIP, BY_AREA_AND_SEX);
    assertThat(report[0].written()).isEqualTo(2);
    assertThat(report[0].rejected()).isEqualTo(1);
    assertThat(report[0].issues())
        .anyMatch(
            i ->
                i.message().contains("TEST:DSD_B(1.0)")
                    && i.message().contains("sdmx-csv or sdmx-json"));
    assertThat(readBack("sdmx-ml", xml))
        .containsExactlyInAnyOrder(
            BY_AREA.observations().get(0), BY_AREA_AND_SEX.observations().get(0));
  }
}

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordWriter;

/**
 * A non-numeric observation value (SDMX string measure) is written as {@code OBS_VALUE} by each
 * SDMX writer; the output is checked by its own parse, not by mignet's readers.
 */
class SdmxWritersTextValueTest {

  private static Dataset dataset() {
    Map<String, String> f = new LinkedHashMap<>(Map.of("REF_AREA", "DEU"));
    f.put("TIME_PERIOD", "2020");
    Map<String, String> m = new LinkedHashMap<>(Map.of("REF_AREA", "ITA"));
    m.put("TIME_PERIOD", "2020");
    return new Dataset(
        RecordMeta.of("urn:sdmx:dataset", "X:DF(1.0)"),
        "X:DF(1.0)",
        Optional.empty(),
        List.of("REF_AREA", "TIME_PERIOD"),
        Map.of(),
        List.of(
            Observation.of(f, new BigDecimal("12.5")),
            new Observation(
                m,
                Optional.empty(),
                Optional.of("n.a."),
                Optional.empty(),
                Optional.of("O"),
                Optional.empty(),
                Map.of())));
  }

  private static String write(String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named(format).writer(out)) {
      w.write(dataset());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sdmxCsvWritesTheTextAsObsValue() {
    List<String> lines = write("sdmx-csv").lines().toList();
    List<String> header = List.of(lines.get(0).split(","));
    int value = header.indexOf("OBS_VALUE");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).split(",")[value]).isEqualTo("12.5");
    assertThat(lines.get(2).split(",")[value]).isEqualTo("n.a.");
  }

  @Test
  void sdmxJsonWritesTheTextAsAStringObservationValue() throws Exception {
    JsonNode obs =
        new ObjectMapper()
            .readTree(write("sdmx-json"))
            .path("data")
            .path("dataSets")
            .path(0)
            .path("observations");
    assertThat(obs.path("0:0").path(0).decimalValue()).isEqualByComparingTo("12.5");
    assertThat(obs.path("1:0").path(0).isTextual()).isTrue();
    assertThat(obs.path("1:0").path(0).textValue()).isEqualTo("n.a.");
  }

  @Test
  void sdmxMlWritesTheTextAsTheObsValueAttribute() {
    String xml = write("sdmx-ml");
    assertThat(xml).contains("OBS_VALUE=\"12.5\"").contains("OBS_VALUE=\"n.a.\"");
  }
}

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
package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;
import org.mignet.formats.json.ReportJson;

/**
 * Where records are datasets, a conversion report counts their observations too: read = written +
 * rejected.
 */
class ObservationCountsTest {

  private static Dataset dataset(String flow, int observations) {
    List<Observation> obs = new java.util.ArrayList<>();
    for (int i = 0; i < observations; i++) {
      obs.add(
          Observation.of(
              Map.of("REF_AREA", "DEU", "TIME_PERIOD", String.valueOf(2000 + i)), BigDecimal.ONE));
    }
    return new Dataset(
        RecordMeta.of("urn:sdmx:dataset", flow),
        flow,
        Optional.empty(),
        List.of("REF_AREA", "TIME_PERIOD"),
        Map.of(),
        obs);
  }

  private static ConversionReport convertToSdmxMl(Dataset... datasets) {
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("ndjson").writer(ndjson)) {
      for (Dataset d : datasets) {
        w.write(d);
      }
    }
    return Conversion.from(Formats.named("ndjson"))
        .to(Formats.named("sdmx-ml"))
        .run(
            new ByteArrayInputStream(ndjson.toByteArray()),
            "in.ndjson",
            new ByteArrayOutputStream());
  }

  @Test
  void countsTheObservationsOfDatasetsWrittenAndRejectedWithThem() throws Exception {
    // SDMX-ML refuses the dataset of a second dataflow: its 4 observations are rejected with it
    ConversionReport report =
        convertToSdmxMl(dataset("X:A(1.0)", 3), dataset("X:B(1.0)", 4), dataset("X:A(1.0)", 5));
    assertThat(report.read()).isEqualTo(3);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.observations()).isEqualTo(new ConversionReport.Observations(12, 8, 4));
    assertThat(report.summary()).endsWith("; observations: read 12, written 8, rejected 4");
    assertThat(report.summary(Locale.FRENCH))
        .contains("observations : lues : 12, écrites : 8, rejetées : 4");
    JsonNode json = new ObjectMapper().readTree(ReportJson.toJson(report)).path("observations");
    assertThat(json.path("read").asLong()).isEqualTo(12);
    assertThat(json.path("written").asLong()).isEqualTo(8);
    assertThat(json.path("rejected").asLong()).isEqualTo(4);
  }

  @Test
  void aConversionOfOtherRecordsShowsNoObservations() {
    ConversionReport report =
        new ConversionReport("json", "ndjson", 2, 2, 0, List.of(), List.of(), List.of());
    assertThat(report.observations()).isEqualTo(ConversionReport.Observations.NONE);
    assertThat(report.summary()).doesNotContain("observation");
  }

  @Test
  void refusesObservationCountsThatDoNotAddUp() {
    assertThatThrownBy(() -> new ConversionReport.Observations(5, 3, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

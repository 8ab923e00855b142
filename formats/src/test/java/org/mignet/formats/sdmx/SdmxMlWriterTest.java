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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.sdmx.SdmxMlConformanceTest.Read;

/**
 * The {@code sdmx-ml} writer on datasets the real files do not give it: cross-sectional data,
 * values with tabs and line breaks, ids and characters XML cannot carry. Each message written is
 * read back by mignet's reader, which must give the same observations or see no message at all.
 */
class SdmxMlWriterTest {

  private static Observation obs(
      Map<String, String> dims, String value, Map<String, String> attrs) {
    return new Observation(
        dims,
        Optional.ofNullable(value).map(BigDecimal::new),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        attrs);
  }

  private static Map<String, String> key(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Dataset dataset(List<String> dims, Observation... observations) {
    return new Dataset(
        RecordMeta.of("urn:sdmx:dataset", "X:DF(1.0)"),
        "X:DF(1.0)",
        Optional.empty(),
        dims,
        Map.of(),
        List.of(observations));
  }

  private static String write(Dataset... datasets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("sdmx-ml").writer(out)) {
      for (Dataset d : datasets) {
        w.write(d);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesCrossSectionalDataWithItsLastDimensionAtObservationSoThatItReadsBack()
      throws IOException {
    Dataset d =
        dataset(
            List.of("REF_AREA", "SEX"),
            obs(key("REF_AREA", "FR", "SEX", "F"), "12", key("COMMENT_OBS", "x")),
            obs(key("REF_AREA", "FR", "SEX", "M"), "13", Map.of()));
    String xml = write(d);
    assertThat(xml).contains("dimensionAtObservation=\"SEX\"");
    Read back = SdmxMlReadingTest.read(xml);
    assertThat(back.failed()).isEmpty();
    assertThat(back.observations()).isEqualTo(d.observations());
    assertThat(back.datasets().get(0).dimensionIds()).isEqualTo(d.dimensionIds());
  }

  @Test
  void keepsTabsAndLineBreaksOfAValueThroughARoundTrip() throws IOException {
    Dataset d =
        dataset(
            List.of("REF_AREA", "TIME_PERIOD"),
            obs(
                key("REF_AREA", "FR", "TIME_PERIOD", "2020"),
                "1",
                key("COMMENT_OBS", "a\tb\r\nc\nd & <e> \"f\"")));
    String xml = write(d);
    assertThat(xml)
        .contains("COMMENT_OBS=\"a&#9;b&#13;&#10;c&#10;d &amp; &lt;e&gt; &quot;f&quot;\"");
    assertThat(SdmxMlReadingTest.read(xml).observations()).isEqualTo(d.observations());
  }

  @Test
  void refusesADatasetWhoseComponentIdCannotNameAnXmlAttributeAndWritesTheNextOne()
      throws IOException {
    Dataset bad =
        dataset(
            List.of("AGE GROUP", "TIME_PERIOD"),
            obs(key("AGE GROUP", "Y15-64", "TIME_PERIOD", "2020"), "1", Map.of()));
    Dataset good =
        dataset(
            List.of("AGE", "TIME_PERIOD"),
            obs(key("AGE", "Y15-64", "TIME_PERIOD", "2020"), "1", Map.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("sdmx-ml").writer(out)) {
      assertThatThrownBy(() -> w.write(bad))
          .isInstanceOf(MignetException.class)
          .hasMessageContaining("'AGE GROUP'")
          .hasMessageContaining("NCNameIDType");
      w.write(good);
    }
    Read back = SdmxMlReadingTest.read(out.toString(StandardCharsets.UTF_8));
    assertThat(back.failed()).isEmpty();
    assertThat(back.observations()).isEqualTo(good.observations());
  }

  @Test
  void refusesAValueHoldingACharacterXmlCannotCarryWithoutShowingTheValue() {
    Dataset d =
        dataset(
            List.of("REF_AREA", "TIME_PERIOD"),
            obs(
                key("REF_AREA", "FR", "TIME_PERIOD", "2020"),
                "1",
                key("COMMENT_OBS", "sec\u0001ret")));
    assertThatThrownBy(() -> write(d))
        .isInstanceOf(MignetException.class)
        .hasMessageContaining("COMMENT_OBS")
        .hasMessageContaining("U+0001")
        .hasMessageNotContaining("sec");
  }

  @Test
  void refusesADatasetLackingTheHeadersDimensionAtObservation() {
    Dataset first =
        dataset(
            List.of("REF_AREA", "TIME_PERIOD"),
            obs(key("REF_AREA", "FR", "TIME_PERIOD", "2020"), "1", Map.of()));
    Dataset later = dataset(List.of("REF_AREA"), obs(key("REF_AREA", "DE"), "2", Map.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("sdmx-ml").writer(out)) {
      w.write(first);
      assertThatThrownBy(() -> w.write(later))
          .isInstanceOf(MignetException.class)
          .hasMessageContaining("has no TIME_PERIOD");
    }
  }

  @Test
  void writesADatasetWithoutDimensionsAsFlatObservations() throws IOException {
    Dataset d = dataset(List.of(), obs(Map.of(), "7", Map.of()));
    String xml = write(d);
    assertThat(xml).contains("dimensionAtObservation=\"AllDimensions\"");
    assertThat(SdmxMlReadingTest.read(xml).observations()).isEqualTo(d.observations());
  }

  @Test
  void keepsADataProvisionReferenceAProvisionAgreementThroughEachSdmxFormat() {
    // SDMX-CSV 2.0 names a provision agreement "dataprovision" in its STRUCTURE column
    String csv =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
            + "dataprovision,X:PA_1(1.0),I,FR,2020,1\n";
    Dataset read = only("sdmx-csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(read.meta().extensions())
        .containsEntry(KnownExtensions.SDMX_STRUCTURE, "dataprovision");
    for (String format : List.of("sdmx-json", "sdmx-ml", "sdmx-csv")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter w = Formats.named(format).writer(out)) {
        w.write(read);
      }
      Dataset back = only(format, out.toByteArray());
      assertThat(back.dataflow()).as(format).isEqualTo("X:PA_1(1.0)");
      assertThat(back.meta().extensions())
          .as(format)
          .containsEntry(KnownExtensions.SDMX_STRUCTURE, "dataprovision");
    }
  }

  private static Dataset only(String format, byte[] bytes) {
    Dataset found = null;
    try (RecordReader r =
        Formats.named(format)
            .reader(new java.io.ByteArrayInputStream(bytes), "t", FormatOptions.none())) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        assertThat(res).as(format).isInstanceOf(ReadResult.Ok.class);
        assertThat(found).as(format).isNull();
        found = (Dataset) ((ReadResult.Ok) res).record();
      }
    }
    assertThat(found).as(format).isNotNull();
    return found;
  }
}

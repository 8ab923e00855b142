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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.Loss;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.Transformation;

/**
 * An SDMX data message says what its receiver is to do with its data (Information, Append, Replace,
 * Merge, Delete). The action is kept with the data it came with, written back by every SDMX writer,
 * and a deletion is refused rather than read as data.
 */
class SdmxActionTest {

  @TempDir Path dir;

  private static final String CSV_HEAD =
      "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n";

  private SdmxJsonCsvConformanceTest.Outcome csv(String rows) throws IOException {
    Path f = dir.resolve("a.csv");
    Files.writeString(f, CSV_HEAD + rows, StandardCharsets.UTF_8);
    return SdmxJsonCsvConformanceTest.read(f, "sdmx-csv", FormatOptions.none());
  }

  @Test
  void sdmxCsvRowsKeepTheirActionAndADeleteRowIsRefused() throws IOException {
    var out =
        csv(
            "dataflow,ESTAT:X(1.0),I,KE,2020,1\n"
                + "dataflow,ESTAT:X(1.0),R,KE,2021,2\n"
                + "dataflow,ESTAT:X(1.0),M,KE,2022,3\n"
                + "dataflow,ESTAT:X(1.0),D,KE,2023,\n"
                + "dataflow,ESTAT:X(1.0),A,KE,2024,5\n");
    assertThat(out.datasets())
        .extracting(d -> d.meta().extensions().get("sdmx:action"))
        .containsExactly(null, "Replace", "Merge", "Append");
    assertThat(out.rejected()).hasSize(1);
    assertThat(out.rejected().get(0).issues())
        .extracting(i -> i.ruleId().value())
        .containsExactly("MG-SDMX-053");
    assertThat(out.rejected().get(0).location().line()).isEqualTo(5);
  }

  @Test
  void sdmxMlDataSetsKeepTheirActionAndADeletionIsRefusedWhole() throws IOException {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
            xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
            xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
          <message:Header><message:ID>x</message:ID><message:Test>false</message:Test>
            <message:Prepared>2024-01-01T00:00:00Z</message:Prepared><message:Sender id="ESTAT"/>
            <message:Structure structureID="S1" dimensionAtObservation="TIME_PERIOD">
              <common:StructureUsage><Ref agencyID="ESTAT" id="X" version="1.0"/></common:StructureUsage>
            </message:Structure>
          </message:Header>
          <message:DataSet ss:structureRef="S1" ss:action="Replace">
            <Series REF_AREA="KE"><Obs TIME_PERIOD="2020" OBS_VALUE="1"/></Series>
          </message:DataSet>
          <message:DataSet ss:structureRef="S1" ss:action="Delete">
            <Series REF_AREA="KE"><Obs TIME_PERIOD="2021" OBS_VALUE="2"/><Obs TIME_PERIOD="2022" OBS_VALUE="3"/></Series>
          </message:DataSet>
          <message:DataSet ss:structureRef="S1">
            <Series REF_AREA="UG"><Obs TIME_PERIOD="2020" OBS_VALUE="4"/></Series>
          </message:DataSet>
        </message:StructureSpecificData>
        """;
    Path f = dir.resolve("a.xml");
    Files.writeString(f, xml, StandardCharsets.UTF_8);
    var out = SdmxJsonCsvConformanceTest.read(f, "sdmx-ml", FormatOptions.none());
    assertThat(out.datasets())
        .extracting(d -> d.meta().extensions().get("sdmx:action"))
        .containsExactly("Replace", null);
    assertThat(out.observations()).hasSize(2);
    assertThat(out.rejected()).hasSize(1);
    assertThat(out.rejected().get(0).issues())
        .extracting(i -> i.ruleId().value())
        .containsExactly("MG-SDMX-053");
  }

  @Test
  void sdmxJsonDataSetsKeepTheirActionAndADeletionIsRefusedWhole() throws IOException {
    String json =
        """
        {"meta":{"schema":"https://json.sdmx.org/2.0.0/sdmx-json-data-schema.json","id":"x",
          "prepared":"2024-01-01T00:00:00Z","sender":{"id":"ESTAT"}},
         "data":{"structures":[{"links":[{"urn":"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:X(1.0)"}],
           "dimensions":{"observation":[{"id":"REF_AREA","values":[{"id":"KE"}]},
             {"id":"TIME_PERIOD","values":[{"id":"2020"},{"id":"2021"}]}]},
           "measures":{"observation":[{"id":"OBS_VALUE"}]}}],
          "dataSets":[{"structure":0,"action":"Replace","observations":{"0:0":[1]}},
            {"structure":0,"action":"Delete","observations":{"0:1":[2]}},
            {"structure":0,"observations":{"0:1":[3]},"action":"Merge"}]}}
        """;
    Path f = dir.resolve("a.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    var out = SdmxJsonCsvConformanceTest.read(f, "sdmx-json", FormatOptions.none());
    assertThat(out.datasets())
        .extracting(d -> d.meta().extensions().get("sdmx:action"))
        .containsExactly("Replace", "Merge");
    assertThat(out.rejected()).hasSize(1);
    assertThat(out.rejected().get(0).location().pointer()).contains("/data/dataSets/1/action");
    assertThat(out.rejected().get(0).issues())
        .extracting(i -> i.ruleId().value())
        .containsExactly("MG-SDMX-053");
  }

  @Test
  void everySdmxWriterWritesTheActionBackAndSdmxMl21WritesMergeAsAppendSayingSo()
      throws IOException {
    String rows = "dataflow,ESTAT:X(1.0),R,KE,2021,2\n" + "dataflow,ESTAT:X(1.0),M,KE,2022,3\n";
    byte[] in = (CSV_HEAD + rows).getBytes(StandardCharsets.UTF_8);

    String csv = convert(in, "sdmx-csv", null);
    assertThat(csv.lines().skip(1).map(l -> l.split(",")[2])).containsExactly("R", "M");

    String json = convert(in, "sdmx-json", null);
    assertThat(json).contains("\"action\":\"Replace\"").contains("\"action\":\"Merge\"");

    ConversionReport[] report = new ConversionReport[1];
    String xml = convert(in, "sdmx-ml", report);
    assertThat(xml).contains("action=\"Replace\"").contains("action=\"Append\"");
    assertThat(report[0].transformed())
        .extracting(Transformation::action)
        .contains(Transformation.Action.SDMX_ML_MERGE_AS_APPEND);
    assertThat(report[0].lost())
        .extracting(Loss::pointer)
        .doesNotContain("/meta/extensions/sdmx:action");
  }

  private static String convert(byte[] in, String to, ConversionReport[] report)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport r =
        Conversion.from(Formats.named("sdmx-csv"))
            .to(Formats.named(to))
            .run(new ByteArrayInputStream(in), "a.csv", out);
    assertThat(r.rejected()).as(to).isZero();
    if (report != null) {
      report[0] = r;
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aDatasetWhoseActionNamesNoActionIsRefusedByEveryWriterNotWrittenAsAnother() {
    Dataset d =
        Dataset.builder(
                org.mignet.core.model.RecordMeta.of("urn:x", "1")
                    .withExtension("sdmx:action", "Upsert"))
            .dataflow("ESTAT:X(1.0)")
            .dimensionId("REF_AREA", "TIME_PERIOD")
            .observation(
                Observation.of(
                    Map.of("REF_AREA", "KE", "TIME_PERIOD", "2020"), java.math.BigDecimal.ONE))
            .build();
    for (String to : List.of("sdmx-csv", "sdmx-json", "sdmx-ml")) {
      RecordWriter w = Formats.named(to).writer(new ByteArrayOutputStream());
      assertThatThrownBy(() -> w.write(d))
          .as(to)
          .isInstanceOf(MignetException.class)
          .hasMessageContaining("none of Information");
    }
  }
}

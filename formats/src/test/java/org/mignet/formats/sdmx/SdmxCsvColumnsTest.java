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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;

/**
 * SDMX-CSV 2.0 columns: from the data structures when a structure is given (SDMX-CSV 2.0 §"Multiple
 * structures in one file": the columns of every structure, empty where a row's structure lacks
 * them), from the first dataset otherwise; datasets with other columns add theirs (the union), a
 * row leaves the columns it lacks empty.
 */
class SdmxCsvColumnsTest {

  static Observation obs(Map<String, String> dims, String status) {
    return new Observation(
        dims,
        Optional.of(BigDecimal.ONE),
        Optional.empty(),
        Optional.of("PS"),
        Optional.ofNullable(status),
        Optional.empty(),
        Map.of());
  }

  static Map<String, String> dims(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static Dataset dataset(String flow, List<String> dimIds, Observation... o) {
    return new Dataset(
        RecordMeta.of("urn:sdmx:dataset", flow),
        flow,
        Optional.empty(),
        dimIds,
        Map.of(),
        List.of(o));
  }

  /** Without SEX: a dataset that does not break down by sex. */
  static final Dataset BY_AREA =
      dataset(
          "TEST:DF_T(1.0)",
          List.of("REF_AREA", "TIME_PERIOD"),
          obs(dims("REF_AREA", "DEU", "TIME_PERIOD", "2020"), "A"));

  static final Dataset BY_AREA_AND_SEX =
      dataset(
          "TEST:DF_T(1.0)",
          List.of("TIME_PERIOD", "SEX", "REF_AREA"),
          obs(dims("TIME_PERIOD", "2021", "SEX", "F", "REF_AREA", "ITA"), null));
  static final Dataset BY_CITIZENSHIP =
      dataset(
          "TEST:DSD_B(1.0)",
          List.of("REF_AREA", "CITIZENSHIP", "TIME_PERIOD"),
          new Observation(
              dims("REF_AREA", "DEU", "CITIZENSHIP", "AFG", "TIME_PERIOD", "2020"),
              Optional.of(BigDecimal.TEN),
              Optional.empty(),
              Optional.empty(),
              Optional.of("E"),
              Optional.empty(),
              Map.of()));

  /** The fixture's DSD_T and a second structure by citizenship. */
  static SdmxStructures twoStructures() {
    SdmxStructures f = SdmxStructuresTest.fixture();
    DataStructure b =
        new DataStructure(
            SdmxRef.of("TEST", "DSD_B", "1.0"),
            Map.of(),
            List.of(
                new SdmxDimension("TIME_PERIOD", 3, Optional.empty(), Optional.empty(), true),
                new SdmxDimension("CITIZENSHIP", 2, Optional.empty(), Optional.empty(), false),
                new SdmxDimension("REF_AREA", 1, Optional.empty(), Optional.empty(), false)),
            List.of(
                new SdmxAttribute(
                    "OBS_STATUS",
                    SdmxAttribute.Assignment.CONDITIONAL,
                    SdmxAttribute.AttachmentLevel.OBSERVATION,
                    List.of(),
                    Optional.empty(),
                    Optional.empty())),
            "OBS_VALUE");
    List<DataStructure> dsds = new ArrayList<>(f.dataStructures());
    dsds.add(b);
    return new SdmxStructures(
        f.dataflows(), dsds, f.codelists(), f.conceptSchemes(), f.constraints(), List.of());
  }

  static String write(FormatOptions options, Dataset... ds) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("sdmx-csv").writer(b, options)) {
      for (Dataset d : ds) {
        w.write(d);
      }
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  static Set<Observation> readBack(String csv) {
    Set<Observation> out = new HashSet<>();
    try (RecordReader r =
        Formats.named("sdmx-csv")
            .reader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "back.csv")) {
      r.forEachRemaining(x -> out.addAll(((Dataset) ((ReadResult.Ok) x).record()).observations()));
    }
    return out;
  }

  @Test
  void takesTheColumnsFromTheDataStructureInKeyOrderThenMeasureThenAttributes() {
    String csv =
        write(
            FormatOptions.none().with(SdmxOptions.STRUCTURES, SdmxStructuresTest.fixture()),
            BY_AREA,
            BY_AREA_AND_SEX);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE");
    assertThat(csv.lines()).hasSize(3).contains("dataflow,\"TEST:DF_T(1.0)\",I,DEU,,2020,1,A,PS");
    assertThat(readBack(csv))
        .containsExactlyInAnyOrder(
            BY_AREA.observations().get(0), BY_AREA_AND_SEX.observations().get(0));
  }

  @Test
  void writesDatasetsOfSeveralStructuresInOneFileWhenTheStructuresCoverThem() {
    String csv =
        write(
            FormatOptions.none().with(SdmxOptions.STRUCTURES, twoStructures()),
            BY_AREA_AND_SEX,
            BY_CITIZENSHIP);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,SEX,TIME_PERIOD,CITIZENSHIP,OBS_VALUE,OBS_STATUS,UNIT_MEASURE");
    assertThat(readBack(csv))
        .containsExactlyInAnyOrder(
            BY_AREA_AND_SEX.observations().get(0), BY_CITIZENSHIP.observations().get(0));
  }

  @Test
  void withoutAStructureWritesEveryDatasetUnderOneHeaderOfTheUnionOfTheirColumns() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] json = writeJson(BY_AREA, BY_AREA_AND_SEX, BY_CITIZENSHIP);
    ConversionReport report =
        Conversion.from(Formats.named("sdmx-json"))
            .to(Formats.named("sdmx-csv"))
            .run(new ByteArrayInputStream(json), "in.json", out);
    assertThat(report.rejected()).as("%s", report.issues()).isZero();
    assertThat(report.written()).isEqualTo(report.read()).isEqualTo(3);
    String csv = out.toString(StandardCharsets.UTF_8);
    // SDMX-CSV 2.0: the dimensions of the first structure, then the remaining ones of the next, and
    // so forth
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,"
                + "TIME_PERIOD,SEX,CITIZENSHIP,OBS_VALUE,OBS_STATUS,CONF_STATUS,UNIT_MEASURE");
    assertThat(csv.lines())
        .hasSize(4)
        .contains("dataflow,\"TEST:DSD_B(1.0)\",I,DEU,2020,,AFG,10,E,,");
    assertThat(readBack(csv))
        .containsExactlyInAnyOrder(
            BY_AREA.observations().get(0),
            BY_AREA_AND_SEX.observations().get(0),
            BY_CITIZENSHIP.observations().get(0));
  }

  @Test
  void writesAnAttributeTheDataStructureDoesNotHaveAsOneMoreColumn() {
    Dataset odd =
        dataset(
            "TEST:DF_T(1.0)",
            List.of("REF_AREA", "SEX", "TIME_PERIOD"),
            new Observation(
                dims("REF_AREA", "DEU", "SEX", "F", "TIME_PERIOD", "2020"),
                Optional.of(BigDecimal.ONE),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("C"),
                Map.of()));
    String csv =
        write(
            FormatOptions.none().with(SdmxOptions.STRUCTURES, SdmxStructuresTest.fixture()),
            BY_AREA,
            odd);
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(",OBS_VALUE,OBS_STATUS,UNIT_MEASURE,CONF_STATUS");
    assertThat(readBack(csv))
        .containsExactlyInAnyOrder(BY_AREA.observations().get(0), odd.observations().get(0));
  }

  @Test
  void refusesOnlyADatasetWhoseComponentIsADimensionWhereTheFileHasItAsAnAttribute() {
    Dataset unitAsDimension =
        dataset(
            "TEST:DF_U(1.0)",
            List.of("REF_AREA", "UNIT_MEASURE"),
            Observation.of(dims("REF_AREA", "DEU", "UNIT_MEASURE", "PS"), BigDecimal.ONE));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport report =
        Conversion.from(Formats.named("sdmx-json"))
            .to(Formats.named("sdmx-csv"))
            .run(
                new ByteArrayInputStream(writeJson(BY_AREA, unitAsDimension, BY_CITIZENSHIP)),
                "in.json",
                out);
    assertThat(report.written()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.issues()).anyMatch(i -> i.message().contains("UNIT_MEASURE as a dimension"));
  }

  static byte[] writeJson(Dataset... ds) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("sdmx-json").writer(b)) {
      for (Dataset d : ds) {
        w.write(d);
      }
    }
    return b.toByteArray();
  }
}

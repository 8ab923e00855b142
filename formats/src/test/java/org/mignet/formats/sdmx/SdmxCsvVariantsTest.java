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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * What the SDMX-CSV 2.0 field guide ("Column headers", "Column content", "Multi-valued components",
 * "Non-coded multi-lingual components") and SDMX-CSV 1.0 allow beyond the files of {@code
 * ../shared/data}: separators declared in the header, {@code labels=both} and {@code labels=name},
 * actions, custom columns, roles from a structure, and the Eurostat data browser's labels-only
 * export.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class SdmxCsvVariantsTest {

  record Read(
      List<Observation> observations, List<ReadResult.Failed> rejected, List<Issue> warnings) {}

  static Read read(String csv, FormatOptions options) {
    List<Observation> obs = new ArrayList<>();
    List<ReadResult.Failed> failed = new ArrayList<>();
    List<Issue> warnings = new ArrayList<>();
    try (RecordReader r =
        Formats.named("sdmx-csv")
            .reader(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", options)) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        if (res instanceof ReadResult.Ok ok) {
          obs.addAll(((Dataset) ok.record()).observations());
          warnings.addAll(ok.issues());
        } else {
          failed.add((ReadResult.Failed) res);
        }
      }
    }
    return new Read(obs, failed, warnings);
  }

  static Read read(String csv) {
    return read(csv, FormatOptions.none());
  }

  @Test
  void readsTabSeparatedRowsWithABarSubSeparatorAndLabelledMultipleValues() {
    String csv =
        "STRUCTURE[|]\tSTRUCTURE_ID\tACTION\tREF_AREA: Area\tTIME_PERIOD: Time\tOBS_VALUE: Value"
            + "\tCOMMENT[]: Comments\tOBS_STATUS: Status\n"
            + "dataflow\tT:DF(1.0): Test flow\tI\tDEU: Germany\t2020: 2020\t1.5\tX: Ex|Y: Why\tE: Estimated\n";
    assertThat(Formats.named("sdmx-csv").sniff(csv.getBytes(StandardCharsets.UTF_8))).isTrue();
    Read r = read(csv);
    assertThat(r.rejected()).isEmpty();
    assertThat(r.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.dimensions())
                  .containsEntry("REF_AREA", "DEU")
                  .containsEntry("TIME_PERIOD", "2020");
              assertThat(o.value()).contains(new BigDecimal("1.5"));
              assertThat(o.status()).contains("E");
              assertThat(o.attributes()).containsEntry("COMMENT", "X;Y");
            });
  }

  @Test
  void readsAHeaderWhoseEveryCellIsQuotedWithTheSeparatorAfterTheQuotedFirstTerm() {
    // RFC 4180 lets any field be quoted; R's write.csv quotes every header cell
    String csv2 =
        "\"STRUCTURE\";\"STRUCTURE_ID\";\"ACTION\";\"REF_AREA\";\"TIME_PERIOD\";\"OBS_VALUE\"\n"
            + "\"dataflow\";\"T:DF(1.0)\";\"I\";\"DEU\";\"2020\";\"12,5\"\n";
    String csv1 =
        "\"DATAFLOW\",\"REF_AREA\",\"TIME_PERIOD\",\"OBS_VALUE\"\n"
            + "\"T:DF(1.0)\",\"DEU\",\"2020\",\"12.5\"\n";
    for (String csv : List.of(csv2, csv1)) {
      assertThat(Formats.named("sdmx-csv").sniff(csv.getBytes(StandardCharsets.UTF_8))).isTrue();
      Read r = read(csv);
      assertThat(r.rejected()).isEmpty();
      assertThat(r.observations())
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.dimensions())
                    .containsEntry("REF_AREA", "DEU")
                    .containsEntry("TIME_PERIOD", "2020");
                assertThat(o.value()).contains(new BigDecimal("12.5"));
              });
    }
  }

  @Test
  void skipsTheNameColumnsOfLabelsNameAndReportsACustomColumn() {
    String csv =
        "STRUCTURE;STRUCTURE_ID;STRUCTURE_NAME;REF_AREA;Reference area;TIME_PERIOD;Time;OBS_VALUE;"
            + "Observation value;LAST UPDATE\n"
            + "dataflow;T:DF(1.0);Test flow;ITA;Italy;2021;Time 2021;12,5;;2024-01-01\n";
    Read r = read(csv);
    assertThat(r.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.dimensions())
                  .containsExactly(
                      java.util.Map.entry("REF_AREA", "ITA"),
                      java.util.Map.entry("TIME_PERIOD", "2021"));
              // a decimal comma, as the field guide's ;-separated example writes numbers
              assertThat(o.value()).contains(new BigDecimal("12.5"));
              assertThat(o.attributes()).isEmpty();
            });
    assertThat(r.warnings())
        .extracting(i -> i.rule().id().value())
        .contains("MG-SDMX-049")
        .doesNotContain("MG-SDMX-051");
    assertThat(r.warnings())
        .filteredOn(i -> i.rule().id().value().equals("MG-SDMX-049"))
        .singleElement()
        .satisfies(i -> assertThat(i.arguments()).first().isEqualTo("LAST UPDATE"));
  }

  @Test
  void aLabelsOnlyExportWhoseLabelsLookLikeCodesIsRefusedByItsFrequency() {
    // every label here could be an SDMX id; "Annual" cannot be a frequency code (CL_FREQ codes are
    // at most 3 long)
    String csv =
        "DATAFLOW,LAST UPDATE,freq,sex,geo,TIME_PERIOD,OBS_VALUE\n"
            + "ESTAT:MIGR_EIPRE(1.0),,Annual,Males,Austria,2021,5\n"
            + "ESTAT:MIGR_EIPRE(1.0),,Annual,Females,Austria,2021,6\n";
    Read r = read(csv);
    assertThat(r.observations()).isEmpty();
    assertThat(r.rejected())
        .hasSize(2)
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .singleElement()
                    .satisfies(
                        i -> {
                          assertThat(i.rule().id().value()).isEqualTo("MG-SDMX-051");
                          assertThat(i.arguments()).first().hasToString("freq (2)");
                        }));
  }

  @Test
  void aCodedExportWithItsFrequencyCodeIsRead() {
    String csv =
        "DATAFLOW,LAST UPDATE,freq,sex,geo,TIME_PERIOD,OBS_VALUE\n"
            + "ESTAT:MIGR_EIPRE(1.0),,A,M,AT,2021,5\n";
    assertThat(read(csv).rejected()).isEmpty();
    assertThat(read(csv).observations())
        .singleElement()
        .satisfies(o -> assertThat(o.dimensions()).containsEntry("freq", "A"));
  }

  @Test
  void readsOneLanguageOfAMultiLingualAttributeAndSaysSo() {
    String csv =
        "STRUCTURE[;],STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE,TITLE[fr;en]\n"
            + "dataflow,T:DF(1.0),FRA,2020,3,\"Titre;Title\"\n";
    Read r = read(csv);
    assertThat(r.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.attributes()).containsEntry("TITLE", "Title"));
    assertThat(r.warnings()).extracting(i -> i.rule().id().value()).contains("MG-SDMX-046");
  }

  @Test
  void rejectsDeleteRowsAndUnknownActionsWithTheirLines() {
    String csv =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,T:DF(1.0),I,DEU,2020,1\n"
            + "dataflow,T:DF(1.0),D,DEU,2021,-\n"
            + "dataflow,T:DF(1.0),Z,DEU,2022,3\n"
            + "dataflow,T:DF(1.0),R,DEU,2023,4\n";
    Read r = read(csv);
    assertThat(r.observations())
        .extracting(o -> o.dimensions().get("TIME_PERIOD"))
        .containsExactly("2020", "2023");
    assertThat(r.rejected()).extracting(f -> f.location().line()).containsExactly(3L, 4L);
    assertThat(r.rejected())
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .extracting(i -> i.rule().id().value())
                    .containsExactly("MG-SDMX-053"));
  }

  @Test
  void takesRolesFromTheStructureWhateverTheColumnOrder() {
    // the fixture's DSD_T: dimensions REF_AREA, SEX, TIME_PERIOD; attributes OBS_STATUS,
    // UNIT_MEASURE
    String csv =
        "STRUCTURE,STRUCTURE_ID,ACTION,OBS_STATUS,OBS_VALUE,TIME_PERIOD,SEX,REF_AREA,UNIT_MEASURE,NOTE\n"
            + "dataflow,TEST:DF_T(1.0),I,E,7,2020,F,DEU,PS,hello\n";
    Read r =
        read(csv, FormatOptions.none().with(SdmxOptions.STRUCTURES, SdmxStructuresTest.fixture()));
    assertThat(r.rejected()).isEmpty();
    assertThat(r.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.dimensions())
                  .containsExactly(
                      java.util.Map.entry("REF_AREA", "DEU"),
                      java.util.Map.entry("SEX", "F"),
                      java.util.Map.entry("TIME_PERIOD", "2020"));
              assertThat(o.status()).contains("E");
              assertThat(o.unit()).contains("PS");
              assertThat(o.value()).contains(new BigDecimal("7"));
              assertThat(o.attributes()).doesNotContainKey("NOTE");
            });
    assertThat(r.warnings())
        .extracting(i -> i.rule().id().value())
        .contains("MG-SDMX-050")
        .doesNotContain("MG-SDMX-048");
    // the same file without the structure: SEX, after OBS_VALUE, would be an attribute, and mignet
    // says so
    Read guessed = read(csv);
    assertThat(guessed.warnings())
        .filteredOn(i -> i.rule().id().value().equals("MG-SDMX-048"))
        .singleElement()
        .satisfies(i -> assertThat(i.arguments().get(1).toString()).contains("SEX"));
  }

  @Test
  void rejectsEveryRowOfASdmxCsv1LabelsExportEvenRowsWhoseLabelsLookLikeCodes() {
    String csv =
        "DATAFLOW,LAST UPDATE,geo,TIME_PERIOD,OBS_VALUE\n"
            + "ESTAT:T(1.0),,Austria,2020,1\n"
            + "ESTAT:T(1.0),,North Macedonia,2020,2\n";
    Read r = read(csv);
    assertThat(r.observations()).isEmpty();
    assertThat(r.rejected()).extracting(f -> f.location().line()).containsExactly(2L, 3L);
    assertThat(r.rejected())
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .singleElement()
                    .satisfies(i -> assertThat(i.arguments()).containsExactly("geo (3)")));
  }

  @Test
  void readsAStringMeasureAsATextValueAndWritesItBack() {
    String csv =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
            + "dataflow,T:DF(1.0),I,DEU,2020,high,A\n"
            + "dataflow,T:DF(1.0),I,DEU,2021,,M\n";
    Read r = read(csv);
    assertThat(r.rejected()).isEmpty();
    assertThat(r.observations().get(0).textValue()).contains("high");
    assertThat(r.observations().get(1).textValue()).isEmpty();
    assertThat(r.observations().get(1).value()).isEmpty();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.mignet.formats.RecordWriter w =
        Formats.named("sdmx-csv").writer(out, FormatOptions.none())) {
      w.write(
          new Dataset(
              org.mignet.core.model.RecordMeta.of("urn:sdmx:dataset", "T"),
              "T:DF(1.0)",
              java.util.Optional.empty(),
              List.of("REF_AREA", "TIME_PERIOD"),
              java.util.Map.of(),
              r.observations()));
    }
    assertThat(read(out.toString(StandardCharsets.UTF_8)).observations())
        .isEqualTo(r.observations());
  }

  @Test
  void saysOnceWithItsLineAndColumnThatAMeasureValueWhichIsNotANumberIsReadAsText() {
    // a decimal comma in a comma-separated file is quoted: a text, not a number
    String csv =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,T:DF(1.0),I,DEU,2019,7\n"
            + "dataflow,T:DF(1.0),I,DEU,2020,\"12,5\"\n"
            + "dataflow,T:DF(1.0),I,DEU,2021,1 234\n";
    Read r = read(csv);
    assertThat(r.rejected()).isEmpty();
    assertThat(r.observations().get(1).textValue()).contains("12,5");
    assertThat(r.warnings())
        .filteredOn(i -> i.ruleId().value().equals("MG-SDMX-032"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.location().line()).isEqualTo(3);
              assertThat(i.location().column()).isEqualTo(6);
            });
  }

  @Test
  void readsLabelsAsTheCodesTheyNameWhenTheStructureHasTheCodelist() {
    // the fixture's CL_AREA names DEU "Germany" (en) and "Allemagne" (fr)
    String csv =
        "DATAFLOW,LAST UPDATE,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n"
            + "TEST:DF_T(1.0),,Germany,F,2020,1,PS\n"
            + "TEST:DF_T(1.0),,Allemagne,F,2021,2,PS\n"
            + "TEST:DF_T(1.0),,Atlantis,F,2022,3,PS\n"
            + "TEST:DF_T(1.0),,New Atlantis,F,2023,4,PS\n";
    Read r =
        read(csv, FormatOptions.none().with(SdmxOptions.STRUCTURES, SdmxStructuresTest.fixture()));
    assertThat(r.observations())
        .extracting(o -> o.dimensions().get("REF_AREA"))
        .containsExactly("DEU", "DEU");
    assertThat(r.warnings()).extracting(i -> i.rule().id().value()).contains("MG-SDMX-054");
    assertThat(r.rejected()).extracting(f -> f.location().line()).containsExactly(4L, 5L);
    assertThat(r.rejected())
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .extracting(i -> i.rule().id().value())
                    .contains("MG-SDMX-055"));
  }

  @Test
  void readsANonCodedSdmxCsv2DimensionValueAsItIs() {
    String csv =
        "STRUCTURE,STRUCTURE_ID,ACTION,ROUTE,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,MIGNET:INCIDENTS(1.0),I,Central Mediterranean,2020,12\n";
    Read r = read(csv);
    assertThat(r.rejected()).isEmpty();
    assertThat(r.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.dimensions()).containsEntry("ROUTE", "Central Mediterranean"));
  }
}

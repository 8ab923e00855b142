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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.Observation;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.sdmx.SdmxMlConformanceTest.Read;

/**
 * The {@code sdmx-ml} reader on SDMX-ML 3.0 structure-specific data messages, written here after
 * the SDMX-ML 3.0 samples ({@code samples/Structure Specific Data/ECB_EXR.xml} and {@code
 * samples/Data - Complex Data Attributes/ECB_EXR_CA.xml} of sdmx-twg/sdmx-ml) and, for several
 * measures, after the SDMX-CSV 2.0 field guide's example 02 ({@code ESTAT:NA_MAIN(1.6.0)}, two
 * measures, whose SDMX-ML 3.0 structure is the test resource {@code na-main-3.0-structure.xml}).
 */
class SdmxMl30ReadingTest {

  static final String MESSAGE_30 = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message";
  static final String SS_30 =
      "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/data/structurespecific";
  static final String COMMON_30 = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common";

  /** A message: the header's structure given by a URN (SDMX-ML 3.0 references are URNs). */
  static String message(String atObservation, String structureRef, String dataSet) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<message:StructureSpecificData xmlns:ss=\""
        + SS_30
        + "\" xmlns:message=\""
        + MESSAGE_30
        + "\" xmlns:common=\""
        + COMMON_30
        + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:ns1=\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:NA_MAIN(1.6.0)\">\n"
        + "<message:Header><message:ID>T1</message:ID><message:Test>true</message:Test>"
        + "<message:Prepared>2024-05-01T10:00:00Z</message:Prepared><message:Sender id=\"ESTAT\"/>"
        + "<message:Structure structureID=\"NA_MAIN_1_6_0\" dimensionAtObservation=\""
        + atObservation
        + "\">"
        + structureRef
        + "</message:Structure></message:Header>\n"
        + "<message:DataSet ss:structureRef=\"NA_MAIN_1_6_0\" xsi:type=\"ns1:DataSetType\""
        + " ss:action=\"Information\">\n"
        + dataSet
        + "\n</message:DataSet></message:StructureSpecificData>";
  }

  static final String URN_REF =
      "<common:StructureUsage>urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:NA_MAIN(1.6.0)"
          + "</common:StructureUsage>";

  /** The SDMX-CSV 2.0 example 02's two rows, as one series with the time at observation. */
  static final String NA_MAIN_SERIES =
      message(
          "DIM_3",
          URN_REF,
          """
          <Series DIM_1="A" DIM_2="B">
            <Obs DIM_3="2014-01" OBS_VALUE1="12.4" OBS_VALUE2="12.5" ATTR_3="Normal, special and other values">
              <Comp id="ATTR_1"><Value>X</Value><Value>Y</Value></Comp>
            </Obs>
            <Obs DIM_3="2014-02" OBS_VALUE1="10.8" OBS_VALUE2="10.9" ATTR_3="Normal, special and other values">
              <Comp id="ATTR_1"><Value>X</Value><Value>Z</Value></Comp>
            </Obs>
          </Series>""");

  /** The same observations, flat (AllDimensions). */
  static final String NA_MAIN_FLAT =
      message(
          "AllDimensions",
          URN_REF,
          """
          <Obs DIM_1="A" DIM_2="B" DIM_3="2014-01" OBS_VALUE1="12.4" OBS_VALUE2="12.5" ATTR_3="N"/>
          <Obs DIM_1="A" DIM_2="B" DIM_3="2014-02" OBS_VALUE1="10.8" ATTR_3="N"/>
          <Obs DIM_1="A" DIM_2="B" DIM_3="2014-03" ATTR_1="M" ATTR_3="N"/>""");

  static Path structure() throws Exception {
    return Path.of(SdmxMl30ReadingTest.class.getResource("na-main-3.0-structure.xml").toURI());
  }

  static FormatOptions withStructure() throws Exception {
    return FormatOptions.none().with(SdmxOptions.STRUCTURE, structure());
  }

  @Test
  void readsEachMeasureOfAnSdmxMl30SeriesAsItsOwnObservationWithTheStructure() throws Exception {
    Read r = SdmxMlReadingTest.read(NA_MAIN_SERIES, withStructure());
    assertThat(r.failed()).isEmpty();
    assertThat(r.datasets())
        .allSatisfy(d -> assertThat(d.dataflow()).isEqualTo("ESTAT:NA_MAIN(1.6.0)"));
    String[][] expected = {
      {"2014-01", "OBS_VALUE1", "12.4", "X;Y"},
      {"2014-01", "OBS_VALUE2", "12.5", "X;Y"},
      {"2014-02", "OBS_VALUE1", "10.8", "X;Z"},
      {"2014-02", "OBS_VALUE2", "10.9", "X;Z"}
    };
    assertThat(r.observations()).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      Observation o = r.observations().get(i);
      assertThat(o.dimensions())
          .containsExactly(
              java.util.Map.entry("DIM_1", "A"),
              java.util.Map.entry("DIM_2", "B"),
              java.util.Map.entry("DIM_3", expected[i][0]),
              java.util.Map.entry("MEASURE", expected[i][1]));
      assertThat(o.value()).contains(new BigDecimal(expected[i][2]));
      assertThat(o.attributes())
          .containsEntry("ATTR_1", expected[i][3])
          .containsEntry("ATTR_3", "Normal, special and other values")
          .doesNotContainKeys("OBS_VALUE1", "OBS_VALUE2");
    }
    assertThat(r.issues())
        .extracting(i -> i.rule().id().value())
        .doesNotContain("MG-SDMX-026", "MG-SDMX-027", "MG-SDMX-061", "MG-SDMX-047")
        .filteredOn("MG-SDMX-060"::equals)
        .hasSize(1);
  }

  @Test
  void readsFlatSdmxMl30DataWithAMeasureLeftOutAsNoObservationOfItAndNoMeasureAsOneWithoutValue()
      throws Exception {
    Read r = SdmxMlReadingTest.read(NA_MAIN_FLAT, withStructure());
    assertThat(r.failed()).isEmpty();
    assertThat(r.observations())
        .extracting(o -> o.dimensions().get("DIM_3") + " " + o.dimensions().get("MEASURE"))
        .containsExactly(
            "2014-01 OBS_VALUE1", "2014-01 OBS_VALUE2", "2014-02 OBS_VALUE1", "2014-03 OBS_VALUE1");
    assertThat(r.observations())
        .extracting(o -> o.value().orElse(null))
        .containsExactly(
            new BigDecimal("12.4"), new BigDecimal("12.5"), new BigDecimal("10.8"), null);
    // an observation with no measure (a missing value, flagged) keeps its attributes, once
    assertThat(r.observations().get(3).attributes()).containsEntry("ATTR_1", "M");
  }

  @Test
  void readsOtherObservationComponentsAsReportedAttributesWithoutAStructureNeverAsTheValue()
      throws IOException {
    Read r = SdmxMlReadingTest.read(NA_MAIN_SERIES, FormatOptions.none());
    assertThat(r.failed()).isEmpty();
    assertThat(r.observations()).hasSize(2);
    Observation first = r.observations().get(0);
    assertThat(first.dimensions())
        .containsOnlyKeys("DIM_1", "DIM_2", "DIM_3")
        .containsEntry("DIM_3", "2014-01");
    // only OBS_VALUE is known as a measure without a structure: OBS_VALUE1 is not taken for it
    assertThat(first.value()).isEmpty();
    assertThat(first.attributes())
        .containsEntry("OBS_VALUE1", "12.4")
        .containsEntry("OBS_VALUE2", "12.5")
        .containsEntry("ATTR_1", "X;Y");
    assertThat(r.issues())
        .filteredOn(i -> i.rule().id().value().equals("MG-SDMX-061"))
        .extracting(i -> i.arguments().get(0))
        .containsExactlyInAnyOrder("OBS_VALUE1", "OBS_VALUE2", "ATTR_3", "ATTR_1");
    // the series' components are reported as read as dimensions, as in SDMX-ML 2.1
    assertThat(r.issues())
        .filteredOn(i -> i.rule().id().value().equals("MG-SDMX-026"))
        .extracting(i -> i.arguments().get(0))
        .containsExactlyInAnyOrder("DIM_1", "DIM_2");
  }

  /** The SDMX-ML 3.0 complex data attributes sample (ECB_EXR_CA.xml), its header's Ref kept. */
  @Test
  void readsTheComplexDataAttributesSampleWithSeveralAndMultilingualValues() throws IOException {
    String xml =
        message(
            "TIME_PERIOD",
            "<common:StructureUsage><Ref agencyID=\"ECB\" id=\"EXR\" version=\"1.0\"/>"
                + "</common:StructureUsage>",
            """
            <Series FREQ="A" CURRENCY="CAD" CURRENCY_DENOM="EUR" EXR_TYPE="SP00" EXR_SUFFIX="A" TIME_FORMAT="P1Y" DECIMALS="4" UNIT_MULT="0">
              <Comp id="TITLE">
                <Value>
                  <common:Text xml:lang="en">Some English Text</common:Text>
                  <common:Text xml:lang="fr">Quelques textes en anglais</common:Text>
                </Value>
                <Value>
                  <common:Text>Additional English Text where lang defaults to en</common:Text>
                  <common:Text xml:lang="fr">Texte anglais supplémentaire</common:Text>
                </Value>
              </Comp>
              <Comp id="SOURCE_AGENCY"><Value>4F0</Value><Value>4D0</Value><Value>CZ2</Value></Comp>
              <Obs TIME_PERIOD="2017" OBS_VALUE="1.46472274509804">
                <Comp id="OBS_STATUS"><Value>A</Value><Value>F</Value></Comp>
              </Obs>
              <Obs TIME_PERIOD="2018" OBS_VALUE="1.529364705882353">
                <Comp id="OBS_STATUS"><Value>J</Value><Value>U</Value><Value>N</Value></Comp>
              </Obs>
              <Obs TIME_PERIOD="2019" OBS_VALUE="1.485477254901961">
                <Comp id="OBS_STATUS"><Value>A</Value></Comp>
              </Obs>
            </Series>""");
    Read r = SdmxMlReadingTest.read(xml, FormatOptions.none());
    assertThat(r.failed()).isEmpty();
    assertThat(r.datasets()).allSatisfy(d -> assertThat(d.dataflow()).isEqualTo("ECB:EXR(1.0)"));
    assertThat(r.observations())
        .extracting(o -> o.dimensions().get("TIME_PERIOD"))
        .containsExactly("2017", "2018", "2019");
    assertThat(r.observations())
        .extracting(o -> o.value().orElseThrow())
        .containsExactly(
            new BigDecimal("1.46472274509804"),
            new BigDecimal("1.529364705882353"),
            new BigDecimal("1.485477254901961"));
    assertThat(r.observations())
        .extracting(o -> o.status().orElseThrow())
        .containsExactly("A;F", "J;U;N", "A");
    Observation first = r.observations().get(0);
    assertThat(first.dimensions()).containsEntry("CURRENCY", "CAD");
    assertThat(first.attributes())
        .containsEntry("SOURCE_AGENCY", "4F0;4D0;CZ2")
        .containsEntry(
            "TITLE", "Some English Text;Additional English Text where lang defaults to en");
    assertThat(r.issues())
        .filteredOn(i -> i.rule().id().value().equals("MG-SDMX-046"))
        .singleElement()
        .satisfies(i -> assertThat(i.arguments()).containsExactly("TITLE", "en"));
    // OBS_STATUS is a cross-domain attribute: not reported as possibly a measure
    assertThat(r.issues()).extracting(i -> i.rule().id().value()).doesNotContain("MG-SDMX-061");
  }

  @Test
  void refusesAnSdmxMl30StructureMessageGivenAsData() throws Exception {
    Read r =
        SdmxMlReadingTest.read(
            Files.readString(structure(), StandardCharsets.UTF_8), FormatOptions.none());
    assertThat(r.observations()).isEmpty();
    assertThat(r.failed())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.issues())
                    .extracting(i -> i.rule().id().value())
                    .contains("MG-SDMX-028"));
  }

  @Test
  void sniffsAnSdmxMl30DataMessageAsSdmxMl(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("data.xml");
    Files.writeString(file, NA_MAIN_SERIES, StandardCharsets.UTF_8);
    assertThat(Formats.sniff(file).map(f -> f.name())).contains("sdmx-ml");
  }

  @Test
  void readsTheStructureFromTheHeadersUrn() throws Exception {
    Read r = SdmxMlReadingTest.read(NA_MAIN_SERIES, FormatOptions.none());
    assertThat(r.datasets())
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.dataflow()).isEqualTo("ESTAT:NA_MAIN(1.6.0)"));
  }
}

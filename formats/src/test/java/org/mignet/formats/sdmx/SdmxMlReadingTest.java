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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.sdmx.SdmxMlConformanceTest.Read;

/**
 * The {@code sdmx-ml} reader on the message forms the real files do not show, each written after
 * the layout the SDMX-ML 2.1 and 2.0 schemas give (SDMXDataGeneric.xsd,
 * SDMXDataStructureSpecific.xsd; SDMX 2.0 SDMXGenericData.xsd and SDMXCompactData.xsd, whose sample
 * is the BIS joint debt message).
 */
class SdmxMlReadingTest {

  static final String MESSAGE_21 = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
  static final String GENERIC_21 = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
  static final String SS_21 =
      "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
  static final String COMMON_21 = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
  static final String MESSAGE_20 = "http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message";
  static final String GENERIC_20 = "http://www.SDMX.org/resources/SDMXML/schemas/v2_0/generic";

  static Read read(String xml, FormatOptions options) throws IOException {
    List<Observation> obs = new ArrayList<>();
    List<Dataset> datasets = new ArrayList<>();
    List<ReadResult.Failed> failed = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    try (RecordReader r = Formats.named("sdmx-ml").reader(in, "test.xml", options)) {
      while (r.hasNext()) {
        ReadResult x = r.next();
        issues.addAll(x.issues());
        if (x instanceof ReadResult.Ok ok) {
          datasets.add((Dataset) ok.record());
          obs.addAll(((Dataset) ok.record()).observations());
        } else {
          failed.add((ReadResult.Failed) x);
        }
      }
    }
    return new Read(obs, datasets, failed, issues);
  }

  static Read read(String xml) throws IOException {
    return read(xml, FormatOptions.none());
  }

  static String header21(String atObservation, String extra) {
    return "<message:Header><message:ID>T</message:ID><message:Test>true</message:Test>"
        + "<message:Prepared>2024-01-01T00:00:00</message:Prepared><message:Sender id=\"T\"/>"
        + "<message:Structure structureID=\"STR1\" dimensionAtObservation=\""
        + atObservation
        + "\""
        + extra
        + ">"
        + "<common:Structure><Ref agencyID=\"ESTAT\" id=\"DEMOGRAPHY\" version=\"1.0\"/></common:Structure>"
        + "</message:Structure></message:Header>";
  }

  static String generic21(String atObservation, String dataSet) {
    return "<?xml version=\"1.0\"?><message:GenericData xmlns:message=\""
        + MESSAGE_21
        + "\" xmlns:generic=\""
        + GENERIC_21
        + "\" xmlns:common=\""
        + COMMON_21
        + "\">"
        + header21(atObservation, "")
        + "<message:DataSet structureRef=\"STR1\">"
        + dataSet
        + "</message:DataSet></message:GenericData>";
  }

  static String specific21(String atObservation, String extra, String dataSet) {
    return "<?xml version=\"1.0\"?><message:StructureSpecificData xmlns:message=\""
        + MESSAGE_21
        + "\" xmlns:ss=\""
        + SS_21
        + "\" xmlns:common=\""
        + COMMON_21
        + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xmlns:ns=\"urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ESTAT:DEMOGRAPHY(1.0)\">"
        + header21(atObservation, extra)
        + "<message:DataSet ss:structureRef=\"STR1\" xsi:type=\"ns:DataSetType\""
        + dataSet
        + "</message:DataSet></message:StructureSpecificData>";
  }

  @Test
  void readsSdmxMl20GenericDataWithAGroupHoldingItsSeries() throws IOException {
    String xml =
        "<?xml version=\"1.0\"?><GenericData xmlns=\""
            + MESSAGE_20
            + "\" xmlns:generic=\""
            + GENERIC_20
            + "\"><Header><ID>JD014</ID><Test>true</Test><Prepared>2001-03-11T09:30:47-05:00</Prepared>"
            + "<Sender id=\"BIS\"/></Header><DataSet><generic:KeyFamilyRef>BIS_JOINT_DEBT</generic:KeyFamilyRef>"
            + "<generic:Group type=\"SiblingGroup\"><generic:GroupKey>"
            + "<generic:Value concept=\"JD_TYPE\" value=\"P\"/><generic:Value concept=\"VIS_CTY\" value=\"MX\"/>"
            + "</generic:GroupKey><generic:Attributes><generic:Value concept=\"UNIT_MULT\" value=\"5\"/>"
            + "<generic:Value concept=\"BIS_UNIT\" value=\"USD\"/></generic:Attributes>"
            + "<generic:Series><generic:SeriesKey><generic:Value concept=\"FREQ\" value=\"A\"/>"
            + "<generic:Value concept=\"JD_TYPE\" value=\"P\"/><generic:Value concept=\"VIS_CTY\" value=\"MX\"/>"
            + "</generic:SeriesKey><generic:Attributes><generic:Value concept=\"TIME_FORMAT\" value=\"P1Y\"/>"
            + "</generic:Attributes>"
            + "<generic:Obs><generic:Time>2000</generic:Time><generic:ObsValue value=\"3.14\"/><generic:Attributes>"
            + "<generic:Value concept=\"OBS_STATUS\" value=\"A\"/></generic:Attributes></generic:Obs>"
            + "<generic:Obs><generic:Time>2001</generic:Time><generic:ObsValue value=\"3.25\"/></generic:Obs>"
            + "</generic:Series></generic:Group></DataSet></GenericData>";
    Read r = read(xml);
    assertThat(r.failed()).isEmpty();
    assertThat(r.issues()).isEmpty();
    assertThat(r.observations()).hasSize(2);
    Observation o = r.at(Map.of("TIME_PERIOD", "2000"));
    assertThat(o.dimensions())
        .containsExactly(
            Map.entry("FREQ", "A"),
            Map.entry("JD_TYPE", "P"),
            Map.entry("VIS_CTY", "MX"),
            Map.entry("TIME_PERIOD", "2000"));
    assertThat(o.value()).contains(new BigDecimal("3.14"));
    assertThat(o.status()).contains("A");
    assertThat(o.attributes())
        .containsEntry("UNIT_MULT", "5")
        .containsEntry("BIS_UNIT", "USD")
        .containsEntry("TIME_FORMAT", "P1Y");
    assertThat(r.datasets().get(0).dataflow()).isEqualTo("BIS:BIS_JOINT_DEBT(1.0)");
  }

  @Test
  void readsGenericDataFlatObservationsByTheirObsKey() throws IOException {
    Read r =
        read(
            generic21(
                "AllDimensions",
                "<generic:Attributes><generic:Value id=\"COMMENT_DSET\" value=\"x\"/>"
                    + "</generic:Attributes>"
                    + "<generic:Obs><generic:ObsKey><generic:Value id=\"COUNTRY\" value=\"BE\"/>"
                    + "<generic:Value id=\"TIME_PERIOD\" value=\"2007\"/></generic:ObsKey><generic:ObsValue value=\"1.82\"/>"
                    + "<generic:Attributes><generic:Value id=\"OBS_STATUS\" value=\"P\"/></generic:Attributes></generic:Obs>"
                    + "<generic:Obs><generic:ObsKey><generic:Value id=\"COUNTRY\" value=\"LU\"/>"
                    + "<generic:Value id=\"TIME_PERIOD\" value=\"2007\"/></generic:ObsKey><generic:ObsValue value=\"1.61\"/>"
                    + "</generic:Obs>"));
    assertThat(r.observations()).hasSize(2);
    Observation be = r.at(Map.of("COUNTRY", "BE"));
    assertThat(be.dimensions()).containsOnlyKeys("COUNTRY", "TIME_PERIOD");
    assertThat(be.value()).contains(new BigDecimal("1.82"));
    assertThat(be.status()).contains("P");
    assertThat(be.attributes()).containsEntry("COMMENT_DSET", "x");
    assertThat(r.at(Map.of("COUNTRY", "LU")).status()).isEmpty();
    assertThat(r.issues()).isEmpty();
  }

  @Test
  void givesGenericGroupAttributesOnlyToTheSeriesTheirKeyMatches() throws IOException {
    Read r =
        read(
            generic21(
                "TIME_PERIOD",
                "<generic:Group type=\"SiblingGroup\"><generic:GroupKey>"
                    + "<generic:Value id=\"COUNTRY\" value=\"BE\"/></generic:GroupKey><generic:Attributes>"
                    + "<generic:Value id=\"TITLE\" value=\"Belgium\"/></generic:Attributes></generic:Group>"
                    + series("BE", "2007", "1")
                    + series("LU", "2007", "2")));
    assertThat(r.at(Map.of("COUNTRY", "BE")).attributes()).containsEntry("TITLE", "Belgium");
    assertThat(r.at(Map.of("COUNTRY", "LU")).attributes()).doesNotContainKey("TITLE");
  }

  @Test
  void givesACrossSectionsGenericGroupKeyedByTheDimensionAtObservationToTheObservationsItMatches()
      throws IOException {
    // a cross-section by COUNTRY: the sibling group's key names COUNTRY, which the series do not
    // hold
    Read r =
        read(
            generic21(
                "COUNTRY",
                "<generic:Group type=\"SiblingGroup\"><generic:GroupKey>"
                    + "<generic:Value id=\"SEX\" value=\"T\"/><generic:Value id=\"COUNTRY\" value=\"BE\"/>"
                    + "</generic:GroupKey><generic:Attributes>"
                    + "<generic:Value id=\"TITLE\" value=\"Belgium\"/></generic:Attributes></generic:Group>"
                    + "<generic:Series><generic:SeriesKey><generic:Value id=\"SEX\" value=\"T\"/>"
                    + "<generic:Value id=\"TIME_PERIOD\" value=\"2007\"/></generic:SeriesKey>"
                    + "<generic:Obs><generic:ObsDimension value=\"BE\"/><generic:ObsValue value=\"1\"/></generic:Obs>"
                    + "<generic:Obs><generic:ObsDimension value=\"LU\"/><generic:ObsValue value=\"2\"/></generic:Obs>"
                    + "</generic:Series>"
                    + "<generic:Series><generic:SeriesKey><generic:Value id=\"SEX\" value=\"F\"/>"
                    + "<generic:Value id=\"TIME_PERIOD\" value=\"2007\"/></generic:SeriesKey>"
                    + "<generic:Obs><generic:ObsDimension value=\"BE\"/><generic:ObsValue value=\"3\"/></generic:Obs>"
                    + "</generic:Series>"));
    assertThat(r.failed()).isEmpty();
    assertThat(r.at(Map.of("COUNTRY", "BE", "SEX", "T")).attributes())
        .containsEntry("TITLE", "Belgium");
    assertThat(r.at(Map.of("COUNTRY", "LU", "SEX", "T")).attributes()).doesNotContainKey("TITLE");
    assertThat(r.at(Map.of("COUNTRY", "BE", "SEX", "F")).attributes()).doesNotContainKey("TITLE");
  }

  @Test
  void saysAGenericValueWithoutIdIsNotReadInsteadOfDroppingItSilently() throws IOException {
    Read r =
        read(
            generic21(
                "TIME_PERIOD",
                "<generic:Series><generic:SeriesKey>"
                    + "<generic:Value id=\"COUNTRY\" value=\"BE\"/></generic:SeriesKey><generic:Attributes>"
                    + "<generic:Value value=\"lost?\"/></generic:Attributes><generic:Obs><generic:ObsDimension value=\"2007\"/>"
                    + "<generic:ObsValue value=\"1\"/></generic:Obs></generic:Series>"));
    assertThat(r.observations()).hasSize(1);
    assertThat(r.issues()).extracting(ri -> ri.ruleId().value()).contains("MG-SDMX-033");
  }

  @Test
  void rejectsAGenericObservationWhoseObsDimensionHasNoValue() throws IOException {
    Read r =
        read(
            generic21(
                "TIME_PERIOD",
                "<generic:Series><generic:SeriesKey>"
                    + "<generic:Value id=\"COUNTRY\" value=\"BE\"/></generic:SeriesKey><generic:Obs><generic:ObsDimension/>"
                    + "<generic:ObsValue value=\"1\"/></generic:Obs></generic:Series>"));
    assertThat(r.observations()).isEmpty();
    assertThat(r.failed())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.issues())
                    .extracting(ri -> ri.ruleId().value())
                    .contains("MG-SDMX-030"));
  }

  static String series(String country, String time, String value) {
    return "<generic:Series><generic:SeriesKey><generic:Value id=\"COUNTRY\" value=\""
        + country
        + "\"/>"
        + "</generic:SeriesKey><generic:Obs><generic:ObsDimension value=\""
        + time
        + "\"/>"
        + "<generic:ObsValue value=\""
        + value
        + "\"/></generic:Obs></generic:Series>";
  }

  @Test
  void givesStructureSpecificGroupAndDataSetAttributesToTheMatchingSeries() throws IOException {
    Read r =
        read(
            specific21(
                "TIME_PERIOD",
                "",
                " COMMENT_DSET=\"all\">"
                    + "<Group xsi:type=\"ns:SiblingGroup\" COUNTRY=\"BE\" TITLE=\"Belgium\"/>"
                    + "<Series COUNTRY=\"BE\" SEX=\"T\"><Obs TIME_PERIOD=\"2007\" OBS_VALUE=\"1\"/></Series>"
                    + "<Series COUNTRY=\"LU\" SEX=\"T\"><Obs TIME_PERIOD=\"2007\" OBS_VALUE=\"2\"/></Series>"));
    assertThat(r.at(Map.of("COUNTRY", "BE")).attributes())
        .containsEntry("TITLE", "Belgium")
        .containsEntry("COMMENT_DSET", "all");
    assertThat(r.at(Map.of("COUNTRY", "LU")).attributes())
        .doesNotContainKey("TITLE")
        .containsEntry("COMMENT_DSET", "all");
  }

  @Test
  void givesACrossSectionsStructureSpecificGroupKeyedByTheDimensionAtObservationToItsObservations()
      throws IOException {
    Read r =
        read(
            specific21(
                "COUNTRY",
                "",
                ">"
                    + "<Group xsi:type=\"ns:SiblingGroup\" SEX=\"T\" COUNTRY=\"BE\" TITLE=\"Belgium\"/>"
                    + "<Series SEX=\"T\" TIME_PERIOD=\"2007\"><Obs COUNTRY=\"BE\" OBS_VALUE=\"1\"/>"
                    + "<Obs COUNTRY=\"LU\" OBS_VALUE=\"2\"/></Series>"
                    + "<Series SEX=\"F\" TIME_PERIOD=\"2007\"><Obs COUNTRY=\"BE\" OBS_VALUE=\"3\"/></Series>"));
    assertThat(r.failed()).isEmpty();
    assertThat(r.at(Map.of("COUNTRY", "BE", "SEX", "T")).attributes())
        .containsEntry("TITLE", "Belgium");
    assertThat(r.at(Map.of("COUNTRY", "LU", "SEX", "T")).attributes()).doesNotContainKey("TITLE");
    assertThat(r.at(Map.of("COUNTRY", "BE", "SEX", "F")).attributes()).doesNotContainKey("TITLE");
  }

  @Test
  void aDataflowWithoutItsStructureIsReportedWhenTheStructureMessageHoldsSeveralNotOne()
      throws IOException {
    // ESTAT:DEMOGRAPHY, a structure neither message holds
    String xml =
        generic21(
            "TIME_PERIOD",
            "<generic:Series><generic:SeriesKey><generic:Value id=\"REF_AREA\" value=\"AFG\"/>"
                + "</generic:SeriesKey><generic:Obs><generic:ObsDimension value=\"2020\"/>"
                + "<generic:ObsValue value=\"1\"/></generic:Obs></generic:Series>");
    String one;
    try (InputStream in = getClass().getResourceAsStream("test-structure.xml")) {
      one = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String two =
        one.replace(
            "</str:DataStructures>",
            "<str:DataStructure id=\"DSD_U\" agencyID=\"TEST\" version=\"1.0\">"
                + "<str:DataStructureComponents><str:DimensionList id=\"DimensionDescriptor\">"
                + "<str:TimeDimension id=\"TIME_PERIOD\" position=\"1\"/></str:DimensionList>"
                + "<str:MeasureList id=\"MeasureDescriptor\"><str:PrimaryMeasure id=\"OBS_VALUE\"/>"
                + "</str:MeasureList></str:DataStructureComponents></str:DataStructure>"
                + "</str:DataStructures>");

    // one data structure given: the data is checked against it (SdmxStructures.structureFor)
    Read checked = read(xml, withStructures(one));
    assertThat(checked.rules()).doesNotContain("MG-SDMX-017").contains("MG-SDMX-013");

    // two: which one applies cannot be known; said once, and the data read unchecked
    Read unchecked = read(xml, withStructures(two));
    assertThat(unchecked.failed()).isEmpty();
    assertThat(unchecked.observations()).hasSize(1);
    assertThat(unchecked.issues())
        .filteredOn(i -> i.rule().id().value().equals("MG-SDMX-017"))
        .singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
  }

  private static FormatOptions withStructures(String message) {
    return FormatOptions.none()
        .with(
            SdmxOptions.STRUCTURES,
            SdmxStructures.read(
                new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)), "dsd.xml"));
  }

  @Test
  void flatExplicitMeasuresTakeTheirMeasureDimensionFromTheStructureOrAreReported()
      throws IOException {
    String xml =
        specific21(
            "AllDimensions",
            " explicitMeasures=\"true\"",
            ">"
                + "<Obs xsi:type=\"ns:TFRNSI\" FREQ=\"A\" COUNTRY=\"BE\" SEX=\"T\" TIME_PERIOD=\"2007\" OBS_VALUE=\"1.82\" "
                + "OBS_STATUS=\"A\" UNIT_MEASURE=\"CPW\" UNIT_MULT=\"0\" DECIMALS=\"2\"/>"
                + "<Obs xsi:type=\"ns:LEXPNSIT\" FREQ=\"A\" COUNTRY=\"BE\" SEX=\"T\" TIME_PERIOD=\"2007\" OBS_VALUE=\"80.2\" "
                + "OBS_STATUS=\"A\" UNIT_MEASURE=\"YRS\" UNIT_MULT=\"0\" DECIMALS=\"1\"/>");
    Read r =
        read(
            xml,
            FormatOptions.none()
                .with(
                    SdmxOptions.STRUCTURE,
                    SdmxMlConformanceTest.MESSAGES.resolve("estat-demography-structure.xml")));
    assertThat(r.failed()).isEmpty();
    assertThat(r.observations()).hasSize(2);
    Observation o = r.at(Map.of("DEMO", "LEXPNSIT"));
    assertThat(o.dimensions().keySet())
        .containsExactly("FREQ", "COUNTRY", "SEX", "DEMO", "TIME_PERIOD");
    assertThat(o.value()).contains(new BigDecimal("80.2"));
    assertThat(o.unit()).contains("YRS");

    Read bare = read(xml);
    assertThat(bare.observations()).isEmpty();
    assertThat(bare.failed())
        .hasSize(2)
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .extracting(i -> i.rule().id().value())
                    .contains("MG-SDMX-031"));
  }

  @Test
  void anObservationWithoutTheDimensionAtObservationIsReportedNotKeyless() throws IOException {
    Read r =
        read(
            specific21(
                "TIME_PERIOD",
                "",
                "><Series COUNTRY=\"BE\"><Obs OBS_VALUE=\"1\"/>"
                    + "<Obs TIME_PERIOD=\"2008\" OBS_VALUE=\"2\"/></Series>"));
    assertThat(r.observations()).hasSize(1);
    assertThat(r.failed()).hasSize(1);
    Issue i =
        r.failed().get(0).issues().stream()
            .filter(x -> x.severity().isBlocking())
            .findFirst()
            .orElseThrow();
    assertThat(i.rule().id().value()).isEqualTo("MG-SDMX-030");
    assertThat(i.arguments()).containsExactly("TIME_PERIOD");
    assertThat(r.failed().get(0).location().line()).isPositive();
  }

  @Test
  void aValueThatIsNotANumberIsReadAsTextAndReportedOnce() throws IOException {
    Read r =
        read(
            generic21(
                "TIME_PERIOD",
                series("BE", "2007", "134443,7")
                    + series("LU", "2007", "n/a")
                    + series("NL", "2007", "12.5")));
    assertThat(r.failed()).isEmpty();
    assertThat(r.at(Map.of("COUNTRY", "BE")).textValue()).contains("134443,7");
    assertThat(r.at(Map.of("COUNTRY", "BE")).value()).isEmpty();
    assertThat(r.at(Map.of("COUNTRY", "LU")).textValue()).contains("n/a");
    assertThat(r.at(Map.of("COUNTRY", "NL")).value()).contains(new BigDecimal("12.5"));
    assertThat(r.issues())
        .extracting(i -> i.rule().id().value() + " " + i.arguments())
        .containsExactly("MG-SDMX-032 [OBS_VALUE]");
  }

  @Test
  void refusesOtherSdmxMessagesNamingTheirType() throws IOException {
    Read cross =
        read(
            "<?xml version=\"1.0\"?><CrossSectionalData xmlns=\""
                + MESSAGE_20
                + "\"><Header/>"
                + "</CrossSectionalData>");
    assertThat(cross.failed()).hasSize(1);
    Issue i = cross.failed().get(0).issues().get(0);
    assertThat(i.rule().id().value()).isEqualTo("MG-SDMX-029");
    assertThat(i.severity()).isEqualTo(Severity.FATAL);
    assertThat(i.arguments()).containsExactly("SDMX-ML 2.0 CrossSectionalData");
    Read other = read("<?xml version=\"1.0\"?><data><row/></data>");
    assertThat(other.failed().get(0).issues())
        .extracting(x -> x.rule().id().value())
        .containsExactly("MG-SDMX-029");
  }

  @Test
  void readsCompactDataTwoZeroTimeAsTheTimePeriodAndItsObservationComponentsAsAttributes()
      throws IOException {
    Read r =
        read(
            "<?xml version=\"1.0\"?><CompactData xmlns=\""
                + MESSAGE_20
                + "\" xmlns:bisc=\"urn:bis\">"
                + "<Header><ID>x</ID><Test>true</Test><Prepared>2001-03-11T09:30:47</Prepared><Sender id=\"BIS\"/></Header>"
                + "<bisc:DataSet><bisc:SiblingGroup VIS_CTY=\"MX\" UNIT_MULT=\"5\"/>"
                + "<bisc:Series FREQ=\"A\" VIS_CTY=\"MX\" TIME_FORMAT=\"P1Y\">"
                + "<bisc:Obs TIME=\"2000\" OBS_VALUE=\"3.14\" OBS_STATUS=\"A\" COMMENT_OBS=\"c\"/>"
                + "<bisc:Obs TIME=\"2001\" OBS_VALUE=\"\" OBS_STATUS=\"M\"/></bisc:Series></bisc:DataSet></CompactData>");
    assertThat(r.failed()).isEmpty();
    Observation o = r.at(Map.of("TIME_PERIOD", "2000"));
    assertThat(o.dimensions()).containsOnlyKeys("FREQ", "VIS_CTY", "TIME_PERIOD");
    assertThat(o.attributes())
        .containsEntry("COMMENT_OBS", "c")
        .containsEntry("UNIT_MULT", "5")
        .containsEntry("TIME_FORMAT", "P1Y");
    assertThat(r.at(Map.of("TIME_PERIOD", "2001")).value()).isEmpty();
    assertThat(r.roleReported("MG-SDMX-026")).containsExactlyInAnyOrder("FREQ", "VIS_CTY");
    assertThat(r.roleReported("MG-SDMX-027")).containsExactly("TIME_FORMAT");
  }

  @Test
  void cutsALongSeriesIntoBoundedChunks() throws IOException {
    StringBuilder obs = new StringBuilder();
    int n = 2 * 1000 + 7;
    for (int i = 0; i < n; i++) {
      obs.append("<Obs TIME_PERIOD=\"")
          .append(1000 + i)
          .append("\" OBS_VALUE=\"")
          .append(i)
          .append("\"/>");
    }
    Read r = read(specific21("TIME_PERIOD", "", "><Series COUNTRY=\"BE\">" + obs + "</Series>"));
    assertThat(r.observations()).hasSize(n);
    assertThat(r.datasets())
        .hasSize(3)
        .allSatisfy(d -> assertThat(d.observations()).hasSizeLessThanOrEqualTo(1000));
  }

  static final String KEY_FAMILY_20 =
      "<?xml version=\"1.0\"?><Structure xmlns=\""
          + MESSAGE_20
          + "\" "
          + "xmlns:structure=\"http://www.SDMX.org/resources/SDMXML/schemas/v2_0/structure\"><Header><ID>S</ID>"
          + "<Test>true</Test><Prepared>2001-03-11T09:30:47</Prepared><Sender id=\"BIS\"/></Header>"
          + "<CodeLists><structure:CodeList id=\"CL_FREQ\" agencyID=\"BIS\"><structure:Name>Frequency</structure:Name>"
          + "<structure:Code value=\"A\"/><structure:Code value=\"Q\"/></structure:CodeList></CodeLists>"
          + "<KeyFamilies><structure:KeyFamily id=\"BIS_JOINT_DEBT\" agencyID=\"BIS\" version=\"1.0\">"
          + "<structure:Name>Joint debt</structure:Name><structure:Components>"
          + "<structure:Dimension conceptRef=\"FREQ\" codelist=\"CL_FREQ\" isFrequencyDimension=\"true\"/>"
          + "<structure:Dimension conceptRef=\"VIS_CTY\"/><structure:TimeDimension conceptRef=\"TIME\"/>"
          + "<structure:PrimaryMeasure conceptRef=\"OBS_VALUE\"/>"
          + "<structure:Attribute conceptRef=\"VIS_NOTE\" attachmentLevel=\"Series\" assignmentStatus=\"Conditional\"/>"
          + "<structure:Attribute conceptRef=\"OBS_STATUS\" attachmentLevel=\"Observation\" "
          + "assignmentStatus=\"Mandatory\"/></structure:Components></structure:KeyFamily></KeyFamilies></Structure>";

  @Test
  void readsSdmxMl20KeyFamiliesAndTakesCompactDataRolesAndTimeFromThem() throws IOException {
    SdmxStructures s =
        SdmxStructures.read(
            new ByteArrayInputStream(KEY_FAMILY_20.getBytes(StandardCharsets.UTF_8)), "kf.xml");
    DataStructure dsd = s.dataStructures().get(0);
    assertThat(dsd.ref()).hasToString("BIS:BIS_JOINT_DEBT(1.0)");
    assertThat(dsd.dimensionIds()).containsExactly("FREQ", "VIS_CTY", "TIME_PERIOD");
    assertThat(dsd.timeDimension().flatMap(SdmxDimension::concept).map(ConceptRef::id))
        .contains("TIME");
    assertThat(dsd.attribute("OBS_STATUS").orElseThrow().isMandatory()).isTrue();
    assertThat(dsd.attribute("VIS_NOTE").orElseThrow().level())
        .isEqualTo(SdmxAttribute.AttachmentLevel.DIMENSIONS);
    assertThat(s.codelist("CL_FREQ").orElseThrow().codes()).containsOnlyKeys("A", "Q");

    String data =
        "<?xml version=\"1.0\"?><CompactData xmlns=\""
            + MESSAGE_20
            + "\" xmlns:bisc=\"urn:bis\">"
            + "<Header><ID>x</ID><Test>true</Test><Prepared>2001-03-11T09:30:47</Prepared><Sender id=\"BIS\"/></Header>"
            + "<bisc:DataSet><bisc:Series VIS_CTY=\"MX\" FREQ=\"A\" VIS_NOTE=\"n\">"
            + "<bisc:Obs TIME=\"2000\" OBS_VALUE=\"3.14\" OBS_STATUS=\"A\"/></bisc:Series>"
            + "<bisc:Series VIS_CTY=\"MX\" FREQ=\"M\"><bisc:Obs TIME=\"2000-01\" OBS_VALUE=\"1\" OBS_STATUS=\"A\"/>"
            + "</bisc:Series></bisc:DataSet></CompactData>";
    Read r = read(data, FormatOptions.none().with(SdmxOptions.STRUCTURES, s));
    assertThat(r.rules())
        .doesNotContain("MG-SDMX-026", "MG-SDMX-027", "MG-SDMX-013", "MG-SDMX-011");
    Observation o = r.at(Map.of("FREQ", "A"));
    assertThat(o.dimensions().keySet()).containsExactly("FREQ", "VIS_CTY", "TIME_PERIOD");
    assertThat(o.dimension("TIME_PERIOD")).contains("2000");
    assertThat(o.attributes()).containsEntry("VIS_NOTE", "n");
    assertThat(r.failed()).hasSize(1);
    assertThat(r.failed().get(0).issues())
        .extracting(i -> i.rule().id().value())
        .contains("MG-SDMX-010");
  }

  @Test
  void readsSdmxMl10GenericDataAsPublishedWithItsDecimalCommaKeptAsText() throws IOException {
    Read r =
        read(
            "<?xml version=\"1.0\"?><GenericData xmlns=\"http://www.SDMX.org/resources/SDMXML/schemas/v1_0/"
                + "message\" xmlns:generic=\"http://www.SDMX.org/resources/SDMXML/schemas/v1_0/generic\"><DataSet>"
                + "<generic:Series><generic:SeriesKey><generic:Value concept=\"s_OKATO\" value=\"643\"/>"
                + "</generic:SeriesKey><generic:Attributes><generic:Value concept=\"EI\" value=\"RUB\"/>"
                + "</generic:Attributes><generic:Obs><generic:Time>2022</generic:Time><generic:ObsValue value=\"134443,7\"/>"
                + "</generic:Obs></generic:Series></DataSet></GenericData>");
    assertThat(r.failed()).isEmpty();
    Observation o = r.observations().get(0);
    assertThat(o.dimensions())
        .containsExactly(Map.entry("s_OKATO", "643"), Map.entry("TIME_PERIOD", "2022"));
    assertThat(o.attributes()).containsEntry("EI", "RUB");
    assertThat(o.textValue()).contains("134443,7");
    assertThat(r.rules()).containsExactly("MG-SDMX-032");
  }
}

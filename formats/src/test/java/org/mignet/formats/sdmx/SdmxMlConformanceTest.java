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
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Conformance of the {@code sdmx-ml} reader on every SDMX-ML file in ../shared/data/sdmx: each data
 * message is read whole, its observations counted here with a DOM parse of the file (every {@code
 * Obs} element) and equal to what mignet reads, and a handful of observations checked against
 * values taken from the file with XPath (a dimension code, a time period, a value, an attribute).
 * Structure messages given as data are refused; each is read as a structure and its data structures
 * compared with the file's own component elements.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class SdmxMlConformanceTest {

  static final Path MESSAGES = SdmxStructuresTest.sdmx("test-messages");
  static final Path ISTAT = SdmxStructuresTest.sdmx("istat-resident-population");

  /** What one read gave: the observations of every Ok dataset, the failed results, every issue. */
  record Read(
      List<Observation> observations,
      List<Dataset> datasets,
      List<ReadResult.Failed> failed,
      List<Issue> issues) {

    List<String> rules() {
      return issues.stream().map(i -> i.rule().id().value()).toList();
    }

    Observation at(Map<String, String> key) {
      List<Observation> found =
          observations.stream()
              .filter(o -> o.dimensions().entrySet().containsAll(key.entrySet()))
              .toList();
      assertThat(found).as("observations with %s", key).hasSize(1);
      return found.get(0);
    }

    /** Components reported as of unknown role (MG-SDMX-026/027), by rule. */
    Set<String> roleReported(String rule) {
      Set<String> out = new HashSet<>();
      issues.stream()
          .filter(i -> i.rule().id().value().equals(rule))
          .forEach(i -> out.add(String.valueOf(i.arguments().get(0))));
      return out;
    }
  }

  static Read read(Path file, FormatOptions options) throws IOException {
    List<Observation> obs = new ArrayList<>();
    List<Dataset> datasets = new ArrayList<>();
    List<ReadResult.Failed> failed = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        RecordReader r =
            Formats.named("sdmx-ml").reader(in, file.getFileName().toString(), options)) {
      while (r.hasNext()) {
        ReadResult x = r.next();
        issues.addAll(x.issues());
        if (x instanceof ReadResult.Ok ok) {
          Dataset d = (Dataset) ok.record();
          datasets.add(d);
          obs.addAll(d.observations());
        } else {
          failed.add((ReadResult.Failed) x);
        }
      }
    }
    return new Read(obs, datasets, failed, issues);
  }

  static Read read(Path file) throws IOException {
    return read(file, FormatOptions.none());
  }

  static Read read(Path file, Path structure) throws IOException {
    return read(file, FormatOptions.none().with(SdmxOptions.STRUCTURE, structure));
  }

  static Document dom(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    try (InputStream in = Files.newInputStream(file)) {
      return f.newDocumentBuilder().parse(in);
    }
  }

  static String xp(Document doc, String expr) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(expr, doc);
  }

  static int count(Document doc, String expr) throws Exception {
    return ((NodeList)
            XPathFactory.newInstance().newXPath().evaluate(expr, doc, XPathConstants.NODESET))
        .getLength();
  }

  /** Every observation element of a data message, whatever its namespace. */
  static int observationsIn(Path file) throws Exception {
    return count(dom(file), "//*[local-name()='Obs']");
  }

  static Stream<Path> dataMessages() {
    return Stream.of(
        MESSAGES.resolve("ecb-exr-M.USD.EUR.SP00.A-generic.xml"),
        MESSAGES.resolve("rsdmx-Example_Eurostat_2.1.xml"),
        MESSAGES.resolve("ecb-exr-ng-ts-ss.xml"),
        MESSAGES.resolve("ecb-exr-ng-xs-ss.xml"),
        MESSAGES.resolve("ecb-exr-ng-flat-ss.xml"),
        MESSAGES.resolve("estat-demography-xs.xml"),
        MESSAGES.resolve("estat-nama_10_gdp-ss.xml"),
        MESSAGES.resolve("imf-pcps-ss-ts.xml"),
        MESSAGES.resolve("rsdmx-SDMXCompactDataExample_2.0.xml"),
        ISTAT.resolve("22_289.xml"));
  }

  static Stream<Path> structureMessages() {
    return Stream.of(
        MESSAGES.resolve("ecb-exr-1-structure.xml"),
        MESSAGES.resolve("ecb-exr-ng-structure-full.xml"),
        MESSAGES.resolve("estat-demography-structure.xml"),
        ISTAT.resolve("22_289-structure.xml"),
        SdmxStructuresTest.sdmx("oecd-imd-dsd_mig/DSD_MIG_dataflow_metadata.xml"),
        SdmxStructuresTest.sdmx("unicef-structure/GLOBAL_DATAFLOW-structure.xml"));
  }

  @Test
  void everyXmlFileOfTheSharedSdmxFoldersIsCovered() throws IOException {
    Set<Path> covered = new HashSet<>();
    Stream.concat(dataMessages(), structureMessages()).forEach(covered::add);
    List<Path> xml = new ArrayList<>();
    for (Path dir :
        List.of(
            MESSAGES,
            ISTAT,
            SdmxStructuresTest.sdmx("oecd-imd-dsd_mig"),
            SdmxStructuresTest.sdmx("unicef-structure"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".xml")).forEach(xml::add);
      }
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(xml);
  }

  @ParameterizedTest
  @MethodSource("dataMessages")
  void readsEveryObservationOfEachDataMessageWithADistinctKey(Path file) throws Exception {
    Read r = read(file);
    int expected = observationsIn(file);
    assertThat(expected).isPositive();
    assertThat(r.observations().size() + r.failed().size()).isEqualTo(expected);
    assertThat(r.failed()).isEmpty();
    assertThat(r.issues()).noneMatch(i -> i.severity().isBlocking());
    Set<Map<String, String>> keys = new HashSet<>();
    r.observations().forEach(o -> keys.add(o.dimensions()));
    assertThat(keys).as("one observation per key").hasSize(expected);
    assertThat(r.datasets())
        .allSatisfy(
            d ->
                assertThat(d.observations())
                    .allSatisfy(
                        o ->
                            assertThat(o.dimensions().keySet())
                                .containsExactlyElementsOf(d.dimensionIds())));
  }

  @ParameterizedTest
  @MethodSource("structureMessages")
  void aStructureMessageGivenAsDataIsRefusedPointingToTheStructureOption(Path file)
      throws Exception {
    Read r = read(file);
    assertThat(r.observations()).isEmpty();
    assertThat(r.failed()).hasSize(1);
    Issue i = r.failed().get(0).issues().get(0);
    assertThat(i.rule().id().value()).isEqualTo("MG-SDMX-028");
    assertThat(i.severity()).isEqualTo(Severity.FATAL);
    assertThat(i.message(java.util.Locale.ENGLISH)).contains("Structure", "--structure");
    assertThat(Formats.sniff(file).map(f -> f.name())).contains("sdmx-ml");
  }

  @ParameterizedTest
  @MethodSource("structureMessages")
  void readsEachStructureMessageWithTheComponentsItsFileDeclares(Path file) throws Exception {
    Document doc = dom(file);
    SdmxStructures s = SdmxStructures.read(file);
    NodeList dsds =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                    "//*[local-name()='DataStructures']/*[local-name()='DataStructure']",
                    doc,
                    XPathConstants.NODESET);
    assertThat(s.dataStructures()).hasSize(dsds.getLength());
    for (int i = 0; i < dsds.getLength(); i++) {
      Element e = (Element) dsds.item(i);
      DataStructure dsd =
          s.dataStructure(
                  SdmxRef.of(
                      e.getAttribute("agencyID"),
                      e.getAttribute("id"),
                      e.getAttribute("version").isEmpty() ? "1.0" : e.getAttribute("version")))
              .orElseThrow();
      assertThat(dsd.dimensionIds())
          .containsExactlyInAnyOrderElementsOf(components(e, "DimensionList"));
      assertThat(dsd.attributes())
          .extracting(SdmxAttribute::id)
          .containsExactlyInAnyOrderElementsOf(components(e, "AttributeList"));
    }
    int codes = count(doc, "//*[local-name()='Codelist']/*[local-name()='Code']");
    assertThat(s.codeCount()).isEqualTo(codes);
    int lists =
        count(
            doc,
            "//*[local-name()='Codelists']/*[local-name()='Codelist'][*[local-name()='Code']]");
    assertThat(s.codelists()).hasSize(lists);
    assertThat(s.issues()).noneMatch(x -> x.rule().id().value().equals("MG-SDMX-016"));
  }

  /** A component's id: its own, else its concept's (the Ref id or the end of the URN). */
  static List<String> components(Element dsd, String list) {
    List<String> ids = new ArrayList<>();
    NodeList all = dsd.getElementsByTagNameNS("*", list);
    for (int l = 0; l < all.getLength(); l++) {
      NodeList children = all.item(l).getChildNodes();
      for (int c = 0; c < children.getLength(); c++) {
        if (!(children.item(c) instanceof Element comp)
            || comp.getLocalName().equals("Annotations")
            || comp.getLocalName().equals("Group")) {
          continue;
        }
        String id = comp.getAttribute("id");
        if (id.isEmpty()) {
          Element identity = (Element) comp.getElementsByTagNameNS("*", "ConceptIdentity").item(0);
          NodeList ref = identity.getElementsByTagName("Ref");
          id =
              ref.getLength() > 0
                  ? ((Element) ref.item(0)).getAttribute("id")
                  : identity.getTextContent().strip().replaceAll(".*\\.", "");
        }
        ids.add(id);
      }
    }
    return ids;
  }

  // ---- value checks, file by file ----

  @Test
  void ecbGenericDataGivesEveryObservationItsTimeValueAndAttributes() throws Exception {
    Path file = MESSAGES.resolve("ecb-exr-M.USD.EUR.SP00.A-generic.xml");
    Document doc = dom(file);
    Read r = read(file);
    String currency = xp(doc, "//*[local-name()='SeriesKey']/*[@id='CURRENCY']/@value");
    String title =
        xp(doc, "//*[local-name()='Series']/*[local-name()='Attributes']/*[@id='TITLE']/@value");
    for (String n : List.of("1", "100", "last()")) {
      String obs = "(//*[local-name()='Obs'])[" + n + "]";
      Observation o =
          r.at(Map.of("TIME_PERIOD", xp(doc, obs + "/*[local-name()='ObsDimension']/@value")));
      assertThat(o.dimension("CURRENCY")).contains(currency);
      assertThat(o.value())
          .contains(new BigDecimal(xp(doc, obs + "/*[local-name()='ObsValue']/@value")));
      assertThat(o.status()).contains(xp(doc, obs + "//*[@id='OBS_STATUS']/@value"));
      assertThat(o.attributes()).containsEntry("TITLE", title);
    }
    assertThat(r.datasets().get(0).dimensionIds())
        .containsExactly(
            "FREQ", "CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_SUFFIX", "TIME_PERIOD");
    assertThat(r.datasets().get(0).dataflow()).isEqualTo("ECB:ECB_EXR1(1.0)");
    assertThat(r.issues()).as("generic data gives every role").isEmpty();
  }

  @Test
  void theMessageHeaderGivesEachDatasetItsSenderAndPreparationTime() throws Exception {
    for (String name : List.of("ecb-exr-M.USD.EUR.SP00.A-generic.xml", "ecb-exr-ng-flat-ss.xml")) {
      Path file = MESSAGES.resolve(name);
      Document doc = dom(file);
      Read r =
          read(
              file,
              name.contains("-ng-") ? MESSAGES.resolve("ecb-exr-ng-structure-full.xml") : null);
      String prepared = xp(doc, "//*[local-name()='Header']/*[local-name()='Prepared']");
      assertThat(r.datasets())
          .as(name)
          .isNotEmpty()
          .allSatisfy(
              d -> {
                assertThat(d.meta().sourceOrganization())
                    .contains(xp(doc, "//*[local-name()='Header']/*[local-name()='Sender']/@id"));
                assertThat(d.meta().created())
                    .contains(java.time.OffsetDateTime.parse(prepared).toInstant());
                assertThat(d.meta().extensions()).doesNotContainKey("sdmx.messageId");
              });
    }
  }

  @Test
  void eurostatGenericDataReadsNotANumberAsAnEmptyValueWithItsStatus() throws Exception {
    Path file = MESSAGES.resolve("rsdmx-Example_Eurostat_2.1.xml");
    Document doc = dom(file);
    Read r = read(file);
    String series2 = "(//*[local-name()='Series'])[2]";
    Observation o =
        r.at(
            Map.of(
                "Y_GRAD",
                xp(doc, series2 + "//*[@id='Y_GRAD']/@value"),
                "TIME_PERIOD",
                xp(
                    doc,
                    series2 + "/*[local-name()='Obs'][1]/*[local-name()='ObsDimension']/@value")));
    assertThat(o.value())
        .contains(
            new BigDecimal(
                xp(
                    doc,
                    series2 + "/*[local-name()='Obs'][1]/*[local-name()=" + "'ObsValue']/@value")));
    assertThat(o.dimension("GEO")).contains(xp(doc, series2 + "//*[@id='GEO']/@value"));
    String first = "(//*[local-name()='Obs'])[1]";
    assertThat(xp(doc, first + "/*[local-name()='ObsValue']/@value")).isEqualTo("NaN");
    Observation missing =
        r.at(
            Map.of(
                "Y_GRAD",
                xp(doc, "(//*[@id='Y_GRAD'])[1]/@value"),
                "TIME_PERIOD",
                xp(doc, first + "/*[local-name()='ObsDimension']/@value")));
    assertThat(missing.value()).isEmpty();
    assertThat(missing.status()).contains(xp(doc, first + "//*[@id='OBS_STATUS']/@value"));
  }

  @Test
  void ecbTimeSeriesWithoutStructureReportsEachComponentWhoseRoleItGuesses() throws Exception {
    Path file = MESSAGES.resolve("ecb-exr-ng-ts-ss.xml");
    Document doc = dom(file);
    Read r = read(file);
    String series = "(//*[local-name()='Series'])[2]";
    Observation o =
        r.at(
            Map.of(
                "CURRENCY",
                xp(doc, series + "/@CURRENCY"),
                "TIME_PERIOD",
                xp(doc, series + "/*[local-name()='Obs'][3]/@TIME_PERIOD")));
    assertThat(o.value())
        .contains(new BigDecimal(xp(doc, series + "/*[local-name()='Obs'][3]/@OBS_VALUE")));
    assertThat(o.status()).contains(xp(doc, series + "/*[local-name()='Obs'][3]/@OBS_STATUS"));
    assertThat(r.roleReported("MG-SDMX-026"))
        .contains("CURRENCY", "FREQ", "CURRENCY_DENOM")
        .doesNotContain("TIME_PERIOD");
    assertThat(r.roleReported("MG-SDMX-027")).contains("TITLE", "DECIMALS", "UNIT_MULT");
    assertThat(r.issues())
        .filteredOn(i -> i.rule().id().value().equals("MG-SDMX-026"))
        .extracting(i -> i.arguments().get(0))
        .doesNotHaveDuplicates();
  }

  @Test
  void ecbTimeSeriesWithItsStructureTakesEveryRoleFromIt() throws Exception {
    Path file = MESSAGES.resolve("ecb-exr-ng-ts-ss.xml");
    Document doc = dom(file);
    Read r = read(file, MESSAGES.resolve("ecb-exr-ng-structure-full.xml"));
    assertThat(r.failed()).isEmpty();
    assertThat(r.rules()).doesNotContain("MG-SDMX-026", "MG-SDMX-027", "MG-SDMX-013");
    assertThat(r.observations()).hasSize(observationsIn(file));
    Observation o =
        r.at(
            Map.of(
                "CURRENCY",
                xp(doc, "(//*[local-name()='Series'])[3]/@CURRENCY"),
                "TIME_PERIOD",
                xp(doc, "(//*[local-name()='Series'])[3]/*[local-name()='Obs'][1]/@TIME_PERIOD")));
    assertThat(o.dimensions().keySet())
        .containsExactly(
            "FREQ", "CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_VAR", "TIME_PERIOD");
    assertThat(o.unit()).contains(xp(doc, "(//*[local-name()='Series'])[3]/@UNIT_MEASURE"));
    assertThat(o.attributes())
        .containsEntry("TITLE", xp(doc, "(//*[local-name()='Series'])[3]/@TITLE"));
  }

  @Test
  void ecbCrossSectionTakesTheCurrencyFromEachObservationAndTheTimeFromItsSeries()
      throws Exception {
    Path file = MESSAGES.resolve("ecb-exr-ng-xs-ss.xml");
    Document doc = dom(file);
    for (Read r :
        List.of(read(file), read(file, MESSAGES.resolve("ecb-exr-ng-structure-full.xml")))) {
      String obs = "(//*[local-name()='Series'])[2]/*[local-name()='Obs'][4]";
      Observation o =
          r.at(
              Map.of(
                  "TIME_PERIOD",
                  xp(doc, "(//*[local-name()='Series'])[2]/@TIME_PERIOD"),
                  "CURRENCY",
                  xp(doc, obs + "/@CURRENCY")));
      assertThat(o.value()).contains(new BigDecimal(xp(doc, obs + "/@OBS_VALUE")));
      assertThat(o.attributes()).containsEntry("DECIMALS", xp(doc, obs + "/@DECIMALS"));
      assertThat(o.unit()).contains(xp(doc, obs + "/@UNIT_MEASURE"));
      assertThat(r.roleReported("MG-SDMX-026")).doesNotContain("CURRENCY", "TIME_PERIOD");
    }
  }

  @Test
  void ecbFlatDataWithItsStructureHasTheStructuresKeyOnEveryObservation() throws Exception {
    Path file = MESSAGES.resolve("ecb-exr-ng-flat-ss.xml");
    Document doc = dom(file);
    Read r = read(file, MESSAGES.resolve("ecb-exr-ng-structure-full.xml"));
    assertThat(r.failed()).isEmpty();
    assertThat(r.observations())
        .hasSize(observationsIn(file))
        .allSatisfy(
            o ->
                assertThat(o.dimensions().keySet())
                    .containsExactly(
                        "FREQ",
                        "CURRENCY",
                        "CURRENCY_DENOM",
                        "EXR_TYPE",
                        "EXR_VAR",
                        "TIME_PERIOD"));
    String obs = "(//*[local-name()='Obs'])[8]";
    Observation o =
        r.at(
            Map.of(
                "CURRENCY",
                xp(doc, obs + "/@CURRENCY"),
                "TIME_PERIOD",
                xp(doc, obs + "/@TIME_PERIOD")));
    assertThat(o.value()).contains(new BigDecimal(xp(doc, obs + "/@OBS_VALUE")));
    assertThat(o.attributes()).containsEntry("COLL_METHOD", xp(doc, obs + "/@COLL_METHOD"));
    Read bare = read(file);
    assertThat(bare.roleReported("MG-SDMX-026")).contains("CURRENCY", "EXR_TYPE");
  }

  @Test
  void eurostatDemographyReadsEachExplicitMeasureAsTheValueOfTheMeasureDimension()
      throws Exception {
    Path file = MESSAGES.resolve("estat-demography-xs.xml");
    Document doc = dom(file);
    Read r = read(file);
    String series = "(//*[local-name()='Series'])[5]";
    String obs = series + "/*[local-name()='Obs'][2]";
    String type = xp(doc, obs + "/@*[local-name()='type']");
    Observation o =
        r.at(
            Map.of(
                "DEMO",
                type.substring(type.indexOf(':') + 1),
                "TIME_PERIOD",
                xp(doc, series + "/@TIME_PERIOD"),
                "SEX",
                xp(doc, series + "/@SEX"),
                "COUNTRY",
                xp(doc, series + "/@COUNTRY")));
    assertThat(o.value()).contains(new BigDecimal(xp(doc, obs + "/@OBS_VALUE")));
    assertThat(o.status()).contains(xp(doc, obs + "/@OBS_STATUS"));
    assertThat(o.unit()).contains(xp(doc, obs + "/@UNIT_MEASURE"));

    // with the structure (components named by their concept, a measure dimension): the key in the
    // structure's order;
    // the file gives no DECIMALS, which the structure makes mandatory, so each observation is
    // reported for it
    Read checked = read(file, MESSAGES.resolve("estat-demography-structure.xml"));
    assertThat(checked.failed()).hasSize(observationsIn(file));
    assertThat(checked.failed())
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .filteredOn(i -> i.severity().isBlocking())
                    .extracting(i -> i.rule().id().value() + " " + i.arguments())
                    .containsExactly("MG-SDMX-011 [DECIMALS]"));
    assertThat(checked.rules())
        .doesNotContain("MG-SDMX-010", "MG-SDMX-013", "MG-SDMX-026", "MG-SDMX-016");
  }

  @Test
  void eurostatAndImfStructureSpecificSeriesKeepTheirCodesAndValues() throws Exception {
    Path nama = MESSAGES.resolve("estat-nama_10_gdp-ss.xml");
    Document doc = dom(nama);
    Read r = read(nama);
    String obs = "(//*[local-name()='Obs'])[3]";
    Observation o = r.at(Map.of("TIME_PERIOD", xp(doc, obs + "/@TIME_PERIOD")));
    assertThat(o.dimension("geo")).contains(xp(doc, "//*[local-name()='Series']/@geo"));
    assertThat(o.value()).contains(new BigDecimal(xp(doc, obs + "/@OBS_VALUE")));
    assertThat(r.datasets().get(0).dataflow()).isEqualTo("ESTAT:NAMA_10_GDP(1.0)");

    Path imf = MESSAGES.resolve("imf-pcps-ss-ts.xml");
    Document idoc = dom(imf);
    Observation p = read(imf).observations().get(0);
    assertThat(p.dimension("COMMODITY"))
        .contains(xp(idoc, "//*[local-name()='Series']/@COMMODITY"));
    assertThat(p.dimension("TIME_PERIOD"))
        .contains(xp(idoc, "//*[local-name()='Obs']/@TIME_PERIOD"));
    assertThat(p.value()).contains(new BigDecimal(xp(idoc, "//*[local-name()='Obs']/@OBS_VALUE")));
    assertThat(p.attributes())
        .containsEntry("TIME_FORMAT", xp(idoc, "//*[local-name()='Series']/@TIME_FORMAT"));
  }

  @Test
  void compactDataTwoZeroKeepsEveryObservationAndReportsTheComponentsItCannotPlace()
      throws Exception {
    Path file = MESSAGES.resolve("rsdmx-SDMXCompactDataExample_2.0.xml");
    Document doc = dom(file);
    Read r = read(file);
    String series = "(//*[local-name()='Series'])[2]";
    String obs = series + "/*[local-name()='Obs'][5]";
    Map<String, String> key = new LinkedHashMap<>();
    for (String c : List.of("VAR1", "VAR2", "VAR3", "VAR4", "VAR5")) {
      String v = xp(doc, series + "/@" + c);
      if (!v.isEmpty()) {
        key.put(c, v);
      }
    }
    key.put("YEA", xp(doc, obs + "/@YEA"));
    // the series that has no VAR5 (series 3 has the same key with VAR5)
    List<Observation> found =
        r.observations().stream()
            .filter(
                x ->
                    x.dimensions().entrySet().containsAll(key.entrySet())
                        && !x.dimensions().containsKey("VAR5"))
            .toList();
    assertThat(found).hasSize(1);
    Observation o = found.get(0);
    assertThat(o.value()).contains(new BigDecimal(xp(doc, obs + "/@OBS_VALUE")));
    assertThat(o.attributes()).containsEntry("TIME_FORMAT", xp(doc, series + "/@TIME_FORMAT"));
    // YEA is this structure's time dimension, which only its key family says: reported, never
    // dropped
    assertThat(r.roleReported("MG-SDMX-026")).contains("YEA", "VAR1");
  }

  @Test
  void istatStructureSpecificDataWithItsStructureHasEveryStatus() throws Exception {
    Path file = ISTAT.resolve("22_289.xml");
    Document doc = dom(file);
    Read r = read(file, ISTAT.resolve("22_289-structure.xml"));
    assertThat(r.failed()).isEmpty();
    assertThat(r.rules()).doesNotContain("MG-SDMX-026", "MG-SDMX-027");
    String obs = "(//*[local-name()='Series'])[2]/*[local-name()='Obs'][4]";
    Observation o =
        r.at(
            Map.of(
                "SEX",
                xp(doc, "(//*[local-name()='Series'])[2]/@SEX"),
                "TIME_PERIOD",
                xp(doc, obs + "/@TIME_PERIOD")));
    assertThat(o.status()).contains(xp(doc, obs + "/@OBS_STATUS"));
    assertThat(o.value()).contains(new BigDecimal(xp(doc, obs + "/@OBS_VALUE")));
    assertThat(o.dimension("REF_AREA"))
        .contains(xp(doc, "(//*[local-name()='Series'])[2]/@REF_AREA"));
    assertThat(r.datasets()).extracting(Dataset::dataflow).containsOnly("IT1:22_289(1.0)");
  }

  static Optional<Issue> first(Read r, String rule) {
    return r.issues().stream().filter(i -> i.rule().id().value().equals(rule)).findFirst();
  }
}

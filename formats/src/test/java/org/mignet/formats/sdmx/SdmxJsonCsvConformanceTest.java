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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Conformance of the SDMX-JSON and SDMX-CSV readers on the real files of {@code ../shared/data}:
 * the SDMX-JSON 1.0 and 2.0 samples and SDMX-CSV 2.0 specification examples of {@code
 * sdmx/test-messages}, the OECD International Migration Database extracts and the Eurostat
 * data-browser exports. Every file is sniffed as its format, and every observation is read or
 * rejected with its place: the test counts them itself (a Jackson tree walk of each data set's
 * series and observations; the CSV's non-blank lines after the header), then checks cells against
 * the file.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class SdmxJsonCsvConformanceTest {

  static final ObjectMapper TREE = new ObjectMapper();

  static Path data(String relative) {
    return SdmxStructuresTest.shared().resolve("data").resolve(relative);
  }

  /** What a reader gave for a file: the observations in order, the rejections and every issue. */
  record Outcome(
      List<Observation> observations,
      List<ReadResult.Failed> rejected,
      List<Issue> warnings,
      List<Dataset> datasets) {
    long accounted() {
      return observations.size() + rejected.size();
    }

    Observation find(String... kv) {
      return observations.stream()
          .filter(
              o -> {
                for (int i = 0; i < kv.length; i += 2) {
                  if (!kv[i + 1].equals(o.dimensions().get(kv[i]))) {
                    return false;
                  }
                }
                return true;
              })
          .findFirst()
          .orElseThrow(() -> new AssertionError("no observation " + String.join(",", kv)));
    }
  }

  static Outcome read(Path file, String format, FormatOptions options) {
    List<Observation> obs = new ArrayList<>();
    List<ReadResult.Failed> failed = new ArrayList<>();
    List<Issue> warnings = new ArrayList<>();
    List<Dataset> datasets = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = Formats.named(format).reader(in, file.getFileName().toString(), options)) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        if (res instanceof ReadResult.Ok ok) {
          Dataset d = (Dataset) ok.record();
          datasets.add(d);
          obs.addAll(d.observations());
          warnings.addAll(ok.issues());
        } else {
          failed.add((ReadResult.Failed) res);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(obs, failed, warnings, datasets);
  }

  /**
   * Observations of an SDMX-JSON message, counted on its tree: every series' and every data set's.
   */
  static long countJson(Path file) throws IOException {
    JsonNode root = TREE.readTree(file.toFile());
    JsonNode data = root.has("data") ? root.get("data") : root;
    long n = 0;
    for (JsonNode ds : data.path("dataSets")) {
      if (ds.path("action").asText().equals("Delete")) {
        // a deletion is refused whole, never read as observations
        n++;
        continue;
      }
      for (JsonNode s : ds.path("series")) {
        n += s.path("observations").size();
      }
      n += ds.path("observations").size();
    }
    return n;
  }

  /**
   * Data rows of a CSV: non-blank lines after the header (none of these files has a line break in a
   * field).
   */
  static long countCsv(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.skip(1).filter(l -> !l.isBlank()).count();
    }
  }

  /** Splits one CSV line on a separator outside quotes (RFC 4180 quoting), for checking cells. */
  static List<String> cells(String line, char sep) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == sep && !quoted) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }

  static Stream<Path> jsonFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("sdmx/test-messages", "sdmx/oecd-imd-dsd_mig")) {
      try (Stream<Path> s = Files.list(data(dir))) {
        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  static Stream<Path> csvFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(data("sdmx/test-messages"))) {
      s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
    }
    try (Stream<Path> s = Files.list(data("statistics/eurostat-databrowser"))) {
      s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
    }
    return files.stream();
  }

  @Test
  void findsEveryFileOfTheFolders() throws IOException {
    assertThat(jsonFiles().count()).isEqualTo(16);
    assertThat(csvFiles().count()).isEqualTo(6);
  }

  @ParameterizedTest
  @MethodSource("jsonFiles")
  void accountsForEveryObservationOfEachSdmxJsonMessage(Path file) throws IOException {
    Format sniffed = Formats.sniff(file).orElseThrow();
    assertThat(sniffed.name()).isEqualTo("sdmx-json");
    Outcome out = read(file, "sdmx-json", FormatOptions.none());
    assertThat(out.accounted())
        .as(file.getFileName().toString())
        .isEqualTo(countJson(file))
        .isPositive();
    for (ReadResult.Failed f : out.rejected()) {
      assertThat(f.location().pointer())
          .as("a rejection says where")
          .hasValueSatisfying(p -> assertThat(p).matches("(/data)?/dataSets/\\d+/.+"));
    }
  }

  @ParameterizedTest
  @MethodSource("csvFiles")
  void accountsForEveryRowOfEachSdmxCsvFile(Path file) throws IOException {
    assertThat(Formats.sniff(file).orElseThrow().name()).isEqualTo("sdmx-csv");
    Outcome out = read(file, "sdmx-csv", FormatOptions.none());
    assertThat(out.accounted())
        .as(file.getFileName().toString())
        .isEqualTo(countCsv(file))
        .isPositive();
    for (ReadResult.Failed f : out.rejected()) {
      assertThat(f.location().line()).as("a rejection says its line").isGreaterThan(1);
    }
  }

  @Test
  void readsSdmxJson1TimeSeriesWithSeriesAttributesNamedInPlace() {
    Path file = data("sdmx/test-messages/ecb-exr-ts-sdmxjson1.json");
    Outcome out = read(file, "sdmx-json", FormatOptions.none());
    assertThat(out.rejected()).isEmpty();
    Observation rub = out.find("CURRENCY", "RUB", "TIME_PERIOD", "2013-01-21");
    assertThat(rub.value()).contains(new BigDecimal("40.3"));
    assertThat(rub.dimensions()).containsEntry("FREQ", "D").containsEntry("CURRENCY_DENOM", "EUR");
    assertThat(rub.status()).contains("A");
    assertThat(rub.attributes()).containsEntry("TITLE", "Russian rouble (RUB)");
  }

  @Test
  void readsTheAgriSampleWithAttributeValuesWrittenInPlace() {
    Path file = data("sdmx/test-messages/sdmxjson2-agri.json");
    Outcome out = read(file, "sdmx-json", FormatOptions.none());
    assertThat(out.rejected()).isEmpty();
    assertThat(out.observations()).hasSize(12);
    // "2:3": [5541.424, null, "2021-03-18T11:00:00"]: Cambodia (index 2), 2017 (index 3)
    Observation o = out.find("REF_AREA", "ASIKHM", "TIME_PERIOD", "2017");
    assertThat(o.value()).contains(new BigDecimal("5541.424"));
    assertThat(o.dimensions()).containsEntry("FREQ", "A");
    assertThat(o.unit()).contains("TONES");
    // a null in place of OBS_STATUS: not set, so its default does not apply; EMBARGO_TIME is
    // written in place
    assertThat(o.status()).isEmpty();
    assertThat(o.attributes())
        .containsEntry("EMBARGO_TIME", "2021-03-18T11:00:00")
        .containsEntry("CONTACT_EMAIL", "contact@organisation.org")
        .containsEntry("UNIT_MULT", "3")
        // dimension-group attributes, by partial key: "::3" (TIME_PERIOD 2017) and "0:2:" (A,
        // Cambodia)
        .containsEntry("SOURCE", "MAFF_Agricultural Statistics_2017")
        .containsEntry("SERIES_COMMENT", "Comment for Annual data for Cambodia");
    assertThat(out.find("REF_AREA", "ASIKHM001", "TIME_PERIOD", "2015").attributes())
        .containsEntry("SOURCE", "MAFF_Agricultural Statistics_2015;Other sources");
    assertThat(out.warnings()).extracting(i -> i.rule().id().value()).contains("MG-SDMX-046");
  }

  @Test
  void readsTheFlatExchangeRateSampleWithItsObservationLevelTitle() {
    Outcome out =
        read(data("sdmx/test-messages/sdmxjson2-exr-flat.json"), "sdmx-json", FormatOptions.none());
    Observation nzd = out.find("CURRENCY", "NZD", "TIME_PERIOD", "2013-01-21");
    assertThat(nzd.value()).contains(new BigDecimal("1.5925"));
    assertThat(nzd.attributes())
        .containsEntry("TITLE", "New Zealand dollar (NZD)")
        .containsEntry("TIME_FORMAT", "P1D");
    assertThat(out.datasets()).allSatisfy(d -> assertThat(d.dataflow()).isEqualTo("ECB:EXR(1.0)"));
  }

  @Test
  void theMessagesMetaGivesEachDatasetItsSenderAndPreparationTime() throws IOException {
    for (String name : List.of("ecb-exr-ts-sdmxjson1.json", "sdmxjson2-exr-flat.json")) {
      Path file = data("sdmx/test-messages/" + name);
      com.fasterxml.jackson.databind.JsonNode meta =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(file.toFile())
              .path(name.contains("sdmxjson1") ? "header" : "meta");
      Outcome out = read(file, "sdmx-json", FormatOptions.none());
      assertThat(out.datasets())
          .as(name)
          .isNotEmpty()
          .allSatisfy(
              d -> {
                assertThat(d.meta().sourceOrganization())
                    .contains(meta.path("sender").path("id").asText());
                assertThat(d.meta().created())
                    .contains(java.time.Instant.parse(meta.path("prepared").asText()));
                assertThat(d.meta().extensions()).doesNotContainKey("sdmx.messageId");
              });
    }
  }

  @Test
  void rejectsTheGeneratedSamplesKeysThatPointOutsideTheirValuesWithTheirPointers() {
    Outcome out =
        read(
            data("sdmx/test-messages/sdmxjson2-generated-sample.json"),
            "sdmx-json",
            FormatOptions.none());
    // its first data set deletes data: refused whole where its action is, never read as data
    assertThat(out.rejected().get(0).location().pointer()).contains("/data/dataSets/0/action");
    assertThat(out.rejected().get(0).issues())
        .extracting(i -> i.rule().id().value())
        .containsExactly("MG-SDMX-053");
    assertThat(out.rejected().subList(1, out.rejected().size()))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .extracting(i -> i.rule().id().value())
                    .containsOnly("MG-SDMX-005"));
  }

  /**
   * The OECD files are flat (AllDimensions): each observation is decoded here on the tree,
   * independently.
   */
  @ParameterizedTest
  @MethodSource("jsonFiles")
  void readsEachOecdObservationAsTheTreeSays(Path file) throws IOException {
    if (!file.getParent().getFileName().toString().equals("oecd-imd-dsd_mig")) {
      return;
    }
    JsonNode data = TREE.readTree(file.toFile()).path("data");
    JsonNode structure = data.path("structures").path(0);
    JsonNode dims = structure.path("dimensions").path("observation");
    JsonNode status = structure.path("attributes").path("observation").path(0);
    assertThat(status.path("id").asText()).isEqualTo("OBS_STATUS");
    Outcome out = read(file, "sdmx-json", FormatOptions.none());
    assertThat(out.rejected()).isEmpty();
    Iterator<Map.Entry<String, JsonNode>> it =
        data.path("dataSets").path(0).path("observations").properties().iterator();
    int checked = 0;
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String[] key = e.getKey().split(":");
      List<String> kv = new ArrayList<>();
      for (int i = 0; i < key.length; i++) {
        kv.add(dims.get(i).path("id").asText());
        kv.add(dims.get(i).path("values").get(Integer.parseInt(key[i])).path("id").asText());
      }
      Observation o = out.find(kv.toArray(String[]::new));
      JsonNode v = e.getValue().get(0);
      assertThat(o.value().map(BigDecimal::stripTrailingZeros))
          .isEqualTo(
              v.isNull()
                  ? java.util.Optional.empty()
                  : java.util.Optional.of(v.decimalValue().stripTrailingZeros()));
      assertThat(o.status())
          .contains(status.path("values").get(e.getValue().get(1).asInt()).path("id").asText());
      checked++;
    }
    assertThat(checked).isEqualTo(out.observations().size());
    assertThat(out.observations())
        .allSatisfy(
            o -> assertThat(o.dimensions()).containsKey("TIME_PERIOD").containsKey("REF_AREA"));
  }

  @Test
  void readsTheSpecificationExamplesWithTheirSeparatorsAndLabels() {
    for (String name :
        List.of(
            "sdmx-csv2-example-01.csv", "sdmx-csv2-example-04.csv", "sdmx-csv2-example-05.csv")) {
      Outcome out = read(data("sdmx/test-messages/" + name), "sdmx-csv", FormatOptions.none());
      assertThat(out.rejected()).as(name).isEmpty();
      assertThat(out.datasets())
          .as(name)
          .allSatisfy(d -> assertThat(d.dataflow()).isEqualTo("ESTAT:NA_MAIN(1.6.0)"));
      Observation first = out.observations().get(0);
      assertThat(first.dimensions())
          .as(name)
          .containsEntry("DIM_1", "A")
          .containsEntry("DIM_2", "B");
      assertThat(first.value()).as(name).contains(new BigDecimal("12.4"));
      assertThat(first.attributes())
          .as(name)
          .containsEntry("ATTR_2", "Y")
          .containsEntry("ATTR_1", "N")
          .containsEntry("ATTR_3", "Normal, special and other values");
      assertThat(out.observations().get(1).value()).as(name).contains(new BigDecimal("10.8"));
      assertThat(out.warnings())
          .extracting(i -> i.rule().id().value())
          .as(name)
          .contains("MG-SDMX-048");
    }
    // example 4: "2014-01: 2014-01" is a code and its label, "12,4" a decimal comma in a
    // ;-separated file
    Outcome four =
        read(data("sdmx/test-messages/sdmx-csv2-example-04.csv"), "sdmx-csv", FormatOptions.none());
    assertThat(four.observations().get(0).dimensions()).containsEntry("DIM_3", "2014-01");
  }

  @Test
  void rejectsEachRowOfTheSeveralMeasuresExampleWithoutAStructure() {
    Outcome out =
        read(data("sdmx/test-messages/sdmx-csv2-example-02.csv"), "sdmx-csv", FormatOptions.none());
    assertThat(out.observations()).isEmpty();
    assertThat(out.rejected()).extracting(f -> f.location().line()).containsExactly(2L, 3L);
    assertThat(out.rejected())
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .extracting(i -> i.rule().id().value())
                    .containsExactly("MG-SDMX-052"));
  }

  /**
   * With an SDMX-ML 3.0 structure whose MeasureList holds OBS_VALUE1 and OBS_VALUE2 (written for
   * the test from the field guide's example), each measure of each row is its own observation keyed
   * by MEASURE; the test reads the cells itself and checks every observation against them.
   */
  @Test
  void readsEachMeasureOfTheSeveralMeasuresExampleAsItsOwnObservationWithAnSdmx30Structure()
      throws Exception {
    Path file = data("sdmx/test-messages/sdmx-csv2-example-02.csv");
    Path structure = Path.of(getClass().getResource("na-main-3.0-structure.xml").toURI());
    Outcome out =
        read(file, "sdmx-csv", FormatOptions.none().with(SdmxOptions.STRUCTURE, structure));

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = cells(lines.get(0), ',');
    List<String> measures = header.stream().filter(h -> h.startsWith("OBS_VALUE")).toList();
    assertThat(measures).containsExactly("OBS_VALUE1", "OBS_VALUE2");
    assertThat(out.rejected()).isEmpty();
    assertThat(out.observations()).hasSize((int) countCsv(file) * measures.size());
    int k = 0;
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = cells(line, ',');
      for (String m : measures) {
        Observation o = out.observations().get(k++);
        assertThat(o.dimensions())
            .containsEntry("MEASURE", m)
            .containsEntry("DIM_1", c.get(header.indexOf("DIM_1")))
            .containsEntry("DIM_2", c.get(header.indexOf("DIM_2")))
            .containsEntry("DIM_3", c.get(header.indexOf("DIM_3")));
        assertThat(o.value()).contains(new BigDecimal(c.get(header.indexOf(m))));
        assertThat(o.attributes()).containsEntry("ATTR_3", c.get(header.indexOf("ATTR_3")));
      }
    }
    assertThat(out.warnings())
        .extracting(i -> i.rule().id().value())
        .contains("MG-SDMX-060")
        .doesNotContain("MG-SDMX-050");
    assertThat(out.datasets()).allSatisfy(d -> assertThat(d.dimensionIds()).contains("MEASURE"));
  }

  @Test
  void readsAnSdmxMl30StructureWithItsMeasuresUsageAndAttachments() throws Exception {
    Path structure = Path.of(getClass().getResource("na-main-3.0-structure.xml").toURI());
    SdmxStructures s = SdmxStructures.read(structure);
    DataStructure d = s.structureFor("ESTAT:NA_MAIN(1.6.0)").orElseThrow();

    assertThat(d.measures()).containsExactly("OBS_VALUE1", "OBS_VALUE2");
    assertThat(d.primaryMeasure()).isEqualTo("OBS_VALUE1");
    assertThat(d.dimensionIds()).containsExactly("DIM_1", "DIM_2", "DIM_3");
    assertThat(d.timeDimension()).map(SdmxDimension::id).hasValue("DIM_3");
    assertThat(d.dimension("DIM_1").flatMap(SdmxDimension::codelist))
        .map(Object::toString)
        .hasValue("ESTAT:CL_DIM_1(1.0.0)");
    assertThat(d.attribute("ATTR_3").orElseThrow().isMandatory()).isTrue();
    assertThat(d.attribute("ATTR_1").orElseThrow().isMandatory()).isFalse();
    assertThat(d.attribute("ATTR_9").orElseThrow().level())
        .isEqualTo(SdmxAttribute.AttachmentLevel.DIMENSIONS);
    assertThat(d.attribute("ATTR_9").orElseThrow().dimensions()).containsExactly("DIM_1", "DIM_2");
    assertThat(s.codelist("CL_DIM_1")).isPresent();
  }

  @Test
  void readsCodesNeverLabelsFromTheEurostatLabelsBothExport() throws IOException {
    Path file = data("statistics/eurostat-databrowser/estat-migr_asyappctza-sdmxcsv2-labels.csv");
    Outcome out = read(file, "sdmx-csv", FormatOptions.none());
    assertThat(out.rejected()).isEmpty();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = cells(lines.get(0), ',');
    assertThat(out.observations()).hasSize(lines.size() - 1);
    int labelsSeen = 0;
    for (int row = 1; row < lines.size(); row++) {
      List<String> cells = cells(lines.get(row), ',');
      Observation o = out.observations().get(row - 1);
      // every dimension: the code column's value, never the label column after it
      for (Map.Entry<String, String> d : o.dimensions().entrySet()) {
        int col = header.indexOf(d.getKey());
        assertThat(d.getValue()).isEqualTo(cells.get(col));
        String label = cells.get(col + 1);
        if (!label.isEmpty() && !label.equals(cells.get(col))) {
          assertThat(d.getValue()).isNotEqualTo(label);
          labelsSeen++;
        }
      }
      assertThat(o.dimensions())
          .containsOnlyKeys(
              "freq", "citizen", "sex", "unit", "age", "asyl_app", "geo", "TIME_PERIOD");
      assertThat(o.value()).contains(new BigDecimal(cells.get(header.indexOf("OBS_VALUE"))));
    }
    assertThat(labelsSeen).isGreaterThan(1000);
    assertThat(out.find("geo", "AT", "TIME_PERIOD", "2009", "citizen", "TOTAL").value())
        .contains(new BigDecimal("15815"));
    assertThat(out.datasets())
        .allSatisfy(d -> assertThat(d.dataflow()).isEqualTo("ESTAT:MIGR_ASYAPPCTZA(1.0)"));
  }

  @Test
  void rejectsEveryRowOfTheEurostatLabelsOnlyExportNamingEveryLabelColumnAndPointingToStructure()
      throws IOException {
    Path file = data("statistics/eurostat-databrowser/estat-migr_eipre-sdmxcsv1-labels.csv");
    // the test's own reading: the dimension columns holding a value that cannot be an SDMX id
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = cells(lines.get(0), ',');
    java.util.Set<String> labelled = new java.util.TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = cells(line, ',');
      for (int j = header.indexOf("freq"); j < header.indexOf("TIME_PERIOD"); j++) {
        if (!c.get(j).isEmpty() && !c.get(j).matches("[A-Za-z0-9_@$\\-]+")) {
          labelled.add(header.get(j));
        }
      }
    }
    assertThat(labelled).contains("reason", "apprehen");
    Outcome out = read(file, "sdmx-csv", FormatOptions.none());
    // its values are labels ("Austria", "Illegal entry"): none may become a code
    assertThat(out.observations()).isEmpty();
    assertThat(out.rejected()).hasSize((int) countCsv(file));
    assertThat(out.rejected())
        .allSatisfy(
            f ->
                assertThat(f.issues())
                    .singleElement()
                    .satisfies(
                        i -> {
                          assertThat(i.rule().id().value()).isEqualTo("MG-SDMX-051");
                          // "Annual" could be an id, but no SDMX frequency code is longer than
                          // three characters
                          assertThat(i.arguments().get(0).toString()).contains("freq (2)");
                          assertThat(i.message()).contains("--structure");
                        }));
    String last =
        out.rejected().get(out.rejected().size() - 1).issues().get(0).arguments().get(0).toString();
    assertThat(labelled).allSatisfy(column -> assertThat(last).contains(column + " ("));
    assertThat(out.rejected().get(out.rejected().size() - 1).location().line())
        .isEqualTo(countCsv(file) + 1);
  }
}

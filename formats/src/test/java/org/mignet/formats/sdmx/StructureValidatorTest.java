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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.RuleId;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Validation of SDMX data against its structure: the broken fixture (one row per rule, SDMX 2.1
 * Information Model §5.3–5.4 and §10) and the real OECD and ISTAT messages against their real
 * structures.
 */
class StructureValidatorTest {

  static final Path OECD = SdmxStructuresTest.sdmx("oecd-imd-dsd_mig");
  static final Path OECD_STRUCTURE = OECD.resolve("DSD_MIG_dataflow_metadata.xml");

  static List<ReadResult> read(String format, InputStream in, String name, FormatOptions options)
      throws IOException {
    try (RecordReader r = Formats.named(format).reader(in, name, options)) {
      List<ReadResult> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  static List<ReadResult> brokenCsv(FormatOptions options) throws IOException {
    return read(
        "sdmx-csv",
        StructureValidatorTest.class.getResourceAsStream("broken-data.csv"),
        "broken-data.csv",
        options);
  }

  static Issue only(ReadResult r, String rule) {
    assertThat(r).isInstanceOf(ReadResult.Failed.class);
    return r.issues().stream()
        .filter(i -> i.ruleId().value().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " in " + r.issues()));
  }

  @Test
  void readerRejectsEachObservationThatBreaksItsStructureAtItsLine() throws IOException {
    List<ReadResult> results =
        brokenCsv(FormatOptions.none().with(SdmxOptions.STRUCTURES, SdmxStructuresTest.fixture()));
    List<ReadResult> failed = results.stream().filter(r -> r instanceof ReadResult.Failed).toList();
    assertThat(failed).hasSize(7);
    Issue notInCodelist = only(failed.get(0), "MG-SDMX-010");
    assertThat(notInCodelist.pointer()).isEqualTo("/dimensions/REF_AREA");
    assertThat(notInCodelist.location().line()).isEqualTo(3);
    assertThat(notInCodelist.value()).contains("XXX");
    assertThat(notInCodelist.message()).contains("TEST:CL_AREA(1.0)");
    Issue mandatory = only(failed.get(1), "MG-SDMX-011");
    assertThat(mandatory.pointer()).isEqualTo("/unit");
    assertThat(mandatory.location().line()).isEqualTo(4);
    Issue duplicate = only(failed.get(2), "MG-SDMX-012");
    assertThat(duplicate.location().line()).isEqualTo(5);
    assertThat(duplicate.message()).contains("broken-data.csv:2");
    Issue constrained = only(failed.get(3), "MG-SDMX-014");
    assertThat(constrained.pointer()).isEqualTo("/dimensions/REF_AREA");
    assertThat(constrained.value()).contains("ITA");
    assertThat(constrained.location().line()).isEqualTo(6);
    Issue attribute = only(failed.get(4), "MG-SDMX-015");
    assertThat(attribute.pointer()).isEqualTo("/status");
    assertThat(attribute.value()).contains("Z");
    Issue dims = only(failed.get(5), "MG-SDMX-013");
    assertThat(dims.pointer()).isEqualTo("/dimensions");
    assertThat(dims.message()).contains("missing [SEX]");
    Issue period = only(failed.get(6), "MG-SDMX-014");
    assertThat(period.pointer()).isEqualTo("/dimensions/TIME_PERIOD");
    assertThat(period.location().line()).isEqualTo(9);

    List<Dataset> ok =
        results.stream()
            .filter(r -> r instanceof ReadResult.Ok)
            .map(r -> (Dataset) ((ReadResult.Ok) r).record())
            .toList();
    assertThat(ok).hasSize(1);
    assertThat(ok.get(0).observations())
        .extracting(o -> o.value().orElseThrow().intValue())
        .containsExactly(10, 18);
  }

  @Test
  void validatorReportsEveryRuleAtItsPointerInTheDataset() throws IOException {
    List<ReadResult> results = brokenCsv(FormatOptions.none());
    assertThat(results).hasSize(1);
    Dataset d = (Dataset) ((ReadResult.Ok) results.get(0)).record();
    ValidationReport report = StructureValidator.of(SdmxStructuresTest.fixture()).validate(d);
    assertThat(report.hasIssue(RuleId.of("MG-SDMX-010"), "/observations/1/dimensions/REF_AREA"))
        .isTrue();
    assertThat(report.hasIssue(RuleId.of("MG-SDMX-011"), "/observations/2/unit")).isTrue();
    assertThat(report.hasIssue(RuleId.of("MG-SDMX-012"), "/observations/3")).isTrue();
    assertThat(report.hasIssue(RuleId.of("MG-SDMX-014"), "/observations/4/dimensions/REF_AREA"))
        .isTrue();
    assertThat(report.hasIssue(RuleId.of("MG-SDMX-015"), "/observations/5/status")).isTrue();
    assertThat(report.hasIssue(RuleId.of("MG-SDMX-013"), "/observations/6/dimensions")).isTrue();
    assertThat(report.hasIssue(RuleId.of("MG-SDMX-014"), "/observations/7/dimensions/TIME_PERIOD"))
        .isTrue();
    assertThat(
            report.filter(
                i ->
                    i.pointer().startsWith("/observations/0/")
                        || i.pointer().startsWith("/observations/8/")))
        .isEmpty();
    assertThat(report.issuesOf(RuleId.of("MG-SDMX-012")).get(0).message())
        .contains("/observations/0");
  }

  @Test
  void sessionFindsDuplicatesAcrossChunksAndFreshValidationsDoNot() {
    SdmxStructures s = SdmxStructuresTest.fixture();
    StructureValidator v = StructureValidator.of(s);
    Dataset chunk = dataset(obs("DEU", "F", "2020"));
    StructureValidator.Session session = v.session();
    assertThat(session.validate(chunk).isEmpty()).isTrue();
    assertThat(session.validate(chunk).issuesOf(RuleId.of("MG-SDMX-012"))).hasSize(1);
    assertThat(v.validate(chunk).isEmpty()).isTrue();
    assertThat(v.validate(chunk, s.dataStructures().get(0)).isEmpty()).isTrue();
    Dataset italy = dataset(obs("ITA", "F", "2020"));
    assertThat(v.validate(italy, s.dataStructures().get(0)).isEmpty()).isTrue();
    assertThat(
            v.validate(italy, s.dataStructures().get(0), s.constraints().get(0))
                .hasIssue(RuleId.of("MG-SDMX-014"), "/observations/0/dimensions/REF_AREA"))
        .isTrue();
  }

  @Test
  void reportsADataflowWithoutStructureOnceAndPassesItsData() {
    Dataset other =
        new Dataset(
            org.mignet.core.model.RecordMeta.of("urn:sdmx:dataset", "x"),
            "X:OTHER(1.0)",
            Optional.empty(),
            List.of("A"),
            Map.of(),
            List.of(Observation.of(Map.of("A", "1"), BigDecimal.ONE)));
    SdmxStructures two =
        new SdmxStructures(
            List.of(),
            List.of(
                SdmxStructuresTest.fixture().dataStructures().get(0),
                SdmxStructuresTest.oecd().dataStructures().get(0)),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    StructureValidator.Session session = StructureValidator.of(two).session();
    assertThat(session.validate(other).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-SDMX-017");
    assertThat(session.validate(other).isEmpty()).isTrue();
  }

  static Stream<Path> oecdFiles() throws IOException {
    try (Stream<Path> files = Files.list(OECD)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /**
   * B15 files (stock of foreign nationals, dataflow DSD_MIG@DF_MIG) fit DSD_MIG, its codelists and
   * its allowed constraint. B14 files belong to another structure, DSD_MIG_F: against DSD_MIG every
   * observation has BIRTH_COUNTRY instead of CITIZENSHIP (MG-SDMX-013) and MEASURE=B14, which
   * CR_DSD_MIG@DF_MIG does not allow (MG-SDMX-014). Nothing else breaks: every REF_AREA, FREQ, SEX,
   * … value and every OBS_STATUS, UNIT_MULT and DECIMALS value is in its codelist.
   */
  @ParameterizedTest
  @MethodSource("oecdFiles")
  void oecdMessagesValidateAgainstDsdMigExceptTheForeignBornOnes(Path file) throws IOException {
    List<ReadResult> results;
    try (InputStream in = Files.newInputStream(file)) {
      results =
          read(
              "sdmx-json",
              in,
              file.getFileName().toString(),
              FormatOptions.none().with(SdmxOptions.STRUCTURE, OECD_STRUCTURE));
    }
    List<Issue> issues = results.stream().flatMap(r -> r.issues().stream()).toList();
    if (file.getFileName().toString().contains("B15")) {
      assertThat(results).allMatch(r -> r instanceof ReadResult.Ok);
      assertThat(issues).isEmpty();
    } else {
      assertThat(results).allMatch(r -> r instanceof ReadResult.Failed).isNotEmpty();
      for (ReadResult r : results) {
        assertThat(r.issues())
            .extracting(ri -> ri.ruleId().value(), Issue::pointer)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("MG-SDMX-013", "/dimensions"),
                org.assertj.core.groups.Tuple.tuple("MG-SDMX-014", "/dimensions/MEASURE"));
        assertThat(r.issues().get(0).message())
            .contains("missing [CITIZENSHIP]", "[BIRTH_COUNTRY]");
        assertThat(r.issues().get(1).value()).contains("B14");
        assertThat(r.location().pointer().orElseThrow())
            .startsWith("/data/dataSets/0/observations/");
      }
    }
  }

  @Test
  void istatMessageValidatesAgainstItsStructure() throws IOException {
    Path dir = SdmxStructuresTest.sdmx("istat-resident-population");
    List<ReadResult> results;
    try (InputStream in = Files.newInputStream(dir.resolve("22_289.xml"))) {
      results =
          read(
              "sdmx-ml",
              in,
              "22_289.xml",
              FormatOptions.none()
                  .with(SdmxOptions.STRUCTURE, dir.resolve("22_289-structure.xml")));
    }
    assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Ok);
    assertThat(results.stream().flatMap(r -> r.issues().stream()))
        .extracting(ri -> ri.ruleId().value())
        .containsOnly("MG-SDMX-018")
        .hasSize(12);
    assertThat(
            results.stream()
                .mapToInt(r -> ((Dataset) ((ReadResult.Ok) r).record()).observations().size())
                .sum())
        .isEqualTo(8);
  }

  @Test
  void anUnreadableStructureFailsTheReadWithItsLocation() throws IOException {
    Path bad = Files.createTempFile("structure", ".xml");
    try {
      Files.writeString(bad, "<Structure><oops></Structure>");
      List<ReadResult> results = brokenCsv(FormatOptions.none().with(SdmxOptions.STRUCTURE, bad));
      assertThat(results).hasSize(1);
      assertThat(results.get(0).issues().get(0).ruleId().value()).isEqualTo("MG-SDMX-001");
      assertThat(results.get(0).location().source()).contains(bad.getFileName().toString());
    } finally {
      Files.delete(bad);
    }
  }

  @Test
  void refusesAnSdmxJsonMessageLargerThanTheRecordLimit() throws IOException {
    List<ReadResult> results;
    try (InputStream in = Files.newInputStream(OECD.resolve("CHL_B15.json"))) {
      results =
          read(
              "sdmx-json",
              in,
              "CHL_B15.json",
              FormatOptions.none()
                  .with(
                      SdmxOptions.LIMITS,
                      org.mignet.formats.ReadLimits.defaults().withMaxRecordBytes(1000)));
    }
    assertThat(results).hasSize(1);
    assertThat(results.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-READ-011");
    assertThat(results.get(0).issues().get(0).message()).contains("1000");
  }

  static Observation obs(String area, String sex, String period) {
    Map<String, String> dims = new LinkedHashMap<>();
    dims.put("REF_AREA", area);
    dims.put("SEX", sex);
    dims.put("TIME_PERIOD", period);
    return new Observation(
        dims,
        Optional.of(BigDecimal.TEN),
        Optional.empty(),
        Optional.of("PS"),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  static Dataset dataset(Observation... o) {
    return new Dataset(
        org.mignet.core.model.RecordMeta.of("urn:sdmx:dataset", "t"),
        "TEST:DF_T(1.0)",
        Optional.empty(),
        List.of("REF_AREA", "SEX", "TIME_PERIOD"),
        Map.of(),
        List.of(o));
  }
}

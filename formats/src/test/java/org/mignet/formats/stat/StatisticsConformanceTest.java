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
package org.mignet.formats.stat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Incident;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Profile;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.tabular.SharedData;

/**
 * Conformance on the real files in ../shared/data: MMP, OECD SDMX-JSON, ISTAT SDMX-ML, Eurostat
 * JSON-stat.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class StatisticsConformanceTest {

  static Path shared() {
    return SharedData.dir();
  }

  static List<ReadResult> read(String format, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = Formats.named(format).reader(in, file.getFileName().toString())) {
      List<ReadResult> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  static List<Dataset> datasets(String format, InputStream in) {
    try (RecordReader r = Formats.named(format).reader(in, "x")) {
      List<Dataset> out = new ArrayList<>();
      r.forEachRemaining(
          x -> {
            assertThat(x).isInstanceOf(ReadResult.Ok.class);
            out.add((Dataset) ((ReadResult.Ok) x).record());
          });
      return out;
    }
  }

  static byte[] write(String format, List<Dataset> ds) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named(format).writer(b)) {
      ds.forEach(w::write);
    }
    return b.toByteArray();
  }

  static Set<Observation> observations(List<Dataset> ds) {
    Set<Observation> s = new HashSet<>();
    ds.forEach(d -> s.addAll(d.observations()));
    return s;
  }

  static Stream<Object[]> mmpFiles() throws IOException {
    Path dir = shared().resolve("data/missing-migrants");
    return Stream.of(
            new Object[] {"MissingMigrants-Global-2021-09-05T18-37-06.csv", 8810},
            new Object[] {"MissingMigrants-Global-2023-12-07--16_48_56.csv", 1912},
            new Object[] {"MissingMigrants-Global-2023-12-07--16_49_29.csv", 1313},
            new Object[] {"MissingMigrants-Global-2023-12-07--17_19_33.csv", 1679},
            new Object[] {"api-json/2014-json.json", 535},
            new Object[] {"api-json/2023-json.json", 2689})
        .map(a -> new Object[] {dir.resolve((String) a[0]), a[1]});
  }

  @ParameterizedTest
  @MethodSource("mmpFiles")
  void everyMmpRecordIsAnIncidentOrARejectionWithItsLine(Path file, int rows) throws IOException {
    List<ReadResult> results = read("mmp", file);
    assertThat(results).hasSize(rows);
    long ok = results.stream().filter(r -> r instanceof ReadResult.Ok).count();
    assertThat(ok).isGreaterThan(rows * 9L / 10);
    for (ReadResult r : results) {
      assertThat(r.location().lineNumber()).isPresent();
      if (r instanceof ReadResult.Ok o) {
        assertThat(o.record()).isInstanceOf(Incident.class);
      } else {
        assertThat(r.issues()).anyMatch(i -> i.severity().isBlocking());
      }
    }
    System.out.printf(
        "%s: %d records, %d incidents, %d rejected%n", file.getFileName(), rows, ok, rows - ok);
  }

  @Test
  void readsTheMmp2021LayoutIntoTheModel() throws IOException {
    Path file =
        shared().resolve("data/missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv");
    Incident first = (Incident) ((ReadResult.Ok) read("mmp", file).get(0)).record();
    assertThat(first.meta().identifier().value()).isEqualTo("58641");
    assertThat(first.dead()).contains(2);
    assertThat(first.missing()).contains(9);
    assertThat(first.totalDeadAndMissing()).contains(11);
    assertThat(first.route()).contains("Western Africa / Atlantic route to the Canary Islands");
    assertThat(first.causesOfDeath()).containsExactly("Drowning");
    assertThat(first.reportedDate().map(Object::toString)).contains("2021-08-31");
    assertThat(first.place().flatMap(p -> p.coordinates())).isPresent();
  }

  @Test
  void readsAnMmpRowWhoseTotalIsNotDeadPlusMissingAndThePipelineRejectsItUnderAProfile() {
    String csv =
        "\"Main ID\",\"Incident ID\",\"Incident Date\",\"Number Dead\","
            + "\"Minimum Estimated Number of Missing\",\"Total Number of Dead and Missing\"\n"
            + "A,A1,\"Mon, 01/02/2023 - 12:00\",2,3,9\n"
            + "B,B1,\"Mon, 01/02/2023 - 12:00\",two,3,5\n"
            + "C,C1,\"not a date\",1,0,1\n";
    List<ReadResult> r = new ArrayList<>();
    try (RecordReader reader =
        Formats.named("mmp")
            .reader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv")) {
      reader.forEachRemaining(r::add);
    }
    // the reader reports read-level problems only: the inconsistent total is a rule, the pipeline's
    assertThat(r).hasSize(3);
    assertThat(r.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(r.get(1)).isInstanceOf(ReadResult.Failed.class);
    assertThat(r.get(2)).isInstanceOf(ReadResult.Failed.class);
    List<org.mignet.formats.RecordOutcome> outcomes = new ArrayList<>();
    org.mignet.formats.ConversionReport report =
        org.mignet.formats.Conversion.from(Formats.named("mmp"))
            .rejectingInvalid(org.mignet.core.validation.Validation.standard(), Profile.STRUCTURAL)
            .check(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "t.csv",
                outcomes::add);
    assertThat(report.read()).isEqualTo(3);
    assertThat(report.rejected()).isEqualTo(3);
    assertThat(outcomes.get(0).issues())
        .anyMatch(i -> i.ruleId().value().equals("MG-INC-001"))
        .anyMatch(i -> i.ruleId().value().equals("MG-CONV-003"));
    assertThat(r.get(1).issues()).anyMatch(i -> i.ruleId().value().equals("MG-MMP-004"));
    assertThat(r.get(2).issues()).anyMatch(i -> i.ruleId().value().equals("MG-MMP-005"));
    assertThat(r.get(2).location().lineNumber()).hasValue(4);
  }

  static Stream<Path> sdmxFiles() throws IOException {
    Path dir = shared().resolve("data/sdmx");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir.resolve("oecd-imd-dsd_mig"))) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    files.add(dir.resolve("istat-resident-population/22_289.xml"));
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("sdmxFiles")
  void sdmxMessagesRoundTripThroughSdmxCsvAndSdmxJson(Path file) throws IOException {
    List<Dataset> ds;
    try (InputStream in = Files.newInputStream(file)) {
      ds = datasets(file.toString().endsWith(".xml") ? "sdmx-ml" : "sdmx-json", in);
    }
    int count = ds.stream().mapToInt(d -> d.observations().size()).sum();
    assertThat(count).isPositive();
    byte[] csv = write("sdmx-csv", ds);
    assertThat(new String(csv, StandardCharsets.UTF_8).lines().count() - 1).isEqualTo(count);
    assertThat(observations(datasets("sdmx-csv", new ByteArrayInputStream(csv))))
        .isEqualTo(observations(ds));
    assertThat(
            observations(datasets("sdmx-json", new ByteArrayInputStream(write("sdmx-json", ds)))))
        .isEqualTo(observations(ds));
    assertThat(observations(datasets("sdmx-ml", new ByteArrayInputStream(write("sdmx-ml", ds)))))
        .isEqualTo(observations(ds));
    System.out.printf("%s: %d observations%n", file.getFileName(), count);
  }

  static Stream<Path> jsonStatFiles() throws IOException {
    try (Stream<Path> s =
        Files.list(shared().resolve("data/statistics/eurostat-jsonstat-2010-2023"))) {
      return s.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("jsonStatFiles")
  void readsEurostatJsonStatWithStatusFlags(Path file) throws IOException {
    List<Dataset> ds;
    try (InputStream in = Files.newInputStream(file)) {
      ds = datasets("json-stat", in);
    }
    int count = ds.stream().mapToInt(d -> d.observations().size()).sum();
    assertThat(count).isPositive();
    assertThat(ds.get(0).dimensionIds()).contains("GEO", "TIME_PERIOD");
    assertThat(ds.stream().flatMap(d -> d.observations().stream()))
        .anyMatch(o -> o.status().isPresent());
    System.out.printf("%s: %d observations%n", file.getFileName(), count);
  }

  @Test
  void aggregatesIncidentsByRouteAndYearWithSuppression() throws IOException {
    Path file =
        shared().resolve("data/missing-migrants/MissingMigrants-Global-2023-12-07--16_49_29.csv");
    IncidentAggregation agg =
        IncidentAggregation.by(List.of("ROUTE", "TIME_PERIOD")).withThreshold(5);
    for (ReadResult r : read("mmp", file)) {
      if (r instanceof ReadResult.Ok ok) {
        agg.add((Incident) ok.record());
      }
    }
    Dataset d = agg.result();
    assertThat(d.dimensionIds()).containsExactly("ROUTE", "TIME_PERIOD", "MEASURE");
    assertThat(d.observations())
        .anyMatch(
            o -> o.confidentiality().equals(java.util.Optional.of("C")) && o.value().isEmpty());
    assertThat(agg.suppressed()).isPositive();
    byte[] csv = write("sdmx-csv", List.of(d));
    assertThat(observations(datasets("sdmx-csv", new ByteArrayInputStream(csv))))
        .isEqualTo(Set.copyOf(d.observations()));
  }
}

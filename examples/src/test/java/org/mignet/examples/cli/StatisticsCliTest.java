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
package org.mignet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.examples.TestFiles;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * {@code mignet validate|convert --structure} and conversions of the statistics formats on the real
 * files.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class StatisticsCliTest {

  @TempDir Path dir;

  static Path shared() {
    return TestFiles.shared();
  }

  static final Path OECD = shared().resolve("data/sdmx/oecd-imd-dsd_mig");
  static final Path DSD_MIG = OECD.resolve("DSD_MIG_dataflow_metadata.xml");

  static List<MignetRecord> read(String format, Path file) throws Exception {
    List<MignetRecord> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = Formats.named(format).reader(in, file.getFileName().toString())) {
      r.forEachRemaining(
          x -> {
            assertThat(x).as(String.valueOf(x.issues())).isInstanceOf(ReadResult.Ok.class);
            out.add(((ReadResult.Ok) x).record());
          });
    }
    return out;
  }

  static Set<Observation> observations(List<MignetRecord> records) {
    Set<Observation> s = new HashSet<>();
    records.forEach(r -> s.addAll(((Dataset) r).observations()));
    return s;
  }

  @Test
  void validateWithStructurePassesAFileThatFitsDsdMig() {
    CliRun run =
        CliRun.of(
            "validate", "--structure", DSD_MIG.toString(), OECD.resolve("USA_B15.json").toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Mignet.VALID);
  }

  @Test
  void validateWithStructureReportsForeignBornDataAgainstDsdMig() {
    CliRun run =
        CliRun.of(
            "validate",
            "--json",
            "--structure",
            DSD_MIG.toString(),
            OECD.resolve("USA_B14.json").toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    assertThat(run.out()).contains("MG-SDMX-013", "MG-SDMX-014", "/dimensions/MEASURE");
  }

  @Test
  void validateRefusesAMissingStructureFile() {
    CliRun run =
        CliRun.of(
            "validate",
            "--structure",
            dir.resolve("none.xml").toString(),
            OECD.resolve("USA_B15.json").toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("none.xml");
  }

  @Test
  void sdmxJsonToSdmxCsvAndBackGivesTheSameObservations() throws Exception {
    Path json = OECD.resolve("CHL_B15.json");
    Path csv = dir.resolve("chl.csv");
    Path back = dir.resolve("chl.json");
    CliRun a =
        CliRun.of(
            "convert",
            "--structure",
            DSD_MIG.toString(),
            "--to",
            "sdmx-csv",
            json.toString(),
            csv.toString());
    assertThat(a.exitCode()).as(a.err()).isEqualTo(Mignet.VALID);
    CliRun b =
        CliRun.of(
            "convert",
            "--from",
            "sdmx-csv",
            "--structure",
            DSD_MIG.toString(),
            "--to",
            "sdmx-json",
            csv.toString(),
            back.toString());
    assertThat(b.exitCode()).as(b.err()).isEqualTo(Mignet.VALID);
    assertThat(observations(read("sdmx-json", back)))
        .isEqualTo(observations(read("sdmx-json", json)))
        .hasSize(9);
    assertThat(Files.readAllLines(csv)).hasSize(1 + 9);
  }

  @Test
  void convertWithStructureRejectsObservationsThatBreakIt() throws Exception {
    Path report = dir.resolve("report.json");
    CliRun run =
        CliRun.of(
            "convert",
            "--structure",
            DSD_MIG.toString(),
            "--to",
            "sdmx-csv",
            "--report",
            report.toString(),
            OECD.resolve("MEX_B14.json").toString(),
            dir.resolve("mex.csv").toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("rejected").asLong()).isEqualTo(8);
    assertThat(json.get("written").asLong()).isZero();
    assertThat(json.get("read").asLong()).isEqualTo(8);
  }

  @Test
  void mmp2021ExportReportAccountsForEveryRow() throws Exception {
    Path mmp =
        shared().resolve("data/missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv");
    Path report = dir.resolve("report.json");
    CliRun run =
        CliRun.of(
            "convert",
            "--from",
            "mmp",
            "--to",
            "ndjson",
            "--report",
            report.toString(),
            mmp.toString(),
            dir.resolve("out.ndjson").toString());
    assertThat(run.exitCode()).isIn(Mignet.VALID, Mignet.INVALID);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    long read = json.get("read").asLong();
    assertThat(read).isEqualTo(json.get("written").asLong() + json.get("rejected").asLong());
    assertThat(read).isEqualTo(8810);
    assertThat(Files.readAllLines(dir.resolve("out.ndjson")))
        .hasSize((int) json.get("written").asLong());
  }

  @Test
  void mmpToNdjsonToMmpGivesTheSameIncidents() throws Exception {
    Path mmp =
        shared().resolve("data/missing-migrants/MissingMigrants-Global-2023-12-07--16_48_56.csv");
    Path ndjson = dir.resolve("mmp.ndjson");
    // the MMP layout has no column for a record's created time (a declared loss of the mmp writer):
    // the reader takes it from the export time in the file name, so the file written back is named
    // as
    // the export
    Path back = dir.resolve("back").resolve(mmp.getFileName().toString());
    Files.createDirectories(back.getParent());
    assertThat(
            CliRun.of(
                    "convert", "--from", "mmp", "--to", "ndjson", mmp.toString(), ndjson.toString())
                .exitCode())
        .isIn(Mignet.VALID, Mignet.INVALID);
    CliRun b =
        CliRun.of("convert", "--from", "ndjson", "--to", "mmp", ndjson.toString(), back.toString());
    assertThat(b.exitCode()).as(b.err()).isEqualTo(Mignet.VALID);
    List<MignetRecord> canonical = new ArrayList<>();
    try (InputStream in = Files.newInputStream(ndjson);
        RecordReader r = Formats.named("ndjson").reader(in, "mmp.ndjson")) {
      r.forEachRemaining(x -> canonical.add(((ReadResult.Ok) x).record()));
    }
    List<MignetRecord> again = new ArrayList<>();
    try (InputStream in = Files.newInputStream(back);
        RecordReader r = Formats.named("mmp").reader(in, back.getFileName().toString())) {
      r.forEachRemaining(
          x -> {
            if (x instanceof ReadResult.Ok ok) {
              again.add(ok.record());
            }
          });
    }
    assertThat(canonical)
        .allSatisfy(
            c ->
                assertThat(c.meta().created())
                    .contains(java.time.Instant.parse("2023-12-07T16:48:56Z")));
    assertThat(again).hasSameSizeAs(canonical);
    assertThat(again).isEqualTo(canonical);
  }
}

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

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;

/**
 * An option the chosen formats do not take is a usage error (exit 2) that names the option and the
 * formats that take it, reported before anything is read or written; it is never ignored.
 */
class FormatOptionsCliTest {

  @TempDir Path dir;

  private Path sample() throws Exception {
    return TestFiles.copySample(dir, "organizations-and-referral.json");
  }

  private Path file(String name) throws Exception {
    return Files.writeString(dir.resolve(name), "{}");
  }

  private CliRun convertFails(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(dir.resolve("out")).as("nothing written").doesNotExist();
    return run;
  }

  @Test
  void lenientWithAnSdmxSourceIsAUsageErrorNamingTheReadersThatTakeIt() throws Exception {
    CliRun run =
        convertFails(
            "convert",
            "--from",
            "sdmx-csv",
            "--lenient",
            "--to",
            "json",
            sample().toString(),
            dir.resolve("out").toString());
    assertThat(run.err())
        .contains(
            "--lenient is not taken by the sdmx-csv reader; it is taken by the readers of "
                + "csv, hxl, xlsx");
  }

  @Test
  void kWithAJsonTargetIsAUsageErrorNamingTheWritersThatTakeIt() throws Exception {
    CliRun run =
        convertFails(
            "convert",
            "--k",
            "3",
            "--to",
            "json",
            sample().toString(),
            dir.resolve("out").toString());
    assertThat(run.err())
        .contains("--k is not taken by the json writer; it is taken by the writers of ctdc");
  }

  @Test
  void mappingWithANonTabularSourceIsAUsageError() throws Exception {
    CliRun run =
        convertFails(
            "convert",
            "--from",
            "json",
            "--mapping",
            file("spec.json").toString(),
            "--to",
            "ndjson",
            sample().toString(),
            dir.resolve("out").toString());
    assertThat(run.err()).contains("--mapping is not taken by the json reader", "csv, hxl, xlsx");
  }

  @Test
  void structureWithFormatsThatAreNotSdmxIsAUsageError() throws Exception {
    Path in = sample();
    Path structure = file("structure.xml");
    CliRun run =
        convertFails(
            "convert",
            "--structure",
            structure.toString(),
            "--to",
            "ndjson",
            in.toString(),
            dir.resolve("out").toString());
    assertThat(run.err())
        .contains("--structure is not taken by the json reader", "sdmx-csv, sdmx-json, sdmx-ml");
    CliRun validate = CliRun.of("validate", "--structure", structure.toString(), in.toString());
    assertThat(validate.exitCode()).as(validate.err()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(validate.err()).contains("--structure is not taken by the json reader");
    assertThat(validate.out()).as("nothing validated").isEmpty();
  }

  @Test
  void forSpreadsheetWithATargetThatIsNotATableIsAUsageError() throws Exception {
    CliRun run =
        convertFails(
            "convert",
            "--for-spreadsheet",
            "--to",
            "ndjson",
            sample().toString(),
            dir.resolve("out").toString());
    assertThat(run.err())
        .contains(
            "--for-spreadsheet is not taken by the ndjson writer; it is taken by the writers "
                + "of csv, ctdc, htcds, hxl, mmp, sdmx-csv, xlsx");
  }

  @Test
  void anOutputNamedXlsxAsksForTheWorkbookOnlyOfATargetThatHasOne() throws Exception {
    Path out = dir.resolve("out.xlsx");
    CliRun run = CliRun.of("convert", "--to", "xlsx", sample().toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    assertThat(out).exists();
  }
}

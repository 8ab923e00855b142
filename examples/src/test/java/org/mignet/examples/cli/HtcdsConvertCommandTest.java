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
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.TraffickingCase;
import org.mignet.examples.TestFiles;
import org.mignet.formats.tabular.TableReader;

/**
 * {@code mignet convert} with HTCDS workbooks: OUT.xlsx gets the workbook form, and workbooks are
 * read back.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class HtcdsConvertCommandTest {

  @TempDir Path dir;

  static Path htcdsDir() {
    return TestFiles.sharedData("htcds");
  }

  private Path sample(String name) throws Exception {
    return TestFiles.copySample(dir, name);
  }

  private static List<MignetRecord> read(Path file) throws Exception {
    return TestFiles.readCanonical(file);
  }

  @Test
  void anXlsxOutputIsAWorkbookThatReadsBackAsTheCsvFormDoes() throws Exception {
    Path in = sample("trafficking-case-two-victims.json");
    Path xlsx = dir.resolve("cases.xlsx");
    Path csv = dir.resolve("cases.csv");

    CliRun toXlsx = CliRun.of("convert", "--to", "htcds", in.toString(), xlsx.toString());
    CliRun toCsv = CliRun.of("convert", "--to", "htcds", in.toString(), csv.toString());

    assertThat(toXlsx.exitCode()).as(toXlsx.err()).isEqualTo(Mignet.VALID);
    assertThat(toCsv.exitCode()).as(toCsv.err()).isEqualTo(Mignet.VALID);
    try (InputStream head = Files.newInputStream(xlsx)) {
      assertThat(head.readNBytes(4)).containsExactly('P', 'K', 3, 4);
    }
    try (TableReader t = TableReader.builder().open(xlsx)) {
      assertThat(t.sheetName()).contains("Case Sheet");
      assertThat(t.header()).contains("prs_FirstName", "vic_TraffickingStatus");
    }
    assertThat(Files.readString(csv)).startsWith(",cas_CaseOwner,");

    Path fromXlsx = dir.resolve("from-xlsx.json");
    Path fromCsv = dir.resolve("from-csv.json");
    CliRun back =
        CliRun.of(
            "convert", "--from", "htcds", "--to", "json", xlsx.toString(), fromXlsx.toString());
    CliRun backCsv =
        CliRun.of("convert", "--from", "htcds", "--to", "json", csv.toString(), fromCsv.toString());
    assertThat(back.exitCode()).as(back.err()).isEqualTo(Mignet.VALID);
    assertThat(backCsv.exitCode()).as(backCsv.err()).isEqualTo(Mignet.VALID);
    assertThat(read(fromXlsx)).isEqualTo(read(fromCsv)).hasSize(1);
  }

  @Test
  void roundTripThroughAWorkbookKeepsWhatHtcdsCarriesAndReportsTheRest() throws Exception {
    Path in = sample("trafficking-case-two-victims.json");
    Path xlsx = dir.resolve("cases.xlsx");
    Path report = dir.resolve("report.json");

    CliRun there =
        CliRun.of(
            "convert",
            "--to",
            "htcds",
            "--report",
            report.toString(),
            in.toString(),
            xlsx.toString());
    Path backFile = dir.resolve("back.json");
    CliRun back =
        CliRun.of(
            "convert", "--from", "htcds", "--to", "json", xlsx.toString(), backFile.toString());

    assertThat(there.exitCode()).as(there.err()).isEqualTo(Mignet.VALID);
    assertThat(back.exitCode()).as(back.err()).isEqualTo(Mignet.VALID);
    TraffickingCase original = (TraffickingCase) read(in).get(0);
    TraffickingCase after = (TraffickingCase) read(backFile).get(0);
    assertThat(after.meta().identifier().value()).isEqualTo(original.meta().identifier().value());
    assertThat(after.status()).isEqualTo(original.status());
    assertThat(after.victims()).hasSize(1);
    var v0 = original.victims().get(0);
    var v1 = after.victims().get(0);
    assertThat(v1.person().birthDate()).isEqualTo(v0.person().birthDate());
    assertThat(v1.person().citizenships()).isEqualTo(v0.person().citizenships());
    assertThat(v1.methodsOfControl()).isEqualTo(v0.methodsOfControl());
    assertThat(v1.exploitationTypes()).isEqualTo(v0.exploitationTypes());
    assertThat(after.referrals()).hasSameSizeAs(original.referrals());

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    List<String> lost = json.get("lost").findValuesAsText("pointer");
    assertThat(lost)
        .contains("/victims/1", "/palermo/acts")
        .noneMatch(p -> p.startsWith("/victims/*/person/birthDate"))
        .noneMatch(p -> p.startsWith("/referrals/*/date"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTCDS Excel Spreadsheet v2.0.xlsx",
        "HTCDS Excel Spreadsheet single select with validation v2.0.xlsx"
      })
  void theOfficialTemplatesConvertAsEmptyWorkbooks(String name) throws Exception {
    Path out = dir.resolve("out.json");
    Path report = dir.resolve("report.json");

    CliRun run =
        CliRun.of(
            "convert",
            "--from",
            "htcds",
            "--to",
            "json",
            "--report",
            report.toString(),
            htcdsDir().resolve(name).toString(),
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.VALID);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("read").asLong()).isZero();
    assertThat(json.get("rejected").asLong()).isZero();
    assertThat(read(out)).isEmpty();
  }

  @Test
  void anHtcdsWorkbookConvertsWithoutFrom() throws Exception {
    Path in = sample("trafficking-case-two-victims.json");
    Path xlsx = dir.resolve("cases.xlsx");
    CliRun there = CliRun.of("convert", "--to", "htcds", in.toString(), xlsx.toString());
    Path backFile = dir.resolve("back.json");
    Path report = dir.resolve("report.json");

    CliRun back =
        CliRun.of(
            "convert",
            "--to",
            "json",
            "--report",
            report.toString(),
            xlsx.toString(),
            backFile.toString());

    assertThat(there.exitCode()).as(there.err()).isEqualTo(Mignet.VALID);
    assertThat(back.exitCode()).as(back.err()).isEqualTo(Mignet.VALID);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("read").asLong()).isEqualTo(1);
    assertThat(json.get("rejected").asLong()).isZero();
    assertThat(((TraffickingCase) read(backFile).get(0)).meta().identifier().value())
        .isEqualTo(((TraffickingCase) read(in).get(0)).meta().identifier().value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTCDS Excel Spreadsheet v2.0.xlsx",
        "HTCDS Excel Spreadsheet single select with validation v2.0.xlsx"
      })
  void theOfficialTemplatesConvertAndValidateWithoutFrom(String name) throws Exception {
    Path out = dir.resolve("out.json");
    Path template = htcdsDir().resolve(name);

    CliRun convert = CliRun.of("convert", "--to", "json", template.toString(), out.toString());
    CliRun validate = CliRun.of("validate", template.toString());

    assertThat(convert.exitCode()).as(convert.err()).isEqualTo(Mignet.VALID);
    assertThat(read(out)).isEmpty();
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isEqualTo(Mignet.VALID);
  }
}

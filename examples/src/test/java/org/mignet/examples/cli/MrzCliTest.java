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

/** {@code mignet validate} and {@code convert} on files of MRZs, strict and OCR-tolerant. */
class MrzCliTest {

  /**
   * The ICAO Utopia passport, then the same with OCR confusions in its dates and composite digit.
   */
  private static final String CLEAN =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
          + "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n";

  private static final String NOISY =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
          + "L898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O\n";

  @TempDir Path dir;

  @Test
  void validateReadsAFileOfMrzsAndTheOcrTolerantModeCorrectsWhatCheckDigitsConfirm()
      throws Exception {
    Path file = Files.writeString(dir.resolve("scans.mrz"), CLEAN + "\n" + NOISY);
    CliRun strict = CliRun.of("validate", file.toString());
    assertThat(strict.exitCode()).as(strict.out() + strict.err()).isEqualTo(Mignet.INVALID);
    assertThat(strict.out())
        .contains("MG-MRZ-004")
        .doesNotContain("ERIKSSON")
        .doesNotContain("L898902C3");
    CliRun tolerant = CliRun.of("validate", "--ocr-tolerant", file.toString());
    assertThat(tolerant.exitCode()).as(tolerant.out() + tolerant.err()).isEqualTo(Mignet.VALID);
    assertThat(tolerant.out())
        .contains("MG-MRZ-013")
        .contains("MG-DOC-005")
        .doesNotContain("ERIKSSON");
  }

  @Test
  void convertWritesTravelDocumentsAndBackAndRefusesTheOptionForOtherFormats() throws Exception {
    Path file = Files.writeString(dir.resolve("scan.mrz"), NOISY);
    Path json = dir.resolve("doc.json");
    CliRun toJson =
        CliRun.of("convert", "--ocr-tolerant", "--to", "json", file.toString(), json.toString());
    assertThat(toJson.exitCode()).as(toJson.err()).isEqualTo(Mignet.VALID);
    assertThat(Files.readString(json)).contains("\"TravelDocument\"").contains("\"1974-08-12\"");
    Path back = dir.resolve("back.mrz");
    CliRun toMrz =
        CliRun.of("convert", "--from", "json", "--to", "mrz", json.toString(), back.toString());
    assertThat(toMrz.exitCode()).as(toMrz.err()).isEqualTo(Mignet.VALID);
    assertThat(Files.readString(back)).isEqualTo(CLEAN);
    CliRun wrong =
        CliRun.of(
            "convert",
            "--ocr-tolerant",
            "--from",
            "json",
            "--to",
            "ndjson",
            json.toString(),
            dir.resolve("out").toString());
    assertThat(wrong.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(wrong.err())
        .contains(
            "--ocr-tolerant is not taken by the json reader; it is taken by the readers of "
                + "mrz");
  }
}

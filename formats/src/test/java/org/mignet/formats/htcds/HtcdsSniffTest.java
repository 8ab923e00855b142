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
package org.mignet.formats.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.TraffickingCase;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.tabular.SharedData;
import org.mignet.formats.tabular.TableWriter;

/**
 * {@link Formats#sniff(Path)} tells HTCDS tables from generic CSV and XLSX tables by their row-1
 * field names.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class HtcdsSniffTest {

  private static Path htcds(String name) {
    return SharedData.data("htcds").resolve(name);
  }

  @Test
  @org.mignet.formats.WithXlsx
  void recognisesTheOfficialExcelTemplateAsHtcds() {
    assertThat(Formats.sniff(htcds("HTCDS Excel Spreadsheet v2.0.xlsx")).map(Format::name))
        .contains(Htcds.TABLE);
  }

  @Test
  @org.mignet.formats.WithXlsx
  void recognisesTheSingleSelectTemplateAsHtcds() {
    assertThat(
            Formats.sniff(htcds("HTCDS Excel Spreadsheet single select with validation v2.0.xlsx"))
                .map(Format::name))
        .contains(Htcds.TABLE);
  }

  @Test
  @org.mignet.formats.WithXlsx
  void leavesAGenericWorkbookToTheXlsxFormat(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("table.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        TableWriter w = TableWriter.xlsx().sheetName("data").open(out)) {
      w.writeRow("country", "year", "value");
      w.writeRow("FRA", "2020", "12");
    }
    assertThat(Formats.sniff(file).map(Format::name)).contains("xlsx");
  }

  @Test
  @org.mignet.formats.WithXlsx
  void leavesAWorkbookWithOnlyTwoHtcdsNamesToTheXlsxFormat(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("table.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        TableWriter w = TableWriter.xlsx().open(out)) {
      w.writeRow("prs_Gender", "cas_Status", "notes");
      w.writeRow("Female", "Open", "x");
    }
    assertThat(Formats.sniff(file).map(Format::name)).contains("xlsx");
  }

  @Test
  void recognisesACsvWrittenByTheHtcdsWriter(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cases.csv");
    writeCases(file, FormatOptions.none());
    assertThat(Formats.sniff(file).map(Format::name)).contains(Htcds.TABLE);
  }

  @Test
  @org.mignet.formats.WithXlsx
  void recognisesAWorkbookWrittenByTheHtcdsWriter(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cases.xlsx");
    writeCases(file, FormatOptions.none().with(Htcds.WORKBOOK, true));
    assertThat(Formats.sniff(file).map(Format::name)).contains(Htcds.TABLE);
  }

  @Test
  void saysNoToACorruptWorkbookInsteadOfThrowing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.xlsx");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
    assertThat(Formats.named(Htcds.TABLE).sniff(file)).isFalse();
  }

  private static void writeCases(Path file, FormatOptions options) throws Exception {
    CaseGenerator g = new CaseGenerator(7L, false);
    try (RecordWriter w = Formats.named(Htcds.TABLE).writer(Files.newOutputStream(file), options)) {
      for (int i = 0; i < 3; i++) {
        TraffickingCase c = g.next();
        w.write(c);
      }
    }
  }
}

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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.htcds.internal.HtcdsReadRules;
import org.mignet.formats.tabular.SharedData;

/**
 * Conformance on the official HTCDS toolkit files in ../shared/data/htcds (read in place, never
 * copied).
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class HtcdsRealFilesTest {

  static Path dir() {
    return SharedData.data("htcds");
  }

  private static List<ReadResult> read(String format, Path file) throws Exception {
    List<ReadResult> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = Formats.named(format).reader(in, file.getFileName().toString())) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTCDS Excel Spreadsheet v2.0.xlsx",
        "HTCDS Excel Spreadsheet single select with validation v2.0.xlsx"
      })
  @org.mignet.formats.WithXlsx
  void officialTemplatesReadAsValidEmptyInputs(String name) throws Exception {
    List<ReadResult> results = read(Htcds.TABLE, dir().resolve(name));
    assertThat(results).isEmpty();
  }

  @Test
  @org.mignet.formats.WithXlsx
  void templateHeaderIssuesNameTheTyposAndTheUnnamedColumn() throws Exception {
    // One synthetic row appended to the template's header rows: the header issues come with the
    // first record.
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (InputStream in =
        Files.newInputStream(dir().resolve("HTCDS Excel Spreadsheet v2.0.xlsx"))) {
      List<String> names = new ArrayList<>();
      try (var t = org.mignet.formats.tabular.TableReader.builder().open(in, "template.xlsx")) {
        names.addAll(t.header());
        List<String> labels = new ArrayList<>(t.next().cells());
        while (labels.size() < names.size()) {
          labels.add("");
        }
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", names))
            .append("\n")
            .append(String.join(",", labels.stream().map(s -> "\"" + s + "\"").toList()))
            .append("\n");
        b.append("7").append(",".repeat(names.size() - 1)).append("\n");
        List<String> row = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          row.add(
              i == 0
                  ? "case-1"
                  : names.get(i).equals("prs_Gender")
                      ? "Feminine\u00a0"
                      : labels.get(i).equals("Reason for Outgoing Referral") ? "Other" : "");
        }
        b.append(String.join(",", row)).append("\n");
        csv.writeBytes(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader r =
        Formats.named(Htcds.TABLE).reader(new ByteArrayInputStream(csv.toByteArray()), "t.csv")) {
      r.forEachRemaining(results::add);
    }
    assertThat(results).hasSize(1);
    List<Issue> issues = results.get(0).issues();
    assertThat(issues)
        .extracting(ri -> ri.ruleId().value())
        .contains(HtcdsReadRules.ALIAS_COLUMN, HtcdsReadRules.UNNAMED_COLUMN);
    assertThat(issues)
        .filteredOn(i -> i.ruleId().value().equals(HtcdsReadRules.ALIAS_COLUMN))
        .extracting(Issue::message)
        .anyMatch(m -> m.contains("vic_TraffickinStatusDecisionMakingOrg"));
    var c = (org.mignet.core.model.TraffickingCase) ((ReadResult.Ok) results.get(0)).record();
    assertThat(c.victims().get(0).person().gender()).contains("Feminine");
    assertThat(c.referrals())
        .singleElement()
        .satisfies(ref -> assertThat(ref.reason()).contains("Other"));
  }

  @Test
  void officialXFormReadsAsAValidEmptyInput() throws Exception {
    assertThat(read(Htcds.XFORM, dir().resolve("htcds_xlsform.xml"))).isEmpty();
  }

  @Test
  @org.mignet.formats.WithXlsx
  void writtenTableHasTheTemplatesRowOneNamesInTheirOrderWithV2Spelling() throws Exception {
    List<String> template;
    try (InputStream in = Files.newInputStream(dir().resolve("HTCDS Excel Spreadsheet v2.0.xlsx"));
        var t = org.mignet.formats.tabular.TableReader.builder().open(in, "template.xlsx")) {
      template = t.header();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named(Htcds.TABLE).writer(out, FormatOptions.none())) {
      w.write(new CaseGenerator(3, false).next());
    }
    List<String> written;
    try (var t =
        org.mignet.formats.tabular.TableReader.builder()
            .open(new ByteArrayInputStream(out.toByteArray()), "written.csv")) {
      written = t.header();
    }
    for (int i = 0; i < template.size(); i++) {
      String name = template.get(i);
      if (name.isEmpty()) {
        continue;
      }
      assertThat(written.get(i))
          .as("column %d", i + 1)
          .isEqualTo(HtcdsFields.instance().resolve(name).field().orElseThrow().name());
    }
    assertThat(written.get(35)).isEqualTo("cas_ReasonForOutgoingReferral");
    assertThat(written.subList(1, written.size()))
        .containsAll(HtcdsFields.instance().all().stream().map(HtcdsField::name).toList());
  }
}

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
package org.mignet.formats.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.model.MignetRecord;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.tabular.Mapping;
import org.mignet.formats.tabular.MappingSpec;
import org.mignet.formats.tabular.SharedData;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/** Conformance on ../shared/data/hxl: libhxl's edge cases, the DTM file, the core schema. */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class HxlReaderTest {

  private static Path data(String relative) {
    return SharedData.data("hxl").resolve(relative);
  }

  private static HxlReader open(String relative, boolean keepUntagged) {
    Path f = data(relative);
    return HxlReader.open(
        TableReader.builder().headerRow(0).open(f), f.getFileName().toString(), keepUntagged);
  }

  @Test
  void readsTheLibhxlValidCaseWithItsTextHeaderAndAttributes() {
    try (HxlReader r = open("libhxl-test-cases/input-valid.csv", false)) {
      assertThat(r.hashtagRow()).isEqualTo(3);
      assertThat(r.columns())
          .extracting(c -> c.tag().orElseThrow().toString())
          .containsExactly(
              "#sector+es",
              "#subsector+es",
              "#org+es",
              "#targeted+f",
              "#targeted+m",
              "#country",
              "#adm1",
              "#date+reported");
      assertThat(r.columns().get(0).header()).isEqualTo("Sector/Cluster");
      assertThat(r.find(HxlTag.parse("#targeted+m"))).contains(4);
      TableRow first = r.next();
      assertThat(first.cells())
          .containsExactly(
              "WASH", "Higiene", "ACNUR", "100", "100", "Panamá", "Los Santos", "1 March 2015");
    }
  }

  @Test
  void readsTheLatin1CaseAndKeepsUntaggedColumnsWhenAsked() {
    try (HxlReader r = open("libhxl-test-cases/input-valid-latin1.csv", true)) {
      assertThat(r.columns()).hasSize(9);
      assertThat(r.columns().get(0).tag()).isEmpty();
      assertThat(r.columns().get(3).header()).isEqualTo("Organización");
      assertThat(r.next().cells()).contains("001", "Panamá");
    }
  }

  @Test
  void findsTheHashtagRowBelowJunkAndMultipleHeaders() {
    try (HxlReader r = open("libhxl-test-cases/input-multiple-headers.csv", false)) {
      assertThat(r.hashtagRow()).isEqualTo(3);
      assertThat(r.columns())
          .extracting(HxlColumn::header)
          .containsExactly("Org", "Province", "Number affected");
      assertThat(r.next().cells()).containsExactly("Org X", "Coast", " 100");
    }
  }

  @Test
  void leavesNonHashtagCellsOfAFuzzyRowUntaggedWithAWarning() {
    try (HxlReader r = open("libhxl-test-cases/input-fuzzy.csv", true)) {
      assertThat(r.issues()).extracting(i -> i.ruleId().value()).contains("MG-HXL-002");
      assertThat(r.columns().get(6).tag()).isEmpty();
      assertThat(r.find(HxlTag.parse("#targeted+f"))).contains(4);
    }
  }

  @Test
  void reportsATableWithoutHashtagRow() {
    assertThatThrownBy(() -> open("libhxl-test-cases/input-invalid.csv", false))
        .isInstanceOfSatisfying(
            ParseException.class, e -> assertThat(e.ruleId().value()).isEqualTo("MG-HXL-001"));
    assertThatThrownBy(() -> open("libhxl-test-cases/input-untagged.csv", false))
        .isInstanceOfSatisfying(
            ParseException.class, e -> assertThat(e.ruleId().value()).isEqualTo("MG-HXL-001"));
  }

  @Test
  void readsAQuotedMultilineValue() {
    try (HxlReader r = open("libhxl-test-cases/input-multiline.csv", false)) {
      assertThat(r.next().cells()).containsExactly("Line 1\nLine 2\nLine 3");
    }
  }

  @Test
  void readsEveryDtmRowAndKnowsItsCoreHashtagsByName() {
    long rows = 0;
    try (HxlReader r = open("iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv", false)) {
      assertThat(r.hashtagRow()).isEqualTo(2);
      assertThat(r.find(HxlTag.parse("#affected+idps"))).contains(9);
      assertThat(r.find(HxlTag.parse("#affected+idps+m"))).contains(15);
      assertThat(r.columns()).allSatisfy(c -> assertThat(c.header()).isNotBlank());
      while (r.hasNext()) {
        r.next();
        rows++;
      }
      assertThat(r.issues())
          .extracting(i -> i.message())
          .noneMatch(
              m ->
                  m.contains("#country")
                      || m.contains("#affected")
                      || m.contains("#date")
                      || m.contains("#adm1"));
    }
    assertThat(rows).isEqualTo(13_367);
    assertThat(HxlSchema.core().hashtags())
        .contains("#affected", "#country", "#adm1", "#date", "#org", "#sector");
  }

  @Test
  void theCoreSchemaListIsTheHashtagsOfTheCoreSchemaFile() throws IOException {
    List<String> fromFile = new ArrayList<>();
    try (TableReader t =
        TableReader.builder().headerRow(0).open(data("hxl-core-schema/hashtag.hxl.csv"))) {
      t.forEachRemaining(
          row -> {
            if (row.cell(0).startsWith("#") && !row.cell(0).equals("#valid_tag")) {
              fromFile.add(row.cell(0).strip());
            }
          });
    }
    assertThat(HxlSchema.core().hashtags())
        .containsExactlyInAnyOrderElementsOf(fromFile.stream().distinct().toList());
  }

  @Test
  void hxlFormatWritesAHashtagRowAndReadsItsOwnOutputBack() {
    MappingSpec spec = MappingSpec.bundled("iom-dtm-hxl").orElseThrow();
    List<MignetRecord> records = new ArrayList<>();
    try (RecordReader r = Mapping.read(fileStream(), "dtm.csv", spec)) {
      for (int i = 0; i < 50 && r.hasNext(); i++) {
        records.add(((ReadResult.Ok) r.next()).record());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("hxl").writer(out)) {
      records.forEach(w::write);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    String[] lines = text.replace("\"", "").split("\r\n", 3);
    assertThat(lines[1])
        .startsWith("#meta+recordtype")
        .contains("#country+code", "#date", "#indicator+num");
    assertThat(Formats.named("hxl").sniff(out.toByteArray())).isTrue();
    List<MignetRecord> back = new ArrayList<>();
    try (RecordReader r =
        Formats.named("hxl").reader(new ByteArrayInputStream(out.toByteArray()), "x.csv")) {
      r.forEachRemaining(res -> back.add(((ReadResult.Ok) res).record()));
    }
    assertThat(back).isEqualTo(records);
  }

  /**
   * Regression (found by fuzzing the hxl target): the hashtag row as a canonical table's last row.
   */
  @org.junit.jupiter.api.Test
  void aCanonicalTableEndingWithItsHashtagRowHasNoRecordAndSaysSo() {
    byte[] table =
        "/recordType,/meta/identifier/value\n#x,#y\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (org.mignet.formats.RecordReader r =
        org.mignet.formats.Formats.named("hxl")
            .reader(new java.io.ByteArrayInputStream(table), "t.csv")) {
      java.util.List<org.mignet.formats.ReadResult> all = new java.util.ArrayList<>();
      while (r.hasNext()) {
        all.add(r.next());
      }
      assertThat(all).isEmpty();
      assertThat(r.hasNext()).isFalse();
    }
  }

  private static java.io.InputStream fileStream() {
    try {
      return Files.newInputStream(data("iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

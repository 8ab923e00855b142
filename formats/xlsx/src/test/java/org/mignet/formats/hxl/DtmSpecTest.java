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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * The shipped {@code iom-dtm-hxl} spec on every DTM table of {@code ../shared/data/hxl}: only the
 * country, the reporting date and the IDP figure are required, so a DTM export without admin
 * levels, rounds or sex breakdowns reads; a workbook whose figures are tagged otherwise is refused
 * with the column named, never mislabelled.
 */
class DtmSpecTest {

  private static final FormatOptions SPEC =
      FormatOptions.none().with(FormatOptions.MAPPING, Path.of("iom-dtm-hxl"));

  private static List<ReadResult> read(byte[] bytes, String name) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named("hxl").reader(new ByteArrayInputStream(bytes), name, SPEC)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void readsADtmTableWithoutAdminCodesLevelsAndRoundsAndNeverTakesTheOriginForTheAdmin()
      throws Exception {
    HxlConformanceTest.Table t =
        HxlConformanceTest.csv(
            "iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv", StandardCharsets.UTF_8);
    Set<String> dropped =
        Set.of(
            "#adm1+code",
            "#adm1+name",
            "#adm2+code",
            "#adm2+name",
            "#adm+level",
            "#round+code",
            "#affected+idps+m",
            "#affected+idps+f");
    List<String> tags = t.tags();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      if (!dropped.contains(tags.get(i))) {
        kept.add(i);
      }
    }
    StringBuilder csv = new StringBuilder();
    int tagRow = t.tagRow();
    List<List<String>> rows = t.rows().subList(tagRow, tagRow + 301);
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (int i : kept) {
        cells.add(i < row.size() ? '"' + row.get(i).replace("\"", "\"\"") + '"' : "");
      }
      csv.append(String.join(",", cells)).append('\n');
    }
    List<ReadResult> all = read(csv.toString().getBytes(StandardCharsets.UTF_8), "dtm-admin0.csv");
    // the whole DTM file through this spec is read in MappingRealFilesTest
    assertThat(all).allMatch(r -> r instanceof ReadResult.Ok);
    // one observation a row, consecutive rows in one dataset
    List<org.mignet.core.model.Observation> observations =
        all.stream()
            .flatMap(r -> ((Dataset) ((ReadResult.Ok) r).record()).observations().stream())
            .toList();
    assertThat(observations).hasSize(300);
    int idps = tags.indexOf("#affected+idps");
    int origin = tags.indexOf("#adm1+code+origin");
    for (int n = 0; n < 300; n++) {
      List<String> row = rows.get(n + 1);
      assertThat(observations.get(n))
          .satisfies(
              o -> {
                assertThat(o.value()).contains(new java.math.BigDecimal(row.get(idps)));
                assertThat(o.dimensions())
                    .doesNotContainKeys("ADM1", "ADM2", "ADMIN_LEVEL", "ROUND");
                String originCode = row.get(origin);
                if (!originCode.isEmpty() && !originCode.equals("Not available")) {
                  assertThat(o.attributes()).containsEntry("ORIGIN_ADM1", originCode);
                }
              });
    }
  }

  @Test
  void refusesTheUkraineWorkbookWhoseFiguresAreTaggedOtherwiseNamingTheColumn() throws Exception {
    Path f = HxlConformanceTest.data("hdx-published/dtm-ukraine-idp-estimation-round14.xlsx");
    List<ReadResult> all = read(Files.readAllBytes(f), "ukraine.xlsx");
    assertThat(all).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue issue = ((ReadResult.Failed) all.get(0)).issues().get(0);
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-005");
    assertThat(issue.arguments().get(0).toString()).contains("#affected+idps");
  }
}

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
package org.mignet.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mignet.core.model.Dataset;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class MappingRealFilesTest {

  record Counts(
      long read,
      long ok,
      long failed,
      long observations,
      List<Issue> issues,
      Map<String, Long> rules) {}

  static Counts convert(String relative, String spec) throws IOException {
    Path file = SharedData.data(relative);
    long read = 0, ok = 0, failed = 0, obs = 0;
    List<Issue> issues = new ArrayList<>();
    Map<String, Long> rules = new TreeMap<>();
    try (InputStream in = Files.newInputStream(file);
        RecordReader r =
            Mapping.read(
                in, file.getFileName().toString(), MappingSpec.bundled(spec).orElseThrow())) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        read++;
        if (res instanceof ReadResult.Ok o) {
          ok++;
          obs += ((Dataset) o.record()).observations().size();
        } else {
          failed++;
        }
        for (Issue i : res.issues()) {
          rules.merge(i.ruleId().value(), 1L, Long::sum);
          if (issues.size() < 50 || i.ruleId().value().equals("MG-TAB-018")) {
            issues.add(i);
          }
        }
      }
    }
    return new Counts(read, ok, failed, obs, issues, rules);
  }

  @ParameterizedTest
  @CsvSource({
    "statistics/eurostat-by-citizenship-2012-2016/migr_eipre_1_Data_allcitizens.csv, 29580",
    "statistics/eurostat-by-citizenship-2012-2016/migr_eirfs_Data_allcitizenships.csv, 28710",
    "statistics/eurostat-by-citizenship-2012-2016/migr_eiord_Data_allcitizens.csv, 28545",
    "statistics/eurostat-by-citizenship-2012-2016/migr_asyappctza_allcitizenships.csv, 34680"
  })
  void convertsEveryEurostatTableOfTheFamilyWithOneSpec(String file, long rows) throws IOException {
    Counts c = convert(file, "eurostat-by-citizenship");
    System.out.println(
        file
            + ": "
            + c.read()
            + " read, "
            + c.ok()
            + " ok, "
            + c.failed()
            + " failed "
            + c.rules());
    c.issues().stream()
        .filter(i -> i.ruleId().value().equals("MG-TAB-018"))
        .forEach(System.out::println);
    // a long table: one observation per row, consecutive rows grouped into datasets of 1,000
    assertThat(c.observations() + c.failed()).isEqualTo(rows);
    assertThat(c.ok() + c.failed()).isEqualTo(c.read());
    assertThat(c.ok()).isBetween(rows / 1000, rows / 1000 + c.failed() + 1);
    assertThat(c.rules().keySet()).isSubsetOf("MG-TAB-008", "MG-TAB-018");
    assertThat(c.failed())
        .as("only aggregates such as America or Oceania stay unresolved")
        .isLessThan(rows / 50);
  }

  @org.junit.jupiter.api.Test
  @org.mignet.formats.WithXlsx
  void reshapesTheUnDesaWorkbookWideToLongOneObservationPerYearAndSex() throws IOException {
    Counts c =
        convert(
            "statistics/un-desa-international-migrant-stock-2024/"
                + "UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx",
            "undesa-ims-2024");
    System.out.println(
        "UN DESA Table 1: "
            + c.read()
            + " read, "
            + c.ok()
            + " ok, "
            + c.failed()
            + " failed, "
            + c.observations()
            + " observations "
            + c.rules());
    assertThat(c.ok() + c.failed()).isEqualTo(c.read());
    assertThat(c.failed()).isZero();
    assertThat(c.observations()).isEqualTo(287L * 24);
    // 24 observations a row: 42 rows make a dataset of 1,008, so 287 rows make 7
    assertThat(c.ok()).isEqualTo(7);
  }

  @org.junit.jupiter.api.Test
  void convertsTheWorldBankMigrantStockJson() throws IOException {
    Counts c =
        convert("statistics/worldbank-migrant-stock/wb_SM_POP_TOTL.json", "worldbank-indicator");
    System.out.println(
        "World Bank: "
            + c.read()
            + " read, "
            + c.ok()
            + " ok, "
            + c.failed()
            + " failed "
            + c.rules());
    assertThat(c.observations() + c.failed()).isEqualTo(3445);
    assertThat(c.ok() + c.failed()).isEqualTo(c.read());
  }

  @org.junit.jupiter.api.Test
  void convertsTheDtmHxlFileByHashtag() throws IOException {
    Counts c = convert("hxl/iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv", "iom-dtm-hxl");
    System.out.println(
        "DTM HXL: "
            + c.read()
            + " read, "
            + c.ok()
            + " ok, "
            + c.failed()
            + " failed "
            + c.rules());
    c.issues().stream().limit(5).forEach(System.out::println);
    assertThat(c.observations() + c.failed()).isEqualTo(13_367);
    assertThat(c.ok() + c.failed()).isEqualTo(c.read());
  }

  @org.junit.jupiter.api.Test
  void resolvesTheEurostatLabelsAddedAsAliases() {
    var countries = org.mignet.core.code.Countries.instance();
    assertThat(countries.resolve("Cook Islands (NZ)").code()).contains("COK");
    assertThat(countries.resolve("Federated States of Micronesia").code()).contains("FSM");
    assertThat(countries.resolve("Vatican City State").code()).contains("VAT");
    assertThat(countries.resolve("New Caledonia (FR)").code()).contains("NCL");
  }
}

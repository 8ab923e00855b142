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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;
import org.mignet.formats.tabular.MappingSpec;

/**
 * {@code --mapping NAME}, {@code mignet specs}, {@code validate --mapping} as convert, and inspect
 * naming a spec.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class SpecsCliTest {

  @TempDir Path dir;

  static final Path STATS = TestFiles.shared().resolve("data/statistics");
  static final Path DEMOGRAPHICS =
      STATS.resolve("unhcr-refugee-statistics/unhcr-HDX_Demographics.csv");
  static final Path IMS_2020 =
      STATS.resolve(
          "un-desa-international-migrant-stock-2020/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx");

  @Test
  void convertFindsABundledSpecByItsName() throws Exception {
    Path out = dir.resolve("out.ndjson");
    CliRun run =
        CliRun.of(
            "convert",
            "--mapping",
            "unhcr-demographics",
            "--to",
            "ndjson",
            DEMOGRAPHICS.toString(),
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    long rows = Files.readAllLines(DEMOGRAPHICS).size() - 1;
    // 15 observations a row; consecutive rows are datasets of up to 1,000 (66 rows)
    long datasets = (rows + 65) / 66;
    assertThat(run.err())
        .contains("read " + datasets + ", written " + datasets + ", rejected 0")
        .contains("observations: read " + rows * 15 + ", written " + rows * 15 + ", rejected 0");
    assertThat(Files.readAllLines(out)).hasSize((int) datasets);
  }

  @Test
  void aMappingThatIsNeitherAFileNorABundledNameIsAUsageErrorListingTheNames() {
    CliRun run =
        CliRun.of(
            "convert",
            "--mapping",
            "eurostat-by-citizen",
            "--to",
            "ndjson",
            DEMOGRAPHICS.toString(),
            dir.resolve("o.ndjson").toString());
    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err())
        .contains("no such file and no bundled spec")
        .contains("eurostat-by-citizenship")
        .contains("unhcr-demographics");
    assertThat(dir.resolve("o.ndjson")).doesNotExist();
    CliRun validate =
        CliRun.of("validate", "--mapping", "nowhere/unhcr-demographics", DEMOGRAPHICS.toString());
    assertThat(validate.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
  }

  @Test
  void validateWithAMappingSniffsACsvAsConvertDoes() {
    CliRun csv = CliRun.of("validate", "--mapping", "unhcr-demographics", DEMOGRAPHICS.toString());
    assertThat(csv.exitCode()).as(csv.err() + csv.out()).isZero();
    // 1,139 rows of 15 observations, 66 rows a dataset
    assertThat(csv.out())
        .contains("18 records: 18 valid, 0 invalid")
        .contains("observations: 17085: 17085 valid, 0 invalid");
  }

  @Test
  void validateWithAMappingReadsAnXlsxWithoutFrom() {
    CliRun xlsx = CliRun.of("validate", "--mapping", "undesa-ims-2020", IMS_2020.toString());
    assertThat(xlsx.exitCode()).as(xlsx.err() + xlsx.out()).isZero();
    // 283 rows of 21 observations, 47 rows a dataset
    assertThat(xlsx.out())
        .contains("7 records: 7 valid, 0 invalid")
        .contains("observations: 5943: 5943 valid, 0 invalid");
  }

  @Test
  void validateRefusesAWorkbookOfAnotherEditionNamingTheCell() {
    CliRun wrong = CliRun.of("validate", "--mapping", "undesa-ims-2024", IMS_2020.toString());
    assertThat(wrong.exitCode()).isEqualTo(Mignet.INVALID);
    assertThat(wrong.out()).contains("MG-TAB-028").contains("C11");
  }

  @Test
  void specsListsEveryBundledSpecWithWhatItReadsAndMakes() throws Exception {
    CliRun text = CliRun.of("specs");
    assertThat(text.exitCode()).isZero();
    for (String name : MappingSpec.bundledNames()) {
      assertThat(text.out()).contains(name + "\n");
    }
    assertThat(text.out())
        .contains("Dataset records (UNDESA:IMS_STOCK_2020)")
        .contains("Incident records");
    CliRun json = CliRun.of("specs", "--json");
    JsonNode list = new ObjectMapper().readTree(json.out());
    List<String> names = new ArrayList<>();
    list.forEach(n -> names.add(n.get("name").asText()));
    assertThat(names).containsExactlyElementsOf(MappingSpec.bundledNames());
    assertThat(list)
        .allSatisfy(
            n -> {
              assertThat(n.get("reads").asText()).isNotBlank();
              assertThat(n.get("recordType").asText()).isNotBlank();
            });
  }

  @Test
  void inspectSaysWhichBundledSpecReadsTheFile() {
    CliRun run = CliRun.of("inspect", DEMOGRAPHICS.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("bundledSpec: unhcr-demographics reads this layout");
    CliRun none =
        CliRun.of(
            "inspect",
            TestFiles.shared()
                .resolve(
                    "data/statistics/eurostat-databrowser/estat-migr_eipre-sdmxcsv1-labels.csv")
                .toString());
    assertThat(none.out()).doesNotContain("bundledSpec");
  }
}

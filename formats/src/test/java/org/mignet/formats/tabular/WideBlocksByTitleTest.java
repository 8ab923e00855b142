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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.formats.ReadResult;

/**
 * Wide blocks found by their title in a row above the header ({@code "block": {"row": N, "title":
 * "…"}}): the columns under a title are read with that block's dimensions wherever the edition puts
 * them, and a title not found exactly once refuses the table naming it (MG-TAB-032), as the UN DESA
 * International Migrant Stock editions need (2019: titles in row 15 over the years of row 16; 2020
 * and 2024: titles in row 8).
 */
class WideBlocksByTitleTest {

  private static final String SPEC =
      "{\"mappingSpec\":\"1.0\",\"name\":\"ims\",\"dataflow\":\"D\","
          + "\"source\":{\"headerRow\":3},\"columns\":[{\"column\":\"Code\",\"to\":\"/dimensions/REF_AREA\"}],"
          + "\"wide\":["
          + "{\"block\":{\"row\":2,\"title\":\"Stock (both sexes)\"},\"dimension\":\"TIME_PERIOD\","
          + "\"headers\":\"^[0-9]{4}$\",\"set\":{\"SEX\":\"_T\"}},"
          + "{\"block\":{\"row\":2,\"title\":\"Stock (male)\"},\"dimension\":\"TIME_PERIOD\","
          + "\"headers\":\"^[0-9]{4}$\",\"set\":{\"SEX\":\"M\"}},"
          + "{\"block\":{\"row\":2,\"title\":\"Stock (female)\"},\"dimension\":\"TIME_PERIOD\","
          + "\"headers\":\"^[0-9]{4}$\",\"set\":{\"SEX\":\"F\"}}]}";

  private static List<Observation> observations(List<ReadResult> results) {
    List<Observation> out = new ArrayList<>();
    for (ReadResult r : results) {
      assertThat(r).as(r.issues().toString()).isInstanceOf(ReadResult.Ok.class);
      out.addAll(((Dataset) ((ReadResult.Ok) r).record()).observations());
    }
    return out;
  }

  private static BigDecimal value(List<Observation> obs, String sex, String year) {
    return obs.stream()
        .filter(
            o -> o.dimensions().equals(Map.of("REF_AREA", "900", "SEX", sex, "TIME_PERIOD", year)))
        .findFirst()
        .orElseThrow()
        .value()
        .orElseThrow();
  }

  @Test
  void readsEachBlockUnderItsTitleWhateverItsPlaceAndWidth() {
    // female first, then both sexes over three years, then male; titles are merged cells (only the
    // first filled)
    String csv =
        "International Migrant Stock\n"
            + ",Stock (female),,Stock (both sexes),,,Stock (male),\n"
            + "Code,1990,2000,1990,2000,2019,1990,2000\n"
            + "900,1,2,10,20,30,9,18\n";
    List<Observation> obs = observations(MappingSpecTestAccess.read(SPEC, csv));

    assertThat(obs).hasSize(7);
    assertThat(value(obs, "F", "1990")).isEqualByComparingTo("1");
    assertThat(value(obs, "F", "2000")).isEqualByComparingTo("2");
    assertThat(value(obs, "_T", "2019")).isEqualByComparingTo("30");
    assertThat(value(obs, "M", "1990")).isEqualByComparingTo("9");
    assertThat(value(obs, "M", "2000")).isEqualByComparingTo("18");
  }

  @Test
  void refusesATableWhoseBlockTitleIsNotThereNamingIt() {
    String csv =
        "International Migrant Stock\n"
            + ",Stock (both sexes),,Stock (males),,Stock (female),\n"
            + "Code,1990,2000,1990,2000,1990,2000\n"
            + "900,10,20,9,18,1,2\n";
    List<ReadResult> results = MappingSpecTestAccess.read(SPEC, csv);

    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r).isInstanceOf(ReadResult.Failed.class);
              assertThat(r.issues())
                  .singleElement()
                  .satisfies(
                      i -> {
                        assertThat(i.ruleId().value()).isEqualTo("MG-TAB-032");
                        assertThat(i.arguments()).containsExactly("ims", "Stock (male)", 2, 0);
                      });
            });
  }

  @Test
  void refusesATableWithABlockTitleTwice() {
    String csv =
        "x\n,Stock (both sexes),Stock (male),Stock (female),Stock (male)\nCode,1990,1990,1990,1990\n"
            + "900,1,2,3,4\n";
    List<ReadResult> results = MappingSpecTestAccess.read(SPEC, csv);
    assertThat(results)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.issues())
                    .singleElement()
                    .satisfies(
                        i ->
                            assertThat(i.arguments())
                                .containsExactly("ims", "Stock (male)", 2, 2)));
  }

  /**
   * The shipped 2019 spec on its layout as the spec describes it (the 2019 workbook is not in the
   * test data).
   */
  @Test
  void theShipped2019SpecReadsTheBlocksByTheirTitlesInRow15() {
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= 14; i++) {
      csv.append(i == 1 ? "International migrant stock 2019" : "(title rows)").append('\n');
    }
    csv.append(
            ",Major area, region, country or area of destination,Notes,Code,Type of data (a),"
                .replace(
                    "Major area, region, country or area of destination",
                    "\"Major area, region, country or area of destination\""))
        .append(
            "International migrant stock at mid-year (male),,International migrant stock at mid-year (both sexes),,"
                + "International migrant stock at mid-year (female),\n");
    csv.append(",,,,,1990,2019,1990,2019,1990,2019\n");
    csv.append("1,WORLD,,900,,100,200,210,400,110,200\n");
    MappingSpec spec = MappingSpec.bundled("undesa-ims-2019").orElseThrow();
    List<Observation> obs = observations(MappingSpecTestAccess.read(spec, csv.toString()));

    assertThat(obs).hasSize(6);
    assertThat(value(obs, "M", "1990")).isEqualByComparingTo("100");
    assertThat(value(obs, "_T", "2019")).isEqualByComparingTo("400");
    assertThat(value(obs, "F", "1990")).isEqualByComparingTo("110");
  }
}

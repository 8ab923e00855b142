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

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.formats.ReadResult;

/**
 * A mapped table reuses what a cell gave when the same cell repeats in the next row, and reads
 * whole numbers without the general number path: both must give what reading each cell afresh
 * gives.
 */
class RepeatedCellsTest {

  private static final String SPEC =
      "{\"mappingSpec\":\"1.0\",\"name\":\"r\",\"dataflow\":\"D\",\"missingValues\":[\":\"],"
          + "\"missingStatus\":\"M\",\"number\":{\"grouping\":\",\",\"decimal\":\".\"},"
          + "\"columns\":["
          + "{\"column\":\"geo\",\"to\":\"/dimensions/REF_AREA\",\"codeList\":\"iso3166\",\"required\":true},"
          + "{\"column\":\"sex\",\"to\":\"/dimensions/SEX\",\"values\":{\"Males\":\"M\"},\"strictValues\":false},"
          + "{\"column\":\"unit\",\"to\":\"/unit\"},"
          + "{\"column\":\"v\",\"to\":\"/value\"},"
          + "{\"column\":\"f\",\"to\":\"/status\",\"flags\":{\"p\":\"P\"}}]}";

  private static Observation observation(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    return ((Dataset) ((ReadResult.Ok) r).record()).observations().get(0);
  }

  @Test
  void aCellRepeatedFromTheRowBeforeGivesWhatItGaveThere() {
    List<ReadResult> rows =
        MappingSpecTestAccess.read(
            SPEC,
            "geo,sex,unit,v,f\n"
                + "France,Males,PS,1,p\n"
                + "France,Males,PS,2,p\n"
                + " France ,Females,PS,:,\n"
                + " France ,Females,PS,:,\n");
    assertThat(rows).hasSize(4);
    for (int i = 0; i < 2; i++) {
      Observation o = observation(rows.get(i));
      assertThat(o.dimensions()).containsEntry("REF_AREA", "FRA").containsEntry("SEX", "M");
      assertThat(o.unit()).contains("PS");
      assertThat(o.status()).contains("P");
      assertThat(o.value()).contains(BigDecimal.valueOf(i + 1L));
    }
    for (int i = 2; i < 4; i++) {
      Observation o = observation(rows.get(i));
      assertThat(o.dimensions()).containsEntry("REF_AREA", "FRA").containsEntry("SEX", "Females");
      assertThat(o.value()).isEmpty();
      assertThat(o.status()).contains("M");
    }
  }

  @Test
  void missingValuesAreFoundWhateverTheirFirstCharAndOnlyWhenWhole() {
    // missing markers of several publishers: a dash (which starts a negative figure too), a
    // two-char one, a non-ASCII one (an en dash), and one that begins as another does
    String spec =
        SPEC.replace(
            "\"missingValues\":[\":\"]",
            "\"missingValues\":[\":\",\"-\",\"..\",\"\u2013\",\"\u2013 x\",\"n/a\"]");
    List<ReadResult> rows =
        MappingSpecTestAccess.read(
            spec,
            "geo,sex,unit,v,f\n"
                + "France,Males,PS,-,\n"
                + "France,Males,PS,-3,\n"
                + "France,Males,PS,..,\n"
                + "France,Males,PS,\u2013,\n"
                + "France,Males,PS,\u2013 x,\n"
                + "France,Males,PS,n/a,\n"
                + "France,Males,PS,:,\n"
                + "France,Males,PS,4,\n");
    assertThat(rows).hasSize(8);
    for (int i : new int[] {0, 2, 3, 4, 5, 6}) {
      Observation o = observation(rows.get(i));
      assertThat(o.value()).as("row %d", i).isEmpty();
      assertThat(o.status()).as("row %d", i).contains("M");
    }
    assertThat(observation(rows.get(1)).value()).contains(BigDecimal.valueOf(-3));
    assertThat(observation(rows.get(7)).value()).contains(BigDecimal.valueOf(4));
    assertThat(observation(rows.get(7)).status()).isEmpty();
  }

  @Test
  void aRepeatedCellThatFailedFailsAgainInEveryRow() {
    List<ReadResult> rows =
        MappingSpecTestAccess.read(
            SPEC,
            "geo,sex,unit,v,f\n"
                + ":,Males,PS,1,\n"
                + ":,Males,PS,1,\n"
                + "France,Males,PS,1,q\n"
                + "France,Males,PS,1,q\n"
                + "France,Males,PS,1,\n");
    assertThat(rows).hasSize(5);
    for (int i = 0; i < 2; i++) {
      assertThat(rows.get(i)).isInstanceOf(ReadResult.Failed.class);
      assertThat(rows.get(i).issues())
          .anySatisfy(x -> assertThat(x.ruleId().value()).isEqualTo("MG-TAB-010"));
    }
    for (int i = 2; i < 4; i++) {
      assertThat(rows.get(i)).isInstanceOf(ReadResult.Failed.class);
      assertThat(rows.get(i).issues())
          .anySatisfy(x -> assertThat(x.ruleId().value()).isEqualTo("MG-TAB-012"));
    }
    assertThat(observation(rows.get(4)).status()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "007",
        "1,405",
        " 12 ",
        "1 234",
        "1\u00a0234",
        "-3",
        "- 3",
        "5-3",
        "--5",
        "+5",
        "-",
        "",
        ",",
        "1.5",
        "1,405.25",
        "999999999999999999",
        "9999999999999999999",
        "123456789012345678901234",
        "\u0661\u0662",
        "1e3",
        "0x10",
        "12a"
      })
  void readsAWholeNumberAsTheGeneralPathReadsIt(String cell) {
    SpecModel comma = spec(",", ".");
    SpecModel dot = spec(".", ",");
    assertThat(comma.number(cell)).isEqualTo(reference(cell, ',', '.'));
    assertThat(dot.number(cell)).isEqualTo(reference(cell, '.', ','));
  }

  private static SpecModel spec(String grouping, String decimal) {
    String json =
        "{\"mappingSpec\":\"1.0\",\"name\":\"n\",\"dataflow\":\"D\",\"number\":{\"grouping\":\""
            + grouping
            + "\",\"decimal\":\""
            + decimal
            + "\"},\"columns\":[{\"column\":\"v\",\"to\":\"/value\"}]}";
    return MappingSpec.parse(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "spec.json")
        .model();
  }

  /** What the spec's number form means: separators and spaces dropped, then Java's BigDecimal. */
  private static BigDecimal reference(String cell, char grouping, char decimal) {
    StringBuilder b = new StringBuilder();
    for (char ch : cell.toCharArray()) {
      if (ch == grouping || ch == ' ' || ch == '\u00a0' || ch == '\u202f') {
        continue;
      }
      b.append(ch == decimal ? '.' : ch);
    }
    try {
      return new BigDecimal(b.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Test
  void anOtherColumnRepeatedFromTheRowBeforeGivesWhatItGaveThere() {
    String spec =
        "{\"mappingSpec\":\"1.0\",\"name\":\"o\",\"dataflow\":\"D\","
            + "\"otherColumns\":\"dimension\",\"columns\":["
            + "{\"column\":\"geo\",\"to\":\"/dimensions/REF_AREA\"},"
            + "{\"column\":\"v\",\"to\":\"/value\"}]}";
    // rows of other widths in between: a missing other cell is absent, not the row before's
    List<ReadResult> rows =
        MappingSpecTestAccess.read(
            spec,
            "geo,v,REASON,AGE\n"
                + "DEU,1, Total ,Y1\n"
                + "DEU,2, Total ,Y1\n"
                + "DEU,3,Other\n"
                + "DEU,4,Other,Y2\n"
                + "DEU,5,,Y2\n");
    List<java.util.Map<String, String>> dims =
        rows.stream()
            .flatMap(r -> ((Dataset) ((ReadResult.Ok) r).record()).observations().stream())
            .map(Observation::dimensions)
            .toList();
    assertThat(dims)
        .containsExactly(
            java.util.Map.of("REF_AREA", "DEU", "REASON", "Total", "AGE", "Y1"),
            java.util.Map.of("REF_AREA", "DEU", "REASON", "Total", "AGE", "Y1"),
            java.util.Map.of("REF_AREA", "DEU", "REASON", "Other"),
            java.util.Map.of("REF_AREA", "DEU", "REASON", "Other", "AGE", "Y2"),
            java.util.Map.of("REF_AREA", "DEU", "AGE", "Y2"));
    assertThat(dims.get(0).keySet()).containsExactly("REF_AREA", "REASON", "AGE");
  }
}

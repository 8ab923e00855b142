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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * A statistics table read through a spec gives datasets of consecutive rows, as SDMX-CSV does, not
 * one dataset per row: a writer then sees the table's data sets (one SDMX {@code DataSet}, not one
 * per row). A rejected row stands on its own, in the order of the rows.
 */
class MappedDatasetsTest {

  private static final String LONG =
      "{\"mappingSpec\":\"1.0\",\"name\":\"s\",\"dataflow\":\"D\",\"columns\":["
          + "{\"column\":\"Year\",\"to\":\"/dimensions/TIME_PERIOD\"},"
          + "{\"column\":\"Country\",\"to\":\"/dimensions/REF_AREA\",\"codeList\":\"iso3166\"},"
          + "{\"column\":\"Value\",\"to\":\"/value\"}]}";

  private static List<ReadResult> read(String spec, String csv, String name) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Mapping.read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            name,
            MappingSpec.parse(
                new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), "spec.json"))) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static Dataset dataset(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    return (Dataset) ((ReadResult.Ok) r).record();
  }

  private static List<String> values(Dataset d) {
    return d.observations().stream().map(o -> o.value().orElseThrow().toPlainString()).toList();
  }

  @Test
  void consecutiveRowsBecomeOneDatasetLocatedAndNamedByItsFirstRow() {
    List<ReadResult> r =
        read(LONG, "Year,Country,Value\n2020,Kenya,1\n2020,Uganda,2\n2021,Kenya,3\n", "t.csv");

    assertThat(r).hasSize(1);
    Dataset d = dataset(r.get(0));
    assertThat(values(d)).containsExactly("1", "2", "3");
    assertThat(d.dimensionIds()).containsExactly("TIME_PERIOD", "REF_AREA");
    assertThat(d.observations().get(1).dimensions())
        .containsEntry("TIME_PERIOD", "2020")
        .containsEntry("REF_AREA", "UGA");
    assertThat(d.meta().identifier().value()).isEqualTo("t.csv#2");
    assertThat(r.get(0).location().lineNumber()).hasValue(2);
  }

  @Test
  void aRejectedRowClosesTheOpenDatasetSoResultsKeepTheOrderOfTheRows() {
    List<ReadResult> r =
        read(
            LONG,
            "Year,Country,Value\n2020,Kenya,1\n2020,Uganda,2\n2020,Atlantis,3\n"
                + "2021,Kenya,4\n2021,Uganda,5\n",
            "t.csv");

    assertThat(r).hasSize(3);
    assertThat(values(dataset(r.get(0)))).containsExactly("1", "2");
    assertThat(r.get(1)).isInstanceOf(ReadResult.Failed.class);
    assertThat(r.get(1).location().lineNumber()).hasValue(4);
    assertThat(r.get(1).issues())
        .anySatisfy(i -> assertThat(i.ruleId().value()).isEqualTo("MG-TAB-008"));
    assertThat(values(dataset(r.get(2)))).containsExactly("4", "5");
    assertThat(r.get(2).location().lineNumber()).hasValue(5);
    assertThat(dataset(r.get(2)).meta().identifier().value()).isEqualTo("t.csv#5");
  }

  @Test
  void aDatasetHoldsAtMostAThousandObservationsAndNeverSplitsARow() {
    // three observations a row (a wide table): 333 rows make 999, the 334th opens the next dataset
    String wide =
        "{\"mappingSpec\":\"1.0\",\"name\":\"w\",\"dataflow\":\"D\",\"columns\":["
            + "{\"column\":\"Country\",\"to\":\"/dimensions/REF_AREA\"}],"
            + "\"wide\":[{\"columns\":\"B:D\",\"dimension\":\"TIME_PERIOD\"}]}";
    StringBuilder csv = new StringBuilder("Country,2019,2020,2021\n");
    int rows = 700;
    for (int i = 0; i < rows; i++) {
      csv.append("C").append(i).append(',').append(i).append(',').append(i).append(',').append(i);
      csv.append('\n');
    }

    List<ReadResult> r = read(wide, csv.toString(), "t.csv");

    assertThat(r).hasSize(3);
    List<Integer> sizes = r.stream().map(x -> dataset(x).observations().size()).toList();
    assertThat(sizes).containsExactly(999, 999, 102);
    assertThat(r.get(1).location().lineNumber()).hasValue(335);
    List<Observation> all = r.stream().flatMap(x -> dataset(x).observations().stream()).toList();
    assertThat(all).hasSize(3 * rows);
    assertThat(all.get(3 * 333).dimensions()).containsEntry("REF_AREA", "C333");
  }

  @Test
  void aRowRepeatingAKeyOfTheOpenDatasetStartsTheNextSoADatasetHoldsEachKeyOnce() {
    // as the DTM's rows that differ only by an attribute (the origin)
    List<ReadResult> r =
        read(
            LONG,
            "Year,Country,Value\n2020,Kenya,1\n2020,Uganda,2\n2020,Kenya,3\n2021,Kenya,4\n",
            "t.csv");

    assertThat(r).hasSize(2);
    assertThat(values(dataset(r.get(0)))).containsExactly("1", "2");
    assertThat(values(dataset(r.get(1)))).containsExactly("3", "4");
    assertThat(r.get(1).location().lineNumber()).hasValue(4);
  }

  @Test
  void rowsWithOtherDimensionsOrMetadataStartAnotherDataset() {
    String spec =
        "{\"mappingSpec\":\"1.0\",\"name\":\"m\",\"dataflow\":\"D\","
            + "\"recordMeta\":{\"sourceOrganization\":{\"column\":\"Publisher\"}},\"columns\":["
            + "{\"column\":\"Year\",\"to\":\"/dimensions/TIME_PERIOD\"},"
            + "{\"column\":\"Sex\",\"to\":\"/dimensions/SEX\",\"required\":false},"
            + "{\"column\":\"Value\",\"to\":\"/value\"}]}";
    List<ReadResult> r =
        read(
            spec,
            "Year,Sex,Value,Publisher\n2020,F,1,UNHCR\n2020,M,2,UNHCR\n2021,F,3,IOM\n"
                + "2021,,4,IOM\n2022,,5,IOM\n",
            "t.csv");

    assertThat(r).hasSize(3);
    assertThat(values(dataset(r.get(0)))).containsExactly("1", "2");
    assertThat(dataset(r.get(0)).meta().sourceOrganization()).hasValue("UNHCR");
    assertThat(values(dataset(r.get(1)))).containsExactly("3");
    assertThat(dataset(r.get(1)).meta().sourceOrganization()).hasValue("IOM");
    assertThat(values(dataset(r.get(2)))).containsExactly("4", "5");
    assertThat(dataset(r.get(2)).dimensionIds()).containsExactly("TIME_PERIOD");
  }

  @Test
  void aSpecNamesTheDataflowFromTheFileNameEvenWhenTheSourceIsAPath() {
    String spec =
        "{\"mappingSpec\":\"1.0\",\"name\":\"e\",\"dataflow\":\"ESTAT:{1}\","
            + "\"dataflowFromSource\":\"^(migr_[a-z0-9]+?)_\",\"columns\":["
            + "{\"column\":\"Year\",\"to\":\"/dimensions/TIME_PERIOD\"},"
            + "{\"column\":\"Value\",\"to\":\"/value\"}]}";
    for (String name :
        List.of(
            "migr_eirfs_Data.csv",
            "/data/eurostat/migr_eirfs_Data.csv",
            "C:\\in\\migr_eirfs_x.csv")) {
      List<ReadResult> r = read(spec, "Year,Value\n2020,1\n", name);

      assertThat(dataset(r.get(0)).dataflow()).as(name).isEqualTo("ESTAT:migr_eirfs");
    }
  }
}

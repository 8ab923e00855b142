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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * UNHCR's end-year totals as other editions publish them: VDA before OIP replaced it, HST where
 * host communities are counted, names beside the codes. Read by header text; a population type the
 * spec must have refuses the file when missing; a column left out is said.
 */
class UnhcrEditionsTest {

  private final List<ReadResult> results = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();

  private void read(String csv) throws Exception {
    // one dataset per row, so that a test sees what each row became
    try (RecordReader r =
        new MappedReader(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "totals.csv",
                MappingSpec.bundled("unhcr-population-totals").orElseThrow(),
                null,
                null)
            .datasetPerRow()) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        results.add(res);
        issues.addAll(res.issues());
      }
    }
  }

  private Map<String, BigDecimal> byType(int result) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    Dataset d = (Dataset) ((ReadResult.Ok) results.get(result)).record();
    for (Observation o : d.observations()) {
      out.put(o.dimensions().get("POP_TYPE"), o.value().orElseThrow());
    }
    return out;
  }

  @Test
  void readsAnEditionWithVenezuelansDisplacedAbroadInsteadOfOip() throws Exception {
    read(
        "\"Year\",\"ISO3CoO\",\"ISO3CoA\",\"REF\",\"ASY\",\"IDP\",\"OOC\",\"STA\",\"VDA\"\n"
            + "2020,\"VEN\",\"COL\",1000,20,0,0,0,1700000\n");
    assertThat(results).singleElement().isInstanceOf(ReadResult.Ok.class);
    assertThat(byType(0))
        .containsExactly(
            Map.entry("REF", new BigDecimal("1000")),
            Map.entry("IDP", BigDecimal.ZERO),
            Map.entry("ASY", new BigDecimal("20")),
            Map.entry("OOC", BigDecimal.ZERO),
            Map.entry("STA", BigDecimal.ZERO),
            Map.entry("VDA", new BigDecimal("1700000")));
  }

  @Test
  void readsHostCommunitiesWhereTheEditionCountsThem() throws Exception {
    read(
        "Year,ISO3CoO,ISO3CoA,REF,IDP,ASY,OOC,STA,OIP,HST\n"
            + "2023,SSD,UGA,900,0,5,0,0,3,12000\n");
    assertThat(byType(0))
        .containsEntry("OIP", new BigDecimal("3"))
        .containsEntry("HST", new BigDecimal("12000"))
        .hasSize(7);
  }

  @Test
  void refusesAFileWithoutAPopulationTypeEveryEditionHas() throws Exception {
    read("Year,ISO3CoO,ISO3CoA,IDP,ASY,OOC,STA,OIP\n2023,SSD,UGA,0,5,0,0,3\n");
    assertThat(results).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("MG-TAB-005");
              assertThat(i.arguments()).containsExactly("REF");
            });
  }

  @Test
  void saysOnceWhichColumnsOfTheFileItLeavesOut() throws Exception {
    read(
        "Year,ISO3CoO,ISO3CoA,CoO_name,CoA_name,REF,IDP,ASY,OOC,STA,OIP\n"
            + "2023,SSD,UGA,South Sudan,Uganda,900,0,5,0,0,3\n"
            + "2023,COD,UGA,DR Congo,Uganda,500,0,1,0,0,0\n");
    assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Ok);
    // the first column left out is named, the others counted (a header may have a million)
    assertThat(results.get(0).issues())
        .extracting(i -> i.ruleId().value() + " " + i.arguments().get(0))
        .containsExactly(
            "MG-TAB-015 CoO_name",
            "%s 1".formatted(org.mignet.formats.internal.TabularRules.MORE_COLUMNS));
    assertThat(results.get(1).issues()).isEmpty();
  }

  @Test
  void aSpecWhoseOptionalColumnsAreNotAllNamedIsRefused() {
    String spec =
        "{\"mappingSpec\":\"1.0\",\"name\":\"x\",\"dataflow\":\"X:Y\",\"source\":{\"headerRow\":1},"
            + "\"columns\":[{\"column\":\"Year\",\"to\":\"/dimensions/TIME_PERIOD\"}],"
            + "\"wide\":[{\"named\":{\"A\":{\"T\":\"A\"}},\"optional\":[\"B\"]}]}";
    assertThatThrownBy(
            () ->
                MappingSpec.parse(
                    new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), "x.json"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("optional");
  }
}

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * The DTM spec finds its columns by hashtag: names beside P-codes are left out on purpose (an
 * ignoreColumns tag pattern), any other column it does not map is said, never dropped silently.
 */
class DtmSpecColumnsTest {

  private static List<ReadResult> read(String csv) throws Exception {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Mapping.read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            "dtm.csv",
            MappingSpec.bundled("iom-dtm-hxl").orElseThrow())) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static final String HEADER =
      "Country,ISO3,Admin 1,Admin 1 P-code,Origin admin 1,Date,IDPs,Id\n"
          + "#country+name,#country+code,#adm1+name,#adm1+code,#adm1+name+origin,#date+reported,"
          + "#affected+idps,#id+code\n";

  @Test
  void leavesOutPlaceNamesOnPurposeAndKeepsTheRowId() throws Exception {
    List<ReadResult> results = read(HEADER + "Haiti,HTI,Ouest,HT01,Nord,2024-03-01,1200,77\n");
    assertThat(results).singleElement().isInstanceOf(ReadResult.Ok.class);
    assertThat(results.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .doesNotContain("MG-TAB-015");
    Dataset d = (Dataset) ((ReadResult.Ok) results.get(0)).record();
    assertThat(d.observations().get(0).dimensions())
        .containsEntry("REF_AREA", "HTI")
        .containsEntry("ADM1", "HT01");
    assertThat(d.observations().get(0).attributes()).containsEntry("DTM_ID", "77");
  }

  @Test
  void saysWhichColumnItDoesNotMap() throws Exception {
    List<ReadResult> results =
        read(
            HEADER
                    .replace("IDPs,Id\n", "IDPs,Id,Households\n")
                    .replace("#id+code\n", "#id+code,#affected+hh\n")
                + "Haiti,HTI,Ouest,HT01,Nord,2024-03-01,1200,77,300\n");
    assertThat(results.get(0).issues())
        .filteredOn(i -> i.ruleId().value().equals("MG-TAB-015"))
        .singleElement()
        .satisfies(i -> assertThat(i.arguments().get(0)).isEqualTo("Households"));
  }

  @Test
  void refusesAnIgnoreColumnsPatternThatIsNoHxlTagWhenTheSpecLoads() throws Exception {
    String spec;
    try (var in =
        MappingSpec.class.getResourceAsStream(
            "/org/mignet/formats/tabular/mappings/iom-dtm-hxl.json")) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(spec).contains("\"ignoreColumns\"");
    String broken =
        spec.replaceFirst("\"ignoreColumns\"\\s*:\\s*\\[", "\"ignoreColumns\": [\"#adm1++name\", ");
    assertThat(broken).isNotEqualTo(spec);
    assertThatThrownBy(
            () ->
                MappingSpec.parse(
                    new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "dtm.json"))
        .isInstanceOf(org.mignet.core.ParseException.class)
        .hasMessageContaining("ignoreColumns")
        .hasMessageContaining("#adm1++name");
  }
}

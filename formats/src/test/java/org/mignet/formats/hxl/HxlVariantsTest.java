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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * The {@code hxl} reader on variants the HXL 1.1 hashtag specification (hxlstandard.org) and libhxl
 * allow or refuse, each written out here as the smallest table that shows it.
 */
class HxlVariantsTest {

  private static List<ReadResult> read(String table) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named("hxl")
            .reader(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "t.csv")) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<Dataset> datasets(List<ReadResult> results) {
    return results.stream()
        .filter(r -> r instanceof ReadResult.Ok)
        .map(r -> (Dataset) ((ReadResult.Ok) r).record())
        .toList();
  }

  private static List<Issue> issues(List<ReadResult> results, String rule) {
    return results.stream()
        .flatMap(r -> r.issues().stream())
        .filter(i -> i.ruleId().value().equals(rule))
        .toList();
  }

  @Test
  void whitespaceInsideAHashtagLeavesTheColumnUntaggedRatherThanReadingItAsAnotherTag() {
    // libhxl: whitespace is allowed around a tag spec and before +, never inside a hashtag; "#adm
    // 1"
    // was read as #adm1, a place dimension the publisher never tagged
    List<ReadResult> r = read("#adm 1,#affected\nA,1\n");
    assertThat(datasets(r))
        .singleElement()
        .satisfies(d -> assertThat(d.dimensionIds()).containsExactly("MEASURE"));
    assertThat(issues(r, "MG-HXL-002"))
        .singleElement()
        .satisfies(i -> assertThat(i.message()).contains("Column 1", "#adm 1"));
    assertThat(HxlTag.tryParse("#affected children")).isEmpty();
    assertThat(HxlTag.tryParse("# affected")).isEmpty();
  }

  @Test
  void tabsAndSpacesAroundPlusAreAllowedAsLibhxlAllowsThem() {
    List<ReadResult> r = read("#affected\t+f,#affected +m\n1,2\n");
    assertThat(datasets(r).get(0).observations())
        .extracting(o -> o.dimensions().get("SEX") + "=" + o.value().orElseThrow())
        .containsExactly("F=1", "M=2");
    assertThat(HxlTag.parse(" #Adm1\t+Code ").toString()).isEqualTo("#adm1+code");
  }

  @Test
  void oneTagWithItsAttributesInAnotherOrderIsOneColumnReadOnceNotTwo() {
    // HXL attributes are a set: the second column repeats the first, as an identical spec would
    List<ReadResult> r =
        read(
            "#adm1+code+origin,#adm1+origin+code,#affected+idps+refugees,#affected+refugees+idps\n"
                + "A,B,1,2\n");
    Dataset d = datasets(r).get(0);
    assertThat(d.dimensionIds()).containsExactly("ADM1_CODE_ORIGIN", "MEASURE");
    assertThat(d.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.dimensions()).containsEntry("ADM1_CODE_ORIGIN", "A");
              assertThat(o.value())
                  .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
            });
    assertThat(issues(r, "MG-HXL-007"))
        .extracting(i -> i.location().column())
        .containsExactly(2L, 4L);
  }

  @Test
  void hxlJsonObjectsMaySpellATagOtherwiseThanTheFirstObjectDid() {
    List<ReadResult> r =
        read(
            "[{\"#affected +f\": 1, \"#country+code\": \"KEN\"}, "
                + "{\"#Affected+F\": 2, \"#country +code\": \"UGA\"}]");
    assertThat(datasets(r).get(0).observations())
        .extracting(o -> o.dimensions().get("REF_AREA") + "=" + o.value().orElseThrow())
        .containsExactly("KEN=1", "UGA=2");
    assertThat(issues(r, "MG-HXL-014")).isEmpty();
    // two spellings of one tag in one object: which holds the cell cannot be known
    List<ReadResult> twice =
        read(
            "[{\"#affected+f\": 1, \"#country+code\": \"KEN\"}, "
                + "{\"#affected+f\": 2, \"#affected +f\": 3, \"#country+code\": \"UGA\"}]");
    assertThat(issues(twice, "MG-TAB-023")).hasSize(1);
    assertThat(datasets(twice).stream().flatMap(d -> d.observations().stream()))
        .extracting(o -> o.dimensions().get("REF_AREA"))
        .doesNotContain("UGA");
  }
}

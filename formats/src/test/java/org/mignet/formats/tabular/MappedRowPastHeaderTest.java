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
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.TabularRules;

/**
 * A row of a mapped table with a value past the columns its header names (a stray delimiter in an
 * HDX or Eurostat file edited by hand) is refused naming the column, not read with the value
 * dropped; an empty cell there (a trailing delimiter) holds nothing and is read.
 */
class MappedRowPastHeaderTest {

  private static final String SPEC =
      """
      {"mappingSpec": "1.0", "name": "t", "dataflow": "D",
       "columns": [{"column": "geo", "to": "/dimensions/REF_AREA", "codeList": "iso3166"},
                   {"column": "year", "to": "/dimensions/TIME_PERIOD"},
                   {"column": "v", "to": "/value"}]}""";

  private static List<ReadResult> read(String csv) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Mapping.read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            "t.csv",
            MappingSpec.parse(
                new ByteArrayInputStream(SPEC.getBytes(StandardCharsets.UTF_8)), "spec.json"))) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void refusesARowWithAValuePastTheHeaderAndReadsTheOthers() {
    List<ReadResult> r = read("geo,year,v\nFRA,2020,5\nDEU,2020,7,12\nITA,2020,9,\n");
    List<Issue> past =
        r.stream()
            .flatMap(x -> x.issues().stream())
            .filter(i -> i.ruleId().value().equals(TabularRules.PAST_HEADER))
            .toList();
    assertThat(past)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.location().line()).isEqualTo(3);
              assertThat(i.location().column()).isEqualTo(4);
            });
    int observations =
        r.stream()
            .filter(x -> x instanceof ReadResult.Ok ok && ok.record() instanceof Dataset)
            .mapToInt(x -> ((Dataset) ((ReadResult.Ok) x).record()).observations().size())
            .sum();
    assertThat(observations).isEqualTo(2);
  }
}

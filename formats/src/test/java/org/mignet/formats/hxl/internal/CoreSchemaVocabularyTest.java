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
package org.mignet.formats.hxl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.SourceLocation;
import org.mignet.formats.tabular.SharedData;

/**
 * The roles mignet gives hashtags and attributes agree with the HXL core schema as published
 * ({@code ../shared/data/hxl/hxl-core-schema}, read here as vocabulary): every released hashtag has
 * one role, the number hashtags are measures, the Places hashtags are places, the SADD attributes
 * are sex, age or unit.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class CoreSchemaVocabularyTest {

  private static List<List<String>> rows(String name) throws IOException {
    Path f = SharedData.data("hxl/hxl-core-schema").resolve(name);
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> out = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(f.toFile())) {
      it.forEachRemaining(r -> out.add(List.of(r)));
    }
    return out;
  }

  @Test
  void everyReleasedCoreHashtagHasExactlyOneRoleAndNumbersAreMeasures() throws IOException {
    List<List<String>> rows = rows("hashtag.hxl.csv");
    assertThat(rows.get(0)).startsWith("#valid_tag");
    int status = rows.get(0).indexOf("#status");
    int datatype = rows.get(0).indexOf("#valid_datatype");
    int category = rows.get(0).indexOf("#meta+category");
    Set<String> numbers = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      String tag = r.get(0);
      if (r.get(status).equals("Rejected")) {
        assertThat(ColumnPlan.of(List.of(tag), List.of(), 1, SourceLocation.of("t")).issues())
            .extracting(i -> i.ruleId().value())
            .containsExactly("MG-HXL-005");
        continue;
      }
      int roles =
          (ColumnPlan.MEASURES.contains(tag) ? 1 : 0)
              + (ColumnPlan.PLACES.contains(tag) ? 1 : 0)
              + (ColumnPlan.CLASSIFICATIONS.contains(tag) ? 1 : 0)
              + (ColumnPlan.FREE_TEXT.contains(tag) ? 1 : 0)
              + (tag.equals("#date") ? 1 : 0);
      assertThat(roles).as(tag).isEqualTo(1);
      if (r.get(datatype).equals("number")) {
        numbers.add(tag);
      }
      if (r.get(category).startsWith("1.1.")) {
        places.add(tag);
      }
    }
    assertThat(numbers).hasSize(6);
    assertThat(ColumnPlan.MEASURES).containsAll(numbers);
    assertThat(ColumnPlan.PLACES).isEqualTo(places);
  }

  @Test
  void everySexAndAgeAttributeOfTheCoreSchemaIsASexAnAgeOrAUnit() throws IOException {
    List<List<String>> rows = rows("attribute.hxl.csv");
    int category = rows.get(0).indexOf("#meta+category");
    List<String> sadd =
        rows.subList(1, rows.size()).stream()
            .filter(r -> r.get(category).startsWith("2.1."))
            .map(r -> r.get(0).substring(1))
            .toList();
    assertThat(sadd).contains("f", "m", "children", "adults", "elderly", "infants");
    for (String a : sadd) {
      boolean unit = Set.of("hh", "i", "ind").contains(a);
      assertThat(ColumnPlan.SEXES.containsKey(a) || ColumnPlan.AGES.contains(a) || unit)
          .as(a)
          .isTrue();
    }
  }

  @Test
  void namesDimensionsMeasuresAndBreakdownsOfTheDtmHashtagRow() {
    List<String> tags =
        List.of(
            "#country+name",
            "#country+code",
            "#adm1+code",
            "#adm1+code+origin",
            "#date+reported",
            "#date+year+reported",
            "#affected+idps",
            "#affected+idps+m",
            "#affected+idps+f",
            "#affected+children+f",
            "#inneed+m+f",
            "#sector+cluster",
            "#contact+phone",
            "#round+code",
            "");
    ColumnPlan plan =
        ColumnPlan.of(tags, List.of(), tags.size(), SourceLocation.of("t").withLine(2, 0));
    assertThat(plan.dimensions())
        .containsExactly(
            "REF_AREA",
            "ADM1_CODE",
            "ADM1_CODE_ORIGIN",
            "TIME_PERIOD",
            "DATE_YEAR_REPORTED",
            "SECTOR_CLUSTER",
            "MEASURE",
            "SEX",
            "AGE");
    assertThat(plan.roles().get(0).kind()).isEqualTo(ColumnPlan.Kind.ATTRIBUTE);
    assertThat(plan.roles().get(7))
        .satisfies(
            r -> {
              assertThat(r.measure()).isEqualTo("#affected+idps");
              assertThat(r.sex()).isEqualTo("M");
              assertThat(r.age()).isEqualTo("_T");
            });
    assertThat(plan.roles().get(9).age()).isEqualTo("children");
    assertThat(plan.issues())
        .extracting(i -> i.ruleId().value() + ":" + i.location().columnNumber().orElse(0))
        .containsExactly("MG-HXL-008:11", "MG-HXL-006:13", "MG-HXL-005:14");
  }
}

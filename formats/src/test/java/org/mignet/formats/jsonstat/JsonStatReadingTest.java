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
package org.mignet.formats.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * The {@code json-stat} reader on the variants the JSON-stat 2.0 and 1.x texts allow
 * (json-stat.org/full), each written out here as the smallest document that shows it.
 */
class JsonStatReadingTest {

  private static List<ReadResult> read(String json) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named("json-stat")
            .reader(
                new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)),
                "t.json")) {
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

  private static List<Observation> observations(List<ReadResult> results) {
    return datasets(results).stream().flatMap(d -> d.observations().stream()).toList();
  }

  private static List<Issue> issues(List<ReadResult> results) {
    return results.stream().flatMap(r -> r.issues().stream()).toList();
  }

  private static List<String> rules(List<ReadResult> results) {
    return issues(results).stream().map(ri -> ri.ruleId().value()).toList();
  }

  private static Issue only(List<ReadResult> results, String rule) {
    List<Issue> found =
        issues(results).stream().filter(i -> i.ruleId().value().equals(rule)).toList();
    assertThat(found).as(rule + " in " + issues(results)).hasSize(1);
    return found.get(0);
  }

  private static final String SEX = "'sex': {'category': {'index': ['F', 'M']}}";
  private static final String YEAR = "'year': {'category': {'index': {'2019': 0, '2020': 1}}}";

  // ---- classes: dataset, collection, bundle, bare 1.x dataset, dimension, error

  @Test
  void refusesANumberNoDecimalHoldsWithItsLineRatherThanStopWithAnInternalError() {
    // regression: 1e99999999999 made Jackson's tree reader throw a NumberFormatException that
    // escaped the reader (the CLI said "internal error")
    List<ReadResult> results =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2],\n"
                + "'dimension': {"
                + SEX
                + "},\n'value': [1, 1e99999999999]}");
    Issue issue = only(results, "MG-SDMX-001");
    assertThat(issue.location().lineNumber()).hasValue(3L);
    assertThat(datasets(results)).isEmpty();
  }

  @Test
  void readsAJsonStat1BundleOfTwoDatasetsWithIdSizeAndRoleInsideDimension() {
    String json =
        "{'first': {'label': 'one', 'value': [1, 2, 3, 4], 'dimension': {'id': ['sex', 'year'], "
            + "'size': ['2', '2'], 'role': {'time': ['year']}, "
            + SEX
            + ", "
            + YEAR
            + "}},"
            + " 'second': {'value': [5], 'dimension': {'id': ['geo'], 'size': [1], "
            + "'geo': {'category': {'label': {'FR': 'France'}}}}}}";
    List<ReadResult> r = read(json);
    List<Dataset> ds = datasets(r);
    assertThat(ds).hasSize(2);
    assertThat(ds.get(0).dataflow()).isEqualTo("first");
    assertThat(ds.get(0).title()).contains("one");
    assertThat(ds.get(0).dimensionIds()).containsExactly("SEX", "TIME_PERIOD");
    assertThat(ds.get(0).observations())
        .extracting(Observation::dimensions)
        .containsExactly(
            Map.of("SEX", "F", "TIME_PERIOD", "2019"), Map.of("SEX", "F", "TIME_PERIOD", "2020"),
            Map.of("SEX", "M", "TIME_PERIOD", "2019"), Map.of("SEX", "M", "TIME_PERIOD", "2020"));
    assertThat(ds.get(0).observations().get(2).value()).contains(new BigDecimal("3"));
    assertThat(ds.get(1).observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.dimensions()).containsEntry("GEO", "FR");
              assertThat(o.value()).contains(new BigDecimal("5"));
            });
    assertThat(r.stream().map(x -> x.location().pointer().orElse("")))
        .containsExactly("/first", "/second");
  }

  @Test
  void readsTheDatasetsEmbeddedInACollectionAndReportsEachItemThatIsOnlyALink() {
    String json =
        "{'version': '2.0', 'class': 'collection', 'link': {'item': ["
            + "{'class': 'dataset', 'href': 'https://example.org/a.json', 'label': 'a'},"
            + "{'class': 'dataset', 'id': ['sex'], 'size': [2], 'value': [7, 8], 'dimension': {"
            + SEX
            + "}},"
            + "{'class': 'collection', 'link': {'item': [{'class': 'dataset', 'id': ['sex'], 'size': [2], "
            + "'value': {'1': 9}, 'dimension': {"
            + SEX
            + "}}]}},"
            + "{'class': 'dimension', 'category': {'index': ['T']}}]}}";
    List<ReadResult> r = read(json);
    assertThat(observations(r))
        .extracting(o -> o.value().orElseThrow())
        .containsExactly(new BigDecimal("7"), new BigDecimal("8"), new BigDecimal("9"));
    assertThat(r)
        .filteredOn(x -> x instanceof ReadResult.Ok)
        .extracting(x -> x.location().pointer().orElse(""))
        .containsExactly("/link/item/1", "/link/item/2/link/item/0");
    Issue link = only(r, "MG-JSTAT-003");
    assertThat(link.pointer()).isEqualTo("/link/item/0");
    assertThat(link.message()).contains("https://example.org/a.json", "does not fetch");
    assertThat(only(r, "MG-JSTAT-002").pointer()).isEqualTo("/link/item/3/class");
  }

  @Test
  void saysACollectionWithoutItemsHoldsNoDataset() {
    List<ReadResult> r = read("{'version': '2.0', 'class': 'collection', 'label': 'empty'}");
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(only(r, "MG-JSTAT-004").message()).contains("collection");
  }

  @Test
  void refusesADimensionResponseAndAnErrorResponseAndSomethingElse() {
    assertThat(
            rules(read("{'version': '2.0', 'class': 'dimension', 'category': {'index': ['T']}}")))
        .containsExactly("MG-JSTAT-002");
    List<ReadResult> error = read("{'error': [{'status': '404', 'label': 'no such table'}]}");
    assertThat(only(error, "MG-JSTAT-026").message()).contains("no such table");
    assertThat(rules(read("[1, 2]"))).containsExactly("MG-JSTAT-001");
    assertThat(rules(read("{'recordType': 'Person', 'meta': {'id': 1}}")))
        .containsExactly("MG-JSTAT-001");
  }

  // ---- value and status in every form

  @Test
  void readsASparseValueObjectAndAStatusObjectWithAStatusOnlyCellAsAnEmptyObservation() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                + "'role': {'time': ['year']}, 'dimension': {"
                + YEAR
                + "}, 'value': {'0': 1.5}, 'status': {'1': 'm'}}");
    assertThat(observations(r))
        .containsExactly(
            Observation.of(Map.of("TIME_PERIOD", "2019"), new BigDecimal("1.5")),
            Observation.of(Map.of("TIME_PERIOD", "2020"), null).withValue(null, "m"));
  }

  @Test
  void aStatusStringOrAOneElementStatusArrayAppliesToEveryCellThatHasAValue() {
    for (String status : List.of("'e'", "['e']")) {
      List<ReadResult> all =
          read(
              "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                  + "'dimension': {"
                  + SEX
                  + "}, 'value': [1, 2], 'status': "
                  + status
                  + "}");
      assertThat(observations(all))
          .as(status)
          .extracting(o -> o.status().orElse("-"))
          .containsExactly("e", "e");
      List<ReadResult> gap =
          read(
              "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                  + "'dimension': {"
                  + SEX
                  + "}, 'value': [null, 2], 'status': "
                  + status
                  + "}");
      assertThat(observations(gap))
          .as(status)
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.dimensions()).containsEntry("SEX", "M");
                assertThat(o.status()).contains("e");
              });
    }
  }

  @Test
  void readsTextValuesAsTextAndNumbersWrittenAsTextAsNumbersSayingBoth() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                + "'dimension': {"
                + SEX
                + "}, 'value': ['12.5', 'n/a']}");
    List<Observation> obs = observations(r);
    assertThat(obs).hasSize(2);
    assertThat(obs.get(0).value()).contains(new BigDecimal("12.5"));
    assertThat(obs.get(0).textValue()).isEmpty();
    assertThat(obs.get(1).value()).isEmpty();
    assertThat(obs.get(1).textValue()).contains("n/a");
    assertThat(only(r, "MG-JSTAT-017").pointer()).isEqualTo("/value/1");
    assertThat(only(r, "MG-JSTAT-018").message()).contains("1 values", "/value/0");
  }

  @Test
  void rejectsACellWhoseValueOrStatusIsNeitherTextNorNumberAndReadsTheOthers() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                + "'dimension': {"
                + YEAR
                + "}, 'value': [true, 3], 'status': [null, {'x': 1}]}");
    assertThat(
            r.stream()
                .filter(x -> x instanceof ReadResult.Failed)
                .flatMap(x -> x.issues().stream())
                .map(i -> i.ruleId().value() + " " + i.pointer()))
        .containsExactly("MG-JSTAT-019 /value/0", "MG-JSTAT-020 /status/1");
    assertThat(observations(r)).isEmpty();
  }

  @Test
  void rejectsSparseMembersThatAreNotPositionsOrFallOutsideTheCube() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                + "'dimension': {"
                + SEX
                + "}, 'value': {'0': 1, 'x': 2, '5': 3}}");
    assertThat(
            r.stream()
                .filter(x -> x instanceof ReadResult.Failed)
                .flatMap(x -> x.issues().stream())
                .map(i -> i.ruleId().value() + " " + i.pointer()))
        .containsExactly("MG-JSTAT-021 /value/x", "MG-SDMX-025 /value/5");
    assertThat(observations(r))
        .singleElement()
        .satisfies(o -> assertThat(o.value()).contains(BigDecimal.ONE));
  }

  @Test
  void refusesAValueOrStatusArrayShorterThanTheCubeRatherThanGuessWhereItsEntriesBelong() {
    // 3 values for 4 cells: the gap may be anywhere, and reading them from the first cell on would
    // put every value after it in the wrong cell
    List<ReadResult> values =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex', 'year'], 'size': [2, 2], "
                + "'dimension': {"
                + SEX
                + ", "
                + YEAR
                + "}, 'value': [1, 2, 3]}");
    assertThat(observations(values)).isEmpty();
    assertThat(values).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue v = only(values, "MG-JSTAT-022");
    assertThat(v.pointer()).isEqualTo("/value");
    assertThat(v.severity().name()).isEqualTo("ERROR");
    assertThat(v.message()).contains("value has 3 entries", "4 cells");
    List<ReadResult> statuses =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                + "'dimension': {"
                + SEX
                + "}, 'value': [1, 2], 'status': ['a', 'b']}");
    assertThat(observations(statuses)).hasSize(2);
    List<ReadResult> shortStatus =
        read(
            "{'ds': {'value': [1, 2, 3], 'status': ['a', 'b'], 'dimension': {'id': ['sex'], "
                + "'size': [3], 'sex': {'category': {'index': ['F', 'M', 'T']}}}}}");
    assertThat(observations(shortStatus)).isEmpty();
    assertThat(only(shortStatus, "MG-JSTAT-022").pointer()).isEqualTo("/ds/status");
  }

  @Test
  void readsEurostatsOldStatusObjectOfAValueArray() {
    List<ReadResult> r =
        read(
            "{'ds': {'value': [null, 2], 'status': {'value': [':', null], 'category': "
                + "{'label': {':': 'not available'}}}, 'dimension': {'id': ['sex'], 'size': [2], "
                + SEX
                + "}}}");
    assertThat(observations(r))
        .extracting(o -> o.status().orElse("-") + o.value().map(v -> "=" + v).orElse(""))
        .containsExactly(":", "-=2");
    assertThat(only(r, "MG-JSTAT-023").message()).contains("status/category");
  }

  @Test
  void chunksABigDatasetIntoRecordsOfAThousandObservations() {
    StringBuilder values = new StringBuilder();
    StringBuilder index = new StringBuilder();
    for (int i = 0; i < 2500; i++) {
      values.append(i == 0 ? "" : ",").append(i);
      index.append(i == 0 ? "" : ",").append("'c").append(i).append('\'');
    }
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['k'], 'size': [2500], "
                + "'dimension': {'k': {'category': {'index': ["
                + index
                + "]}}}, 'value': ["
                + values
                + "]}");
    assertThat(datasets(r))
        .extracting(d -> d.observations().size())
        .containsExactly(1000, 1000, 500);
    assertThat(datasets(r)).extracting(d -> d.meta().identifier().value()).doesNotHaveDuplicates();
  }

  // ---- categories

  @Test
  void refusesADimensionOfSeveralCategoriesWithoutIndexAndAnIndexThatDoesNotFillTheSize() {
    List<ReadResult> noIndex =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                + "'dimension': {'sex': {'category': {'label': {'F': 'f', 'M': 'm'}}}}, 'value': [1, 2]}");
    assertThat(only(noIndex, "MG-JSTAT-010").pointer()).isEqualTo("/dimension/sex/category");
    List<ReadResult> gap =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                + "'dimension': {'sex': {'category': {'index': {'F': 0, 'M': 0}}}}, 'value': [1, 2]}");
    assertThat(only(gap, "MG-JSTAT-009").message()).contains("size 2", "1 distinct positions");
    assertThat(observations(gap)).isEmpty();
  }

  @Test
  void refusesIdSizeOrRoleGivenAtTheRootAndInDimensionDifferently() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                + "'dimension': {'id': ['sex'], 'size': [3], "
                + SEX
                + "}, 'value': [1, 2]}");
    assertThat(only(r, "MG-JSTAT-007").message())
        .startsWith("size is given at the root and in dimension");
    List<ReadResult> same =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                + "'dimension': {'id': ['sex'], 'size': ['2'], "
                + SEX
                + "}, 'value': [1, 2]}");
    assertThat(observations(same)).hasSize(2);
  }

  // ---- roles

  @Test
  void aDimensionNamedYearWithoutARoleKeepsItsIdAndTheReaderSaysNothingIsTheTime() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                + "'dimension': {"
                + YEAR
                + "}, 'value': [1, 2]}");
    assertThat(datasets(r).get(0).dimensionIds()).containsExactly("YEAR");
    assertThat(only(r, "MG-JSTAT-016").message()).contains("[year]");
  }

  @Test
  void aDimensionNamedTimeWithoutARoleIsTheTimePeriodAndTheReaderSaysWhy() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['geo', 'time'], 'size': [1, 1], "
                + "'dimension': {'geo': {'category': {'index': ['FR']}}, 'time': {'category': {'index': ['2020']}}}, "
                + "'value': [1]}");
    assertThat(datasets(r).get(0).dimensionIds()).containsExactly("GEO", "TIME_PERIOD");
    assertThat(only(r, "MG-JSTAT-015").message()).contains("dimension time");
  }

  @Test
  void rolesGiveTimePeriodRefAreaAndMeasureWithTheMetricCategoriesUnits() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['country', 'year', 'concept'], "
                + "'size': [1, 1, 2], 'role': {'time': ['year'], 'geo': ['country'], 'metric': ['concept']}, "
                + "'dimension': {'country': {'category': {'index': ['CA']}}, 'year': {'category': {'index': ['2012']}}, "
                + "'concept': {'category': {'index': ['POP', 'PC'], 'unit': {'POP': {'label': 'thousands of persons', "
                + "'base': 'people', 'decimals': 1, 'multiplier': 3}, 'PC': {'symbol': '%', 'decimals': 2, "
                + "'position': 'end'}}}}}, 'value': [34880.5, 5.5]}");
    Dataset d = datasets(r).get(0);
    assertThat(d.dimensionIds()).containsExactly("REF_AREA", "TIME_PERIOD", "MEASURE");
    Observation pop = d.observations().get(0);
    assertThat(pop.dimensions())
        .containsEntry("REF_AREA", "CA")
        .containsEntry("TIME_PERIOD", "2012");
    assertThat(pop.unit()).contains("people");
    assertThat(pop.attributes()).containsEntry("DECIMALS", "1").containsEntry("UNIT_MULT", "3");
    Observation pc = d.observations().get(1);
    assertThat(pc.unit()).contains("%");
    assertThat(pc.attributes()).containsEntry("DECIMALS", "2").doesNotContainKey("UNIT_MULT");
    assertThat(only(r, "MG-JSTAT-023").message())
        .contains("dimension/*/category/unit/*/label", "dimension/*/category/unit/*/position");
    assertThat(rules(r)).doesNotContain("MG-JSTAT-015", "MG-JSTAT-016");
  }

  @Test
  void aRoleNeverOverridesADimensionThatAlreadyCarriesAnSdmxIdAndSaysSo() {
    List<ReadResult> taken =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['TIME_PERIOD', 'year'], "
                + "'size': [1, 1], 'role': {'time': ['year']}, 'dimension': {'TIME_PERIOD': {'category': {'index': "
                + "['2020']}}, 'year': {'category': {'index': ['2019']}}}, 'value': [1]}");
    assertThat(datasets(taken).get(0).dimensionIds()).containsExactly("TIME_PERIOD", "YEAR");
    assertThat(only(taken, "MG-JSTAT-013").message()).contains("year", "TIME_PERIOD");
    List<ReadResult> own =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['REF_AREA'], 'size': [1], "
                + "'role': {'time': ['REF_AREA']}, 'dimension': {'REF_AREA': {'category': {'index': ['FR']}}}, "
                + "'value': [1]}");
    assertThat(datasets(own).get(0).dimensionIds()).containsExactly("REF_AREA");
    assertThat(only(own, "MG-JSTAT-014").message()).contains("keeps its own SDMX id REF_AREA");
  }

  @Test
  void aRoleSharedByTwoDimensionsGivesNeitherTheSdmxIdAndAnUnknownRoleDimensionIsReported() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['origin', 'destination'], "
                + "'size': [1, 1], 'role': {'geo': ['origin', 'destination', 'nowhere']}, 'dimension': {"
                + "'origin': {'category': {'index': ['SY']}}, 'destination': {'category': {'index': ['DE']}}}, "
                + "'value': [10]}");
    assertThat(datasets(r).get(0).dimensionIds()).containsExactly("ORIGIN", "DESTINATION");
    assertThat(only(r, "MG-JSTAT-012").message()).contains("[origin, destination]", "REF_AREA");
    assertThat(only(r, "MG-JSTAT-011").pointer()).isEqualTo("/role/geo/2");
  }

  @Test
  void refusesTwoDimensionsThatWouldBeReadUnderOneId() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex', 'SEX'], 'size': [1, 1], "
                + "'dimension': {'sex': {'category': {'index': ['F']}}, 'SEX': {'category': {'index': ['M']}}}, "
                + "'value': [1]}");
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(only(r, "MG-JSTAT-008").message()).contains("[sex, SEX]");
  }

  // ---- dataset metadata

  @Test
  void carriesLabelSourceUpdatedAndKeepsNotesExtensionsAndForeignMembersInExtensions() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'label': 'Population', 'source': 'INE', "
                + "'updated': '2026-05-12T11:00:00+0200', 'note': ['provisional'], 'extension': {'contact': 'x'}, "
                + "'wsVersion': 'V1_1', 'id': ['sex'], 'size': [2], 'dimension': {"
                + SEX
                + "}, 'value': [1, 2]}");
    Dataset d = datasets(r).get(0);
    assertThat(d.title()).contains("Population");
    assertThat(d.meta().sourceOrganization()).contains("INE");
    assertThat(d.meta().updated()).contains(Instant.parse("2026-05-12T09:00:00Z"));
    assertThat(d.meta().extensions())
        .containsEntry("jsonstat:note", List.of("provisional"))
        .containsEntry("jsonstat:extension", Map.of("contact", "x"))
        .containsEntry("jsonstat:wsVersion", "V1_1");
    assertThat(only(r, "MG-JSTAT-024").message()).contains("wsVersion");
  }

  @Test
  void keepsAnUpdatedStampWithoutTimeZoneAsTextAndSaysSo() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'updated': '2012-12-27T12:25:09', "
                + "'id': ['sex'], 'size': [2], 'dimension': {"
                + SEX
                + "}, 'value': [1, 2]}");
    Dataset d = datasets(r).get(0);
    assertThat(d.meta().updated()).isEmpty();
    assertThat(d.meta().extensions()).containsEntry("jsonstat:updated", "2012-12-27T12:25:09");
    assertThat(only(r, "MG-JSTAT-025").pointer()).isEqualTo("/updated");
  }

  @Test
  void readsUpdatedStampsThatDateParseReadsAsUtcDatesYearMonthsAndYears() {
    for (String[] c :
        new String[][] {
          {"2012-09-27", "2012-09-27T00:00:00Z"},
          {"2019-05", "2019-05-01T00:00:00Z"},
          {"2016", "2016-01-01T00:00:00Z"},
          {"2016-04-03T10:25:11Z", "2016-04-03T10:25:11Z"}
        }) {
      List<ReadResult> r =
          read(
              "{'version': '2.0', 'class': 'dataset', 'updated': '"
                  + c[0]
                  + "', "
                  + "'id': ['sex'], 'size': [2], 'dimension': {"
                  + SEX
                  + "}, 'value': [1, 2]}");
      assertThat(datasets(r).get(0).meta().updated()).as(c[0]).contains(Instant.parse(c[1]));
      assertThat(rules(r)).doesNotContain("MG-JSTAT-025");
    }
  }

  @Test
  void namesUnitsOfNoCategoryAndDimensionsOutsideIdRatherThanDropThemSilently() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['c'], 'size': [2], "
                + "'role': {'metric': ['c']}, 'dimension': {'c': {'category': {'index': "
                + "['pop', 'rate'], 'unit': {'pop': {'label': 'persons'}, 'ratio': {'label': "
                + "'percent'}}}}, 'sex': {'category': {'index': ['F']}}}, 'value': [1, 2]}");
    assertThat(observations(r))
        .extracting(o -> o.dimensions().get("MEASURE") + ":" + o.unit().orElse("-"))
        .containsExactly("pop:persons", "rate:-");
    assertThat(only(r, "MG-JSTAT-023").message())
        .contains("dimension/*/category/unit/* of no category", "dimension/* not in id");
    List<ReadResult> oneX =
        read(
            "{'d': {'value': [1], 'dimension': {'id': ['sex'], 'size': [1], 'role': {}, "
                + "'sex': {'category': {'index': ['T']}}}}}");
    assertThat(rules(oneX)).doesNotContain("MG-JSTAT-023");
  }

  @Test
  void refusesAnIndexPositionThatIsNotANumberAtTheMemberThatHoldsIt() {
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                + "'dimension': {'sex': {'category': {'index': {'F': 0, 'M': '1'}}}}, "
                + "'value': [1, 2]}");
    assertThat(observations(r)).isEmpty();
    Issue i = only(r, "MG-JSTAT-006");
    assertThat(i.pointer()).isEqualTo("/dimension/sex/category/index/M");
    assertThat(i.message()).contains("index/M is a JSON string", "number");
  }

  @Test
  void refusesAnEmptyDimensionOrCategoryIdWhichWouldBeWrittenAsAnEmptyKey() {
    String head = "{'version': '2.0', 'class': 'dataset', ";
    List<ReadResult> array =
        read(
            head
                + "'id': ['sex'], 'size': [2], 'dimension': {'sex': {'category': "
                + "{'index': ['F', ' ']}}}, 'value': [1, 2]}");
    assertThat(observations(array)).isEmpty();
    assertThat(only(array, "MG-JSTAT-006").pointer()).isEqualTo("/dimension/sex/category/index/1");
    List<ReadResult> object =
        read(
            head
                + "'id': ['sex'], 'size': [2], 'dimension': {'sex': {'category': "
                + "{'index': {'': 0, 'M': 1}}}}, 'value': [1, 2]}");
    assertThat(observations(object)).isEmpty();
    assertThat(only(object, "MG-JSTAT-006").pointer()).isEqualTo("/dimension/sex/category/index/");
    List<ReadResult> label =
        read(
            head
                + "'id': ['sex'], 'size': [1], 'dimension': {'sex': {'category': "
                + "{'label': {'': 'Total'}}}}, 'value': [1]}");
    assertThat(observations(label)).isEmpty();
    assertThat(only(label, "MG-JSTAT-006").message()).contains("non-empty category id");
    List<ReadResult> dimension =
        read(
            head
                + "'id': [''], 'size': [1], 'dimension': {'': {'category': "
                + "{'index': ['T']}}}, 'value': [1]}");
    assertThat(observations(dimension)).isEmpty();
    assertThat(only(dimension, "MG-JSTAT-006").pointer()).isEqualTo("/id/0");
  }

  // ---- hostile input in the 1.x and collection forms too

  @Test
  void keepsTheCubeLimitsFor1xBundlesAndEmbeddedDatasets() {
    List<ReadResult> big =
        read(
            "{'d': {'value': [1], 'dimension': {'id': ['a'], 'size': [2147483647], "
                + "'a': {'category': {'index': ['x']}}}}}");
    assertThat(only(big, "MG-SDMX-024").pointer()).isEqualTo("/d/dimension/size");
    List<ReadResult> negative =
        read(
            "{'version': '2.0', 'class': 'collection', 'link': {'item': [{'class': "
                + "'dataset', 'id': ['a'], 'size': ['-3'], 'value': [1], 'dimension': {}}]}}");
    assertThat(only(negative, "MG-SDMX-023").pointer()).isEqualTo("/link/item/0/size/0");
    List<ReadResult> longStatus =
        read(
            "{'d': {'value': [1, 2], 'status': ['a', 'b', 'c'], 'dimension': {"
                + "'id': ['sex'], 'size': [2], "
                + SEX
                + "}}}");
    assertThat(only(longStatus, "MG-SDMX-025").pointer()).isEqualTo("/d/status/2");
    assertThat(observations(longStatus)).isEmpty();
  }

  // ---- sniffing

  @Test
  void sniffsJsonStat1Bundles2DatasetsAndCollectionsButNotOtherJson() {
    var f = Formats.named("json-stat");
    assertThat(f.sniff(utf8("{\"dataset\":{\"dimension\":{\"id\":[\"a\"]}}}"))).isTrue();
    assertThat(f.sniff(utf8("{\"nama\":{\"wsVersion\":\"V1_1\",\"label\":\"x\",\"value\":[1,2")))
        .isTrue();
    assertThat(f.sniff(utf8("{\"version\":\"2.0\",\"class\":\"collection\",\"link\":{}}")))
        .isTrue();
    assertThat(f.sniff(utf8("{\"label\":\"x\",\"class\":\"dataset\",\"value\":[1"))).isTrue();
    assertThat(f.sniff(utf8("{\"recordType\":\"Person\",\"meta\":{\"identifier\":{}}}"))).isFalse();
    assertThat(f.sniff(utf8("{\"meta\":{\"id\":\"x\"},\"data\":{\"dataSets\":[]}}"))).isFalse();
    assertThat(f.sniff(utf8("[{\"dimension\":1}]"))).isFalse();
  }

  @Test
  void sniffsADatasetWithoutClassAsTheReaderReadsIt() {
    // the full 2.0 text lets class out; such a dataset was taken for a canonical JSON document
    var f = Formats.named("json-stat");
    String dims = "\"dimension\":{\"sex\":{\"category\":{\"index\":[\"T\"";
    assertThat(f.sniff(utf8("{\"version\":\"2.0\",\"label\":\"x\"," + dims))).isTrue();
    assertThat(f.sniff(utf8("{\"label\":\"x\",\"id\":[\"sex\"],\"size\":[1]," + dims))).isTrue();
    assertThat(f.sniff(utf8("{\"role\":{\"geo\":[\"g\"]},\"value\":[1],\"dimension\":{"))).isTrue();
    assertThat(f.sniff(utf8("{\"version\":\"2.0\",\"label\":\"x\",\"value\":[1,2,3"))).isTrue();
    assertThat(f.sniff(utf8("{\"dimension\":{\"a\":1},\"name\":\"x\"}"))).isFalse();
    assertThat(f.sniff(utf8("{\"meta\":{\"a\":1},\"dimension\":{\"a\":1}}"))).isFalse();
    List<ReadResult> r =
        read(
            "{'version': '2.0', 'label': 'x', 'id': ['sex'], 'size': [1], "
                + "'dimension': {'sex': {'category': {'index': ['T']}}}, 'value': [7]}");
    assertThat(observations(r))
        .singleElement()
        .satisfies(o -> assertThat(o.value()).hasValue(BigDecimal.valueOf(7)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

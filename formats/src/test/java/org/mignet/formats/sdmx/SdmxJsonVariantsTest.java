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
package org.mignet.formats.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * What the SDMX-JSON 2.0 data message field guide allows beyond the samples of {@code
 * ../shared/data}: values of attributes and measures written in place when the component has no
 * {@code values} array, several measures, defaults, {@code null}, localised text, dimension-group
 * attributes (the guide's examples, "dataSet", "dimensionGroupAttributes", "series" and
 * "observations", made into whole messages).
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class SdmxJsonVariantsTest {

  record Read(
      List<Observation> observations, List<ReadResult.Failed> rejected, List<Issue> warnings) {}

  static Read read(String json) {
    List<Observation> obs = new ArrayList<>();
    List<ReadResult.Failed> failed = new ArrayList<>();
    List<Issue> warnings = new ArrayList<>();
    try (RecordReader r =
        Formats.named("sdmx-json")
            .reader(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "m.json",
                FormatOptions.none())) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        if (res instanceof ReadResult.Ok ok) {
          obs.addAll(((Dataset) ok.record()).observations());
          warnings.addAll(ok.issues());
        } else {
          failed.add((ReadResult.Failed) res);
        }
      }
    }
    return new Read(obs, failed, warnings);
  }

  static String component(String id, int keyPosition, String... values) {
    StringBuilder b = new StringBuilder("{\"id\":\"" + id + "\"");
    if (keyPosition >= 0) {
      b.append(",\"keyPosition\":").append(keyPosition);
    }
    b.append(",\"values\":[");
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(values[i]).append("\"}");
    }
    return b.append("]}").toString();
  }

  /**
   * The field guide's dimensionGroupAttributes example: DIM1 at data set level, two measures, ATTR1
   * in place.
   */
  static final String GROUPS =
      """
      {"meta":{"contentLanguages":["fr","en"]},"data":{"structures":[{
        "links":[{"rel":"dataflow","urn":"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=T:DF(1.0)"}],
        "dimensions":{"dataSet":[%s],"series":[],"observation":[%s,%s]},
        "measures":{"observation":[{"id":"MEAS1"},{"id":"MEAS2"}]},
        "attributes":{"dataSet":[{"id":"NOTE","relationship":{"none":{}}}],
          "dimensionGroup":[%s,%s],
          "observation":[{"id":"ATTR1_OBS","relationship":{"observation":{}}},
            {"id":"OBS_STATUS","default":"A","relationship":{"observation":{}},"values":[{"id":"A"},{"id":"E"}]}]}
      }],"dataSets":[{"structure":0,
        "attributes":[{"en":"English note","fr":"Note française"}],
        "dimensionGroupAttributes":{"0::":[null,0],"0::0":[0],"0::1":[1]},
        "observations":{"0:0":[10,20,"ATTR1_VALUE_1"],"0:1":[11,21,"ATTR1_VALUE_2",1],
          "1:0":[12,22,null,null],"1:1":[13,null,["X","Y"]]}}]}}
      """
          .formatted(
              component("DIM1", 0, "DIM1_VALUE_1"),
              component("DIM2", 1, "DIM2_VALUE_1", "DIM2_VALUE_2"),
              component("DIM3", 2, "DIM3_VALUE_1", "DIM3_VALUE_2"),
              component("ATTR2_DIMGROUP", -1, "ATTR2_VALUE_1", "ATTR2_VALUE_2"),
              component("ATTR3_DIMGROUP", -1, "ATTR3_VALUE_1"));

  @Test
  void readsTheFieldGuidesDimensionGroupExampleWithTwoMeasuresAndInPlaceValues() {
    Read r = read(GROUPS);
    assertThat(r.rejected()).isEmpty();
    // two measures: each of the 4 observations of the message gives one observation per measure
    assertThat(r.observations()).hasSize(8);
    Observation first = r.observations().get(0);
    assertThat(first.dimensions())
        .containsExactly(
            java.util.Map.entry("DIM1", "DIM1_VALUE_1"),
            java.util.Map.entry("DIM2", "DIM2_VALUE_1"),
            java.util.Map.entry("DIM3", "DIM3_VALUE_1"),
            java.util.Map.entry("MEASURE", "MEAS1"));
    assertThat(first.value()).contains(new BigDecimal("10"));
    assertThat(first.attributes())
        .doesNotContainKey("MEAS2")
        .containsEntry("ATTR1_OBS", "ATTR1_VALUE_1")
        // "0::" gives ATTR3 (and null for ATTR2: not part of that key), "0::0" gives ATTR2
        .containsEntry("ATTR2_DIMGROUP", "ATTR2_VALUE_1")
        .containsEntry("ATTR3_DIMGROUP", "ATTR3_VALUE_1")
        // the message's first content language
        .containsEntry("NOTE", "Note française");
    Observation firstMeas2 = r.observations().get(1);
    assertThat(firstMeas2.dimensions())
        .containsEntry("DIM3", "DIM3_VALUE_1")
        .containsEntry("MEASURE", "MEAS2");
    assertThat(firstMeas2.value()).contains(new BigDecimal("20"));
    assertThat(firstMeas2.attributes()).isEqualTo(first.attributes());
    // OBS_STATUS left out: its default applies; given as index 1: E
    assertThat(first.status()).contains("A");
    Observation second = r.observations().get(2);
    assertThat(second.dimensions()).containsEntry("DIM3", "DIM3_VALUE_2");
    assertThat(second.value()).contains(new BigDecimal("11"));
    assertThat(second.status()).contains("E");
    assertThat(second.attributes()).containsEntry("ATTR2_DIMGROUP", "ATTR2_VALUE_2");
    assertThat(r.observations().get(3).value()).contains(new BigDecimal("21"));
    // null unsets, even a default
    Observation third = r.observations().get(4);
    assertThat(third.status()).isEmpty();
    assertThat(third.attributes()).doesNotContainKey("ATTR1_OBS");
    Observation fourth = r.observations().get(6);
    assertThat(fourth.value()).contains(new BigDecimal("13"));
    assertThat(fourth.attributes()).containsEntry("ATTR1_OBS", "X;Y");
    // MEAS2 null: its observation is kept, without a value
    Observation fourthMeas2 = r.observations().get(7);
    assertThat(fourthMeas2.dimensions()).containsEntry("MEASURE", "MEAS2");
    assertThat(fourthMeas2.value()).isEmpty();
    assertThat(r.warnings())
        .extracting(i -> i.rule().id().value())
        .contains("MG-SDMX-060", "MG-SDMX-046")
        .doesNotContain("MG-SDMX-047")
        .filteredOn("MG-SDMX-060"::equals)
        .hasSize(1);
  }

  @Test
  void keepsTheFirstMeasureAsTheValueWhenTheStructureHasAMeasureDimensionOfItsOwn() {
    Read r = read(GROUPS.replace("\"id\":\"DIM3\"", "\"id\":\"MEASURE\""));
    assertThat(r.rejected()).isEmpty();
    assertThat(r.observations()).hasSize(4);
    Observation first = r.observations().get(0);
    assertThat(first.dimensions()).containsEntry("MEASURE", "DIM3_VALUE_1");
    assertThat(first.value()).contains(new BigDecimal("10"));
    assertThat(first.attributes()).containsEntry("MEAS2", "20");
    assertThat(r.warnings())
        .extracting(i -> i.rule().id().value())
        .contains("MG-SDMX-047")
        .doesNotContain("MG-SDMX-060");
  }

  @Test
  void rejectsACodedAttributeIndexOutsideItsValuesWithItsPointer() {
    Read r =
        read(
            GROUPS.replace(
                "\"0:1\":[11,21,\"ATTR1_VALUE_2\",1]", "\"0:1\":[11,21,\"ATTR1_VALUE_2\",7]"));
    assertThat(r.observations()).hasSize(6);
    assertThat(r.rejected())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().pointer()).contains("/data/dataSets/0/observations/0:1/3");
              assertThat(f.issues())
                  .extracting(i -> i.rule().id().value())
                  .containsExactly("MG-SDMX-005");
            });
  }

  @Test
  void readsAStringMeasureAsATextValueAndANumericStringAsANumber() {
    Read r =
        read(
            GROUPS
                .replace("[12,22,null,null]", "[\"n/a\",22,null,null]")
                .replace("[13,null,[\"X\",\"Y\"]]", "[\"13.5\",null,[\"X\",\"Y\"]]"));
    assertThat(r.rejected()).isEmpty();
    // two measures: each observation of the message is two, MEAS1 first
    assertThat(r.observations().get(4).dimensions()).containsEntry("MEASURE", "MEAS1");
    assertThat(r.observations().get(4).textValue()).contains("n/a");
    assertThat(r.observations().get(4).value()).isEmpty();
    assertThat(r.observations().get(5).value()).contains(new BigDecimal("22"));
    assertThat(r.observations().get(6).value()).contains(new BigDecimal("13.5"));
    assertThat(r.observations().get(6).textValue()).isEmpty();
  }

  @Test
  void refusesANumberWhoseExponentBigDecimalCannotHoldAsMalformedJsonWithItsLine() {
    // streamed (structure first) and buffered (data sets first)
    String streamed = VERSION_1.replace("[40.3,0]", "[1e99999999999,0]");
    String buffered =
        "{\"dataSets\":[{\"observations\":{\"0\":[1e99999999999]}}],\n"
            + "\"structure\":{\"dimensions\":{\"observation\":"
            + "[{\"id\":\"TIME_PERIOD\",\"values\":[{\"id\":\"2020\"}]}]}}}";
    for (String json : List.of(streamed, buffered)) {
      Read r = read(json);
      assertThat(r.rejected())
          .last()
          .satisfies(
              f -> {
                assertThat(f.issues())
                    .extracting(i -> i.ruleId().value())
                    .containsExactly("MG-SDMX-001");
                assertThat(f.issues().get(0).location().line()).isPositive();
              });
    }
  }

  @Test
  void saysOnceWithItsPointerThatAMeasureValueWhichIsNotANumberIsReadAsText() {
    Read r =
        read(
            VERSION_1
                .replace("[40.3,0]", "[\"40,3\",0]")
                .replace("[1.0,0],\"1\":[2.0,0]", "[\"1 000\",0],\"1\":[2.0,0]"));
    assertThat(r.observations()).extracting(o -> o.textValue().orElse("")).contains("40,3");
    assertThat(r.warnings())
        .filteredOn(i -> i.ruleId().value().equals("MG-SDMX-032"))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.location().pointer())
                    .hasValueSatisfying(p -> assertThat(p).contains("/observations/1/0")));
  }

  /**
   * SDMX-JSON 1.0: the structure at the root, a series attribute by index to a value that has only
   * a name.
   */
  static final String VERSION_1 =
      """
      {"header":{"id":"x","prepared":"2024-01-01T00:00:00Z","sender":{"id":"ECB"}},
       "structure":{"links":[{"rel":"dataflow","urn":"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ECB:EXR(1.0)"}],
        "dimensions":{"dataSet":[{"id":"FREQ","keyPosition":0,"values":[{"id":"D","name":"Daily"}]}],
          "series":[{"id":"CURRENCY","keyPosition":1,"values":[{"id":"NZD"},{"id":"RUB"}]}],
          "observation":[{"id":"TIME_PERIOD","values":[{"id":"2013-01-18"},{"id":"2013-01-21"}]}]},
        "attributes":{"series":[{"id":"TITLE","values":[{"name":"NZ dollar"},{"name":"Rouble"}]}],
          "observation":[{"id":"OBS_STATUS","values":[{"id":"A"}]}]}},
       "dataSets":[{"action":"Information","series":{"1":{"attributes":[1],"observations":{"1":[40.3,0]}},
         "9":{"observations":{"0":[1.0,0],"1":[2.0,0]}}}}]}
      """;

  @Test
  void readsSdmxJson1AndRejectsEachObservationOfASeriesWhoseKeyDoesNotFit() {
    assertThat(Formats.named("sdmx-json").sniff(VERSION_1.getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    Read r = read(VERSION_1);
    assertThat(r.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.dimensions())
                  .containsEntry("CURRENCY", "RUB")
                  .containsEntry("TIME_PERIOD", "2013-01-21")
                  .containsEntry("FREQ", "D");
              assertThat(o.attributes()).containsEntry("TITLE", "Rouble");
              assertThat(o.value()).contains(new BigDecimal("40.3"));
            });
    assertThat(r.rejected())
        .extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly(
            "/dataSets/0/series/9/observations/0", "/dataSets/0/series/9/observations/1");
  }
}

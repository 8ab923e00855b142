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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * The SDMX-JSON reader streams: a generated message of 300,000 observations, never held anywhere,
 * is read under a record limit of 64 KiB, which the reader applies to everything it buffers. A
 * message whose data sets come before its structure (allowed: JSON members have no order) is
 * buffered up to that limit.
 */
class SdmxJsonStreamingTest {

  static final int AREAS = 100;
  static final int SEXES = 3;
  static final int PERIODS = 1000;
  static final FormatOptions SMALL =
      FormatOptions.none()
          .with(SdmxOptions.LIMITS, ReadLimits.defaults().withMaxRecordBytes(64 * 1024));

  /** Bytes made on demand from the pieces a function gives, up to the first null. */
  static final class Generated extends InputStream {
    private final IntFunction<String> pieces;
    private int next;
    private byte[] current = new byte[0];
    private int pos;

    Generated(IntFunction<String> pieces) {
      this.pieces = pieces;
    }

    @Override
    public int read() {
      while (current != null && pos >= current.length) {
        String s = pieces.apply(next++);
        current = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      return current == null ? -1 : current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }

  static String values(String prefix, int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(prefix).append(i).append("\"}");
    }
    return b.append("]").toString();
  }

  static String dimension(String id, String prefix, int n, int position) {
    return "{\"id\":\""
        + id
        + "\",\"keyPosition\":"
        + position
        + ",\"values\":"
        + values(prefix, n)
        + "}";
  }

  /**
   * A structure: REF_AREA × SEX × TIME_PERIOD, OBS_STATUS on observations; series or AllDimensions
   * layout.
   */
  static String structure(boolean series) {
    return structure(series, AREAS, PERIODS);
  }

  static String structure(boolean series, int areas, int periods) {
    String area = dimension("REF_AREA", "A", areas, 0);
    String sex = dimension("SEX", "S", SEXES, 1);
    String time = dimension("TIME_PERIOD", "Y", periods, 2);
    String dims =
        series
            ? "{\"series\":[" + area + "," + sex + "],\"observation\":[" + time + "]}"
            : "{\"observation\":[" + area + "," + sex + "," + time + "]}";
    return "{\"name\":\"Generated\",\"links\":[{\"urn\":\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow="
        + "TEST:DF_GEN(1.0)\",\"rel\":\"dataflow\"}],\"dimensions\":"
        + dims
        + ",\"attributes\":{\"observation\":[{\"id\":\"OBS_STATUS\",\"values\":[{\"id\":\"A\"}]}]}}";
  }

  /** The pieces of a message with the structure first, in AllDimensions layout. */
  static IntFunction<String> allDimensions() {
    int total = AREAS * SEXES * PERIODS;
    return i -> {
      if (i == 0) {
        return "{\"meta\":{\"schema\":\"sdmx-json\"},\"data\":{\"structures\":["
            + structure(false)
            + "],\"dataSets\":[{\"structure\":0,\"action\":\"Information\",\"observations\":{";
      }
      int o = i - 1;
      if (o < total) {
        return (o == 0 ? "" : ",")
            + "\""
            + (o / (SEXES * PERIODS))
            + ":"
            + (o / PERIODS % SEXES)
            + ":"
            + (o % PERIODS)
            + "\":["
            + o
            + ",0]";
      }
      return o == total ? "}}]}}" : null;
    };
  }

  /** The pieces of a message with the structure first, in series layout (one series per piece). */
  static IntFunction<String> seriesLayout() {
    int total = AREAS * SEXES;
    return i -> {
      if (i == 0) {
        return "{\"data\":{\"structures\":["
            + structure(true)
            + "],\"dataSets\":[{\"structure\":0,\"series\":{";
      }
      int s = i - 1;
      if (s < total) {
        StringBuilder b =
            new StringBuilder(s == 0 ? "" : ",")
                .append("\"")
                .append(s / SEXES)
                .append(":")
                .append(s % SEXES)
                .append("\":{\"attributes\":[],\"observations\":{");
        for (int t = 0; t < PERIODS; t++) {
          b.append(t == 0 ? "" : ",")
              .append("\"")
              .append(t)
              .append("\":[")
              .append(t)
              .append(".5,null]");
        }
        return b.append("}}").toString();
      }
      return s == total ? "}}]}}" : null;
    };
  }

  static List<ReadResult> readAll(InputStream in, FormatOptions options) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r = Formats.named("sdmx-json").reader(in, "generated.json", options)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  /** Counts observations without keeping the datasets. */
  static long count(InputStream in, FormatOptions options) {
    long n = 0;
    try (RecordReader r = Formats.named("sdmx-json").reader(in, "generated.json", options)) {
      while (r.hasNext()) {
        ReadResult result = r.next();
        assertThat(result).isInstanceOf(ReadResult.Ok.class);
        Dataset d = (Dataset) ((ReadResult.Ok) result).record();
        assertThat(d.observations()).hasSizeLessThanOrEqualTo(1000);
        n += d.observations().size();
      }
    }
    return n;
  }

  @Test
  void streamsAGeneratedAllDimensionsMessageFarLargerThanTheRecordLimit() {
    assertThat(count(new Generated(allDimensions()), SMALL)).isEqualTo(300_000);
  }

  @Test
  void streamsAGeneratedSeriesMessageSeriesBySeries() {
    assertThat(count(new Generated(seriesLayout()), SMALL)).isEqualTo(300_000);
  }

  @Test
  void readsObservationsWithTheirKeysAttributesAndDataflow() {
    List<ReadResult> r = readAll(new Generated(allDimensions()), SMALL);
    Dataset first = (Dataset) ((ReadResult.Ok) r.get(0)).record();
    assertThat(first.dataflow()).isEqualTo("TEST:DF_GEN(1.0)");
    assertThat(first.dimensionIds()).containsExactly("REF_AREA", "SEX", "TIME_PERIOD");
    assertThat(first.observations().get(1).dimensions())
        .containsExactly(
            java.util.Map.entry("REF_AREA", "A0"),
            java.util.Map.entry("SEX", "S0"),
            java.util.Map.entry("TIME_PERIOD", "Y1"));
    assertThat(first.observations().get(1).status()).contains("A");
    assertThat(first.observations().get(1).value().orElseThrow()).isEqualByComparingTo("1");
  }

  static String smallMessage(boolean structureFirst, String dataSetExtra) {
    String structures = "\"structures\":[" + structure(false, 2, 4) + "]";
    String dataSets =
        "\"dataSets\":[{\"structure\":0,\"observations\":{\"0:0:0\":[1,0],\"1:2:3\":[2]}"
            + dataSetExtra
            + "}]";
    return "{\"data\":{"
        + (structureFirst ? structures + "," + dataSets : dataSets + "," + structures)
        + "}}";
  }

  static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAMessageWhoseDataSetsComeBeforeTheStructureByBufferingThem() {
    List<ReadResult> before = readAll(bytes(smallMessage(false, "")), SMALL);
    List<ReadResult> after = readAll(bytes(smallMessage(true, "")), SMALL);
    assertThat(before).hasSize(1).allMatch(r -> r instanceof ReadResult.Ok);
    assertThat(((ReadResult.Ok) before.get(0)).record())
        .isEqualTo(((ReadResult.Ok) after.get(0)).record());
    assertThat(((Dataset) ((ReadResult.Ok) before.get(0)).record()).observations()).hasSize(2);
  }

  @Test
  void refusesDataSetsBeforeTheStructureBeyondTheRecordLimit() {
    String message =
        "{\"data\":{\"dataSets\":[{\"structure\":0,\"observations\":{"
            + java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> "\"0:0:" + i + "\":[1],")
                .collect(java.util.stream.Collectors.joining())
            + "\"0:1:0\":[1]}}],\"structures\":["
            + structure(false)
            + "]}}";
    List<ReadResult> r = readAll(bytes(message), SMALL);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-READ-011");
  }

  @Test
  void warnsThatDataSetAttributesAfterStreamedObservationsAreNotApplied() {
    String message = smallMessage(true, ",\"attributes\":[0]");
    List<ReadResult> r = readAll(bytes(message), SMALL);
    assertThat(r).hasSize(1).allMatch(x -> x instanceof ReadResult.Ok);
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MG-SDMX-019", "/data/dataSets/0/attributes"));
  }

  @Test
  void reportsMalformedJsonAfterTheObservationsReadSoFar() {
    String message = smallMessage(true, "").replace("\"1:2:3\":[2]", "\"1:2:3\":[2]],");
    List<ReadResult> r = readAll(bytes(message), SMALL);
    assertThat(r).hasSize(2);
    assertThat(r.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(r.get(1).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-SDMX-001");
    assertThat(r.get(1).location().lineNumber()).hasValue(1);
  }

  @Test
  void readsSdmxJson10WithTheStructureAtTheRoot() {
    String message =
        "{\"header\":{\"id\":\"x\"},\"structure\":"
            + structure(false, 2, 4)
            + ",\"dataSets\":[{\"observations\":{\"0:0:0\":[1,0],\"1:2:3\":[2]}}]}";
    List<ReadResult> r = readAll(bytes(message), SMALL);
    assertThat(r).hasSize(1).allMatch(x -> x instanceof ReadResult.Ok);
    assertThat(((Dataset) ((ReadResult.Ok) r.get(0)).record()).observations()).hasSize(2);
  }
}

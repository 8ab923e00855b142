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
package org.mignet.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mignet.core.model.Dataset;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.sdmx.SdmxOptions;

/**
 * Observations per second reading generated SDMX messages (100 areas × 3 sexes × {@code PERIODS}
 * periods): a raw Jackson streaming token read of the same bytes (the floor) against the mignet
 * readers, in one JVM with warm-up rounds. Workloads: SDMX-JSON 2.0 AllDimensions and series
 * layouts with the structure first (streamed), the AllDimensions message with its data sets before
 * the structure (buffered, with the limit raised), and SDMX-CSV 2.0. Usage: {@code SdmxBenchmark
 * [PERIODS] [ROUNDS]}, default 1000 periods (300,000 observations), 10 rounds.
 */
public final class SdmxBenchmark {

  private static final int AREAS = 100;
  private static final int SEXES = 3;

  private SdmxBenchmark() {}

  /**
   * @param args optional number of periods and of measured rounds
   */
  public static void main(String[] args) throws IOException {
    int periods = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    // as the mignet SDMX-JSON reader: keys are mostly distinct, so canonicalising names does not
    // pay
    JsonFactory json =
        JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
    CsvFactory csv = new CsvFactory();
    Format sdmxJson = Formats.named("sdmx-json");
    Format sdmxCsv = Formats.named("sdmx-csv");
    FormatOptions roomy =
        FormatOptions.none()
            .with(SdmxOptions.LIMITS, ReadLimits.defaults().withMaxRecordBytes(1L << 30));
    Workload[] workloads = {
      new Workload(
          "sdmx-json AllDimensions, streamed",
          allDimensions(periods, true),
          json,
          sdmxJson,
          FormatOptions.none()),
      new Workload(
          "sdmx-json series, streamed", series(periods), json, sdmxJson, FormatOptions.none()),
      new Workload(
          "sdmx-json dataSets first, buffered",
          allDimensions(periods, false),
          json,
          sdmxJson,
          roomy),
      new Workload("sdmx-csv", csv(periods), csv, sdmxCsv, FormatOptions.none()),
    };
    for (int i = 0; i < 5; i++) {
      for (Workload w : workloads) {
        w.raw();
        w.mignet();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d observations per message, best of %d rounds%n",
        AREAS * SEXES * periods,
        rounds);
    for (Workload w : workloads) {
      double rawBest = 0;
      double mignetBest = 0;
      long n = w.mignet();
      for (int i = 0; i < rounds; i++) {
        rawBest = Math.max(rawBest, rate(n, w::raw));
        mignetBest = Math.max(mignetBest, rate(n, w::mignet));
      }
      System.out.printf(
          Locale.ROOT,
          "%-36s %,11d bytes  raw jackson %,12.0f obs/s  mignet %,12.0f obs/s  ratio %.2f%n",
          w.name,
          w.bytes.length,
          rawBest,
          mignetBest,
          mignetBest / rawBest);
    }
  }

  private interface Run {
    long run() throws IOException;
  }

  private static double rate(long observations, Run run) throws IOException {
    long t0 = System.nanoTime();
    run.run();
    long t1 = System.nanoTime();
    return observations * 1e9 / (t1 - t0);
  }

  /** A message, the raw parser for its syntax, and the mignet format reading it. */
  private record Workload(
      String name, byte[] bytes, JsonFactory factory, Format format, FormatOptions options) {

    /** Every token read, every name and value's text taken: the least a reader has to do. */
    long raw() throws IOException {
      long tokens = 0;
      try (JsonParser p = factory.createParser(new ByteArrayInputStream(bytes))) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.FIELD_NAME || t.isScalarValue()) {
            p.getText();
          }
          tokens++;
        }
      }
      return tokens;
    }

    long mignet() {
      long observations = 0;
      try (RecordReader r = format.reader(new ByteArrayInputStream(bytes), "bench", options)) {
        while (r.hasNext()) {
          ReadResult result = r.next();
          if (result instanceof ReadResult.Ok ok) {
            observations += ((Dataset) ok.record()).observations().size();
          }
        }
      }
      return observations;
    }
  }

  private static String values(String prefix, int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(prefix).append(i).append("\"}");
    }
    return b.append("]").toString();
  }

  private static String dimension(String id, String prefix, int n, int position) {
    return "{\"id\":\""
        + id
        + "\",\"keyPosition\":"
        + position
        + ",\"values\":"
        + values(prefix, n)
        + "}";
  }

  private static String structure(boolean seriesLayout, int periods) {
    String area = dimension("REF_AREA", "A", AREAS, 0);
    String sex = dimension("SEX", "S", SEXES, 1);
    String time = dimension("TIME_PERIOD", "Y", periods, 2);
    String dims =
        seriesLayout
            ? "{\"series\":[" + area + "," + sex + "],\"observation\":[" + time + "]}"
            : "{\"observation\":[" + area + "," + sex + "," + time + "]}";
    return "{\"name\":\"Generated\",\"links\":[{\"urn\":\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow="
        + "TEST:DF_GEN(1.0)\",\"rel\":\"dataflow\"}],\"dimensions\":"
        + dims
        + ",\"attributes\":{\"observation\":[{\"id\":\"OBS_STATUS\",\"values\":[{\"id\":\"A\"}]}]}}";
  }

  private static byte[] allDimensions(int periods, boolean structureFirst) {
    String structures = "\"structures\":[" + structure(false, periods) + "]";
    StringBuilder b =
        new StringBuilder("{\"data\":{")
            .append(structureFirst ? structures + "," : "")
            .append("\"dataSets\":[{\"structure\":0,\"observations\":{");
    int total = AREAS * SEXES * periods;
    for (int o = 0; o < total; o++) {
      b.append(o == 0 ? "" : ",")
          .append('"')
          .append(o / (SEXES * periods))
          .append(':')
          .append(o / periods % SEXES)
          .append(':')
          .append(o % periods)
          .append("\":[")
          .append(o)
          .append(",0]");
    }
    b.append("}}]").append(structureFirst ? "" : "," + structures).append("}}");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] series(int periods) {
    StringBuilder b =
        new StringBuilder("{\"data\":{\"structures\":[")
            .append(structure(true, periods))
            .append("],\"dataSets\":[{\"structure\":0,\"series\":{");
    for (int s = 0; s < AREAS * SEXES; s++) {
      b.append(s == 0 ? "" : ",")
          .append('"')
          .append(s / SEXES)
          .append(':')
          .append(s % SEXES)
          .append("\":{\"attributes\":[],\"observations\":{");
      for (int t = 0; t < periods; t++) {
        b.append(t == 0 ? "" : ",").append('"').append(t).append("\":[").append(t).append(".5,0]");
      }
      b.append("}}");
    }
    return b.append("}}]}}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] csv(int periods) {
    StringBuilder b =
        new StringBuilder(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n");
    for (int a = 0; a < AREAS; a++) {
      for (int s = 0; s < SEXES; s++) {
        for (int t = 0; t < periods; t++) {
          b.append("dataflow,TEST:DF_GEN(1.0),I,A")
              .append(a)
              .append(",S")
              .append(s)
              .append(",Y")
              .append(t)
              .append(',')
              .append(t)
              .append(".5,A\n");
        }
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}

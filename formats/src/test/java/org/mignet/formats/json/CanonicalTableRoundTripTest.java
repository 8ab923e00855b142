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
package org.mignet.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;

/**
 * Canonical → CSV/XLSX (JSON Pointer columns) → canonical gives equal records, for every record
 * type.
 */
class CanonicalTableRoundTripTest {

  private static List<MignetRecord> roundTrip(String format, List<MignetRecord> records) {
    Format f = Formats.named(format);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = f.writer(out)) {
      records.forEach(w::write);
    }
    List<MignetRecord> back = new ArrayList<>();
    try (RecordReader r = f.reader(new ByteArrayInputStream(out.toByteArray()), "rt." + format)) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        assertThat(res).as("%s", res.issues()).isInstanceOf(ReadResult.Ok.class);
        back.add(((ReadResult.Ok) res).record());
      }
    }
    return back;
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void everyRecordTypeRoundTripsThroughCsv(RecordType type) {
    List<MignetRecord> records = List.of(Samples.rich(type), Samples.rich(type));
    List<MignetRecord> back = roundTrip("csv", records);
    CanonicalJson json = CanonicalJson.standard();
    assertThat(back.stream().map(json::toJson).toList())
        .isEqualTo(records.stream().map(json::toJson).toList());
    assertThat(back).isEqualTo(records);
  }

  @Test
  void keepsAnExtensionCellHoldingANumberNoDecimalHoldsAsTextRatherThanStop() {
    // regression: an extension cell is read as JSON when it is JSON, and 1e99999999999 made Jackson
    // throw a NumberFormatException out of the reader
    MignetRecord marked =
        org.mignet.core.model.Incident.builder(
                org.mignet.core.model.RecordMeta.of("urn:example:incident", "1")
                    .withExtension("iom:figure", "PLACEHOLDER"))
            .date(org.mignet.core.model.PartialDate.parse("2024-06-17"))
            .counts(1, 0, 1)
            .build();
    Format csv = Formats.named("csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = csv.writer(out)) {
      w.write(marked);
    }
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    // a string extension is written as JSON text in its cell ("PLACEHOLDER", quoted for CSV): a
    // number in its place is read as JSON
    assertThat(text).contains("\"\"\"PLACEHOLDER\"\"\"");
    byte[] hostile =
        text.replace("\"\"\"PLACEHOLDER\"\"\"", "1e99999999999")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader r = csv.reader(new ByteArrayInputStream(hostile), "x.csv")) {
      r.forEachRemaining(results::add);
    }
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(((ReadResult.Ok) results.get(0)).record().meta().extensions())
        .containsEntry("iom:figure", "1e99999999999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "hxl"})
  void aDatasetOfManyObservationsIsALongTableOfOneRowPerObservationReadBackWhole(String format) {
    org.mignet.core.model.Dataset rich =
        (org.mignet.core.model.Dataset) Samples.rich(RecordType.DATASET);
    List<org.mignet.core.model.Observation> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      org.mignet.core.model.Observation o = rich.observations().get(0);
      java.util.Map<String, String> dims = new java.util.LinkedHashMap<>(o.dimensions());
      dims.put("TIME_PERIOD", Integer.toString(1990 + i));
      many.add(
          new org.mignet.core.model.Observation(
              dims,
              java.util.Optional.of(java.math.BigDecimal.valueOf(i)),
              java.util.Optional.empty(),
              o.unit(),
              o.status(),
              o.confidentiality(),
              o.attributes()));
    }
    org.mignet.core.model.Dataset d =
        new org.mignet.core.model.Dataset(
            rich.meta(),
            rich.dataflow(),
            rich.title(),
            rich.dimensionIds(),
            rich.attributes(),
            many);
    // the same dataset twice in a row: two records, not one joined
    List<MignetRecord> records = List.of(d, d);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named(format).writer(out)) {
      records.forEach(w::write);
    }
    String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r?\n");

    assertThat(lines).hasSize(80 + (format.equals("hxl") ? 2 : 1));
    assertThat(lines[0]).doesNotContain("/observations/1/");
    assertThat(lines[lines.length - 1]).startsWith(",");
    assertThat(roundTrip(format, records)).isEqualTo(records);
  }

  @org.junit.jupiter.api.Test
  void aRowOfOnlyObservationCellsWithNoDatasetAboveIsRejected() {
    String csv =
        "/recordType,/meta/identifier/system,/meta/identifier/value,/dataflow,"
            + "/observations/0/dimensions/TIME_PERIOD,/observations/0/value\n"
            + ",,,,2020,5\n";
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader r =
        Formats.named("csv")
            .reader(
                new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "t.csv")) {
      r.forEachRemaining(results::add);
    }

    assertThat(results).singleElement().isInstanceOf(ReadResult.Failed.class);
  }

  /**
   * Regression: a canonical table written by another process (here: typed by hand) was rejected
   * with MG-TAB-017, because numbers and booleans were typed from what this process had written
   * before, or learned from the canonical reader's error messages.
   */
  @org.junit.jupiter.api.Test
  void readsNumbersAndBooleansOfATableThisProcessDidNotWrite() {
    java.util.Locale before = java.util.Locale.getDefault();
    // the types come from the model, not from a message, so the language of messages cannot matter
    java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ru"));
    try {
      readTablesTypedByHand();
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  private static void readTablesTypedByHand() {
    String csv =
        "/recordType,/meta/identifier/system,/meta/identifier/value,/meta/schemaVersion,/meta/sensitivity,"
            + "/dead,/place/coordinates/latitude,/place/coordinates/longitude,/place/coordinates/precision,"
            + "/sourceQuality\n"
            + "Incident,org.example.mmp,I-77,1.0,PUBLIC,2147483647,-90,180.5e-1,EXACT,5\n";
    Format f = Formats.named("csv");
    try (RecordReader r =
        f.reader(
            new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "other-process.csv")) {
      ReadResult res = r.next();
      assertThat(res).as("%s", res.issues()).isInstanceOf(ReadResult.Ok.class);
      org.mignet.core.model.Incident i =
          (org.mignet.core.model.Incident) ((ReadResult.Ok) res).record();
      assertThat(i.dead()).contains(Integer.MAX_VALUE);
      assertThat(i.sourceQuality()).contains(5);
      assertThat(i.place().orElseThrow().coordinates().orElseThrow().longitude()).isEqualTo(18.05);
    }
    String person =
        "/recordType,/meta/identifier/system,/meta/identifier/value,/meta/schemaVersion,/meta/sensitivity,"
            + "/sex,/stateless,/deceased,/numberOfChildren\nPerson,org.example,P-1,1.0,RESTRICTED,FEMALE,true,false,0\n";
    try (RecordReader r =
        f.reader(
            new ByteArrayInputStream(person.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "other-process.csv")) {
      ReadResult res = r.next();
      assertThat(res).as("%s", res.issues()).isInstanceOf(ReadResult.Ok.class);
      org.mignet.core.model.Person p =
          (org.mignet.core.model.Person) ((ReadResult.Ok) res).record();
      assertThat(p.stateless()).contains(true);
      assertThat(p.deceased()).contains(false);
      assertThat(p.numberOfChildren()).contains(0);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv"})
  void mixedRecordTypesRoundTripInOneTable(String format) {
    List<MignetRecord> records = new ArrayList<>();
    for (RecordType t : RecordType.values()) {
      records.add(Samples.rich(t));
    }
    records.add(Samples.smallPerson());
    assertThat(roundTrip(format, records)).isEqualTo(records);
  }

  @org.junit.jupiter.api.Test
  @org.mignet.formats.WithXlsx
  void mixedRecordTypesRoundTripInOneWorkbook() {
    mixedRecordTypesRoundTripInOneTable("xlsx");
  }
}

package org.mignet.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
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

/** Canonical → CSV/XLSX (JSON Pointer columns) → canonical gives equal records, for every record type. */
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
    assertThat(back.stream().map(json::toJson).toList()).isEqualTo(records.stream().map(json::toJson).toList());
    assertThat(back).isEqualTo(records);
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "xlsx"})
  void mixedRecordTypesRoundTripInOneTable(String format) {
    List<MignetRecord> records = new ArrayList<>();
    for (RecordType t : RecordType.values()) {
      records.add(Samples.rich(t));
    }
    records.add(Samples.smallPerson());
    assertThat(roundTrip(format, records)).isEqualTo(records);
  }
}

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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/** Issue 8.5: a table reader reports what it cannot read as it is, never alters it silently. */
class StrictTableReadingTest {

  private static byte[] bytes(String ascii, int... tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    for (int b : tail) {
      out.write(b);
    }
    return out.toByteArray();
  }

  private static List<ReadResult> readAll(RecordReader reader) {
    List<ReadResult> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  private static MappingSpec spec(String json) {
    return MappingSpec.parse(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "spec.json");
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheirLine() {
    // a UTF-8 sample, then a lone continuation byte on line 3
    byte[] csv =
        join(
            "a,b\n".getBytes(StandardCharsets.UTF_8),
            "S\u00e3o,1\n".getBytes(StandardCharsets.UTF_8),
            bytes("x,", 0x80, '\n'));
    try (TableReader r =
        TableReader.builder()
            .encoding(StandardCharsets.UTF_8)
            .open(new ByteArrayInputStream(csv), "t.csv")) {
      assertThat(r.next().cells()).containsExactly("S\u00e3o", "1");
      assertThatThrownBy(r::next)
          .isInstanceOfSatisfying(
              ParseException.class,
              e -> {
                assertThat(e.ruleId().value()).isEqualTo("MG-TAB-022");
                assertThat(e.location().line()).isEqualTo(3);
                assertThat(e.location().source()).contains("t.csv");
                assertThat(e.getMessage()).contains("UTF-8");
              });
    }
  }

  @Test
  void refusesBytesThatTheDeclaredEncodingHasNoCharacterFor() {
    // 0x81 is no character of Windows-1252
    byte[] csv = bytes("a,b\n1,2\n3,\n4,", 0x81, '\n');
    try (TableReader r =
        TableReader.builder()
            .encoding(java.nio.charset.Charset.forName("windows-1252"))
            .open(new ByteArrayInputStream(csv), "t.csv")) {
      assertThat(r.next().cells()).containsExactly("1", "2");
      assertThat(r.next().cells()).containsExactly("3", "");
      assertThatThrownBy(r::next)
          .isInstanceOfSatisfying(
              ParseException.class,
              e -> {
                assertThat(e.ruleId().value()).isEqualTo("MG-TAB-022");
                assertThat(e.location().line()).isEqualTo(4);
                assertThat(e.getMessage()).contains("windows-1252");
              });
    }
  }

  @Test
  void stillReadsWindows1252WhenItIsDetected() {
    byte[] csv = bytes("name,n\nC", 0xF4, 't', 'e', ',', '1', '\n');
    try (TableReader r = TableReader.builder().open(new ByteArrayInputStream(csv), "t.csv")) {
      assertThat(r.encoding()).contains(java.nio.charset.Charset.forName("windows-1252"));
      assertThat(r.next().cells()).containsExactly("C\u00f4te", "1");
    }
  }

  @Test
  void reportsADuplicateHeaderWithItsColumns() {
    String csv = "id,Region,region \n1,North Africa,Europe\n";
    List<ReadResult> results =
        readAll(
            Mapping.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "t.csv",
                spec(
                    """
            {"mappingSpec": "1.0", "name": "t", "recordType": "Incident",
             "constants": {"/meta/identifier/system": "s"},
             "columns": [{"column": "id", "to": "/meta/identifier/value"},
                         {"column": "region", "to": "/region"}]}""")));
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Failed.class);
    Issue issue = results.get(0).issues().get(0);
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-021");
    assertThat(issue.location().line()).isEqualTo(1);
    assertThat(issue.location().column()).isEqualTo(3);
    assertThat(issue.message()).contains("2, 3");
  }

  @Test
  void reportsADuplicatePointerInACanonicalTable() {
    String csv =
        "/recordType,/meta/identifier/system,/meta/identifier/value,/region,/region\n"
            + "Incident,s,1,North Africa,Europe\n";
    List<ReadResult> results =
        readAll(
            Formats.named("csv")
                .reader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv"));
    assertThat(results).hasSize(1);
    Issue issue = results.get(0).issues().get(0);
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-021");
    assertThat(issue.location().column()).isEqualTo(5);
    assertThat(issue.message()).contains("/region", "4, 5");
  }

  @Test
  void reportsADuplicateMemberOfAJsonRecordWithItsPointer() {
    String json =
        "[{\"page\": 1}, [\n{\"countryiso3code\": \"DEU\", \"date\": \"2020\", \"value\": 1,"
            + " \"indicator\": {\"id\": \"SM.POP.TOTL\"}},\n{\"countryiso3code\": \"FRA\", \"date\": \"2020\","
            + " \"value\": 2,\n \"value\": 3, \"indicator\": {\"id\": \"SM.POP.TOTL\"}}]]";
    List<ReadResult> results =
        readAll(
            Mapping.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "wb_SM_POP_TOTL.json",
                MappingSpec.bundled("worldbank-indicator").orElseThrow()));
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    Issue issue = results.get(1).issues().get(0);
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-023");
    assertThat(issue.pointer()).isEqualTo("/1/1/value");
    assertThat(issue.location().line()).isEqualTo(4);
    assertThat(issue.message())
        .isEqualTo("Member value appears more than once in this record; the rest cannot be read.");
  }

  @Test
  void aMappedTableKeepsTheMessageOfTheFailureThatStoppedIt() {
    byte[] csv = bytes("id,region\n1,", 0x81, '\n');
    List<ReadResult> results =
        readAll(
            Mapping.read(
                new ByteArrayInputStream(csv),
                "t.csv",
                spec(
                    """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Incident", "source": {"encoding": "windows-1252"},
         "constants": {"/meta/identifier/system": "s"},
         "columns": [{"column": "id", "to": "/meta/identifier/value"}, {"column": "region", "to": "/region"}]}""")));
    Issue issue = results.get(results.size() - 1).issues().get(0);
    assertThat(issue.ruleId().value()).isEqualTo("MG-TAB-022");
    assertThat(issue.location().line()).isEqualTo(2);
    assertThat(issue.message()).isEqualTo("Line 2 holds bytes that are not windows-1252 text.");
  }

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

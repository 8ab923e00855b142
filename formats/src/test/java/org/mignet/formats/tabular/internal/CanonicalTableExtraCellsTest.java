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
package org.mignet.formats.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.TabularRules;

/**
 * A canonical table edited in a spreadsheet: a column added beside it (a note), a value typed past
 * the last column, the file saved again with ';' or as "Unicode text". No cell is dropped without a
 * word, and the saved file is still recognised.
 */
class CanonicalTableExtraCellsTest {

  private static final String HEADER =
      "/recordType,/meta/identifier/system,/meta/identifier/value,/meta/sourceOrganization,"
          + "/meta/schemaVersion,/meta/sensitivity,/mainId,/date,/region,/dead,/totalDeadAndMissing";
  private static final String ROW1 =
      "Incident,https://missingmigrants.iom.int,I1,IOM Missing Migrants Project,1.0,RESTRICTED,M1,"
          + "2023-01-02,Mediterranean,2,2";
  private static final String ROW2 =
      "Incident,https://missingmigrants.iom.int,I2,IOM Missing Migrants Project,1.0,RESTRICTED,M2,"
          + "2023-01-03,Mediterranean,1,1";

  private static List<ReadResult> read(byte[] csv) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named("csv").reader(new ByteArrayInputStream(csv), "canonical.csv")) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void saysANamedColumnThatIsNoPointerRatherThanDroppingItsCells() {
    List<ReadResult> r =
        read(utf8(HEADER + ",notes\n" + ROW1 + ",checked by A\n" + ROW2 + ",checked by B\n"));
    assertThat(r).hasSize(2).allMatch(x -> x instanceof ReadResult.Ok);
    Issue said = r.get(0).issues().get(0);
    assertThat(said.ruleId().value()).isEqualTo(TabularRules.UNMAPPED_COLUMN);
    assertThat(said.location().column()).isEqualTo(12);
    assertThat(said.message()).contains("notes", "not read");
    assertThat(r.get(1).issues()).isEmpty();
  }

  @Test
  void refusesARowWithAValuePastItsHeaderNamingTheColumn() {
    List<ReadResult> r = read(utf8(HEADER + "\n" + ROW1 + ",,stray\n" + ROW2 + ",\n"));
    assertThat(r).hasSize(2);
    assertThat(r.get(0)).isInstanceOf(ReadResult.Failed.class);
    Issue past = r.get(0).issues().get(0);
    assertThat(past.ruleId().value()).isEqualTo(TabularRules.PAST_HEADER);
    assertThat(past.location().line()).isEqualTo(2);
    assertThat(past.location().column()).isEqualTo(13);
    assertThat(past.message()).contains("13", "11").doesNotContain("stray");
    // an empty cell past the header (a trailing delimiter) holds nothing: the row is read
    assertThat(r.get(1)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void recognisesACanonicalTableSavedWithSemicolonsOrAsUnicodeText() {
    String semicolons = (HEADER + "\r\n" + ROW1 + "\r\n").replace(',', ';');
    byte[] body =
        (HEADER + "\r\n" + ROW1 + "\r\n").replace(',', '\t').getBytes(StandardCharsets.UTF_16LE);
    byte[] unicodeText = new byte[body.length + 2];
    unicodeText[0] = (byte) 0xFF;
    unicodeText[1] = (byte) 0xFE;
    System.arraycopy(body, 0, unicodeText, 2, body.length);
    for (byte[] file :
        List.of(utf8(semicolons), unicodeText, utf8(semicolons.replace("\r\n", "\r")))) {
      assertThat(Formats.named("csv").sniff(file)).isTrue();
      assertThat(read(file)).singleElement().isInstanceOf(ReadResult.Ok.class);
    }
  }
}

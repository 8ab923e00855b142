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
package org.mignet.formats.mmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * An MMP export opened in a spreadsheet and saved again: European Excel writes ';' between cells,
 * "Unicode text" is UTF-16 with a byte-order mark and tabs, old Mac tools end lines with a lone CR.
 * Each is read as the same incidents as the original, and recognised as MMP.
 */
class MmpSpreadsheetResavesTest {

  private static final List<List<String>> ROWS =
      List.of(
          List.of(
              "Main ID",
              "Incident ID",
              "Region",
              "Incident Date",
              "Year",
              "Reported Month",
              "Number Dead",
              "Minimum Estimated Number of Missing",
              "Total Number of Dead and Missing",
              "Cause of Death",
              "Country of Origin",
              "Location of death",
              "Information Source",
              "Coordinates",
              "Migration route"),
          List.of(
              "2023.MMP0001",
              "2023.MMP00012",
              "Mediterranean",
              "Mon, 01/02/2023 - 12:00",
              "2023",
              "January",
              "2",
              "1",
              "3",
              "Drowning",
              "Côte d'Ivoire",
              "Off Samos; Greece, at sea",
              "IOM Türkiye",
              "37.69253013, 26.99162098",
              "Eastern Mediterranean"),
          List.of(
              "2023.MMP0002",
              "2023.MMP00013",
              "North Africa",
              "Tue, 01/03/2023 - 12:00",
              "2023",
              "January",
              "1",
              "",
              "1",
              "Harsh environmental conditions / lack of adequate shelter, food, water",
              "Sudan",
              "Sahara desert",
              "IOM Niger",
              "20.1, 12.2",
              "Central Mediterranean"));

  private static String csv(char delimiter, String lineEnd) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : ROWS) {
      for (int i = 0; i < row.size(); i++) {
        String v = row.get(i);
        if (i > 0) {
          b.append(delimiter);
        }
        if (v.indexOf(delimiter) >= 0 || v.indexOf(',') >= 0 || v.indexOf(';') >= 0) {
          b.append('"').append(v.replace("\"", "\"\"")).append('"');
        } else {
          b.append(v);
        }
      }
      b.append(lineEnd);
    }
    return b.toString();
  }

  private static byte[] bytes(String text, Charset encoding, byte... bom) {
    byte[] body = text.getBytes(encoding);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  private static List<String> incidents(byte[] file) {
    List<String> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named("mmp")
            .reader(new ByteArrayInputStream(file), "mmp.csv", FormatOptions.none())) {
      while (r.hasNext()) {
        ReadResult result = r.next();
        assertThat(result).isInstanceOf(ReadResult.Ok.class);
        assertThat(result.issues()).isEmpty();
        out.add(((ReadResult.Ok) result).record().toString());
      }
    }
    return out;
  }

  private static final byte[] ORIGINAL = bytes(csv(',', "\n"), StandardCharsets.UTF_8);

  @Test
  void readsAnExportResavedWithSemicolonsAsTheSameIncidents() {
    byte[] resaved =
        bytes(csv(';', "\r\n"), StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(incidents(resaved)).hasSize(2).isEqualTo(incidents(ORIGINAL));
  }

  @Test
  void readsAnExportSavedAsExcelUnicodeTextAsTheSameIncidents() {
    byte[] le = bytes(csv('\t', "\r\n"), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);
    byte[] be = bytes(csv('\t', "\r\n"), StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF);
    assertThat(incidents(le)).hasSize(2).isEqualTo(incidents(ORIGINAL));
    assertThat(incidents(be)).isEqualTo(incidents(ORIGINAL));
  }

  @Test
  void readsAnExportWithSemicolonsAndOldMacLineEndsAsTheSameIncidents() {
    byte[] mac = bytes(csv(';', "\r"), Charset.forName("windows-1252"));
    assertThat(incidents(mac)).hasSize(2).isEqualTo(incidents(ORIGINAL));
  }

  @Test
  void readsDataRowsEndingInADelimiterTheHeaderDoesNotHave() {
    String original = csv(',', "\n");
    int header = original.indexOf('\n') + 1;
    String trailing =
        original.substring(0, header) + original.substring(header).replace("\n", ",\n");
    assertThat(incidents(bytes(trailing, StandardCharsets.UTF_8))).isEqualTo(incidents(ORIGINAL));
  }

  @Test
  void stillRefusesARowWithAValuePastTheHeader() {
    String original = csv(',', "\n");
    int header = original.indexOf('\n') + 1;
    String stray =
        original.substring(0, header) + original.substring(header).replaceFirst("\n", ",x\n");
    try (RecordReader r =
        Formats.named("mmp")
            .reader(
                new ByteArrayInputStream(bytes(stray, StandardCharsets.UTF_8)),
                "mmp.csv",
                FormatOptions.none())) {
      ReadResult first = r.next();
      assertThat(first).isInstanceOf(ReadResult.Failed.class);
      assertThat(first.issues()).extracting(i -> i.ruleId().value()).containsExactly("MG-MMP-003");
      assertThat(r.next()).isInstanceOf(ReadResult.Ok.class);
    }
  }

  @Test
  void recognisesResavedExportsAsMmp(@TempDir Path dir) throws IOException {
    byte[][] files = {
      bytes(csv(';', "\r\n"), StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
      bytes(csv('\t', "\r\n"), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
      bytes(csv(';', "\r"), Charset.forName("windows-1252")),
    };
    for (int i = 0; i < files.length; i++) {
      Path file = Files.write(dir.resolve("mmp-" + i + ".csv"), files[i]);
      assertThat(Formats.sniff(file).map(Format::name)).as("file %d", i).contains("mmp");
    }
  }
}

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
package org.mignet.formats.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.TraffickingCase;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.htcds.internal.HtcdsReadRules;

/**
 * HTCDS tables as agencies save them: Latin-1 and semicolon CSV from Excel, workbooks with real
 * date cells.
 */
class HtcdsTableInputTest {

  private static List<ReadResult> read(byte[] bytes, String name, FormatOptions options) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named(Htcds.TABLE).reader(new ByteArrayInputStream(bytes), name, options)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static TraffickingCase only(List<ReadResult> results) {
    assertThat(results).singleElement().isInstanceOf(ReadResult.Ok.class);
    assertThat(results.get(0).issues()).isEmpty();
    return (TraffickingCase) ((ReadResult.Ok) results.get(0)).record();
  }

  @Test
  void latin1CsvWithAccentedNamesIsDetectedAsWindows1252() {
    byte[] csv =
        ",prs_FirstName,prs_SecondName,prs_MailingCity\nc1,José,Müller-Ørsted,Besançon\n"
            .getBytes(Charset.forName("windows-1252"));
    TraffickingCase c = only(read(csv, "latin1.csv", FormatOptions.none()));
    var name = c.victims().get(0).person().names().get(0);
    assertThat(name.givenNames()).containsExactly("José");
    assertThat(name.familyNames()).containsExactly("Müller-Ørsted");
    assertThat(c.toString()).doesNotContain("\ufffd");
  }

  @Test
  void aDeclaredEncodingWinsOverDetection() {
    byte[] csv = ",prs_FirstName\nc1,Zoë\n".getBytes(StandardCharsets.ISO_8859_1);
    TraffickingCase c =
        only(
            read(
                csv,
                "declared.csv",
                FormatOptions.none().with(FormatOptions.ENCODING, StandardCharsets.ISO_8859_1)));
    assertThat(c.victims().get(0).person().names().get(0).givenNames()).containsExactly("Zoë");
  }

  @Test
  void semicolonDelimitedCsvFromEuropeanExcelIsRead() {
    byte[] csv =
        ";prs_FirstName;prs_Citizenship\r\nc1;Ana;\"Angola; Fiji\"\r\n"
            .getBytes(StandardCharsets.UTF_8);
    TraffickingCase c = only(read(csv, "semicolon.csv", FormatOptions.none()));
    assertThat(c.victims().get(0).person().citizenships()).containsExactly("AGO", "FJI");
  }

  @Test
  void workbookDateCellsAndUnformattedSerialsAreBothRead() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("about").createRow(0).createCell(0).setCellValue("not the cases");
      Sheet s = wb.createSheet("Case Sheet");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row names = s.createRow(0);
      names.createCell(1).setCellValue("prs_Birthdate");
      names.createCell(2).setCellValue("cas_IncomingReferralDate");
      names.createCell(3).setCellValue("cas_ReferringOrganisation");
      Row row = s.createRow(1);
      row.createCell(0).setCellValue("c1");
      row.createCell(1).setCellValue(LocalDate.of(1990, 2, 28));
      row.getCell(1).setCellStyle(date);
      row.createCell(2).setCellValue(45474.75);
      row.createCell(3).setCellValue("Shelter");
      wb.write(out);
    }
    TraffickingCase c = only(read(out.toByteArray(), "cases.xlsx", FormatOptions.none()));
    assertThat(c.victims().get(0).person().birthDate())
        .hasValueSatisfying(d -> assertThat(d).hasToString("1990-02-28"));
    assertThat(c.referrals())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.date())
                    .hasValueSatisfying(d -> assertThat(d).hasToString("2024-07-01")));
  }

  @Test
  void aBrokenWorkbookFailsWithItsOwnNameAndNoException() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 1, 2, 3};
    List<ReadResult> r = read(zip, "broken.xlsx", FormatOptions.none());
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(r.get(0).issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo(HtcdsReadRules.MALFORMED);
              assertThat(i.location().source()).contains("broken.xlsx");
              assertThat(i.message()).doesNotContain("mignet-htcds-");
            });
  }

  @Test
  void anEmptyFileIsNotHtcds() {
    List<ReadResult> r = read(new byte[0], "empty.csv", FormatOptions.none());
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(r.get(0).issues().get(0).ruleId().value()).isEqualTo(HtcdsReadRules.NOT_HTCDS);
  }
}

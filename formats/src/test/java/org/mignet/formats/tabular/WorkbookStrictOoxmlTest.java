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
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.formats.WithXlsx;

/**
 * A workbook saved by Excel as "Strict Open XML Spreadsheet" (ISO/IEC 29500 Strict: the same parts
 * under other namespaces) is refused saying what it is and how to save it, not called "not a
 * workbook" by the name of an exception.
 */
@WithXlsx
class WorkbookStrictOoxmlTest {

  @Test
  void refusesAStrictOpenXmlWorkbookSayingHowToSaveIt() {
    byte[] strict =
        WorkbookFormulaCellsTest.workbook(
            "http://purl.oclc.org/ooxml/spreadsheetml/main",
            "http://purl.oclc.org/ooxml/officeDocument/relationships",
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>");
    assertThatThrownBy(
            () ->
                TableReader.builder()
                    .format(TableFormat.XLSX)
                    .open(new ByteArrayInputStream(strict), "s.xlsx"))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.ruleId().value()).isEqualTo("MG-TAB-002");
              assertThat(e.getMessage()).contains("Strict Open XML", "Excel Workbook");
            });
  }
}

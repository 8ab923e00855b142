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
package org.mignet.formats.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.formats.internal.WorkbookCodec;

/**
 * The module plugs into mignet-formats by the service file alone, and what it writes it reads back.
 */
class XlsxWorkbookCodecTest {

  @Test
  void theBaseFindsThisModuleAsItsWorkbookCodec() {
    assertThat(WorkbookCodec.find()).get().isInstanceOf(XlsxWorkbookCodec.class);
    assertThat(WorkbookCodec.require()).isSameAs(WorkbookCodec.find().orElseThrow());
  }

  @Test
  void aSheetWrittenReadsBackCellForCellWithNumbersAsNumbersAndFormulaLikeTextMarked() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long marked;
    try (WorkbookCodec.SheetWriter w = WorkbookCodec.require().write(out, "Données", true)) {
      w.writeRow(List.of("id", "note", "count"));
      w.writeRow(java.util.Arrays.asList("c1", "=1+2", "-12.5"));
      w.writeRow(java.util.Arrays.asList("c2", null, "007"));
      marked = w.neutralised();
    }
    assertThat(marked).isEqualTo(1);
    List<WorkbookCodec.Row> rows = new ArrayList<>();
    try (WorkbookCodec.SheetRows r =
        WorkbookCodec.require()
            .read(new ByteArrayInputStream(out.toByteArray()), "t.xlsx", null, 0, 100, 1000)) {
      assertThat(r.sheetName()).isEqualTo("Données");
      for (WorkbookCodec.Row row = r.next(); row != null; row = r.next()) {
        rows.add(row);
      }
    }
    assertThat(rows).extracting(WorkbookCodec.Row::number).containsExactly(1L, 2L, 3L);
    assertThat(rows.get(1).cells()).containsExactly("c1", "=1+2", "-12.5");
    assertThat(rows.get(2).cells()).containsExactly("c2", "", "007");
  }

  @Test
  void aMissingCompressionCodecIsTheWorkbooksFaultAndAMissingLibraryIsNot() {
    // commons-compress loads a codec only for a zip entry that names its method: the workbook is
    // then refused as not XLSX
    assertThat(
            XlsxRowSource.isCompressionCodec(
                new NoClassDefFoundError("com/github/luben/zstd/ZstdInputStreamNoFinalizer")))
        .isTrue();
    assertThat(XlsxRowSource.isCompressionCodec(new NoClassDefFoundError("org/tukaani/xz/XZ")))
        .isTrue();
    // a library POI needs, left out of a build: an installation fault, named as such
    assertThat(
            XlsxRowSource.isCompressionCodec(
                new NoClassDefFoundError("org/apache/commons/lang3/ArrayUtils")))
        .isFalse();
  }
}

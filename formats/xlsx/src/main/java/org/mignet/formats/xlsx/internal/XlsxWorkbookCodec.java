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

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.mignet.formats.internal.WorkbookCodec;

/**
 * XLSX support for mignet-formats, with Apache POI: registered as the {@link WorkbookCodec} service
 * ({@code META-INF/services}), so that the {@code xlsx}, {@code htcds}, {@code ctdc} and {@code
 * hxl} formats, mapped tables and {@code mignet inspect} read and write workbooks whenever this
 * artifact is on the class path.
 */
public final class XlsxWorkbookCodec implements WorkbookCodec {

  /** For {@link java.util.ServiceLoader}. */
  public XlsxWorkbookCodec() {}

  @Override
  public SheetRows read(
      InputStream input,
      String sourceName,
      String sheetName,
      int sheetIndex,
      int maxColumns,
      int maxSharedStrings) {
    return XlsxRowSource.open(
        Objects.requireNonNull(input, "input"),
        sourceName,
        sheetName,
        sheetIndex,
        maxColumns,
        maxSharedStrings);
  }

  @Override
  public SheetRows read(
      Path file,
      String sourceName,
      String sheetName,
      int sheetIndex,
      int maxColumns,
      int maxSharedStrings) {
    return XlsxRowSource.open(
        Objects.requireNonNull(file, "file"),
        sourceName,
        sheetName,
        sheetIndex,
        maxColumns,
        maxSharedStrings);
  }

  @Override
  public SheetWriter write(OutputStream out, String sheetName, boolean neutralise) {
    return new XlsxSheetWriter(Objects.requireNonNull(out, "out"), sheetName, neutralise);
  }
}

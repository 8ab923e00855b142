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

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.internal.WorkbookCodec;

/**
 * Rows of one sheet of an XLSX workbook, read by the {@link WorkbookCodec} that {@code
 * mignet-formats-xlsx} provides (without it, opening throws a {@link
 * org.mignet.core.MignetException} naming that artifact, before the input is read).
 */
// not yet null-checked: package-private, its nulls (absent cells, spec parts, reader state) are
// pervasive; the public classes of this package are checked
@NullUnmarked
final class WorkbookRowSource implements RowSource {

  private final WorkbookCodec.SheetRows rows;

  private WorkbookRowSource(WorkbookCodec.SheetRows rows) {
    this.rows = rows;
  }

  /**
   * @param input the workbook bytes; closed here or by the source (a {@link
   *     org.mignet.formats.internal.FileInput} is read in place)
   */
  static WorkbookRowSource open(
      InputStream input, String sourceName, String sheetName, int sheetIndex, ReadLimits limits) {
    WorkbookCodec codec = WorkbookCodec.require();
    return new WorkbookRowSource(
        codec.read(
            input,
            sourceName,
            sheetName,
            sheetIndex,
            limits.maxColumns(),
            limits.maxSharedStrings()));
  }

  /**
   * @param file the workbook file, read in place
   */
  static WorkbookRowSource open(
      Path file, String sourceName, String sheetName, int sheetIndex, ReadLimits limits) {
    WorkbookCodec codec = WorkbookCodec.require();
    return new WorkbookRowSource(
        codec.read(
            file,
            sourceName,
            sheetName,
            sheetIndex,
            limits.maxColumns(),
            limits.maxSharedStrings()));
  }

  @Override
  public TableRow nextRow() {
    WorkbookCodec.Row r = rows.next();
    return r == null ? null : new TableRow(r.number(), r.number(), r.cells(), r.raw());
  }

  @Override
  public Optional<String> sheetName() {
    return Optional.of(rows.sheetName());
  }

  @Override
  public void close() {
    rows.close();
  }

  /** Returns the 0-based column of a cell reference, as {@link WorkbookCodec#columnIndex}. */
  static int columnIndex(String ref) {
    return WorkbookCodec.columnIndex(ref);
  }
}

package org.mignet.formats.xlsx.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.mignet.formats.internal.WorkbookCodec;

/**
 * XLSX support for mignet-formats, with Apache POI: registered as the {@link WorkbookCodec} service
 * ({@code META-INF/services}), so that the {@code xlsx}, {@code htcds}, {@code ctdc} and {@code hxl} formats, mapped
 * tables and {@code mignet inspect} read and write workbooks whenever this artifact is on the class path.
 */
public final class XlsxWorkbookCodec implements WorkbookCodec {

  /** For {@link java.util.ServiceLoader}. */
  public XlsxWorkbookCodec() {
  }

  @Override
  public SheetRows read(InputStream input, String sourceName, String sheetName, int sheetIndex, int maxColumns,
      int maxSharedStrings) {
    return XlsxRowSource.open(Objects.requireNonNull(input, "input"), sourceName, sheetName, sheetIndex, maxColumns,
        maxSharedStrings);
  }

  @Override
  public SheetRows read(Path file, String sourceName, String sheetName, int sheetIndex, int maxColumns,
      int maxSharedStrings) {
    return XlsxRowSource.open(Objects.requireNonNull(file, "file"), sourceName, sheetName, sheetIndex, maxColumns,
        maxSharedStrings);
  }

  @Override
  public SheetWriter write(OutputStream out, String sheetName, boolean neutralise) {
    return new XlsxSheetWriter(Objects.requireNonNull(out, "out"), sheetName, neutralise);
  }
}

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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.internal.FileInput;
import org.mignet.formats.internal.PrivateTempFiles;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Words;
import org.mignet.formats.internal.WorkbookCodec;

/**
 * Rows of one sheet of an XLSX workbook, read with POI's event API without loading the workbook:
 * {@link XSSFReader} gives the parts, the shared strings are read by {@link
 * ReadOnlySharedStringsTable}, and the sheet XML is pulled row by row with StAX (DTDs and external
 * entities off). StAX rather than {@code XSSFSheetXMLHandler}: the handler is push-only (SAX), and
 * a sheet is pulled one row at a time. Memory holds the shared strings, the styles and one row.
 * Reached through {@link XlsxWorkbookCodec}.
 *
 * <p>An input stream is first copied to a private temporary file (deleted on close), because POI
 * reads a ZIP held in memory otherwise; a {@link FileInput} is read in place.
 */
final class XlsxRowSource implements WorkbookCodec.SheetRows {

  private static final XMLInputFactory XML = org.mignet.formats.internal.SecureXml.inputFactory();

  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final String sourceName;
  private final Path tempFile;
  private final OPCPackage pkg;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();
  private final boolean date1904;
  private final String sheetName;
  private final InputStream sheetStream;
  private final XMLStreamReader xml;
  private final int maxColumns;
  private long lastRow;

  /**
   * @param input the workbook bytes; closed here, after copying them (a {@link FileInput} is read
   *     in place)
   * @param sourceName the name used in locations
   * @param sheetName the sheet by name, or null
   * @param sheetIndex the 0-based sheet index, used when no name is given
   * @param maxColumns the most cells of a row and one past the highest 0-based column a cell may
   *     name
   * @param maxSharedStrings the most entries of the shared-strings table
   */
  static XlsxRowSource open(
      InputStream input,
      String sourceName,
      String sheetName,
      int sheetIndex,
      int maxColumns,
      int maxSharedStrings) {
    Path temp;
    try (InputStream in = input) {
      if (in instanceof FileInput file) {
        return open(file.path(), sourceName, sheetName, sheetIndex, maxColumns, maxSharedStrings);
      }
      temp = PrivateTempFiles.copy(in, "mignet-", ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return new XlsxRowSource(
          temp.toFile(), temp, sourceName, sheetName, sheetIndex, maxColumns, maxSharedStrings);
    } catch (RuntimeException e) {
      PrivateTempFiles.delete(temp);
      throw e;
    }
  }

  /**
   * @param file the workbook file, read in place
   * @param sourceName the name used in locations
   * @param sheetName the sheet by name, or null
   * @param sheetIndex the 0-based sheet index, used when no name is given
   * @param maxColumns the most cells of a row and one past the highest 0-based column a cell may
   *     name
   * @param maxSharedStrings the most entries of the shared-strings table
   */
  static XlsxRowSource open(
      Path file,
      String sourceName,
      String sheetName,
      int sheetIndex,
      int maxColumns,
      int maxSharedStrings) {
    return new XlsxRowSource(
        file.toFile(), null, sourceName, sheetName, sheetIndex, maxColumns, maxSharedStrings);
  }

  private XlsxRowSource(
      File file,
      Path tempFile,
      String sourceName,
      String wantedName,
      int wantedIndex,
      int maxColumns,
      int maxSharedStrings) {
    this.sourceName = sourceName;
    this.maxColumns = maxColumns;
    this.tempFile = tempFile;
    OPCPackage opened = null;
    InputStream sheet = null;
    try {
      opened = OPCPackage.open(file, PackageAccess.READ);
      XSSFReader reader = new XSSFReader(opened);
      checkSharedStrings(opened, maxSharedStrings, SourceLocation.of(sourceName));
      this.strings = new ReadOnlySharedStringsTable(opened, false);
      this.styles = reader.getStylesTable();
      this.date1904 = isDate1904(reader);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      String found = null;
      int index = 0;
      while (sheets.hasNext()) {
        InputStream s = sheets.next();
        String name = sheets.getSheetName();
        names.add(name);
        boolean match = wantedName != null ? wantedName.equals(name) : index == wantedIndex;
        if (match && sheet == null) {
          sheet = s;
          found = name;
        } else {
          s.close();
        }
        index++;
      }
      if (sheet == null) {
        Object which =
            wantedName != null ? "\"" + TabularRules.cut(wantedName) + "\"" : "#" + wantedIndex;
        throw new org.mignet.formats.ReadException(
            TabularRules.issue(
                TabularRules.NO_SUCH_SHEET, SourceLocation.of(sourceName), which, names));
      }
      this.sheetName = found;
      this.sheetStream = sheet;
      this.xml = XML.createXMLStreamReader(sheet);
      this.pkg = opened;
    } catch (ParseException e) {
      closeQuietly(opened, sheet);
      throw e;
    } catch (LinkageError e) {
      closeQuietly(opened, sheet);
      if (!isCompressionCodec(e)) {
        // a library POI needs is missing from the class path (a build that left it out): an
        // installation fault, never blamed on the workbook
        throw new org.mignet.core.MignetException(
            "XLSX support cannot load "
                + e.getMessage()
                + ": a library that Apache POI needs is missing from the class path (a build or"
                + " packaging fault, not a fault of "
                + sourceName
                + ")",
            e);
      }
      // commons-compress loads a codec class only for a zip entry that names its method (Zstandard,
      // XZ…), and the codec is not on the class path: the workbook uses a compression XLSX does
      // not, so it is refused as one
      throw new org.mignet.formats.ReadException(
          TabularRules.issue(
              TabularRules.NOT_A_WORKBOOK,
              SourceLocation.of(sourceName),
              Words.UNSUPPORTED_COMPRESSION));
    } catch (Exception e) {
      closeQuietly(opened, sheet);
      SourceLocation at = SourceLocation.of(sourceName);
      Object why = isStrict(e) ? Words.STRICT_OOXML : e.getClass().getSimpleName();
      throw new org.mignet.formats.ReadException(
          limit(e, at).orElseGet(() -> TabularRules.issue(TabularRules.NOT_A_WORKBOOK, at, why)),
          e);
    }
  }

  /**
   * Whether POI refused the package as Strict Open XML (ISO/IEC 29500 Strict, which Excel writes
   * when asked): its parts name other namespaces, which POI's shared-strings and styles readers do
   * not read, so it is refused by name rather than read with its text and dates lost.
   */
  static boolean isStrict(Throwable e) {
    for (Throwable t : org.mignet.formats.internal.LimitErrors.causes(e)) {
      if (String.valueOf(t.getMessage()).contains("Strict OOXML")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a class that failed to load is one of the optional codecs commons-compress loads for a
   * zip entry's compression method (XZ, Zstandard, Brotli, LZMA), which XLSX never uses.
   */
  static boolean isCompressionCodec(LinkageError e) {
    String m = String.valueOf(e.getMessage()).replace('.', '/');
    return m.contains("org/tukaani/")
        || m.contains("com/github/luben/zstd")
        || m.contains("org/brotli/")
        || m.contains("compressors/xz")
        || m.contains("compressors/zstandard")
        || m.contains("compressors/lzma")
        || m.contains("compressors/brotli");
  }

  /**
   * POI holds the whole shared-strings table in memory; a workbook of millions of distinct short
   * strings passes the zip-bomb guard (it compresses only some twenty times) and would fill the
   * heap. So the part is counted first, in one streaming pass, and refused past the limit before
   * POI loads it.
   */
  private static void checkSharedStrings(OPCPackage pkg, int max, SourceLocation at)
      throws Exception {
    for (org.apache.poi.openxml4j.opc.PackagePart part :
        pkg.getPartsByContentType(
            org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType())) {
      try (InputStream in = part.getInputStream()) {
        XMLStreamReader x = XML.createXMLStreamReader(in);
        try {
          long count = 0;
          while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT
                && "si".equals(x.getLocalName())
                && ++count > max) {
              throw new org.mignet.formats.ReadException(
                  org.mignet.formats.internal.ReadRules.issue(
                      org.mignet.formats.internal.ReadRules.LIMIT, at, Words.SHARED_STRINGS, max));
            }
          }
        } finally {
          x.close();
        }
      }
    }
  }

  private static boolean isDate1904(XSSFReader reader) throws Exception {
    try (InputStream wb = reader.getWorkbookData()) {
      XMLStreamReader x = XML.createXMLStreamReader(wb);
      try {
        while (x.hasNext()) {
          if (x.next() == XMLStreamConstants.START_ELEMENT) {
            if ("workbookPr".equals(x.getLocalName())) {
              String v = x.getAttributeValue(null, "date1904");
              return "1".equals(v) || "true".equals(v);
            }
            if ("sheets".equals(x.getLocalName())) {
              return false;
            }
          }
        }
        return false;
      } finally {
        x.close();
      }
    }
  }

  @Override
  public WorkbookCodec.Row next() {
    try {
      while (xml.hasNext()) {
        int e = xml.next();
        if (e == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
          return readRow();
        }
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof ParseException pe) {
        throw pe;
      }
      SourceLocation at = SourceLocation.of(sourceName).withLine(lastRow + 1, 0);
      throw new org.mignet.formats.ReadException(
          limit(e, at)
              .orElseGet(
                  () ->
                      TabularRules.issue(TabularRules.NOT_A_WORKBOOK, at, Words.BROKEN_SHEET_XML)),
          e);
    }
  }

  /**
   * POI's zip-bomb guard ({@link ZipSecureFile}: a part that expands more than 1 /
   * min-inflate-ratio times, or past the max entry size) throws a plain IOException, which parsers
   * wrap; this names the guard that fired, as the shared {@link
   * org.mignet.formats.internal.LimitErrors} does for Jackson's and the XML limits.
   */
  private static Optional<Issue> limit(Throwable e, SourceLocation at) {
    Optional<Issue> shared = org.mignet.formats.internal.LimitErrors.issue(e, at);
    if (shared.isPresent()) {
      return shared;
    }
    for (Throwable t : org.mignet.formats.internal.LimitErrors.causes(e)) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb detected")) {
        if (m.contains("max size of the expanded data")) {
          return Optional.of(
              org.mignet.formats.internal.ReadRules.issue(
                  org.mignet.formats.internal.ReadRules.LIMIT,
                  at,
                  Words.EXPANDED_SIZE,
                  ZipSecureFile.getMaxEntrySize()));
        }
        return Optional.of(
            org.mignet.formats.internal.ReadRules.issue(
                org.mignet.formats.internal.ReadRules.LIMIT,
                at,
                Words.COMPRESSION_RATIO,
                Math.round(1 / ZipSecureFile.getMinInflateRatio())));
      }
    }
    return Optional.empty();
  }

  private WorkbookCodec.Row readRow() throws XMLStreamException {
    String r = xml.getAttributeValue(null, "r");
    long rowNumber = r != null ? Long.parseLong(r) : lastRow + 1;
    lastRow = rowNumber;
    List<String> cells = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    int nextColumn = 0;
    int count = 0;
    while (xml.hasNext()) {
      int e = xml.next();
      if (e == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
        break;
      }
      if (e == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
        String ref = xml.getAttributeValue(null, "r");
        int column = ref != null ? WorkbookCodec.columnIndex(ref) : nextColumn;
        // a cell reference such as ZZZZZZ1 would otherwise have the row padded with hundreds of
        // millions of cells
        if (column >= maxColumns || ++count > maxColumns) {
          throw tooWide(rowNumber, ref != null ? columnLetters(ref) : Integer.toString(column + 1));
        }
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String[] value = readCell(type, style, rowNumber, ref, column);
        while (cells.size() < column) {
          cells.add("");
          raw.add("");
        }
        if (column < cells.size()) {
          cells.set(column, value[0]);
          raw.set(column, value[1]);
        } else {
          cells.add(value[0]);
          raw.add(value[1]);
        }
        nextColumn = column + 1;
      }
    }
    while (!cells.isEmpty()
        && cells.get(cells.size() - 1).isEmpty()
        && raw.get(raw.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
      raw.remove(raw.size() - 1);
    }
    return new WorkbookCodec.Row(rowNumber, cells, raw);
  }

  /**
   * Reads the cell's content up to its end tag; returns {converted, raw}.
   *
   * @throws org.mignet.formats.ReadException if the cell holds a formula without a calculated value
   */
  private String[] readCell(String type, String style, long rowNumber, String ref, int column)
      throws XMLStreamException {
    StringBuilder v = null;
    StringBuilder inline = null;
    int depth = 1;
    String element = null;
    boolean phonetic = false;
    boolean formula = false;
    while (depth > 0 && xml.hasNext()) {
      int e = xml.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        element = xml.getLocalName();
        if ("v".equals(element)) {
          v = new StringBuilder();
        } else if ("f".equals(element)) {
          formula = true;
        } else if ("is".equals(element)) {
          inline = new StringBuilder();
        } else if ("rPh".equals(element)) {
          phonetic = true;
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if ("rPh".equals(xml.getLocalName())) {
          phonetic = false;
        }
        element = null;
      } else if (e == XMLStreamConstants.CHARACTERS
          || e == XMLStreamConstants.CDATA
          || e == XMLStreamConstants.SPACE) {
        if ("v".equals(element) && v != null) {
          v.append(xml.getText());
        } else if ("t".equals(element) && inline != null && !phonetic) {
          inline.append(xml.getText());
        }
      }
    }
    String stored = v == null ? null : v.toString();
    // a formula's value is its cached result; a program that writes formulas without calculating
    // them leaves it out (or empty, where an empty text result is t="str"), and the cell is then
    // no empty cell but an unknown value
    if (formula
        && !"inlineStr".equals(type)
        && (stored == null || (stored.isEmpty() && !"str".equals(type)))) {
      String cell = ref != null ? ref : WorkbookCodec.columnName(column) + rowNumber;
      throw new org.mignet.formats.ReadException(
          TabularRules.issue(
              TabularRules.UNCALCULATED_FORMULA,
              SourceLocation.of(sourceName).withLine(rowNumber, column + 1),
              TabularRules.cut(cell),
              rowNumber));
    }
    if ("inlineStr".equals(type)) {
      String s = inline == null ? (stored == null ? "" : stored) : inline.toString();
      return new String[] {s, s};
    }
    if (stored == null) {
      return new String[] {"", ""};
    }
    if ("s".equals(type)) {
      String s = strings.getItemAt(Integer.parseInt(stored.trim())).getString();
      return new String[] {s, s};
    }
    if ("b".equals(type)) {
      return new String[] {"1".equals(stored.trim()) ? "TRUE" : "FALSE", stored};
    }
    if ("str".equals(type) || "e".equals(type) || "d".equals(type)) {
      return new String[] {stored, stored};
    }
    return new String[] {number(stored, style), stored};
  }

  private String number(String stored, String style) {
    double d;
    try {
      d = Double.parseDouble(stored);
    } catch (NumberFormatException e) {
      return stored;
    }
    if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(d)) {
      LocalDateTime t = DateUtil.getLocalDateTime(d, date1904);
      if (t != null) {
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            ? t.toLocalDate().toString()
            : t.toString();
      }
    }
    return excelNumber(stored);
  }

  /** Returns a stored double as Excel shows it: at most 15 significant digits, plain decimal. */
  static String excelNumber(String stored) {
    try {
      BigDecimal b = new BigDecimal(stored.trim());
      if (b.precision() > 15) {
        b = b.round(EXCEL_DIGITS);
      }
      return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return stored;
    }
  }

  private boolean isDateStyle(int styleIndex) {
    return dateStyles.computeIfAbsent(
        styleIndex,
        i -> {
          if (styles == null || i >= styles.getNumCellStyles()) {
            return false;
          }
          XSSFCellStyle s = styles.getStyleAt(i);
          return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
  }

  private org.mignet.formats.ReadException tooWide(long row, String column) {
    SourceLocation where = SourceLocation.of(sourceName).withLine(row, 0);
    return new org.mignet.formats.ReadException(
        TabularRules.issue(
            TabularRules.TABLE_LIMIT,
            where,
            Long.toString(row),
            "maxColumns",
            Integer.toString(maxColumns),
            TabularRules.cut(column)));
  }

  /** Returns the letters that open a cell reference ({@code AB} of {@code AB12}). */
  private static String columnLetters(String ref) {
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      i++;
    }
    return ref.substring(0, i);
  }

  @Override
  public String sheetName() {
    return sheetName;
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing to lose when closing a reader
    }
    closeQuietly(pkg, sheetStream);
    PrivateTempFiles.delete(tempFile);
  }

  private static void closeQuietly(OPCPackage pkg, InputStream sheet) {
    try {
      if (sheet != null) {
        sheet.close();
      }
    } catch (IOException e) {
      // read-only
    }
    if (pkg != null) {
      pkg.revert();
    }
  }
}

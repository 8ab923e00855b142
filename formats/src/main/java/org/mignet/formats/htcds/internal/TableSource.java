package org.mignet.formats.htcds.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * A pull source of table rows (lists of cell texts, empty string for an empty cell) from CSV or XLSX, with the
 * line (CSV) or row number (XLSX) of each row. Streaming: XLSX sheets are read with StAX from the package, CSV
 * with Jackson's streaming CSV parser. Not thread-safe.
 */
public abstract class TableSource implements AutoCloseable {

  /** @return the next row, or null at the end */
  public abstract List<String> next();

  /** @return the line or row number of the row last returned */
  public abstract long line();

  @Override
  public abstract void close();

  /** A malformed file. */
  public static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String what, Throwable cause) {
      super(what, cause);
    }
  }

  /**
   * @param in the input; closed by {@link #close()}
   * @param encoding the CSV encoding, or null to detect (UTF-8 with or without BOM)
   * @return a CSV or XLSX source, told apart by the ZIP signature
   */
  public static TableSource open(InputStream in, Charset encoding) {
    BufferedInputStream b = new BufferedInputStream(in);
    try {
      b.mark(4);
      byte[] head = b.readNBytes(4);
      b.reset();
      if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return new Xlsx(b);
      }
      return new Csv(b, encoding);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Csv extends TableSource {
    private final MappingIterator<String[]> rows;
    private final InputStream in;
    private long line;

    Csv(InputStream in, Charset encoding) throws IOException {
      this.in = in;
      Charset cs = encoding == null ? StandardCharsets.UTF_8 : encoding;
      if (encoding == null) {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
          in.reset();
        }
      }
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      rows = mapper.readerFor(String[].class).readValues(new InputStreamReader(in, cs));
    }

    @Override
    public List<String> next() {
      try {
        if (!rows.hasNextValue()) {
          return null;
        }
        line = rows.getParser().currentLocation().getLineNr();
        return Arrays.asList(rows.nextValue());
      } catch (IOException | RuntimeException e) {
        throw new Malformed("malformed CSV near line " + rows.getParser().currentLocation().getLineNr(), e);
      }
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public void close() {
      try {
        rows.close();
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Xlsx extends TableSource {
    private final OPCPackage pkg;
    private final SharedStrings strings;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private long line;

    Xlsx(InputStream in) {
      try {
        pkg = OPCPackage.open(in);
        XSSFReader reader = new XSSFReader(pkg);
        strings = reader.getSharedStringsTable();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        InputStream chosen = null;
        while (it.hasNext()) {
          InputStream s = it.next();
          String name = it.getSheetName();
          if (chosen == null) {
            chosen = s;
          } else if (name.equalsIgnoreCase("Case Sheet")) {
            chosen.close();
            chosen = s;
          } else {
            s.close();
          }
        }
        if (chosen == null) {
          throw new Malformed("the workbook has no sheet", null);
        }
        sheet = chosen;
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml = f.createXMLStreamReader(sheet);
      } catch (Malformed e) {
        throw e;
      } catch (Exception e) {
        throw new Malformed("not a readable XLSX workbook", e);
      }
    }

    @Override
    public List<String> next() {
      try {
        List<String> cells = null;
        int column = 0;
        String type = null;
        StringBuilder value = null;
        while (xml.hasNext()) {
          int ev = xml.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            String n = xml.getLocalName();
            if (n.equals("row")) {
              cells = new ArrayList<>();
              String r = xml.getAttributeValue(null, "r");
              line = r == null ? line + 1 : Long.parseLong(r);
            } else if (n.equals("c") && cells != null) {
              String ref = xml.getAttributeValue(null, "r");
              column = ref == null ? cells.size() : (int) RowsToCase.columnNumber(ref.replaceAll("\\d", "")) - 1;
              type = xml.getAttributeValue(null, "t");
              value = new StringBuilder();
            } else if ((n.equals("v") || n.equals("t")) && value != null) {
              value.append(xml.getElementText());
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            String n = xml.getLocalName();
            if (n.equals("c") && cells != null && value != null) {
              String text = value.toString();
              if ("s".equals(type) && !text.isEmpty()) {
                text = strings.getItemAt(Integer.parseInt(text.strip())).getString();
              } else if ("b".equals(type)) {
                text = text.equals("1") ? "TRUE" : "FALSE";
              } else if (type == null || "n".equals(type)) {
                text = plainNumber(text);
              }
              while (cells.size() < column) {
                cells.add("");
              }
              if (column >= 0 && column < 16384) {
                if (cells.size() == column) {
                  cells.add(text);
                } else {
                  cells.set(column, text);
                }
              }
              value = null;
            } else if (n.equals("row") && cells != null) {
              return cells;
            }
          }
        }
        return null;
      } catch (XMLStreamException | RuntimeException e) {
        throw new Malformed("malformed worksheet near row " + line, e);
      }
    }

    private static String plainNumber(String text) {
      if (text.endsWith(".0")) {
        return text.substring(0, text.length() - 2);
      }
      return text;
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public void close() {
      try {
        xml.close();
        sheet.close();
      } catch (XMLStreamException | IOException e) {
        // nothing was written; closing is best effort
      } finally {
        pkg.revert();
      }
    }
  }
}

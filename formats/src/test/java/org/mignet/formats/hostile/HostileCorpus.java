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
package org.mignet.formats.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generators of hostile inputs (issue 10, point 4). Large inputs are produced lazily, a block at a
 * time, so that the test itself never holds them: a 100 MB string costs the test no memory, only
 * the reader under test can make it cost some. Small inputs are plain byte arrays.
 */
final class HostileCorpus {

  private HostileCorpus() {}

  static final long MB = 1024L * 1024L;

  /** One hostile input: a name for the report and a way to open it afresh. */
  record Input(String name, Supplier<InputStream> open) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final java.util.Map<String, byte[]> MADE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @return the workbook made once per test run and shared by the formats that read it
   */
  static byte[] once(String key, Supplier<byte[]> make) {
    return MADE.computeIfAbsent(key, k -> make.get());
  }

  static Input bytes(String name, byte[] content) {
    return new Input(name, () -> new java.io.ByteArrayInputStream(content));
  }

  static Input text(String name, String content) {
    return bytes(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @return an input of {@code prefix}, then {@code unit} repeated {@code times}, then {@code
   *     suffix}, made lazily
   */
  static Input repeated(String name, String prefix, String unit, long times, String suffix) {
    byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    byte[] s = suffix.getBytes(StandardCharsets.UTF_8);
    return new Input(name, () -> new RepeatingStream(p, u, times, s));
  }

  /** Streams prefix + unit × times + suffix without materialising it. */
  static final class RepeatingStream extends InputStream {
    private final byte[] prefix;
    private final byte[] unit;
    private final byte[] suffix;
    private final long total;
    private long position;

    RepeatingStream(byte[] prefix, byte[] unit, long times, byte[] suffix) {
      this.prefix = prefix;
      this.unit = unit;
      this.suffix = suffix;
      this.total = prefix.length + unit.length * times + suffix.length;
    }

    @Override
    public int read() {
      if (position >= total) {
        return -1;
      }
      return byteAt(position++) & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      long bodyEnd = total - suffix.length;
      int i = 0;
      while (i < n) {
        if (position >= prefix.length && position < bodyEnd && unit.length == 1) {
          int run = (int) Math.min(n - i, bodyEnd - position);
          java.util.Arrays.fill(b, off + i, off + i + run, unit[0]);
          i += run;
          position += run;
        } else {
          b[off + i++] = byteAt(position++);
        }
      }
      return n;
    }

    private byte byteAt(long at) {
      if (at < prefix.length) {
        return prefix[(int) at];
      }
      long inBody = at - prefix.length;
      long bodyLength = total - prefix.length - suffix.length;
      if (inBody < bodyLength) {
        return unit[(int) (inBody % unit.length)];
      }
      return suffix[(int) (inBody - bodyLength)];
    }
  }

  /**
   * @return an input of {@code prefix}, then {@code piece(i)} for i in [0, count), then {@code
   *     suffix}, made lazily
   */
  static Input pieces(
      String name,
      String prefix,
      long count,
      java.util.function.LongFunction<String> piece,
      String suffix) {
    return new Input(
        name,
        () ->
            new java.io.SequenceInputStream(
                new java.util.Enumeration<InputStream>() {
                  private long next = -1;

                  @Override
                  public boolean hasMoreElements() {
                    return next <= count;
                  }

                  @Override
                  public InputStream nextElement() {
                    long i = next++;
                    String s;
                    if (i < 0) {
                      s = prefix;
                    } else if (i == count) {
                      s = suffix;
                    } else {
                      StringBuilder block = new StringBuilder();
                      for (long k = i; k < count && block.length() < 8192; k++) {
                        block.append(piece.apply(k));
                        next = k + 1;
                      }
                      s = block.toString();
                    }
                    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
                  }
                }));
  }

  /**
   * A JSON-stat 2.0 dataset of {@code 1000 × 1000 × thirds} cells, every one holding a distinct
   * number and a status, in the order Eurostat writes it ({@code value} and {@code status} before
   * {@code id}, {@code size} and {@code dimension}), as a dense array or a sparse object keyed by
   * position.
   */
  static Input largeJsonStat(int thirds, boolean sparse) {
    long cells = 1000L * 1000L * thirds;
    String head =
        "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"large\",\"value\":"
            + (sparse ? "{" : "[");
    java.util.function.LongFunction<String> value =
        i -> (i > 0 ? "," : "") + (sparse ? "\"" + i + "\":" : "") + (i % 997) + "." + (i % 10);
    String statusHead = (sparse ? "}" : "]") + ",\"status\":{";
    StringBuilder dims =
        new StringBuilder(
            "},\"id\":[\"geo\",\"citizen\",\"time\"],\"size\":[1000,1000,"
                + thirds
                + "],\"dimension\":{");
    String[] ids = {"geo", "citizen", "time"};
    for (int d = 0; d < 3; d++) {
      int n = d < 2 ? 1000 : thirds;
      dims.append(d > 0 ? "," : "")
          .append('"')
          .append(ids[d])
          .append("\":{\"category\":{\"index\":[");
      for (int k = 0; k < n; k++) {
        dims.append(k > 0 ? "," : "")
            .append('"')
            .append(d == 2 ? Integer.toString(2000 + k) : "C" + k)
            .append('"');
      }
      dims.append("]}}");
    }
    dims.append("}}");
    // the value array or object, then a sparse status on one cell in seven, then the dimensions
    Input values = pieces("", head, cells, value, "");
    Input statuses =
        pieces(
            "",
            statusHead,
            cells / 7,
            i -> (i > 0 ? "," : "") + "\"" + (i * 7) + "\":\"e\"",
            dims.toString());
    String name =
        String.format(
            java.util.Locale.ROOT,
            "JSON-stat of %,d cells (%s, value first)",
            cells,
            sparse ? "sparse" : "dense");
    return new Input(
        name, () -> new java.io.SequenceInputStream(values.open().get(), statuses.open().get()));
  }

  // ---- JSON

  static Input deepJsonArrays(int depth) {
    return text("JSON nested " + depth + " deep", "[".repeat(depth) + "]".repeat(depth));
  }

  static Input deepJsonObjects(int depth) {
    return text(
        "JSON objects nested " + depth + " deep",
        "{\"recordType\":\"Dataset\",\"a\":"
            + "{\"a\":".repeat(depth)
            + "1"
            + "}".repeat(depth)
            + "}");
  }

  static Input hugeJsonString(long bytes) {
    return repeated(
        "JSON string of " + bytes / MB + " MB",
        "{\"recordType\":\"Incident\",\"version\":\"",
        "a",
        bytes,
        "\"}");
  }

  static Input hugeJsonNumber(int digits) {
    return text(
        "JSON number of " + digits + " digits",
        "{\"recordType\":\"Incident\",\"version\":\"2.0\",\"value\":[" + "9".repeat(digits) + "]}");
  }

  static Input invalidUtf8Json() {
    byte[] head = "{\"recordType\":\"Incident\",\"version\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
    out.writeBytes(tail);
    return bytes("JSON with invalid UTF-8", out.toByteArray());
  }

  static Input utf16(String name, String content, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
    }
    out.writeBytes(content.getBytes(StandardCharsets.UTF_16BE));
    return bytes(
        name + (bom ? " in UTF-16 with BOM" : " in UTF-16 without BOM"), out.toByteArray());
  }

  static Input duplicateKeysJson() {
    return text(
        "JSON with duplicate keys",
        "{\"recordType\":\"Incident\",\"recordType\":\"Dataset\",\"version\":\"1.0\",\"version\":\"2.0\","
            + "\"value\":[1],\"value\":[2]}");
  }

  static Input nanJson() {
    return text(
        "JSON with NaN and Infinity",
        "{\"recordType\":\"Incident\",\"version\":\"2.0\",\"value\":[NaN, Infinity, -Infinity],\"dead\":NaN}");
  }

  // ---- XML

  /** The text of the local file that hostile XML tries to pull in; it must never reach a record. */
  static final String SECRET = "MIGNET-SECRET-MARKER-4711";

  private static final java.nio.file.Path SECRET_FILE = secretFile();

  private static java.nio.file.Path secretFile() {
    try {
      java.nio.file.Path f = java.nio.file.Files.createTempFile("mignet-secret", ".txt");
      java.nio.file.Files.writeString(f, SECRET);
      f.toFile().deleteOnExit();
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Input xxe() {
    return text(
        "XML with an external entity",
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE m [<!ENTITY x SYSTEM \""
            + SECRET_FILE.toUri()
            + "\">]>\n"
            + "<message:StructureSpecificData xmlns:message=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\">"
            + "<message:Header><message:ID>&x;</message:ID></message:Header></message:StructureSpecificData>");
  }

  static Input dtd() {
    return text(
        "XML with an external DTD",
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE data SYSTEM \""
            + SECRET_FILE.toUri()
            + "\">\n<data><a>1</a></data>");
  }

  static Input billionLaughs() {
    StringBuilder s =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    s.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">");
    for (int i = 2; i <= 9; i++) {
      s.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    s.append("]>\n<data>&lol9;</data>");
    return text("XML billion laughs", s.toString());
  }

  static Input xinclude() {
    return text(
        "XML with XInclude",
        "<?xml version=\"1.0\"?>\n"
            + "<data xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\""
            + SECRET_FILE.toUri()
            + "\" parse=\"text\"/>"
            + "</data>");
  }

  static Input deepXml(int depth) {
    return text(
        "XML nested " + depth + " deep",
        "<?xml version=\"1.0\"?>\n" + "<a>".repeat(depth) + "</a>".repeat(depth));
  }

  static Input hugeXmlText(long bytes) {
    return repeated(
        "XML text node of " + bytes / MB + " MB",
        "<?xml version=\"1.0\"?>\n<data><a>",
        "x",
        bytes,
        "</a></data>");
  }

  // ---- tables

  static Input unterminatedQuote() {
    return text("CSV with an unterminated quote", "a,b,c\n1,\"two,3\n4,5,6\n");
  }

  static Input hugeCell(String header, long bytes) {
    return repeated("CSV cell of " + bytes / MB + " MB", header + "\n\"", "x", bytes, "\",1\n");
  }

  static Input raggedRows(String header) {
    return text(
        "CSV with ragged rows",
        header + "\n1\n1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22\n,\n");
  }

  static Input invalidUtf8Csv(String header) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {'x', (byte) 0xC3, (byte) 0x28, ',', (byte) 0xFF, '\n'});
    return bytes("CSV with invalid UTF-8", out.toByteArray());
  }

  // ---- XLSX

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A sheet part, streamed into the package: a head, a body unit repeated, a tail. */
  record Part(
      String name,
      String head,
      java.util.function.LongFunction<String> unit,
      boolean varies,
      long times,
      String tail) {
    Part(
        String name,
        String head,
        java.util.function.LongFunction<String> unit,
        long times,
        String tail) {
      this(name, head, unit, true, times, tail);
    }

    Part(String name, String head, String unit, long times, String tail) {
      this(name, head, i -> unit, false, times, tail);
    }
  }

  /**
   * @return a one-sheet workbook (ECMA-376 minimal package) whose sheet and, if given,
   *     shared-strings parts are written through the deflater a block at a time, so large parts
   *     cost the test no memory
   */
  static byte[] workbook(Part sheet, Part sharedStrings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      String sst =
          sharedStrings == null
              ? ""
              : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                  + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
      entry(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
              + ".spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
              + "officedocument.spreadsheetml.worksheet+xml\"/>"
              + sst
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + DOC_RELS
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + MAIN
              + "\" xmlns:r=\""
              + DOC_RELS
              + "\"><sheets>"
              + "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      String sstRel =
          sharedStrings == null
              ? ""
              : "<Relationship Id=\"rId2\" Type=\""
                  + DOC_RELS
                  + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + DOC_RELS
              + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + sstRel
              + "</Relationships>");
      stream(zip, "xl/worksheets/sheet1.xml", sheet);
      if (sharedStrings != null) {
        stream(zip, "xl/sharedStrings.xml", sharedStrings);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static void stream(ZipOutputStream zip, String name, Part part) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(part.head().getBytes(StandardCharsets.UTF_8));
    byte[] fixed = part.unit().apply(-1).getBytes(StandardCharsets.UTF_8);
    if (part.varies()) {
      for (long i = 0; i < part.times(); i++) {
        zip.write(part.unit().apply(i).getBytes(StandardCharsets.UTF_8));
      }
    } else if (fixed.length > 0) {
      int perBlock = Math.max(1, 65_536 / fixed.length);
      byte[] block = new byte[perBlock * fixed.length];
      for (int i = 0; i < perBlock; i++) {
        System.arraycopy(fixed, 0, block, i * fixed.length, fixed.length);
      }
      long left = part.times();
      while (left >= perBlock) {
        zip.write(block);
        left -= perBlock;
      }
      zip.write(block, 0, (int) left * fixed.length);
    }
    zip.write(part.tail().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * @return a pseudo-random lower-case letter for position {@code i} (SplitMix64): text that barely
   *     compresses
   */
  static String letter(long i) {
    long z = i * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return String.valueOf((char) ('a' + Math.floorMod(z ^ (z >>> 31), 26)));
  }

  static final String SHEET_HEAD = "<worksheet xmlns=\"" + MAIN + "\"><sheetData>";
  static final String SHEET_TAIL = "</sheetData></worksheet>";

  /** A sheet of one header row of inline strings. */
  static Part headerOnlySheet(String... names) {
    StringBuilder row = new StringBuilder("<row r=\"1\">");
    for (int i = 0; i < names.length; i++) {
      row.append("<c r=\"")
          .append((char) ('A' + i))
          .append("1\" t=\"inlineStr\"><is><t>")
          .append(names[i])
          .append("</t></is></c>");
    }
    row.append("</row>");
    return new Part("sheet", SHEET_HEAD + row, "", 0, SHEET_TAIL);
  }

  /**
   * @return a workbook whose sheet is one cell repeated in highly compressible XML: ratio far below
   *     1 %
   */
  static Input highRatioZipBomb() {
    byte[] wb =
        once(
            "highRatioZipBomb",
            () ->
                workbook(
                    new Part(
                        "sheet",
                        SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>",
                        "A",
                        200 * MB,
                        "</t></is></c></row>" + SHEET_TAIL),
                    null));
    return bytes("XLSX zip bomb, high ratio (" + wb.length / 1024 + " KB → 200 MB)", wb);
  }

  /**
   * @return a workbook whose sheet expands about fifty times (above POI's 1 % ratio guard) into
   *     rows of distinct numbers: the guard lets it through, so only streaming keeps memory flat
   */
  static Input mediumRatioZipBomb() {
    byte[] wb =
        once(
            "mediumRatioZipBomb",
            () ->
                workbook(
                    new Part(
                        "sheet",
                        SHEET_HEAD
                            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is>"
                            + "</c></row>",
                        i ->
                            "<row r=\""
                                + (i + 2)
                                + "\"><c r=\"A"
                                + (i + 2)
                                + "\"><v>"
                                + (i * 7919 % 1_000_003)
                                + "</v></c></row>",
                        400_000,
                        SHEET_TAIL),
                    null));
    return bytes("XLSX zip bomb, medium ratio (" + wb.length / 1024 + " KB → 400,000 rows)", wb);
  }

  /**
   * @return a workbook whose shared-strings part holds one string of about 300 MB
   */
  static Input sharedStringsBomb() {
    byte[] wb =
        once(
            "sharedStringsBomb",
            () ->
                workbook(
                    new Part(
                        "sheet",
                        SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                        "",
                        0,
                        SHEET_TAIL),
                    new Part(
                        "sst",
                        "<sst xmlns=\"" + MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>",
                        "ab",
                        150 * MB,
                        "</t></si></sst>")));
    return bytes("XLSX shared-strings bomb (" + wb.length / 1024 + " KB → 300 MB string)", wb);
  }

  /**
   * @return a workbook whose shared-strings part holds 1.2 million distinct short strings, past the
   *     default limit; it expands only some twenty times, so POI's ratio guard lets it through and
   *     only the limit stops it
   */
  static Input manySharedStrings() {
    byte[] wb =
        once(
            "manySharedStrings",
            () ->
                workbook(
                    new Part(
                        "sheet",
                        SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                        "",
                        0,
                        SHEET_TAIL),
                    new Part(
                        "sst",
                        "<sst xmlns=\"" + MAIN + "\">",
                        i -> "<si><t>s" + (i * 7919 % 10_000_019) + "</t></si>",
                        1_200_000,
                        "</sst>")));
    return bytes("XLSX with 1.2 million shared strings (" + wb.length / 1024 + " KB)", wb);
  }
}

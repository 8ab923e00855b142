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
package org.mignet.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.mignet.core.MignetException;
import org.mignet.core.model.RecordType;
import org.mignet.formats.hxl.HxlTag;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mignet inspect [--json] [--sheet S] [--record-type T] FILE}: what is in a table: format,
 * encoding, delimiter, header and HXL hashtag rows, columns with fill rates and guessed types, and
 * a mapping-spec skeleton to start from: a Dataset spec, or with {@code --record-type} a
 * row-per-record spec whose column targets are guessed from the record type's top-level components.
 * Streams the whole file; memory holds one row and the per-column counters.
 *
 * <p>Cell values are shown only from a row shown to be a header: one above a hashtag row, or one
 * that is not the only row and whose cells all look like column names (no numbers, dates, e-mail
 * addresses or values longer than {@value #MAX_HEADER} characters). Otherwise the file is taken to
 * have no header: columns are named by position ({@code #1}, {@code #2}…), the skeleton reads them
 * by {@code index} with {@code headerRow} 0, and no cell of the file is printed, as a headerless
 * file of personal data would otherwise show its first person.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show what is in a CSV or XLSX table.",
      "Format, encoding, header and hashtag rows, columns with fill rates and guessed types, and a mapping spec",
      "skeleton to start from."
    })
final class InspectCommand implements Callable<Integer> {

  private static final int SEARCH = 25;

  /** Longer than this, a cell is taken for data, not a column name. */
  static final int MAX_HEADER = 64;

  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([,.\u00a0 ]\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d*[.,]\\d+");
  private static final Pattern DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet (default: the first).")
  String sheet;

  @Option(
      names = "--record-type",
      paramLabel = "TYPE",
      description =
          "Propose a row-per-record mapping spec for this record type (e.g. Incident, Person) instead of a "
              + "Dataset spec.")
  String recordType;

  @Parameters(index = "0", paramLabel = "FILE", description = "A CSV or XLSX file.")
  Path file;

  @Override
  public Integer call() {
    RecordType target = null;
    if (recordType != null) {
      target =
          RecordType.named(recordType)
              .orElseThrow(
                  () ->
                      new picocli.CommandLine.ParameterException(
                          spec.commandLine(),
                          "--record-type: no record type named "
                              + cutName(recordType)
                              + "; known: "
                              + java.util.Arrays.stream(RecordType.values())
                                  .map(RecordType::typeName)
                                  .toList()));
    }
    if (!Files.isRegularFile(file)) {
      throw new CliException("cannot read " + file + ": no such file");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    try (TableReader r = open()) {
      out.put("file", file.getFileName().toString());
      out.put("format", r.format().name().toLowerCase(Locale.ROOT));
      r.encoding().ifPresent(e -> out.put("encoding", e.name() + (r.hasBom() ? " (BOM)" : "")));
      r.delimiter().ifPresent(d -> out.put("delimiter", d == '\t' ? "TAB" : String.valueOf(d)));
      r.sheetName().ifPresent(s -> out.put("sheet", s));
      List<String> readers = bundledReaders();
      if (readers.size() == 1) {
        out.put(
            "bundledSpec",
            readers.get(0)
                + " reads this layout (mignet convert --mapping "
                + readers.get(0)
                + " ...)");
      } else if (readers.size() > 1) {
        out.put("bundledSpecs", readers);
      }
      List<TableRow> head = new ArrayList<>();
      while (head.size() < SEARCH && r.hasNext()) {
        head.add(r.next());
      }
      int hashtagAt = -1;
      for (int i = 0; i < head.size() && hashtagAt < 0; i++) {
        if (isHashtagRow(head.get(i))) {
          hashtagAt = i;
        }
      }
      int headerAt = hashtagAt > 0 ? hashtagAt - 1 : hashtagAt == 0 ? -1 : headerRow(head);
      int firstData;
      boolean positional = hashtagAt < 0 && headerAt >= 0 && !isHeader(head, headerAt);
      if (positional) {
        firstData = headerAt;
        headerAt = -1;
        out.put(
            "noHeader",
            "the first row looks like data: columns are shown by position, no cell value is shown");
      } else {
        firstData = Math.max(headerAt, hashtagAt) + 1;
      }
      List<String> header = headerAt >= 0 ? head.get(headerAt).cells() : List.of();
      List<String> tags = hashtagAt >= 0 ? head.get(hashtagAt).cells() : List.of();
      if (headerAt >= 0) {
        out.put("headerRow", head.get(headerAt).row());
      }
      if (hashtagAt >= 0) {
        out.put("hashtagRow", head.get(hashtagAt).row());
      }
      List<long[]> counts = new ArrayList<>();
      long rows = 0;
      for (int i = firstData; i < head.size(); i++) {
        count(head.get(i), counts);
        rows++;
      }
      while (r.hasNext()) {
        count(r.next(), counts);
        rows++;
      }
      out.put("dataRows", rows);
      List<Map<String, Object>> columns = new ArrayList<>();
      List<Map<String, Object>> skeleton = new ArrayList<>();
      boolean valueTaken = false;
      int width = Math.max(counts.size(), Math.max(header.size(), tags.size()));
      for (int c = 0; c < width; c++) {
        long[] k = c < counts.size() ? counts.get(c) : new long[6];
        String name = c < header.size() ? header.get(c) : "";
        String shown = positional ? "#" + (c + 1) : name;
        String tag = c < tags.size() ? tags.get(c) : "";
        String type = type(k);
        Map<String, Object> col = new LinkedHashMap<>();
        col.put("index", c + 1);
        col.put("header", shown);
        if (!tag.isEmpty()) {
          col.put("hashtag", tag);
        }
        col.put("filled", k[0]);
        col.put("fillRate", rows == 0 ? 0 : Math.round(1000.0 * k[0] / rows) / 1000.0);
        col.put("type", type);
        columns.add(col);
        if (!positional && name.isBlank() && tag.isBlank() || k[0] == 0) {
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (positional) {
          m.put("index", c + 1);
        } else if (!tag.isBlank()) {
          m.put("hashtag", tag);
        } else {
          m.put("column", name);
        }
        boolean numeric = type.startsWith("integer") || type.startsWith("decimal");
        if (numeric
            && !valueTaken
            && !YEAR.matcher(name.strip()).matches()
            && !name.matches("(?i).*(time|year|date|period|code|\\bid\\b|index|level).*")) {
          m.put("to", "/value");
          valueTaken = true;
        } else {
          String id =
              (name.isBlank() ? tag : name)
                  .strip()
                  .toUpperCase(Locale.ROOT)
                  .replaceAll("[^A-Z0-9]+", "_")
                  .replaceAll("^_|_$", "");
          m.put("to", "/dimensions/" + (id.isEmpty() ? "COL" + (c + 1) : id));
          if (type.equals("date")) {
            m.put("dateFormats", List.of("yyyy-MM-dd"));
          }
        }
        skeleton.add(m);
      }
      out.put("columns", columns);
      if (target != null) {
        out.put(
            "mappingSkeleton",
            recordSkeleton(target, header, tags, counts, head, headerAt, hashtagAt, positional, r));
        return print(out);
      }
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("mappingSpec", "1.0");
      spec.put(
          "name",
          file.getFileName()
              .toString()
              .replaceAll("\\.[^.]*$", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-"));
      Map<String, Object> source = new LinkedHashMap<>();
      if (hashtagAt >= 0) {
        source.put("hashtags", true);
      } else if (headerAt >= 0) {
        source.put("headerRow", head.get(headerAt).row());
      } else if (positional) {
        source.put("headerRow", 0);
      }
      r.sheetName().ifPresent(s -> source.put("sheet", s));
      spec.put("source", source);
      spec.put("dataflow", "AGENCY:DATAFLOW");
      spec.put("missingValues", List.of("", ":", "nan", "-99"));
      spec.put("columns", skeleton);
      out.put("mappingSkeleton", spec);
    } catch (MignetException e) {
      throw new CliException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new CliException(
          "cannot read " + file.getFileName() + ": " + e.getCause().getMessage(), e);
    }
    return print(out);
  }

  private int print(Map<String, Object> out) {
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      try {
        w.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new CliException("cannot write JSON", e);
      }
    } else {
      print(w, out);
    }
    w.flush();
    return Mignet.VALID;
  }

  /**
   * The row-per-record spec skeleton: one column entry per filled header, its target guessed from
   * the record type's top-level components by normalised name, else {@code null} with a comment to
   * fill it in.
   */
  private Map<String, Object> recordSkeleton(
      RecordType type,
      List<String> header,
      List<String> tags,
      List<long[]> counts,
      List<TableRow> head,
      int headerAt,
      int hashtagAt,
      boolean positional,
      TableReader r) {
    List<Boolean> empty = new ArrayList<>();
    List<String> positions = new ArrayList<>();
    for (long[] n : counts) {
      empty.add(n[0] == 0);
      positions.add("#" + (positions.size() + 1));
    }
    List<Map<String, Object>> columns =
        org.mignet.formats.tabular.RecordSpecSkeleton.columns(
            type, positional ? positions : header, tags, empty);
    if (positional) {
      columns = byIndex(columns);
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("mappingSpec", "1.0");
    spec.put(
        "name",
        file.getFileName()
            .toString()
            .replaceAll("\\.[^.]*$", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-"));
    spec.put("recordType", type.typeName());
    Map<String, Object> source = new LinkedHashMap<>();
    if (hashtagAt >= 0) {
      source.put("hashtags", true);
    } else if (headerAt >= 0) {
      source.put("headerRow", head.get(headerAt).row());
    } else if (positional) {
      source.put("headerRow", 0);
    }
    r.sheetName().ifPresent(s -> source.put("sheet", s));
    spec.put("source", source);
    spec.put("missingValues", List.of(""));
    spec.put("columns", columns);
    return spec;
  }

  /**
   * The skeleton's columns named by position ({@code #3}) read by index instead ({@code "index":
   * 3}).
   */
  private static List<Map<String, Object>> byIndex(List<Map<String, Object>> columns) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> c : columns) {
      Map<String, Object> m = new LinkedHashMap<>();
      c.forEach(
          (k, v) -> {
            if (k.equals("column")) {
              m.put("index", Integer.parseInt(String.valueOf(v).substring(1)));
            } else {
              m.put(k, v);
            }
          });
      out.add(m);
    }
    return out;
  }

  /**
   * Whether the row at {@code at} can be shown to be a header: another row follows it, and none of
   * its cells looks like data (a number, a date, an e-mail address, or longer than a column name
   * is).
   */
  private static boolean isHeader(List<TableRow> head, int at) {
    if (at + 1 >= head.size()) {
      return false;
    }
    for (String cell : head.get(at).cells()) {
      String v = cell.strip();
      if (v.isEmpty()) {
        continue;
      }
      if (v.length() > MAX_HEADER
          || v.contains("@")
          || INTEGER.matcher(v).matches()
          || GROUPED.matcher(v).matches()
          || DECIMAL.matcher(v).matches()
          || DATE.matcher(v).matches()) {
        return false;
      }
    }
    return true;
  }

  private TableReader open() {
    TableReader.Builder b = TableReader.builder().headerRow(0);
    if (sheet != null) {
      b.sheet(sheet);
    }
    return b.open(file);
  }

  private static boolean isHashtagRow(TableRow r) {
    int filled = 0;
    int tagged = 0;
    for (String c : r.cells()) {
      if (!c.isBlank()) {
        filled++;
        tagged += HxlTag.tryParse(c).isPresent() ? 1 : 0;
      }
    }
    return tagged > 0 && tagged * 2 >= filled;
  }

  /** The first row filled at least half as wide as the widest of the first rows. */
  private static int headerRow(List<TableRow> head) {
    int widest = 0;
    for (TableRow r : head) {
      widest = Math.max(widest, filled(r));
    }
    for (int i = 0; i < head.size(); i++) {
      if (filled(head.get(i)) * 2 > widest) {
        return i;
      }
    }
    return head.isEmpty() ? -1 : 0;
  }

  private static int filled(TableRow r) {
    int n = 0;
    for (String c : r.cells()) {
      n += c.isBlank() ? 0 : 1;
    }
    return n;
  }

  /** Counters per column: filled, integer, grouped, decimal, date, text. */
  private static void count(TableRow row, List<long[]> counts) {
    for (int c = 0; c < row.size(); c++) {
      while (counts.size() <= c) {
        counts.add(new long[6]);
      }
      String v = row.cell(c).strip();
      if (v.isEmpty()) {
        continue;
      }
      long[] k = counts.get(c);
      k[0]++;
      if (INTEGER.matcher(v).matches()) {
        k[1]++;
      } else if (GROUPED.matcher(v).matches()) {
        k[2]++;
      } else if (DECIMAL.matcher(v).matches()) {
        k[3]++;
      } else if (DATE.matcher(v).matches()) {
        k[4]++;
      } else {
        k[5]++;
      }
    }
  }

  private static String type(long[] k) {
    if (k[0] == 0) {
      return "empty";
    }
    long text = k[5];
    String t =
        k[4] * 2 > k[0]
            ? "date"
            : k[3] > 0 && k[1] + k[2] + k[3] > text
                ? "decimal"
                : k[2] > 0 && k[1] + k[2] > text
                    ? "integer (grouped thousands)"
                    : k[1] > text ? "integer" : "text";
    if (!t.equals("text") && text > 0) {
      t += " (" + text + " other values, e.g. missing-value markers)";
    }
    return t;
  }

  /**
   * @return the bundled specs whose expected header this file has (header only; JSON and HXL specs
   *     are not tried), the file opened once per way of reading a header the specs have, not once
   *     per spec
   */
  private List<String> bundledReaders() {
    List<org.mignet.formats.tabular.MappingSpec> specs =
        org.mignet.formats.tabular.MappingSpec.bundledNames().stream()
            .map(name -> org.mignet.formats.tabular.MappingSpec.bundled(name).orElseThrow())
            .toList();
    return org.mignet.formats.tabular.MappingSpec.readingLayoutOf(file, specs).stream()
        .map(org.mignet.formats.tabular.MappingSpec::name)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter w, Map<String, Object> out) {
    for (Map.Entry<String, Object> e : out.entrySet()) {
      if (e.getKey().equals("columns")) {
        w.println("columns:");
        for (Map<String, Object> c : (List<Map<String, Object>>) e.getValue()) {
          w.printf(
              Locale.ROOT,
              "  %3d  %-40s %-22s filled %5.1f%%  %s%n",
              c.get("index"),
              cutName(String.valueOf(c.get("header"))),
              c.getOrDefault("hashtag", ""),
              100 * ((Number) c.get("fillRate")).doubleValue(),
              c.get("type"));
        }
      } else if (e.getKey().equals("mappingSkeleton")) {
        try {
          w.println("mapping skeleton:");
          w.println(
              new ObjectMapper()
                  .enable(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(e.getValue()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
          throw new CliException("cannot write JSON", x);
        }
      } else {
        w.println(e.getKey() + ": " + e.getValue());
      }
    }
  }

  private static String cutName(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}

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
package org.mignet.formats.sdmx.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.Values;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.CheckedDecoding;
import org.mignet.formats.internal.DuplicateNames;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.SdmxRules;
import org.mignet.formats.sdmx.Codelist;
import org.mignet.formats.sdmx.DataStructure;
import org.mignet.formats.sdmx.SdmxAttribute;
import org.mignet.formats.sdmx.SdmxCode;
import org.mignet.formats.sdmx.SdmxDimension;

/**
 * Reads SDMX-CSV 2.0 and 1.0 row by row on Jackson's streaming CSV parser.
 *
 * <p>The header says how to read the rest (SDMX-CSV 2.0 field guide, "Column headers"): the
 * character after the first term ({@code STRUCTURE}, {@code STRUCTURE[|]} or, in SDMX-CSV 1.0,
 * {@code DATAFLOW}) is the field separator (comma, semicolon, tab or bar); the bracketed character
 * is the sub-field separator of multi-valued ({@code ATTR[]}) and multi-lingual ({@code
 * ATTR[en;fr]}) values. {@code STRUCTURE_ID} (or {@code DATAFLOW}) names each row's structure,
 * {@code ACTION} its action, {@code SERIES_KEY}/{@code OBS_KEY} repeat the key and are not read.
 * With {@code labels=both}, header cells are {@code ID: Name} and coded values {@code code: label}:
 * the code is read, never the label. With {@code labels=name} (a {@code STRUCTURE_NAME} column),
 * every component column is followed by a column of names, which is not read. A header cell that
 * cannot be an SDMX id (Eurostat's {@code LAST UPDATE}) is a custom column: reported, not read.
 *
 * <p>Roles come from the structure when one is given ({@code --structure}): its dimensions,
 * attributes and primary measure, by the row's {@code STRUCTURE_ID}; a column the structure does
 * not have is reported and not read. Without one, {@code TIME_PERIOD} is a dimension, {@code
 * OBS_VALUE} the measure and the cross-domain attributes ({@code OBS_STATUS}, {@code OBS_FLAG},
 * {@code CONF_STATUS}, …) attributes; any other column takes its role from its place before or
 * after {@code OBS_VALUE} (the order SDMX web services write), and the file's first result says so
 * naming those columns ({@code MG-SDMX-048}). Without a structure and without {@code OBS_VALUE},
 * which column is the measure cannot be known, and every row is rejected saying so ({@code
 * MG-SDMX-052}): SDMX-CSV's header conventions do not mark measures, so {@code OBS_VALUE1}, {@code
 * OBS_VALUE2} are not taken for measures by their names. With an SDMX 3.0 structure of several
 * measures, each measure column of a row becomes an observation of its own, keyed by a {@value
 * #MEASURE_DIMENSION} dimension holding the measure's id ({@code MG-SDMX-060}; the model holds one
 * measure per observation); a structure that has a {@code MEASURE} dimension of its own keeps its
 * primary measure and reports the others as not read ({@code MG-SDMX-050}).
 *
 * <p>Dimension values that cannot be SDMX codes (a space, a comma…) are labels: the data browser's
 * "labels only" export. The first {@value #LOOKAHEAD} rows are looked at before any is read; if a
 * dimension column holds labels there (or in a later row), the rows are rejected naming every such
 * column with the line of its first label ({@code MG-SDMX-051}, pointing to {@code --structure}),
 * so that no label ever becomes a code: the model keeps codes in dimensions, and without the
 * structure's codelists a label cannot be turned into its code. A frequency value longer than three
 * characters ({@code Annual}) is a label too, which catches labels-only files whose other labels
 * could pass for codes ({@code Austria}). With a structure whose dimension has its codelist, a
 * label that names exactly one code (in any language) is read as that code ({@code MG-SDMX-054})
 * and one that does not rejects its row ({@code MG-SDMX-055}). SDMX-CSV 2.0 has no labels-only
 * form, so there a value that cannot be a code is a non-coded value and is read as it is. A
 * non-numeric measure is the observation's text value (an SDMX 3.0 string measure), reported once
 * ({@code MG-SDMX-032}). Rows with the action {@code D} (delete) or an unknown action are rejected
 * ({@code MG-SDMX-053}). With a {@code ;} field separator, a number written with a decimal comma
 * ({@code 12,4}, as the field guide's example 4) is read with its decimal comma.
 *
 * <p>Consecutive rows of one structure become one {@code Dataset} of at most {@value #CHUNK}
 * observations, so memory stays bounded; a bad row is rejected on its own with its line. One per
 * input; not thread-safe.
 */
final class SdmxCsvReader implements RecordReader {

  static final int CHUNK = 1000;

  /** Rows looked at for labels before the first is read. */
  static final int LOOKAHEAD = 1000;

  /** SDMX {@code IDType}: what a component id and a code look like. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_@$\\-]+");

  private static final Pattern FIRST =
      Pattern.compile("^(\"?)(?:STRUCTURE(?:\\[([^\\]]*)\\])?|DATAFLOW)\\1([,;\\t|])");
  private static final Pattern LANGS = Pattern.compile("^(.+)\\[([^\\]]+)\\]$");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

  /**
   * Cross-domain attributes that describe one observation and are never dimensions, read as
   * attributes wherever their column is when no structure says (ids such as {@code UNIT_MEASURE} or
   * {@code CURRENCY} are dimensions in some structures, so they take their role from their place
   * like any other column).
   */
  private static final Set<String> OBSERVATION_ATTRIBUTES =
      Set.of(
          ObsFields.OBS_STATUS,
          "OBS_FLAG",
          ObsFields.CONF_STATUS,
          "OBS_CONF",
          "OBS_COM",
          "COMMENT_OBS",
          "OBS_PRE_BREAK");

  /** What a header column is, whatever the structure. */
  private enum Kind {
    STRUCTURE,
    STRUCTURE_ID,
    STRUCTURE_NAME,
    ACTION,
    KEY,
    LABEL,
    COMPONENT,
    CUSTOM
  }

  /**
   * A header column: its id (the header cut of its name and brackets), multi-valued or
   * multi-lingual.
   */
  private record Column(int index, String id, Kind kind, boolean multi, List<String> languages) {}

  /**
   * The component roles of one structure's rows (or of every row, without a structure). {@code
   * measures} holds the columns of an SDMX 3.0 structure's measures when there are several (empty
   * otherwise): each gives its own observation, keyed by {@link #MEASURE_DIMENSION}.
   */
  private record Layout(
      String key,
      List<Integer> dims,
      List<String> dimIds,
      Set<Integer> codedDims,
      int measure,
      List<Integer> attrs,
      Set<Integer> codedAttrs,
      String problem,
      Map<Integer, Codelist> codelists,
      List<Integer> measures) {}

  /** The dimension naming the measure of an observation read from a row of several measures. */
  static final String MEASURE_DIMENSION = "MEASURE";

  /**
   * The codes of a codelist by their names (in every language); a name of several codes is not
   * there.
   */
  private static Map<String, String> byName(Codelist list) {
    Map<String, String> out = new HashMap<>();
    Set<String> twice = new HashSet<>();
    for (SdmxCode code : list.codes().values()) {
      for (String name : new HashSet<>(code.names().values())) {
        if (out.putIfAbsent(name, code.id()) != null && !out.get(name).equals(code.id())) {
          twice.add(name);
        }
      }
    }
    out.keySet().removeAll(twice);
    return out;
  }

  /** A row read ahead, with its line. */
  private record Row(List<String> values, long line) {}

  private final CsvParser parser;
  private final String source;
  private final StructureGate gate;
  private final char delimiter;
  private final String subDelimiter;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();
  private final ArrayDeque<Row> ahead = new ArrayDeque<>();
  private final List<Issue> pending = new ArrayList<>();
  private final Map<String, Layout> layouts = new HashMap<>();
  private final Set<String> warnedLanguages = new HashSet<>();
  private final Map<Integer, Integer> labelColumns = new LinkedHashMap<>();

  /** Codes by name, per codelist, made when a label is first met. */
  private final Map<String, Map<String, String>> names = new HashMap<>();

  private final Set<Integer> resolvedColumns = new HashSet<>();
  private List<Column> columns;
  private int structureCol = -1;
  private int structureIdCol = -1;
  private int actionCol = -1;
  private boolean labelsBoth;

  /** Whether the header is SDMX-CSV 1.0's ({@code DATAFLOW} first). */
  private boolean version1;

  /** What stopped the reading ahead, thrown when the rows read before it have been read. */
  private IOException deferred;

  private Layout headerLayout;
  private String currentFlow;
  private String currentKind;

  /** The action of the rows in the chunk, as SDMX-ML names it ({@link ObsFields#action}). */
  private String currentAction = "Information";

  private Layout currentLayout;
  private SourceLocation chunkStart;
  private List<Observation> chunk = new ArrayList<>();
  private long chunks;
  private long rows;
  private boolean parserDone;
  private boolean done;

  /** Whether a measure value that is not a number has been reported (once per file). */
  private boolean textReported;

  /**
   * @param text the text after any byte-order mark
   * @param sample the first characters of the text, for the separators of the header
   */
  SdmxCsvReader(Reader text, String sample, String source, StructureGate gate) throws IOException {
    this.source = source;
    this.gate = gate;
    Matcher m = FIRST.matcher(sample.startsWith("\uFEFF") ? sample.substring(1) : sample);
    boolean declared = m.find();
    this.delimiter = declared ? m.group(3).charAt(0) : ',';
    this.subDelimiter =
        !declared || m.group(2) == null || m.group(2).isEmpty() ? ";" : m.group(2).substring(0, 1);
    this.parser = SdmxFormats.CSV.createParser(text);
    parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
    parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
  }

  @Override
  public boolean hasNext() {
    while (queue.isEmpty() && !done) {
      step();
    }
    return !queue.isEmpty();
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return queue.poll();
  }

  private void step() {
    try {
      if (columns == null) {
        readHeader();
        if (!done) {
          lookAhead();
        }
        return;
      }
      Row row = nextRow();
      if (row == null) {
        flush();
        done = true;
        return;
      }
      read(row);
    } catch (CheckedDecoding.Undecodable e) {
      flush();
      done = true;
      SourceLocation at =
          new SourceLocation(Optional.of(source), rows + 1, e.line(), 0, Optional.empty());
      queue.add(
          new ReadResult.Failed(
              at,
              List.of(SdmxRules.issue(SdmxRules.UNDECODABLE, at, e.line(), e.encoding().name()))));
    } catch (JsonProcessingException e) {
      flush();
      done = true;
      SourceLocation at =
          new SourceLocation(
              Optional.of(source),
              rows + 1,
              e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
              0,
              Optional.empty());
      queue.add(
          new ReadResult.Failed(
              at,
              List.of(
                  org.mignet.formats.internal.LimitErrors.issue(e, at)
                      .orElseGet(() -> SdmxRules.issue(SdmxRules.MALFORMED, at, "CSV")))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the next row, from the rows read ahead first; null at the end. */
  private Row nextRow() throws IOException {
    if (!ahead.isEmpty()) {
      return ahead.poll();
    }
    if (deferred != null) {
      IOException e = deferred;
      deferred = null;
      throw e;
    }
    return parserDone ? null : parse();
  }

  private Row parse() throws IOException {
    while (true) {
      JsonToken t = parser.nextToken();
      if (t == null) {
        parserDone = true;
        return null;
      }
      if (t != JsonToken.START_ARRAY) {
        continue;
      }
      // the CSV parser reports a row's start on the line where the previous row ended
      long line = parser.currentTokenLocation().getLineNr() + 1L;
      List<String> values = new ArrayList<>(columns.size());
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        values.add(parser.getText());
      }
      if (values.size() == 1 && values.get(0).isBlank()) {
        continue;
      }
      return new Row(values, line);
    }
  }

  /**
   * Reads up to {@value #LOOKAHEAD} rows and notes the dimension columns that hold labels in them.
   */
  private void lookAhead() throws IOException {
    while (ahead.size() < LOOKAHEAD && !parserDone) {
      Row r;
      try {
        r = parse();
      } catch (CheckedDecoding.Undecodable | JsonProcessingException e) {
        // the rows before it are read first, as they would be without reading ahead
        deferred = e;
        parserDone = true;
        break;
      }
      if (r == null) {
        break;
      }
      ahead.add(r);
      if (r.values().size() == columns.size()) {
        Layout layout = layoutFor(flowOf(r.values()));
        noteLabels(layout, r);
      }
    }
  }

  /**
   * Notes each dimension column of a row whose value cannot be a code, with the row's line. A value
   * that can be an SDMX id may still be a label ({@code Austria}, {@code Males}), so the frequency,
   * whose codes (SDMX {@code CL_FREQ}: {@code A}, {@code Q}, {@code M}, {@code A5}, {@code _O}…)
   * are never longer than three characters, also gives a labels-only export away ({@code Annual}).
   */
  private void noteLabels(Layout layout, Row r) {
    for (int c : layout.codedDims()) {
      if (labelColumns.containsKey(c)) {
        continue;
      }
      String v = code(r.values().get(c));
      if (!v.isEmpty()
          && (!ID.matcher(v).matches()
              || (v.length() > 3 && columns.get(c).id().equalsIgnoreCase("FREQ")))) {
        labelColumns.put(c, (int) Math.min(Integer.MAX_VALUE, r.line()));
      }
    }
  }

  /**
   * Returns the dimension columns found holding labels, each with the line of its first label:
   * {@code reason (2)}.
   */
  private String labelColumnList() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<Integer, Integer> e : labelColumns.entrySet()) {
      b.append(b.length() == 0 ? "" : ", ")
          .append(columns.get(e.getKey()).id())
          .append(" (")
          .append(e.getValue())
          .append(')');
    }
    return b.toString();
  }

  private String flowOf(List<String> values) {
    if (structureIdCol < 0) {
      return "";
    }
    // labels=both: "ESTAT:NA_MAIN(1.6.0): National Accounts"; a structure id never holds ": "
    String id = values.get(structureIdCol).strip();
    int colon = id.indexOf(": ");
    return colon > 0 ? id.substring(0, colon) : id;
  }

  private void read(Row row) {
    List<String> values = row.values();
    long line = row.line();
    rows++;
    SourceLocation at = new SourceLocation(Optional.of(source), rows, line, 0, Optional.empty());
    if (values.size() != columns.size()) {
      reject(
          at,
          SdmxRules.issueWithValue(
              SdmxRules.FIELD_COUNT,
              at,
              Integer.toString(values.size()),
              false,
              values.size(),
              columns.size()));
      return;
    }
    String flow = flowOf(values);
    String kind =
        structureCol >= 0 ? values.get(structureCol).strip().toLowerCase(Locale.ROOT) : "dataflow";
    String action = "Information";
    if (actionCol >= 0) {
      String raw = values.get(actionCol).strip();
      String word = raw.length() <= 1 ? ObsFields.action(raw) : null;
      if (word == null || word.equals("Delete")) {
        action = raw.toUpperCase(Locale.ROOT);
        reject(
            at.withLine(line, actionCol + 1),
            SdmxRules.issueWithValue(
                SdmxRules.ACTION_NOT_READ,
                at.withLine(line, actionCol + 1),
                action,
                false,
                cut(action)));
        return;
      }
      action = word;
    }
    Layout layout = layoutFor(flow);
    if (layout.problem() != null) {
      reject(at, SdmxRules.issue(layout.problem(), at, ObsFields.OBS_VALUE));
      return;
    }
    noteLabels(layout, row);
    Map<Integer, String> resolved = new HashMap<>();
    for (int c : layout.dims()) {
      Integer seen = labelColumns.get(c);
      Codelist list = layout.codelists().get(c);
      String v = code(values.get(c).strip());
      if (list != null && !v.isEmpty() && (seen != null || !list.contains(v))) {
        // with the structure's codelist, a label that names exactly one code is read as that code,
        // and said so
        String code = names.computeIfAbsent(list.ref().toString(), k -> byName(list)).get(v);
        if (code != null) {
          resolved.put(c, code);
          if (resolvedColumns.add(c)) {
            pending.add(
                SdmxRules.issue(
                    SdmxRules.LABELS_RESOLVED,
                    at.withLine(line, c + 1),
                    columns.get(c).id(),
                    list.ref().toString()));
          }
          continue;
        }
        if (seen != null) {
          SourceLocation where = at.withLine(line, c + 1);
          reject(
              where,
              SdmxRules.issueWithValue(
                  SdmxRules.LABEL_UNRESOLVED,
                  where,
                  v,
                  false,
                  columns.get(c).id(),
                  list.ref().toString()));
          return;
        }
      } else if (seen != null) {
        SourceLocation where = at.withLine(line, c + 1);
        reject(
            where,
            SdmxRules.issueWithValue(SdmxRules.LABEL_VALUES, where, v, false, labelColumnList()));
        return;
      }
    }
    BigDecimal value = null;
    String text = null;
    if (layout.measure() >= 0) {
      String raw = values.get(layout.measure()).strip();
      value = number(raw);
      if (value == null && !raw.isEmpty() && !raw.equals("NaN")) {
        // a string measure (SDMX 3.0): carried as written, and said so once (12,5 in a
        // comma-separated file is a text, not a number)
        text = raw;
        reportText(at.withLine(line, layout.measure() + 1), columns.get(layout.measure()).id());
      }
    }
    if (!flow.equals(currentFlow)
        || !java.util.Objects.equals(layout, currentLayout)
        || !action.equals(currentAction)
        || chunk.size() >= CHUNK) {
      flush();
      currentFlow = flow;
      currentKind = kind;
      currentAction = action;
      currentLayout = layout;
      chunkStart = at;
    }
    Map<String, String> dims = new LinkedHashMap<>();
    for (int i = 0; i < layout.dims().size(); i++) {
      String v =
          resolved.getOrDefault(
              layout.dims().get(i), code(values.get(layout.dims().get(i)).strip()));
      if (!v.isEmpty()) {
        dims.put(layout.dimIds().get(i), v);
      }
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int c : layout.attrs()) {
      attrs.put(
          columns.get(c).id(),
          attribute(columns.get(c), values.get(c), layout.codedAttrs().contains(c), at));
    }
    Observation obs =
        text != null
            ? ObsFields.textObservation(dims, text, attrs)
            : ObsFields.observation(dims, value, attrs);
    if (gate != null) {
      // the key and attributes are checked against the structure once per row, before the measure
      // is keyed
      List<Issue> rejected = gate.reject(flow.isEmpty() ? source : flow, obs, at);
      if (rejected != null) {
        rejected.addAll(0, drainPending());
        queue.add(new ReadResult.Failed(at, rejected));
        return;
      }
    }
    if (layout.measures().isEmpty()) {
      chunk.add(obs);
      return;
    }
    for (int m : layout.measures()) {
      Map<String, String> keyed = new LinkedHashMap<>(dims);
      keyed.put(MEASURE_DIMENSION, columns.get(m).id());
      String raw = values.get(m).strip();
      BigDecimal v = number(raw);
      boolean isText = v == null && !raw.isEmpty() && !raw.equals("NaN");
      if (isText) {
        reportText(at.withLine(line, m + 1), columns.get(m).id());
      }
      chunk.add(
          isText
              ? ObsFields.textObservation(keyed, raw, attrs)
              : ObsFields.observation(keyed, v, attrs));
    }
  }

  /** Reports, once per file, a measure value read as a text because it is not a number. */
  private void reportText(SourceLocation where, String measure) {
    if (!textReported) {
      textReported = true;
      pending.add(SdmxRules.issue(SdmxRules.TEXT_VALUE, where, measure));
    }
  }

  private void reject(SourceLocation at, Issue issue) {
    queue.add(new ReadResult.Failed(at, List.of(issue)));
  }

  private List<Issue> drainPending() {
    List<Issue> out = new ArrayList<>(pending);
    pending.clear();
    return out;
  }

  /**
   * Returns a value as a number: a decimal point, or a decimal comma when fields are separated by
   * semicolons.
   */
  private BigDecimal number(String raw) {
    BigDecimal n = ObsFields.number(raw);
    if (n == null && delimiter == ';' && DECIMAL_COMMA.matcher(raw).matches()) {
      n = ObsFields.number(raw.replace(',', '.'));
    }
    return n;
  }

  /**
   * Returns an attribute's value: coded values cut to their code ({@code labels=both}), several
   * values joined with {@code ;}, one language of a multi-lingual value (the others reported).
   */
  private String attribute(Column c, String raw, boolean coded, SourceLocation at) {
    String v = raw.strip();
    if (v.isEmpty()) {
      return v;
    }
    if (!c.languages().isEmpty()) {
      String[] parts = v.split(Pattern.quote(subDelimiter), -1);
      int pick = Math.max(0, c.languages().indexOf("en"));
      if (parts.length > 1 && warnedLanguages.add(c.id())) {
        pending.add(SdmxRules.issue(SdmxRules.LOCALISED_TEXT, at, c.id(), c.languages().get(pick)));
      }
      return pick < parts.length ? parts[pick] : parts[0];
    }
    if (!c.multi()) {
      return coded ? code(v) : v;
    }
    List<String> out = new ArrayList<>();
    for (String part : v.split(Pattern.quote(subDelimiter), -1)) {
      out.add(coded ? code(part.strip()) : part.strip());
    }
    return String.join(";", out);
  }

  /**
   * Returns the code of a {@code code: label} value when the header is {@code labels=both}, else
   * the value.
   */
  private String code(String v) {
    if (!labelsBoth) {
      return v;
    }
    int colon = v.indexOf(": ");
    return colon > 0 && ID.matcher(v.substring(0, colon)).matches() ? v.substring(0, colon) : v;
  }

  private void flush() {
    if (chunk.isEmpty()) {
      return;
    }
    chunks++;
    String flow = currentFlow.isEmpty() ? source : currentFlow;
    List<Issue> issues = drainPending();
    issues.addAll(StructureGate.drain(gate));
    queue.add(
        new ReadResult.Ok(
            ObsFields.withAction(
                ObsFields.dataset(
                    flow, currentKind, source, chunks, null, currentLayout.dimIds(), chunk),
                currentAction),
            chunkStart,
            issues));
    chunk = new ArrayList<>();
  }

  private void readHeader() throws IOException {
    JsonToken t = parser.nextToken();
    SourceLocation at = new SourceLocation(Optional.of(source), 0, 1, 0, Optional.empty());
    List<String> cells = new ArrayList<>();
    if (t == JsonToken.START_ARRAY) {
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        String h = parser.getText().strip();
        cells.add(h.startsWith("\uFEFF") ? h.substring(1) : h);
      }
    }
    boolean labelsName = cells.contains("STRUCTURE_NAME");
    columns = new ArrayList<>();
    boolean nameNext = false;
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i);
      Kind kind;
      String id = h;
      boolean multi = false;
      List<String> languages = List.of();
      if (i == 0 && (h.equals("STRUCTURE") || h.startsWith("STRUCTURE["))) {
        kind = Kind.STRUCTURE;
        id = "STRUCTURE";
      } else if (h.equals("STRUCTURE_ID") || h.equals("DATAFLOW")) {
        kind = Kind.STRUCTURE_ID;
        version1 |= i == 0 && h.equals("DATAFLOW");
      } else if (h.equals("STRUCTURE_NAME")) {
        kind = Kind.STRUCTURE_NAME;
      } else if (h.equals("ACTION")) {
        kind = Kind.ACTION;
      } else if (h.equals("SERIES_KEY") || h.equals("OBS_KEY")) {
        kind = Kind.KEY;
      } else if (nameNext) {
        kind = Kind.LABEL;
        nameNext = false;
      } else {
        int colon = h.indexOf(": ");
        if (colon > 0) {
          labelsBoth = true;
          id = h.substring(0, colon).strip();
        }
        if (id.endsWith("[]")) {
          multi = true;
          id = id.substring(0, id.length() - 2);
        } else {
          Matcher m = LANGS.matcher(id);
          if (m.matches()) {
            id = m.group(1);
            languages = List.of(m.group(2).split(Pattern.quote(subDelimiter)));
          }
        }
        kind = ID.matcher(id).matches() ? Kind.COMPONENT : Kind.CUSTOM;
        nameNext = labelsName && kind == Kind.COMPONENT;
      }
      columns.add(new Column(i, id, kind, multi, languages));
      switch (kind) {
        case STRUCTURE -> structureCol = i;
        case STRUCTURE_ID -> structureIdCol = i;
        case ACTION -> actionCol = i;
        default -> {}
      }
    }
    List<String> ids =
        columns.stream()
            .map(c -> c.kind() == Kind.LABEL ? "\u0000label" + c.index() : c.id())
            .toList();
    List<DuplicateNames.Duplicate> twice = DuplicateNames.in(ids);
    if (!twice.isEmpty()) {
      done = true;
      queue.add(
          new ReadResult.Failed(
              at,
              twice.stream()
                  .map(
                      d ->
                          SdmxRules.issueWithValue(
                              SdmxRules.DUPLICATE_COLUMN,
                              at.withLine(1, d.second()),
                              d.name(),
                              false,
                              cut(d.name()),
                              d.columnList()))
                  .toList()));
      return;
    }
    for (Column c : columns) {
      if (c.kind() == Kind.CUSTOM) {
        pending.add(
            SdmxRules.issueWithValue(
                SdmxRules.CUSTOM_COLUMN,
                at.withLine(1, c.index() + 1),
                c.id(),
                false,
                cut(c.id())));
      }
    }
  }

  /**
   * Returns the roles of the rows of a structure: from the structure given, else from the header.
   */
  private Layout layoutFor(String flow) {
    if (gate == null) {
      return headerLayout();
    }
    Layout known = layouts.get(flow);
    if (known != null) {
      return known;
    }
    Optional<DataStructure> dsd = gate.structure(flow.isEmpty() ? source : flow);
    Layout layout = dsd.map(d -> structureLayout(flow, d)).orElseGet(this::headerLayout);
    layouts.put(flow, layout);
    return layout;
  }

  private Layout structureLayout(String flow, DataStructure d) {
    SourceLocation at = new SourceLocation(Optional.of(source), 0, 1, 0, Optional.empty());
    Map<String, Integer> dimCol = new HashMap<>();
    List<Integer> attrs = new ArrayList<>();
    Set<Integer> coded = new HashSet<>();
    Set<Integer> codedDims = new HashSet<>();
    Map<Integer, Codelist> lists = new HashMap<>();
    int measure = -1;
    List<Issue> warnings = new ArrayList<>();
    for (Column c : columns) {
      if (c.kind() != Kind.COMPONENT) {
        continue;
      }
      if (d.dimension(c.id()).isPresent()) {
        dimCol.put(c.id(), c.index());
        SdmxDimension dim = d.dimension(c.id()).get();
        if (!dim.time() && dim.codelist().isPresent()) {
          codedDims.add(c.index());
          gate.codelist(dim.codelist().get()).ifPresent(l -> lists.put(c.index(), l));
        }
      } else if (d.attribute(c.id()).isPresent()) {
        attrs.add(c.index());
        SdmxAttribute a = d.attribute(c.id()).get();
        if (a.codelist().isPresent()) {
          coded.add(c.index());
        }
      } else if (c.id().equals(d.primaryMeasure())) {
        measure = c.index();
      } else if (!d.measures().contains(c.id())) {
        // (a measure after the first, SDMX 3.0, is placed below, once all columns are known)
        warnings.add(
            SdmxRules.issueWithValue(
                SdmxRules.NOT_IN_STRUCTURE,
                at.withLine(1, c.index() + 1),
                c.id(),
                false,
                cut(c.id()),
                cut(flow)));
      }
    }
    List<Integer> dims = new ArrayList<>();
    List<String> dimIds = new ArrayList<>();
    for (String id : d.dimensionIds()) {
      Integer c = dimCol.get(id);
      if (c != null) {
        dims.add(c);
        dimIds.add(id);
      }
    }
    List<Integer> measures = new ArrayList<>();
    if (d.measures().size() > 1) {
      if (d.dimension(MEASURE_DIMENSION).isPresent()) {
        // the structure has a MEASURE dimension of its own: the measure cannot be keyed by it
        for (Column c : columns) {
          if (c.kind() == Kind.COMPONENT
              && d.measures().contains(c.id())
              && !c.id().equals(d.primaryMeasure())) {
            warnings.add(
                SdmxRules.issue(
                    SdmxRules.NOT_IN_STRUCTURE,
                    at.withLine(1, c.index() + 1),
                    cut(c.id()),
                    cut(flow)));
          }
        }
      } else {
        for (String m : d.measures()) {
          for (Column c : columns) {
            if (c.kind() == Kind.COMPONENT && c.id().equals(m)) {
              measures.add(c.index());
            }
          }
        }
        if (measures.size() > 1) {
          dimIds.add(MEASURE_DIMENSION);
          warnings.add(
              SdmxRules.issue(
                  SdmxRules.MEASURES_AS_OBSERVATIONS,
                  at,
                  measures.size(),
                  cut(flow),
                  MEASURE_DIMENSION));
          measure = -1;
        } else {
          measures.clear();
        }
      }
    }
    pending.addAll(warnings);
    return new Layout(
        flow, dims, dimIds, codedDims, measure, attrs, coded, null, lists, List.copyOf(measures));
  }

  /**
   * The roles without a structure, made once when first needed: known ids, else the place before or
   * after {@code OBS_VALUE}.
   */
  private Layout headerLayout() {
    if (headerLayout == null) {
      headerLayout =
          makeHeaderLayout(new SourceLocation(Optional.of(source), 0, 1, 0, Optional.empty()));
    }
    return headerLayout;
  }

  private Layout makeHeaderLayout(SourceLocation at) {
    int measure = -1;
    for (Column c : columns) {
      if (c.kind() == Kind.COMPONENT && c.id().equals(ObsFields.OBS_VALUE)) {
        measure = c.index();
      }
    }
    if (measure < 0) {
      return new Layout(
          "",
          List.of(),
          List.of(),
          Set.of(),
          -1,
          List.of(),
          Set.of(),
          SdmxRules.NO_MEASURE,
          Map.of(),
          List.of());
    }
    List<Integer> dims = new ArrayList<>();
    List<String> dimIds = new ArrayList<>();
    // SDMX-CSV 2.0 has no labels-only form (labels=name adds columns, labels=both writes "code:
    // label"), so a
    // value that is not an id is a non-coded value there; SDMX-CSV 1.0 as the Eurostat data browser
    // exports it
    // may hold labels instead of codes, so its dimension values must look like codes
    Set<Integer> codedDims = new HashSet<>();
    List<Integer> attrs = new ArrayList<>();
    Set<Integer> coded = new HashSet<>();
    Set<String> placedDims = new LinkedHashSet<>();
    Set<String> placedAttrs = new LinkedHashSet<>();
    for (Column c : columns) {
      if (c.kind() != Kind.COMPONENT || c.index() == measure) {
        continue;
      }
      if (c.id().equals(Observation.TIME_PERIOD)) {
        dims.add(c.index());
        dimIds.add(c.id());
      } else if (OBSERVATION_ATTRIBUTES.contains(c.id())) {
        attrs.add(c.index());
        coded.add(c.index());
      } else if (c.index() < measure) {
        dims.add(c.index());
        dimIds.add(c.id());
        placedDims.add(c.id());
        if (version1) {
          codedDims.add(c.index());
        }
      } else {
        attrs.add(c.index());
        // a labels=both value "ID: text" is taken as coded; the warning below says the coding is
        // not known
        coded.add(c.index());
        placedAttrs.add(c.id());
      }
    }
    List<Issue> warnings = new ArrayList<>();
    if (!placedDims.isEmpty() || !placedAttrs.isEmpty()) {
      warnings.add(
          SdmxRules.issue(
              SdmxRules.ROLE_FROM_POSITION,
              at,
              cut(String.join(", ", placedDims)),
              cut(String.join(", ", placedAttrs)),
              ObsFields.OBS_VALUE));
    }
    pending.addAll(warnings);
    return new Layout(
        "", dims, dimIds, codedDims, measure, attrs, coded, null, Map.of(), List.of());
  }

  private static String cut(String s) {
    return Values.cut(s, 60);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

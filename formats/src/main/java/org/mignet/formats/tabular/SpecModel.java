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

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullUnmarked;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Term;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Tag;
import org.mignet.formats.internal.Words;

/** A parsed, checked mapping spec. Immutable after construction. */
// not yet null-checked: package-private, its nulls (absent cells, spec parts, reader state) are
// pervasive; the public classes of this package are checked
@NullUnmarked
final class SpecModel {

  /** Where a column's value goes in an observation. */
  public enum Target {
    DIMENSION,
    ATTRIBUTE,
    VALUE,
    UNIT,
    STATUS,
    CONFIDENTIALITY,
    RECORD
  }

  /** What to do with header columns the spec does not name. */
  public enum Others {
    DIMENSION,
    ATTRIBUTE,
    IGNORE
  }

  /**
   * One mapped column.
   *
   * @param column header name, or null
   * @param hashtag HXL tag pattern, or null
   * @param pointer JSON pointer into a JSON source's objects, or null
   * @param index 0-based column index, or -1
   * @param at for a column found by header text: the 0-based position where the spec expects it (a
   *     check, not a locator), or -1
   */
  public record ColumnSpec(
      String column,
      Tag hashtag,
      String pointer,
      int index,
      Target target,
      String key,
      boolean required,
      boolean optional,
      Map<String, String> values,
      boolean strictValues,
      String codeList,
      Pattern keep,
      String type,
      List<String> dateFormats,
      Map<String, String> flags,
      int at) {

    /** Returns how the column is named in messages. */
    public String label() {
      return column != null
          ? column
          : hashtag != null ? hashtag.toString() : pointer != null ? pointer : "#" + (index + 1);
    }
  }

  /**
   * How a column of a row-per-record spec fills the record (same index as its {@link ColumnSpec}).
   *
   * @param to the JSON Pointers filled: one, or one per part of a split or per group of a pattern
   * @param kinds the JSON kind of each pointer (for a split to an array pointer: of its items)
   * @param split a literal separator of multiple values, or null
   * @param pattern a regular expression whose groups give the values, or null
   * @param locale the locale of month and day names in date formats
   * @param append whether the parts are appended to the array {@code to.get(0)} names
   * @param set values set at other pointers when the column has a value (e.g. a coordinates'
   *     precision)
   */
  public record RecordColumn(
      List<String> to,
      List<RecordSchema.Kind> kinds,
      String split,
      Pattern pattern,
      Locale locale,
      boolean append,
      Map<String, JsonNode> set) {}

  /**
   * One block of wide columns: each becomes an observation whose {@code dimension} is the column's
   * header; or, with {@code named}, the columns of those header texts, found by name wherever they
   * are, each with its own dimensions; those in {@code optional} may be missing from a file (an
   * older or newer edition), the others refuse it when missing.
   */
  public record WideSpec(
      int from,
      int to,
      Pattern headers,
      String dimension,
      Map<String, String> set,
      Map<String, Map<String, String>> named,
      int titleRow,
      String title,
      Set<String> optional) {

    WideSpec(
        int from,
        int to,
        Pattern headers,
        String dimension,
        Map<String, String> set,
        Map<String, Map<String, String>> named,
        int titleRow,
        String title) {
      this(from, to, headers, dimension, set, named, titleRow, title, Set.of());
    }

    WideSpec(
        int from,
        int to,
        Pattern headers,
        String dimension,
        Map<String, String> set,
        Map<String, Map<String, String>> named) {
      this(from, to, headers, dimension, set, named, 0, null);
    }

    /**
     * Returns whether the block's columns are found by its title (a row above the header), not by
     * letters.
     */
    public boolean byTitle() {
      return title != null;
    }
  }

  /**
   * A header cell the spec expects, checked before any row is read.
   *
   * @param row the 1-based sheet row (or CSV record), or 0 for the header row
   * @param column the 0-based column
   * @param text the text expected, compared trimmed, case-insensitively and with runs of white
   *     space as one space
   * @param ref the cell as the spec gives it, e.g. {@code F} or {@code F8}
   */
  public record Expect(int row, int column, String text, String ref) {}

  /** A row-skip rule. */
  public record SkipSpec(String column, Pattern matches, String reason) {}

  /**
   * A date format naming Excel's day serial numbers (days since 1899-12-30), as a number cell
   * without a date style.
   */
  public static final String EXCEL_SERIAL = "excel";

  private static final Set<String> KNOWN =
      Set.of(
          "$schema",
          "mappingSpec",
          "name",
          "description",
          "source",
          "dataflow",
          "dataflowFromSource",
          "title",
          "missingValues",
          "missingStatus",
          "number",
          "columns",
          "constants",
          "otherColumns",
          "wide",
          "skipRows",
          "sensitivity",
          "recordType",
          "lenient",
          "ignoreColumns",
          "recordMeta");

  private final String name;
  private final String description;
  private final org.mignet.core.model.Sensitivity sensitivity;
  private final org.mignet.formats.MetaDefaults recordMeta;
  private final List<MetaSource> recordMetaSources;
  private final int headerRow;
  private final String sheet;
  private final String encoding;
  private final Character delimiter;
  private final boolean hashtags;
  private final String sourceFormat;
  private final String records;
  private final String dataflow;
  private final Pattern dataflowFromSource;
  private final Set<String> missing;
  private final String missingStatus;
  private final char grouping;
  private final char decimal;
  private final List<ColumnSpec> columns;
  private final Map<String, String> constants;
  private final Others others;
  private final List<WideSpec> wide;
  private final List<SkipSpec> skips;
  private final org.mignet.core.model.RecordType recordType;
  private final List<RecordColumn> recordColumns;
  private final Map<String, JsonNode> recordConstants;
  private final boolean lenient;
  private final Set<String> ignoreColumns;
  private final List<Tag> ignoreTags;
  private final List<Expect> expect;

  private SpecModel(JsonNode t, String src) {
    if (!t.isObject()) {
      throw bad(src, Words.SPEC_NOT_AN_OBJECT);
    }
    t.fieldNames()
        .forEachRemaining(
            f -> {
              if (!KNOWN.contains(f)) {
                throw bad(src, Words.SPEC_UNKNOWN_MEMBER.with(TabularRules.cut(f)));
              }
            });
    if (!"1.0".equals(t.path("mappingSpec").asText())) {
      throw bad(src, Words.SPEC_VERSION_REQUIRED);
    }
    name = text(t, "name", src);
    description = t.path("description").asText("");
    if (t.hasNonNull("recordType")) {
      String rt = t.get("recordType").asText();
      recordType =
          java.util.Arrays.stream(org.mignet.core.model.RecordType.values())
              .filter(x -> x.typeName().equals(rt))
              .findFirst()
              .orElseThrow(() -> bad(src, Words.SPEC_NO_RECORD_TYPE.with(TabularRules.cut(rt))));
    } else {
      recordType = null;
    }
    lenient = t.path("lenient").asBoolean(false);
    Set<String> ig = new LinkedHashSet<>();
    List<Tag> igTags = new ArrayList<>();
    for (JsonNode v : t.path("ignoreColumns")) {
      String c = v.asText().strip().toLowerCase(Locale.ROOT);
      ig.add(c);
      if (c.startsWith("#")) {
        // a pattern that does not parse would leave out nothing, silently: refused here
        igTags.add(
            Tag.tryParse(c)
                .orElseThrow(
                    () -> bad(src, Words.SPEC_BAD_IGNORE_PATTERN.with(TabularRules.cut(c)))));
      }
    }
    ignoreColumns = java.util.Collections.unmodifiableSet(ig);
    ignoreTags = List.copyOf(igTags);
    try {
      sensitivity =
          t.hasNonNull("sensitivity")
              ? org.mignet.core.model.Sensitivity.valueOf(
                  t.get("sensitivity").asText().toUpperCase(Locale.ROOT))
              : null;
    } catch (IllegalArgumentException e) {
      throw bad(src, Words.SPEC_SENSITIVITY);
    }
    List<MetaSource> metaSources = new ArrayList<>();
    recordMeta = recordMeta(t.path("recordMeta"), src, metaSources);
    recordMetaSources = List.copyOf(metaSources);
    JsonNode s = t.path("source");
    headerRow = s.path("headerRow").asInt(1);
    sheet = s.hasNonNull("sheet") ? s.get("sheet").asText() : null;
    encoding = s.hasNonNull("encoding") ? s.get("encoding").asText() : null;
    String d = s.hasNonNull("delimiter") ? s.get("delimiter").asText() : null;
    if (d != null && d.length() != 1) {
      throw bad(src, Words.SPEC_DELIMITER);
    }
    delimiter = d == null ? null : d.charAt(0);
    hashtags = s.path("hashtags").asBoolean(false);
    expect = expectations(s.path("expect"), headerRow, src);
    sourceFormat = s.path("format").asText("table");
    records = s.path("records").asText("");
    dataflow = recordType == null ? text(t, "dataflow", src) : "";
    dataflowFromSource =
        t.hasNonNull("dataflowFromSource")
            ? regex(t.get("dataflowFromSource").asText(), src)
            : null;
    missing = new java.util.HashSet<>();
    t.path("missingValues").forEach(v -> missing.add(v.asText().strip()));
    missingStatus = t.hasNonNull("missingStatus") ? t.get("missingStatus").asText() : null;
    String g = t.path("number").path("grouping").asText(",");
    String dec = t.path("number").path("decimal").asText(".");
    grouping = g.isEmpty() ? 0 : g.charAt(0);
    decimal = dec.isEmpty() ? '.' : dec.charAt(0);
    List<ColumnSpec> cols = new ArrayList<>();
    List<RecordColumn> rcols = new ArrayList<>();
    Map<String, JsonNode> rconst = new LinkedHashMap<>();
    if (recordType != null) {
      if (t.has("wide") || t.has("dataflow") || t.has("otherColumns") || t.has("missingStatus")) {
        throw bad(src, Words.SPEC_DATASET_ONLY);
      }
      for (JsonNode c : t.path("columns")) {
        rcols.add(recordColumn(c, recordType, src));
        cols.add(column(c, src, true));
      }
      t.path("constants")
          .properties()
          .iterator()
          .forEachRemaining(
              e -> {
                withinIndexLimit(e.getKey(), src);
                if (RecordSchema.kind(recordType, e.getKey()).isEmpty()) {
                  throw bad(
                      src,
                      Words.SPEC_CONSTANT_NOT_A_PATH.with(
                          TabularRules.cut(e.getKey()), recordType.typeName()));
                }
                rconst.put(e.getKey(), e.getValue());
              });
    }
    recordColumns = List.copyOf(rcols);
    recordConstants = rconst;
    if (recordType != null) {
      columns = List.copyOf(cols);
      constants = Map.of();
      others = Others.IGNORE;
      wide = List.of();
      List<SkipSpec> sk = new ArrayList<>();
      for (JsonNode x : t.path("skipRows")) {
        sk.add(
            new SkipSpec(
                text(x, "column", src),
                regex(x.path("matches").asText(""), src),
                x.path("reason").asText("skipRows")));
      }
      skips = List.copyOf(sk);
      return;
    }
    for (JsonNode c : t.path("columns")) {
      cols.add(column(c, src));
    }
    if (cols.stream().noneMatch(c -> c.target() == Target.VALUE) && !t.has("wide")) {
      throw bad(src, Words.SPEC_NO_VALUE_COLUMN);
    }
    columns = List.copyOf(cols);
    Map<String, String> k = new LinkedHashMap<>();
    t.path("constants")
        .properties()
        .iterator()
        .forEachRemaining(e -> k.put(e.getKey(), e.getValue().asText()));
    for (String path : k.keySet()) {
      target(path, src);
    }
    constants = k;
    others = Others.valueOf(t.path("otherColumns").asText("ignore").toUpperCase(Locale.ROOT));
    List<WideSpec> w = new ArrayList<>();
    for (JsonNode x : t.path("wide")) {
      Map<String, String> set = new LinkedHashMap<>();
      x.path("set")
          .properties()
          .iterator()
          .forEachRemaining(e -> set.put(e.getKey(), e.getValue().asText()));
      if (x.has("named")) {
        if (x.has("columns")
            || x.has("dimension")
            || x.has("headers")
            || !x.get("named").isObject()
            || x.get("named").isEmpty()) {
          throw bad(src, Words.SPEC_WIDE_NAMED);
        }
        Map<String, Map<String, String>> named = new LinkedHashMap<>();
        x.get("named")
            .properties()
            .iterator()
            .forEachRemaining(
                e -> {
                  Map<String, String> dims = new LinkedHashMap<>();
                  if (!e.getValue().isObject()) {
                    throw bad(src, Words.SPEC_WIDE_NAMED);
                  }
                  e.getValue()
                      .properties()
                      .iterator()
                      .forEachRemaining(dv -> dims.put(dv.getKey(), dv.getValue().asText()));
                  named.put(e.getKey(), java.util.Collections.unmodifiableMap(dims));
                });
        // "optional": named columns that a file may lack (another edition of the same table)
        Set<String> optional = new LinkedHashSet<>();
        for (JsonNode o : x.path("optional")) {
          if (!o.isTextual() || !named.containsKey(o.asText())) {
            throw bad(src, Words.SPEC_WIDE_OPTIONAL);
          }
          optional.add(o.asText());
        }
        if (!x.path("optional").isMissingNode()
            && (!x.get("optional").isArray() || optional.size() == named.size())) {
          throw bad(src, Words.SPEC_WIDE_OPTIONAL);
        }
        w.add(
            new WideSpec(
                -1,
                -2,
                null,
                null,
                set,
                java.util.Collections.unmodifiableMap(named),
                0,
                null,
                java.util.Collections.unmodifiableSet(optional)));
        continue;
      }
      if (x.has("optional")) {
        throw bad(src, Words.SPEC_WIDE_OPTIONAL);
      }
      Pattern headers = x.hasNonNull("headers") ? regex(x.get("headers").asText(), src) : null;
      if (x.has("block")) {
        // {"block": {"row": 15, "title": "…"}}: the columns under a title cell, up to the next
        // title
        JsonNode b = x.get("block");
        if (x.has("columns")
            || !b.isObject()
            || !b.path("row").canConvertToInt()
            || b.path("row").asInt() < 1
            || !b.path("title").isTextual()
            || b.path("title").asText().isBlank()) {
          throw bad(src, Words.SPEC_WIDE_COLUMNS);
        }
        w.add(
            new WideSpec(
                0,
                Integer.MAX_VALUE,
                headers,
                text(x, "dimension", src),
                set,
                Map.of(),
                b.get("row").asInt(),
                b.get("title").asText().strip()));
        continue;
      }
      int[] range = range(x.path("columns").asText(""), src);
      w.add(new WideSpec(range[0], range[1], headers, text(x, "dimension", src), set, Map.of()));
    }
    wide = List.copyOf(w);
    List<SkipSpec> sk = new ArrayList<>();
    for (JsonNode x : t.path("skipRows")) {
      sk.add(
          new SkipSpec(
              text(x, "column", src),
              regex(x.path("matches").asText(""), src),
              x.path("reason").asText("skipRows")));
    }
    skips = List.copyOf(sk);
  }

  /**
   * Returns the checked spec.
   *
   * @param tree the spec's JSON
   * @param sourceName its name for messages
   */
  public static SpecModel of(JsonNode tree, String sourceName) {
    return new SpecModel(tree, sourceName);
  }

  private static ColumnSpec column(JsonNode c, String src) {
    return column(c, src, false);
  }

  private static ColumnSpec column(JsonNode c, String src, boolean record) {
    String column = c.hasNonNull("column") ? c.get("column").asText() : null;
    Tag tag = null;
    if (c.hasNonNull("hashtag")) {
      tag = Tag.tryParse(c.get("hashtag").asText()).orElseThrow(() -> bad(src, Words.SPEC_HASHTAG));
    }
    String pointer = c.hasNonNull("pointer") ? c.get("pointer").asText() : null;
    int index = c.hasNonNull("index") ? c.get("index").asInt() - 1 : -1;
    if ((column == null ? 0 : 1)
            + (tag == null ? 0 : 1)
            + (pointer == null ? 0 : 1)
            + (index < 0 ? 0 : 1)
        != 1) {
      throw bad(src, Words.SPEC_ONE_SOURCE);
    }
    String[] to =
        record
            ? new String[] {
              "RECORD", c.get("to").isArray() ? c.get("to").path(0).asText() : c.get("to").asText()
            }
            : target(text(c, "to", src), src);
    int at = -1;
    if (c.hasNonNull("at")) {
      if (column == null) {
        throw bad(src, Words.SPEC_AT_NEEDS_COLUMN);
      }
      at = col(c.get("at").asText(), src);
    }
    Map<String, String> values = new HashMap<>();
    if (c.hasNonNull("valuesFrom")) {
      values.putAll(
          ValueTables.named(c.get("valuesFrom").asText())
              .orElseThrow(
                  () ->
                      bad(src, Words.SPEC_VALUES_FROM.with(String.join(", ", ValueTables.NAMES)))));
    }
    c.path("values")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                values.put(
                    e.getKey().strip().toLowerCase(Locale.ROOT),
                    e.getValue().isNull() ? null : e.getValue().asText()));
    Map<String, String> flags = new HashMap<>();
    c.path("flags")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                flags.put(
                    e.getKey().strip(), e.getValue().isNull() ? null : e.getValue().asText()));
    String codeList = c.hasNonNull("codeList") ? c.get("codeList").asText() : null;
    if (codeList != null
        && !codeList.equals("iso3166")
        && org.mignet.core.code.CodeLists.standard().named(codeList).isEmpty()) {
      throw bad(src, Words.SPEC_CODE_LIST);
    }
    List<String> dates = new ArrayList<>();
    c.path("dateFormats").forEach(x -> dates.add(x.asText()));
    for (String f : dates) {
      if (f.equals(EXCEL_SERIAL)) {
        continue;
      }
      try {
        var unused =
            java.time.format.DateTimeFormatter.ofPattern(f); // only checks that the pattern parses
      } catch (IllegalArgumentException e) {
        throw bad(src, Words.SPEC_BAD_DATE_FORMAT.with(TabularRules.cut(f)));
      }
    }
    String type =
        record
            ? "record"
            : c.path("type")
                .asText(to[0].equals("VALUE") ? "number" : dates.isEmpty() ? "text" : "date");
    return new ColumnSpec(
        column,
        tag,
        pointer,
        index,
        Target.valueOf(to[0]),
        to[1],
        c.path("required").asBoolean(false),
        c.path("optional").asBoolean(false),
        values,
        c.path("strictValues").asBoolean(codeList == null && !values.isEmpty()),
        codeList,
        c.hasNonNull("keep") ? regex(c.get("keep").asText(), src) : null,
        type,
        List.copyOf(dates),
        flags,
        at);
  }

  private static RecordColumn recordColumn(
      JsonNode c, org.mignet.core.model.RecordType type, String src) {
    JsonNode toNode = c.get("to");
    List<String> to = new ArrayList<>();
    if (toNode == null) {
      throw bad(src, Words.SPEC_TO_REQUIRED);
    }
    if (toNode.isArray()) {
      toNode.forEach(x -> to.add(x.asText()));
    } else {
      to.add(toNode.asText());
    }
    if (to.isEmpty()) {
      throw bad(src, Words.SPEC_TO_EMPTY);
    }
    String split = c.hasNonNull("split") ? c.get("split").asText() : null;
    if (split != null && split.isEmpty()) {
      throw bad(src, Words.SPEC_SPLIT_EMPTY);
    }
    Pattern pattern = c.hasNonNull("pattern") ? regex(c.get("pattern").asText(), src) : null;
    if (split != null && pattern != null) {
      throw bad(src, Words.SPEC_SPLIT_AND_PATTERN);
    }
    if (pattern != null && pattern.matcher("").groupCount() < to.size()) {
      throw bad(src, Words.SPEC_PATTERN_GROUPS);
    }
    if (to.size() > 1 && split == null && pattern == null) {
      throw bad(src, Words.SPEC_SEVERAL_POINTERS);
    }
    List<RecordSchema.Kind> kinds = new ArrayList<>();
    boolean append = false;
    for (String p : to) {
      withinIndexLimit(p, src);
      RecordSchema.Kind k =
          RecordSchema.kind(type, p)
              .orElseThrow(
                  () -> bad(src, Words.SPEC_NOT_A_PATH.with(TabularRules.cut(p), type.typeName())));
      if (k == RecordSchema.Kind.ARRAY && to.size() == 1 && split != null) {
        append = true;
        k = RecordSchema.kind(type, p + "/0").orElse(RecordSchema.Kind.TEXT);
      }
      if (k == RecordSchema.Kind.ARRAY || k == RecordSchema.Kind.OBJECT) {
        throw bad(
            src,
            (k == RecordSchema.Kind.ARRAY ? Words.SPEC_NAMES_AN_ARRAY : Words.SPEC_NAMES_AN_OBJECT)
                .with(TabularRules.cut(p)));
      }
      kinds.add(k);
    }
    String declared = c.path("type").asText("");
    if (!declared.isEmpty()) {
      RecordSchema.Kind k =
          switch (declared) {
            case "text" -> RecordSchema.Kind.TEXT;
            case "number" -> RecordSchema.Kind.NUMBER;
            case "integer" -> RecordSchema.Kind.INTEGER;
            case "boolean" -> RecordSchema.Kind.BOOLEAN;
            case "date" -> RecordSchema.Kind.DATE;
            case "instant" -> RecordSchema.Kind.INSTANT;
            default -> throw bad(src, Words.SPEC_TYPE);
          };
      kinds.replaceAll(x -> k);
    }
    Locale locale =
        c.hasNonNull("locale") ? Locale.forLanguageTag(c.get("locale").asText()) : Locale.ENGLISH;
    Map<String, JsonNode> set = new LinkedHashMap<>();
    c.path("set")
        .properties()
        .iterator()
        .forEachRemaining(
            e -> {
              withinIndexLimit(e.getKey(), src);
              if (RecordSchema.kind(type, e.getKey()).isEmpty()) {
                throw bad(
                    src,
                    Words.SPEC_SET_NOT_A_PATH.with(TabularRules.cut(e.getKey()), type.typeName()));
              }
              set.put(e.getKey(), e.getValue());
            });
    return new RecordColumn(
        List.copyOf(to), List.copyOf(kinds), split, pattern, locale, append, set);
  }

  /**
   * Reads a model path of an observation: /dimensions/X, /attributes/X, /value, /unit, /status,
   * /confidentiality.
   */
  private static String[] target(String path, String src) {
    if (path.startsWith("/dimensions/") && path.length() > 12) {
      return new String[] {"DIMENSION", path.substring(12)};
    }
    if (path.startsWith("/attributes/") && path.length() > 12) {
      return new String[] {"ATTRIBUTE", path.substring(12)};
    }
    return switch (path) {
      case "/value" -> new String[] {"VALUE", ""};
      case "/unit" -> new String[] {"UNIT", ""};
      case "/status" -> new String[] {"STATUS", ""};
      case "/confidentiality" -> new String[] {"CONFIDENTIALITY", ""};
      default -> throw bad(src, Words.SPEC_NOT_AN_OBSERVATION_PATH.with(TabularRules.cut(path)));
    };
  }

  /**
   * Reads {@code F:M} (letters) or {@code 6:13} (1-based) into 0-based inclusive bounds; empty =
   * all.
   */
  private static int[] range(String r, String src) {
    if (r.isEmpty()) {
      return new int[] {0, Integer.MAX_VALUE};
    }
    String[] p = r.split(":", -1);
    if (p.length != 2) {
      throw bad(src, Words.SPEC_WIDE_COLUMNS);
    }
    return new int[] {col(p[0], src), col(p[1], src)};
  }

  private static int col(String s, String src) {
    s = s.strip();
    if (s.matches("\\d+")) {
      return Integer.parseInt(s) - 1;
    }
    if (s.matches("[A-Za-z]{1,3}")) {
      return WorkbookRowSource.columnIndex(s.toUpperCase(Locale.ROOT));
    }
    throw bad(src, Words.SPEC_COLUMN_REFERENCE);
  }

  /**
   * Reads {@code source.expect}: cell references ({@code F} in the header row, {@code F8} at or
   * above it) to text.
   */
  private static List<Expect> expectations(JsonNode e, int headerRow, String src) {
    if (e.isMissingNode() || e.isNull()) {
      return List.of();
    }
    if (!e.isObject()) {
      throw bad(src, Words.SPEC_EXPECT);
    }
    List<Expect> out = new ArrayList<>();
    e.properties()
        .iterator()
        .forEachRemaining(
            x -> {
              java.util.regex.Matcher m =
                  java.util.regex.Pattern.compile("([A-Za-z]{1,3})([0-9]{0,7})")
                      .matcher(x.getKey().strip());
              if (!m.matches() || !x.getValue().isTextual()) {
                throw bad(src, Words.SPEC_EXPECT);
              }
              int row =
                  m.group(2).isEmpty() || Integer.parseInt(m.group(2)) == headerRow
                      ? 0
                      : Integer.parseInt(m.group(2));
              if (row < 0 || row > headerRow || (row > 0 && headerRow > TableReader.MAX_PREAMBLE)) {
                throw bad(src, Words.SPEC_EXPECT);
              }
              out.add(
                  new Expect(
                      row,
                      WorkbookRowSource.columnIndex(m.group(1).toUpperCase(Locale.ROOT)),
                      x.getValue().asText(),
                      x.getKey().strip().toUpperCase(Locale.ROOT)));
            });
    return List.copyOf(out);
  }

  /**
   * Returns whether they are the same text, trimmed, case-insensitively and with runs of white
   * space as one space.
   *
   * @param cell a header cell
   * @param expected the text a spec expects
   */
  static boolean sameHeader(String cell, String expected) {
    return normal(cell).equals(normal(expected));
  }

  private static String normal(String s) {
    return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * A spec's pattern, compiled by RE2/J: matching takes time linear in the cell, whatever the
   * pattern.
   */
  private static Pattern regex(String r, String src) {
    try {
      return Pattern.compile(r);
    } catch (PatternSyntaxException e) {
      throw bad(src, Words.SPEC_BAD_REGEX);
    }
  }

  private static String text(JsonNode n, String field, String src) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw bad(src, Words.SPEC_TEXT_REQUIRED.with(field));
    }
    return v.asText();
  }

  /**
   * A spec pointer naming a list index above the limit would have every row build a list that long.
   */
  private static void withinIndexLimit(String pointer, String src) {
    int max = org.mignet.formats.ReadLimits.defaults().maxListIndex();
    java.util.OptionalLong index =
        org.mignet.formats.internal.JsonPointers.indexAbove(pointer, max);
    if (index.isPresent()) {
      throw new org.mignet.formats.ReadException(
          TabularRules.issue(
              TabularRules.INDEX_LIMIT,
              SourceLocation.of(src),
              TabularRules.cut(pointer),
              Long.toString(index.getAsLong()),
              "maxListIndex",
              Integer.toString(max)));
    }
  }

  static ParseException bad(String src, Term what) {
    return new org.mignet.formats.ReadException(
        TabularRules.issue(TabularRules.BAD_SPEC, SourceLocation.of(src), what));
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public org.mignet.core.model.Sensitivity sensitivity() {
    return sensitivity;
  }

  /**
   * Returns the record metadata every record read gets where it has none ({@code recordMeta});
   * never null.
   */
  public org.mignet.formats.MetaDefaults recordMeta() {
    return recordMeta;
  }

  /**
   * Returns the record metadata taken from a column or the file name ({@code recordMeta}); never
   * null.
   */
  public List<MetaSource> recordMetaSources() {
    return recordMetaSources;
  }

  /** The record metadata a spec can fill, in the order of {@code RecordMeta}'s components. */
  static final List<String> META_NAMES =
      List.of("sourceOrganization", "created", "updated", "legalBasis");

  /**
   * Record metadata taken from each row's cell ({@code {"column": "Extracted"}}) or from the file
   * name ({@code {"fromSource": "(\\d{4}-\\d{2}-\\d{2})"}}, group 1 of a regular expression found
   * in the name).
   *
   * @param name one of {@link #META_NAMES}
   * @param column the column's header text, or null when the value comes from the file name
   * @param fromSource the regular expression, or null
   * @param dateFormat for {@code created} and {@code updated}: a {@link
   *     java.time.format.DateTimeFormatter} pattern (a date, or a date and time taken as UTC), or
   *     null for ISO 8601 (a date or an instant)
   * @param optional the column may be absent from the header
   */
  public record MetaSource(
      String name, String column, Pattern fromSource, String dateFormat, boolean optional) {

    /** Returns whether the value is a date (created, updated). */
    public boolean isDate() {
      return name.equals("created") || name.equals("updated");
    }

    /**
     * Returns the instant, or null if the text is not of the declared form.
     *
     * @param text the cell or the part of the file name
     */
    public java.time.Instant instant(String text) {
      try {
        if (dateFormat == null) {
          return org.mignet.formats.MetaDefaults.instant(text);
        }
        java.time.format.DateTimeFormatter f =
            java.time.format.DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
        java.time.temporal.TemporalAccessor t = f.parse(text);
        return t.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)
            ? java.time.LocalDateTime.from(t).toInstant(java.time.ZoneOffset.UTC)
            : java.time.LocalDate.from(t).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (RuntimeException e) {
        return null;
      }
    }

    /** Returns the form a date must have, for messages. */
    public String form() {
      return dateFormat != null ? dateFormat : "ISO 8601";
    }
  }

  /**
   * {@code "recordMeta": {"sourceOrganization": "Eurostat", "created": {"column": "Extracted",
   * "dateFormat": "dd/MM/yyyy"}, "updated": {"fromSource": "…"}, "legalBasis": "…"}}: a text is a
   * constant, an object a source.
   */
  private static org.mignet.formats.MetaDefaults recordMeta(
      JsonNode m, String src, List<MetaSource> sources) {
    if (m.isMissingNode() || m.isNull()) {
      return org.mignet.formats.MetaDefaults.NONE;
    }
    if (!m.isObject()) {
      throw bad(src, Words.SPEC_RECORD_META);
    }
    StringBuilder pairs = new StringBuilder();
    java.util.Iterator<Map.Entry<String, JsonNode>> it = m.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (!META_NAMES.contains(e.getKey())) {
        throw bad(src, Words.SPEC_RECORD_META);
      }
      if (v.isObject()) {
        sources.add(metaSource(e.getKey(), v, src));
        continue;
      }
      // updated has no constant: a publisher's files are not all updated on one day
      if (e.getKey().equals("updated")
          || !v.isTextual()
          || v.asText().isBlank()
          || v.asText().contains(",")) {
        throw bad(src, Words.SPEC_RECORD_META);
      }
      pairs.append(e.getKey()).append('=').append(v.asText()).append(',');
    }
    try {
      return org.mignet.formats.MetaDefaults.parse(pairs.toString());
    } catch (IllegalArgumentException e) {
      throw bad(src, Words.SPEC_RECORD_META);
    }
  }

  private static MetaSource metaSource(String name, JsonNode v, String src) {
    for (java.util.Iterator<String> f = v.fieldNames(); f.hasNext(); ) {
      if (!Set.of("column", "fromSource", "dateFormat", "optional").contains(f.next())) {
        throw bad(src, Words.SPEC_RECORD_META);
      }
    }
    boolean column = v.path("column").isTextual() && !v.path("column").asText().isBlank();
    boolean fromSource =
        v.path("fromSource").isTextual() && !v.path("fromSource").asText().isBlank();
    boolean date = name.equals("created") || name.equals("updated");
    if (column == fromSource
        || (v.has("dateFormat") && (!date || !v.get("dateFormat").isTextual()))
        || (v.has("optional") && (!column || !v.get("optional").isBoolean()))) {
      throw bad(src, Words.SPEC_RECORD_META);
    }
    Pattern p = null;
    if (fromSource) {
      try {
        p = Pattern.compile(v.get("fromSource").asText());
      } catch (PatternSyntaxException e) {
        throw bad(src, Words.SPEC_RECORD_META);
      }
      if (p.groupCount() < 1) {
        throw bad(src, Words.SPEC_RECORD_META);
      }
    }
    String format = v.hasNonNull("dateFormat") ? v.get("dateFormat").asText() : null;
    if (format != null) {
      try {
        var unused = java.time.format.DateTimeFormatter.ofPattern(format, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw bad(src, Words.SPEC_RECORD_META);
      }
    }
    return new MetaSource(
        name,
        column ? v.get("column").asText() : null,
        p,
        format,
        v.path("optional").asBoolean(false));
  }

  public int headerRow() {
    return headerRow;
  }

  public String sheet() {
    return sheet;
  }

  public String encoding() {
    return encoding;
  }

  public Character delimiter() {
    return delimiter;
  }

  public boolean hashtags() {
    return hashtags;
  }

  public String sourceFormat() {
    return sourceFormat;
  }

  public String records() {
    return records;
  }

  public String dataflow() {
    return dataflow;
  }

  public Pattern dataflowFromSource() {
    return dataflowFromSource;
  }

  public Set<String> missing() {
    return missing;
  }

  public String missingStatus() {
    return missingStatus;
  }

  private static boolean digitOrMinus(char ch) {
    return (ch >= '0' && ch <= '9') || ch == '-';
  }

  public char grouping() {
    return grouping;
  }

  public char decimal() {
    return decimal;
  }

  /**
   * Returns the number it holds under the spec's grouping and decimal separators (spaces and
   * no-break spaces are grouping too), or null if it is not a number.
   *
   * @param cell a cell's text
   */
  BigDecimal number(String cell) {
    // most cells are whole numbers ("1,405", "0", "-3"): read straight into a long, as new
    // BigDecimal would read them (scale 0), without a string built for them
    long whole = 0;
    int digits = 0;
    boolean negative = false;
    // (not when the separators themselves are digits or a minus sign: the general path then)
    boolean plain = !digitOrMinus(grouping) && !digitOrMinus(decimal);
    for (int i = 0; i < cell.length() && plain; i++) {
      char ch = cell.charAt(i);
      if (ch >= '0' && ch <= '9') {
        whole = whole * 10 + (ch - '0');
        digits++;
      } else if (ch == '-' && digits == 0 && !negative) {
        negative = true;
      } else if (ch != grouping || ch == decimal) {
        plain = ch == ' ' || ch == '\u00a0' || ch == '\u202f';
      }
    }
    if (plain && digits > 0 && digits <= 18) {
      return BigDecimal.valueOf(negative ? -whole : whole);
    }
    StringBuilder b = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch == grouping || ch == ' ' || ch == '\u00a0' || ch == '\u202f') {
        continue;
      }
      b.append(ch == decimal ? '.' : ch);
    }
    try {
      return new BigDecimal(b.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public List<ColumnSpec> columns() {
    return columns;
  }

  public Map<String, String> constants() {
    return constants;
  }

  public Others others() {
    return others;
  }

  public List<WideSpec> wide() {
    return wide;
  }

  public List<SkipSpec> skips() {
    return skips;
  }

  /** Returns the record type of a row-per-record spec, or null for a Dataset spec. */
  public org.mignet.core.model.RecordType recordType() {
    return recordType;
  }

  public List<RecordColumn> recordColumns() {
    return recordColumns;
  }

  public Map<String, JsonNode> recordConstants() {
    return recordConstants;
  }

  public boolean lenient() {
    return lenient;
  }

  /** Returns header names (lower case) a recordType spec leaves out on purpose, not reported. */
  public Set<String> ignoreColumns() {
    return ignoreColumns;
  }

  /** Returns the HXL tag patterns of {@code ignoreColumns} (its entries that start with #). */
  public List<Tag> ignoreTags() {
    return ignoreTags;
  }

  /** Returns the header cells the spec expects, checked before any row is read. */
  public List<Expect> expect() {
    return expect;
  }
}

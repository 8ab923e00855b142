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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Matcher;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullUnmarked;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.CodeLists;
import org.mignet.core.code.Countries;
import org.mignet.core.code.Resolution;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Words;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.tabular.RecordSchema.Kind;
import org.mignet.formats.tabular.SpecModel.ColumnSpec;
import org.mignet.formats.tabular.SpecModel.RecordColumn;

/**
 * Builds one record of a row-per-record spec from one row: the canonical JSON tree of the record is
 * built from the spec's constants and column pointers, then read by {@link CanonicalJson}, so the
 * record passes the same read rules and constructors as a JSON document. Problems name the row's
 * line, the column and the JSON Pointer. Cells of record types that hold personal data are never
 * quoted in messages. Not thread-safe (one per reader).
 */
// not yet null-checked: package-private, its nulls (absent cells, spec parts, reader state) are
// pervasive; the public classes of this package are checked
@NullUnmarked
final class RecordRowMapper {

  /** Record types whose cells may be quoted in messages: they hold no personal data. */
  private static final Set<RecordType> QUOTABLE =
      EnumSet.of(
          RecordType.INCIDENT,
          RecordType.DATASET,
          RecordType.ORGANIZATION,
          RecordType.PROGRAMME,
          RecordType.POLICY,
          RecordType.INDICATOR_VALUE);

  /** The prefix of the meta.extensions keys that keep unmapped columns. */
  static final String EXTENSION_PREFIX = "tab:";

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CanonicalJson CANONICAL = CanonicalJson.standard();
  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

  private final SpecModel spec;
  private final String sourceName;
  private final boolean quote;
  private final boolean keepOthers;
  private final Map<String, Resolution> resolved = new HashMap<>();
  private final Map<String, long[]> unresolved;

  RecordRowMapper(
      SpecModel spec, String sourceName, boolean keepOthers, Map<String, long[]> unresolved) {
    this.spec = spec;
    this.sourceName = sourceName;
    this.quote = QUOTABLE.contains(spec.recordType());
    this.keepOthers = keepOthers;
    this.unresolved = unresolved;
  }

  /**
   * Returns the record or the row's problems.
   *
   * @param row the row
   * @param at where the row is
   * @param slots per spec column, its 0-based table column or -1
   * @param others unmapped table columns (0-based) and their headers
   */
  ReadResult map(TableRow row, SourceLocation at, int[] slots, Map<Integer, String> others) {
    List<Issue> errors = new ArrayList<>();
    Map<String, Integer> columnOf = new LinkedHashMap<>();
    ObjectNode root = NODES.objectNode();
    root.put("recordType", spec.recordType().typeName());
    ObjectNode meta = root.putObject("meta");
    meta.put("schemaVersion", RecordMeta.CURRENT_SCHEMA_VERSION);
    if (spec.sensitivity() != null) {
      meta.put("sensitivity", spec.sensitivity().name());
    }
    spec.recordConstants().forEach((pointer, value) -> put(root, pointer, value.deepCopy()));
    List<ColumnSpec> cols = spec.columns();
    Map<String, Integer> declared = new HashMap<>();
    for (int i = 0; i < cols.size(); i++) {
      if (slots[i] >= 0) {
        for (String p : spec.recordColumns().get(i).to()) {
          declared.putIfAbsent(p, slots[i] + 1);
        }
      }
    }
    for (int i = 0; i < cols.size(); i++) {
      if (slots[i] < 0) {
        continue;
      }
      ColumnSpec c = cols.get(i);
      RecordColumn rc = spec.recordColumns().get(i);
      String cell = row.cell(slots[i]).strip();
      SourceLocation where = at.withLine(row.line(), slots[i] + 1).withPointer(rc.to().get(0));
      if (isMissing(cell)) {
        if (c.required()) {
          errors.add(
              TabularRules.issue(TabularRules.MISSING_VALUE, where, TabularRules.cut(c.label())));
        }
        continue;
      }
      List<String> parts = new ArrayList<>();
      if (rc.pattern() != null) {
        Matcher m = rc.pattern().matcher(cell);
        if (!m.matches()) {
          errors.add(
              TabularRules.issueWithValue(
                  TabularRules.BAD_PARTS,
                  where,
                  cell,
                  !quote,
                  TabularRules.cut(c.label()),
                  Words.THE_PATTERN.with(TabularRules.cut(rc.pattern().pattern())),
                  shown(cell)));
          continue;
        }
        for (int g = 1; g <= rc.to().size(); g++) {
          parts.add(m.group(g) == null ? "" : m.group(g).strip());
        }
      } else if (rc.split() != null) {
        for (String p : cell.split(java.util.regex.Pattern.quote(rc.split()), -1)) {
          String s = p.strip();
          if (!isMissing(s) || rc.to().size() > 1) {
            parts.add(s);
          }
        }
        if (rc.to().size() > 1 && parts.size() != rc.to().size()) {
          errors.add(
              TabularRules.issueWithValue(
                  TabularRules.BAD_PARTS,
                  where,
                  cell,
                  !quote,
                  TabularRules.cut(c.label()),
                  Words.VALUES_SEPARATED_BY.with(rc.to().size(), rc.split()),
                  shown(cell)));
          continue;
        }
      } else {
        parts.add(cell);
      }
      boolean filled = false;
      for (int k = 0; k < parts.size(); k++) {
        String part = parts.get(k);
        if (isMissing(part)) {
          continue;
        }
        Kind kind = rc.kinds().get(rc.append() ? 0 : k);
        JsonNode value = convert(c, kind, rc.locale(), part, where, errors);
        if (value == null) {
          continue;
        }
        String pointer;
        if (rc.append()) {
          pointer = rc.to().get(0) + "/" + arraySize(root, rc.to().get(0));
        } else {
          pointer = rc.to().get(k);
        }
        try {
          put(root, pointer, value);
        } catch (org.mignet.formats.internal.JsonPointers.IndexLimitExceeded e) {
          // a split cell of more parts than a list may hold: this row fails, the next one is read
          errors.add(
              TabularRules.issue(
                  TabularRules.INDEX_LIMIT,
                  where.withPointer(pointer),
                  TabularRules.cut(pointer),
                  Long.toString(e.index()),
                  "maxListIndex",
                  Integer.toString(org.mignet.formats.ReadLimits.defaults().maxListIndex())));
          break;
        }
        columnOf.put(pointer, slots[i] + 1);
        filled = true;
      }
      if (filled) {
        for (Map.Entry<String, JsonNode> e : rc.set().entrySet()) {
          put(root, e.getKey(), e.getValue().deepCopy());
          columnOf.putIfAbsent(e.getKey(), slots[i] + 1);
        }
      }
    }
    if (keepOthers) {
      others.forEach(
          (j, headerName) -> {
            String cell = row.cell(j).strip();
            if (!cell.isEmpty()) {
              String key = EXTENSION_PREFIX + headerName.strip();
              ObjectNode ext =
                  meta.has("extensions") && meta.get("extensions").isObject()
                      ? (ObjectNode) meta.get("extensions")
                      : meta.putObject("extensions");
              ext.put(key, cell);
              columnOf.put(
                  org.mignet.core.internal.Pointers.append("/meta/extensions", key), j + 1);
            }
          });
    }
    if (!errors.isEmpty()) {
      return new ReadResult.Failed(at, errors);
    }
    if (!meta.has("identifier")) {
      ObjectNode id = meta.putObject("identifier");
      id.put("system", "mignet:mapping:" + spec.name());
      id.put("value", sourceName + "#" + row.row());
    }
    if (!meta.has("sensitivity")) {
      meta.put("sensitivity", RecordMeta.of("x", "x").sensitivity().name());
    }
    try {
      MignetRecord record = CANONICAL.fromJson(MAPPER.writeValueAsString(root));
      return new ReadResult.Ok(record, at, List.of());
    } catch (ParseException e) {
      String pointer = e.location().pointer().orElse("");
      int column = columnFor(pointer, columnOf, declared);
      SourceLocation where = at.withLine(row.line(), column).withPointer(pointer);
      return new ReadResult.Failed(
          at,
          List.of(
              TabularRules.issue(
                  TabularRules.REJECTED, where, spec.recordType().typeName(), reason(e))));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new ReadResult.Failed(
          at,
          List.of(
              TabularRules.issue(
                  TabularRules.REJECTED,
                  at,
                  spec.recordType().typeName(),
                  e.getClass().getSimpleName())));
    }
  }

  /** The reader's message without its location prefix and rule suffix, and with the rule id. */
  private static String reason(ParseException e) {
    String msg = e.getMessage();
    int bracket = msg.lastIndexOf(" [");
    String body = bracket > 0 ? msg.substring(0, bracket) : msg;
    int colon = body.indexOf(": ");
    if (colon >= 0) {
      body = body.substring(colon + 2);
    }
    return body.replaceAll("\\.$", "") + " (" + e.ruleId() + ")";
  }

  /**
   * Returns the 1-based column that wrote the pointer or the nearest pointer below or above it,
   * else 0.
   */
  private static int columnFor(
      String pointer, Map<String, Integer> columnOf, Map<String, Integer> declared) {
    if (pointer.isEmpty()) {
      return 0;
    }
    Integer exact = columnOf.containsKey(pointer) ? columnOf.get(pointer) : declared.get(pointer);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Integer> e : columnOf.entrySet()) {
      if (e.getKey().startsWith(pointer + "/") || pointer.startsWith(e.getKey() + "/")) {
        return e.getValue();
      }
    }
    return 0;
  }

  private boolean isMissing(String cell) {
    return cell.isEmpty() || spec.missing().contains(cell);
  }

  private String shown(String cell) {
    return quote
        ? TabularRules.cut(cell)
        : "(" + cell.length() + " characters, not shown: personal data)";
  }

  private JsonNode convert(
      ColumnSpec c,
      Kind kind,
      Locale locale,
      String cell,
      SourceLocation where,
      List<Issue> errors) {
    String v = cell;
    String lower = cell.toLowerCase(Locale.ROOT);
    boolean mapped = false;
    if (c.values().containsKey(lower)) {
      v = c.values().get(lower);
      if (v == null) {
        return null;
      }
      mapped = true;
    } else if (c.codeList() != null) {
      Resolution r =
          resolved.computeIfAbsent(
              c.codeList() + "\t" + cell,
              k ->
                  c.codeList().equals("iso3166")
                      ? Countries.instance().resolve(cell)
                      : CodeLists.standard().require(c.codeList()).resolve(cell));
      if (r.code().isPresent()) {
        v = r.code().get();
        mapped = true;
      } else if (c.keep() != null && c.keep().matcher(cell).matches()) {
        mapped = true;
      } else {
        errors.add(
            TabularRules.issueWithValue(
                TabularRules.UNRESOLVED_CODE,
                where,
                cell,
                !quote,
                TabularRules.cut(c.label()),
                shown(cell),
                c.codeList()));
        if (quote) {
          unresolved
              .computeIfAbsent(c.label() + "\t" + TabularRules.cut(cell), k -> new long[1])[0]++;
        }
        return null;
      }
    } else if (c.strictValues()) {
      errors.add(
          TabularRules.issueWithValue(
              TabularRules.UNMAPPED_VALUE,
              where,
              cell,
              !quote,
              TabularRules.cut(c.label()),
              shown(cell)));
      if (quote) {
        unresolved
            .computeIfAbsent(c.label() + "\t" + TabularRules.cut(cell), k -> new long[1])[0]++;
      }
      return null;
    }
    switch (kind) {
      case INTEGER, NUMBER -> {
        BigDecimal n = number(v);
        if (n == null || (kind == Kind.INTEGER && n.stripTrailingZeros().scale() > 0)) {
          errors.add(
              TabularRules.issueWithValue(
                  TabularRules.BAD_NUMBER,
                  where,
                  v,
                  !quote,
                  (kind == Kind.INTEGER ? Words.WHOLE_NUMBER_SEPARATORS : Words.NUMBER_SEPARATORS)
                      .with(spec.grouping(), spec.decimal()),
                  TabularRules.cut(c.label()),
                  shown(v)));
          return null;
        }
        return kind == Kind.INTEGER
            ? NODES.numberNode(
                n.setScale(0, java.math.RoundingMode.UNNECESSARY).toBigIntegerExact())
            : NODES.numberNode(n);
      }
      case BOOLEAN -> {
        java.util.Optional<Boolean> b = org.mignet.core.internal.Values.parseBoolean(v);
        if (b.isPresent()) {
          return NODES.booleanNode(b.get());
        }
        errors.add(
            TabularRules.issueWithValue(
                TabularRules.BAD_BOOLEAN, where, v, !quote, TabularRules.cut(c.label()), shown(v)));
        return null;
      }
      case DATE, INSTANT -> {
        if (mapped) {
          return NODES.textNode(v);
        }
        String d = date(c, kind == Kind.INSTANT, locale, v);
        if (d == null) {
          errors.add(
              TabularRules.issueWithValue(
                  TabularRules.BAD_DATE,
                  where,
                  v,
                  !quote,
                  c.dateFormats().isEmpty() ? "ISO 8601" : String.join(" | ", c.dateFormats()),
                  TabularRules.cut(c.label()),
                  shown(v)));
          return null;
        }
        return NODES.textNode(d);
      }
      case ANY, TEXT -> {
        return NODES.textNode(v);
      }
      default -> {
        return NODES.textNode(v);
      }
    }
  }

  private BigDecimal number(String cell) {
    return spec.number(cell);
  }

  /**
   * Returns the ISO-8601 text of a partial date ({@code 2021-08-31}, {@code 2021-08}, {@code 2021})
   * or of an instant (UTC when the cell has no offset), or null. After the spec's formats, the ISO
   * forms are tried, as XLSX date cells are read as ISO dates.
   */
  static String date(ColumnSpec c, boolean instant, Locale locale, String cell) {
    List<String> formats = new ArrayList<>(c.dateFormats());
    formats.add("yyyy-MM-dd'T'HH:mm[:ss][.SSS][XXX]");
    formats.add("yyyy-MM-dd");
    formats.add("yyyy-MM");
    formats.add("yyyy");
    for (String f : formats) {
      if (f.equals(SpecModel.EXCEL_SERIAL)) {
        try {
          BigDecimal serial = new BigDecimal(cell);
          if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
            long days = serial.longValue();
            long seconds =
                serial
                    .subtract(BigDecimal.valueOf(days))
                    .multiply(BigDecimal.valueOf(86_400))
                    .setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValue();
            LocalDateTime t = EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
            return instant ? t.toInstant(ZoneOffset.UTC).toString() : t.toLocalDate().toString();
          }
        } catch (NumberFormatException e) {
          // not a serial number: try the next format
        }
        continue;
      }
      try {
        DateTimeFormatter fmt =
            DateTimeFormatter.ofPattern(strict(f), locale)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        TemporalAccessor t =
            instant
                ? fmt.parseBest(
                    cell,
                    ZonedDateTime::from,
                    OffsetDateTime::from,
                    LocalDateTime::from,
                    LocalDate::from)
                : fmt.parseBest(
                    cell, LocalDateTime::from, LocalDate::from, YearMonth::from, Year::from);
        if (instant) {
          Instant i =
              t instanceof ZonedDateTime z
                  ? z.toInstant()
                  : t instanceof OffsetDateTime o
                      ? o.toInstant()
                      : t instanceof LocalDateTime l
                          ? l.toInstant(ZoneOffset.UTC)
                          : ((LocalDate) t).atStartOfDay().toInstant(ZoneOffset.UTC);
          return i.toString();
        }
        if (t instanceof LocalDateTime ldt) {
          return ldt.toLocalDate().toString();
        }
        return t.toString();
      } catch (DateTimeParseException | IllegalArgumentException e) {
        // try the next format
      }
    }
    return null;
  }

  /**
   * Returns the pattern with year-of-era {@code y} as proleptic year {@code u}, so STRICT needs no
   * era.
   */
  private static String strict(String pattern) {
    StringBuilder b = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char ch = pattern.charAt(i);
      if (ch == '\'') {
        quoted = !quoted;
      }
      b.append(!quoted && ch == 'y' ? 'u' : ch);
    }
    return b.toString();
  }

  private static int arraySize(ObjectNode root, String pointer) {
    JsonNode n = root.at(pointer);
    return n.isArray() ? n.size() : 0;
  }

  /**
   * Sets the value at a JSON Pointer, making the objects and arrays on the way; the spec's pointers
   * were checked against {@link org.mignet.formats.ReadLimits#maxListIndex()} when it was read.
   */
  static void put(ObjectNode root, String pointer, JsonNode value) {
    org.mignet.formats.internal.JsonPointers.put(
        root, pointer, value, org.mignet.formats.ReadLimits.defaults().maxListIndex());
  }
}

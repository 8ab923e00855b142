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
package org.mignet.formats.hxl.internal;

import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.ReadException;
import org.mignet.formats.internal.HxlRules;
import org.mignet.formats.internal.Tag;
import org.mignet.formats.tabular.TableRow;

/**
 * An HXL schema: an HXL table (CSV, XLSX or HXL JSON) whose rows are rules in libhxl's {@code
 * hxlvalidate} form. Supported columns: {@code #valid_tag} (comma-separated tag patterns: {@code
 * #*}, {@code +attr} wanted, {@code -attr} refused, a trailing {@code !} for no other attribute),
 * {@code #valid_severity} (error, warning, info), {@code #valid_required} (with {@code +min}/{@code
 * +max}: how many matching cells of a row are filled), {@code #valid_datatype} (text, number, date,
 * url, email, phone), {@code #valid_value+min}/{@code +max} (numbers or ISO dates), {@code
 * #valid_value+list} ({@code |}-separated, compared ignoring case and extra spaces), {@code
 * #valid_value+regex} (RE2 syntax, anchored at the start as libhxl's), {@code
 * #valid_value+whitespace}, {@code #valid_unique} (with {@code +key}: comma-separated tag
 * patterns); {@code #description} and {@code #meta} are comments. A schema that fills any other
 * {@code #valid_*} column ({@code +outliers}, {@code +spelling}, {@code +case}, {@code
 * +consistent}, {@code +url}, {@code #valid_correlation}…) is refused, so that a rule is never
 * skipped silently. Immutable once read; {@link Checker} holds the per-table state ({@code
 * #valid_unique}).
 */
final class ValidationSchema {

  private static final Set<String> DATATYPES =
      Set.of("text", "number", "date", "url", "email", "phone");

  /** One rule of the schema. */
  record Rule(
      long line,
      List<TagPattern> tags,
      Severity severity,
      boolean required,
      Integer min,
      Integer max,
      String datatype,
      BigDecimal minNumber,
      BigDecimal maxNumber,
      String minDate,
      String maxDate,
      Set<String> list,
      com.google.re2j.Pattern regex,
      boolean whitespace,
      boolean unique,
      List<TagPattern> key,
      String spec) {}

  /**
   * A tag pattern of HXL 1.1: a hashtag or {@code #*}, wanted and refused attributes, maybe
   * absolute.
   */
  record TagPattern(String hashtag, List<String> include, List<String> exclude, boolean absolute) {
    boolean matches(Tag t) {
      if (!hashtag.equals("#*") && !hashtag.equals(t.hashtag())) {
        return false;
      }
      if (!t.attributes().containsAll(include)
          || exclude.stream().anyMatch(t.attributes()::contains)) {
        return false;
      }
      return !absolute || include.containsAll(t.attributes());
    }

    static Optional<TagPattern> parse(String text) {
      // whitespace around +, - and ! only, as libhxl: "#adm 1" is no pattern, not #adm1
      String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*([+!-])\\s*", "$1");
      boolean absolute = s.endsWith("!");
      if (absolute) {
        s = s.substring(0, s.length() - 1);
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(#\\*|#[a-z][a-z0-9_]*)((?:[+-][a-z][a-z0-9_]*)*)")
              .matcher(s);
      if (!m.matches()) {
        return Optional.empty();
      }
      List<String> inc = new ArrayList<>();
      List<String> exc = new ArrayList<>();
      java.util.regex.Matcher a =
          java.util.regex.Pattern.compile("([+-])([a-z][a-z0-9_]*)").matcher(m.group(2));
      while (a.find()) {
        (a.group(1).equals("+") ? inc : exc).add(a.group(2));
      }
      return Optional.of(new TagPattern(m.group(1), inc, exc, absolute));
    }
  }

  private final List<Rule> rules;

  private ValidationSchema(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the schema.
   *
   * @param path the schema file
   * @throws ReadException ({@code MG-HXL-015}) if it cannot be read or uses a rule mignet does not
   *     apply
   */
  static ValidationSchema read(Path path) {
    String name = String.valueOf(path.getFileName());
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw refuse(name, 0, "the file cannot be opened");
    }
    HxlInput.Head head;
    try {
      head = HxlInput.head(objects(in, name).orElseThrow(), name);
    } catch (ReadException e) {
      throw refuse(name, 0, "no HXL hashtag row with #valid_tag among its first rows");
    }
    try (Rows rows = head.rows()) {
      List<Tag> columns = new ArrayList<>();
      for (String c : head.tags().cells()) {
        columns.add(Tag.tryParse(c).orElse(null));
      }
      if (columns.stream()
          .noneMatch(
              t -> t != null && t.hashtag().equals("#valid_tag") && t.attributes().isEmpty())) {
        throw refuse(name, head.tags().line(), "no #valid_tag column");
      }
      List<Rule> rules = new ArrayList<>();
      while (rows.hasNext()) {
        TableRow r = rows.next();
        if (!r.isBlank()) {
          rules.add(rule(name, r, columns));
        }
      }
      return new ValidationSchema(rules);
    } catch (ReadException e) {
      throw e.issue().ruleId().value().equals(HxlRules.BAD_SCHEMA)
          ? e
          : refuse(name, 0, "it cannot be read as a table");
    } catch (UncheckedIOException e) {
      throw refuse(name, 0, "it cannot be read");
    }
  }

  /**
   * A schema in HXL JSON objects form, read whole (schemas are small) so that the columns are the
   * members of every rule, not only of the first: a rule a later object adds must be seen to be
   * refused or applied.
   */
  private static Optional<Rows> objects(InputStream in, String name) {
    byte[] bytes;
    try (InputStream all = in) {
      bytes = all.readNBytes(1 << 22);
    } catch (IOException e) {
      throw refuse(name, 0, "it cannot be read");
    }
    if (!HxlInput.isJson(bytes)) {
      return Optional.of(HxlInput.open(new java.io.ByteArrayInputStream(bytes), name, null));
    }
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw refuse(name, 0, "it is not JSON");
    }
    if (!root.isArray() || root.isEmpty() || !root.get(0).isObject()) {
      return Optional.of(HxlInput.open(new java.io.ByteArrayInputStream(bytes), name, null));
    }
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    root.forEach(o -> o.fieldNames().forEachRemaining(keys::add));
    List<TableRow> rows = new ArrayList<>();
    rows.add(TableRow.of(1, 1, List.copyOf(keys)));
    long n = 1;
    for (com.fasterxml.jackson.databind.JsonNode o : root) {
      if (!o.isObject()) {
        throw refuse(name, 0, "an item that is not an object among objects");
      }
      List<String> cells = new ArrayList<>();
      for (String k : keys) {
        com.fasterxml.jackson.databind.JsonNode v = o.get(k);
        cells.add(v == null || v.isNull() ? "" : v.asText());
      }
      rows.add(TableRow.of(++n, n, cells));
    }
    java.util.Iterator<TableRow> it = rows.iterator();
    return Optional.of(
        new Rows() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public TableRow next() {
            return it.next();
          }

          @Override
          public void close() {
            // in memory
          }
        });
  }

  private static Rule rule(String name, TableRow r, List<Tag> columns) {
    long line = r.line();
    String tags = null;
    Severity severity = Severity.ERROR;
    boolean required = false;
    Integer min = null;
    Integer max = null;
    String datatype = null;
    String minValue = null;
    String maxValue = null;
    Set<String> list = null;
    com.google.re2j.Pattern regex = null;
    boolean whitespace = false;
    boolean unique = false;
    List<TagPattern> key = List.of();
    for (int i = 0; i < columns.size(); i++) {
      Tag t = columns.get(i);
      String v = r.cell(i).strip();
      if (t == null
          || v.isEmpty()
          || t.hashtag().equals("#description")
          || t.hashtag().equals("#meta")) {
        continue;
      }
      String spec = t.toString();
      switch (spec) {
        case "#valid_tag" -> tags = v;
        case "#valid_severity" ->
            severity =
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "error" -> Severity.ERROR;
                  case "warning" -> Severity.WARNING;
                  case "info" -> Severity.INFO;
                  default -> throw refuse(name, line, "#valid_severity is error, warning or info");
                };
        case "#valid_required" -> required = truth(name, line, spec, v);
        case "#valid_required+min" -> {
          required = true;
          min = count(name, line, spec, v);
        }
        case "#valid_required+max" -> {
          required = true;
          max = count(name, line, spec, v);
        }
        case "#valid_datatype" -> {
          datatype = v.toLowerCase(Locale.ROOT);
          if (!DATATYPES.contains(datatype)) {
            throw refuse(
                name,
                line,
                "#valid_datatype is one of "
                    + String.join(", ", new java.util.TreeSet<>(DATATYPES)));
          }
        }
        case "#valid_value+min" -> minValue = v;
        case "#valid_value+max" -> maxValue = v;
        case "#valid_value+list" -> {
          list = new java.util.HashSet<>();
          for (String item : v.split("\\|", -1)) {
            list.add(normal(item));
          }
        }
        case "#valid_value+regex" -> {
          try {
            regex = com.google.re2j.Pattern.compile(v);
          } catch (PatternSyntaxException e) {
            throw refuse(name, line, "#valid_value+regex is not an RE2 pattern");
          }
        }
        case "#valid_value+whitespace" -> whitespace = truth(name, line, spec, v);
        case "#valid_unique" -> unique = truth(name, line, spec, v);
        case "#valid_unique+key" -> {
          unique = true;
          key = patterns(name, line, v);
        }
        default -> {
          if (t.hashtag().startsWith("#valid_") && !v.equalsIgnoreCase("false")) {
            throw refuse(
                name,
                line,
                spec
                    + " is not a rule mignet applies (it applies #valid_tag, #valid_severity, "
                    + "#valid_required(+min/+max), #valid_datatype, #valid_value+min/+max/+list/+regex/+whitespace, "
                    + "#valid_unique(+key))");
          }
        }
      }
    }
    if (tags == null) {
      throw refuse(name, line, "a rule without #valid_tag");
    }
    BigDecimal minNumber = null;
    BigDecimal maxNumber = null;
    String minDate = null;
    String maxDate = null;
    if (minValue != null) {
      minNumber = HxlValues.number(minValue);
      minDate = minNumber == null ? HxlValues.date(minValue) : null;
      if (minNumber == null && minDate == null) {
        throw refuse(name, line, "#valid_value+min is neither a number nor an ISO date");
      }
    }
    if (maxValue != null) {
      maxNumber = HxlValues.number(maxValue);
      maxDate = maxNumber == null ? HxlValues.date(maxValue) : null;
      if (maxNumber == null && maxDate == null) {
        throw refuse(name, line, "#valid_value+max is neither a number nor an ISO date");
      }
    }
    return new Rule(
        line,
        patterns(name, line, tags),
        severity,
        required,
        min,
        max,
        datatype,
        minNumber,
        maxNumber,
        minDate,
        maxDate,
        list,
        regex,
        whitespace,
        unique,
        key,
        tags);
  }

  private static List<TagPattern> patterns(String name, long line, String text) {
    List<TagPattern> out = new ArrayList<>();
    for (String p : text.split(",", -1)) {
      out.add(
          TagPattern.parse(p)
              .orElseThrow(() -> refuse(name, line, "not a tag pattern in #valid_tag or +key")));
    }
    return out;
  }

  private static boolean truth(String name, long line, String spec, String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw refuse(name, line, spec + " is true or false");
    };
  }

  private static int count(String name, long line, String spec, String v) {
    try {
      int n = Integer.parseInt(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw refuse(name, line, spec + " is a whole number >= 0");
  }

  static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static ReadException refuse(String name, long line, String why) {
    return new ReadException(
        HxlRules.issue(
            HxlRules.BAD_SCHEMA,
            SourceLocation.of(name).withLine(line, 0),
            "line " + line + ": " + why));
  }

  /** Applies the schema to one table: columns once, then row by row. Not thread-safe. */
  final class Checker {
    private final List<Tag> columns;
    private final List<String> labels;
    private final java.util.IdentityHashMap<Rule, Map<String, Long>> seen =
        new java.util.IdentityHashMap<>();

    Checker(List<Tag> columns, List<String> labels) {
      this.columns = columns;
      this.labels = labels;
    }

    /** Returns issues about the columns themselves: a required tag that no column has. */
    List<Issue> columns(SourceLocation at) {
      List<Issue> out = new ArrayList<>();
      for (Rule rule : rules) {
        if (rule.required() && matching(rule.tags()).isEmpty()) {
          out.add(HxlRules.issue(HxlRules.VALID_NO_COLUMN, rule.severity(), at, rule.spec()));
        }
      }
      return out;
    }

    private List<Integer> matching(List<TagPattern> patterns) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Tag t = columns.get(i);
        if (t != null && patterns.stream().anyMatch(p -> p.matches(t))) {
          out.add(i);
        }
      }
      return out;
    }

    /** Returns the rules' issues on one data row. */
    List<Issue> row(TableRow row, SourceLocation at) {
      List<Issue> out = new ArrayList<>();
      for (Rule rule : rules) {
        List<Integer> cols = matching(rule.tags());
        int filled = 0;
        for (int i : cols) {
          String v = row.cell(i);
          SourceLocation where = at.withLine(row.line(), i + 1);
          Object[] col = {i + 1, labels.get(i)};
          if (v.isBlank()) {
            if (rule.required() && rule.min() == null && rule.max() == null) {
              out.add(HxlRules.issue(HxlRules.VALID_REQUIRED, rule.severity(), where, col));
            }
            continue;
          }
          filled++;
          check(rule, v, where, col, personal(i), out);
        }
        if (!cols.isEmpty()
            && ((rule.min() != null && filled < rule.min())
                || (rule.max() != null && filled > rule.max()))) {
          out.add(
              HxlRules.issue(
                  HxlRules.VALID_COUNT,
                  rule.severity(),
                  at.withLine(row.line(), cols.get(0) + 1),
                  filled,
                  rule.spec(),
                  rule.min() == null ? 0 : rule.min(),
                  rule.max() == null ? cols.size() : rule.max()));
        }
        if (rule.unique() && !cols.isEmpty()) {
          unique(rule, row, cols, at, out);
        }
      }
      return out;
    }

    private void check(
        Rule rule,
        String v,
        SourceLocation where,
        Object[] col,
        boolean personal,
        List<Issue> out) {
      String d = rule.datatype();
      if (d != null && !d.equals("text") && !ofType(d, v)) {
        out.add(
            HxlRules.issueWithValue(
                HxlRules.VALID_DATATYPE, rule.severity(), where, v, personal, col[0], col[1], d));
      }
      if (rule.minNumber() != null || rule.maxNumber() != null) {
        BigDecimal n = HxlValues.number(v);
        if (n == null) {
          out.add(
              HxlRules.issueWithValue(
                  HxlRules.VALID_DATATYPE,
                  rule.severity(),
                  where,
                  v,
                  personal,
                  col[0],
                  col[1],
                  "number"));
        } else if ((rule.minNumber() != null && n.compareTo(rule.minNumber()) < 0)
            || (rule.maxNumber() != null && n.compareTo(rule.maxNumber()) > 0)) {
          out.add(range(rule, where, col, v, personal));
        }
      }
      if (rule.minDate() != null || rule.maxDate() != null) {
        String date = HxlValues.date(v);
        if (date == null) {
          out.add(
              HxlRules.issueWithValue(
                  HxlRules.VALID_DATATYPE,
                  rule.severity(),
                  where,
                  v,
                  personal,
                  col[0],
                  col[1],
                  "date"));
        } else if ((rule.minDate() != null && date.compareTo(rule.minDate()) < 0)
            || (rule.maxDate() != null && date.compareTo(rule.maxDate()) > 0)) {
          out.add(range(rule, where, col, v, personal));
        }
      }
      if (rule.list() != null && !rule.list().contains(normal(v))) {
        out.add(
            HxlRules.issueWithValue(HxlRules.VALID_LIST, rule.severity(), where, v, personal, col));
      }
      if (rule.regex() != null && !rule.regex().matcher(v).lookingAt()) {
        out.add(
            HxlRules.issueWithValue(
                HxlRules.VALID_REGEX, rule.severity(), where, v, personal, col));
      }
      if (rule.whitespace() && !v.equals(v.strip().replaceAll("\\s+", " "))) {
        out.add(
            HxlRules.issueWithValue(
                HxlRules.VALID_WHITESPACE, rule.severity(), where, v, personal, col));
      }
    }

    private Issue range(Rule rule, SourceLocation where, Object[] col, String v, boolean personal) {
      Object lo =
          rule.minNumber() != null
              ? rule.minNumber()
              : rule.minDate() != null ? rule.minDate() : "-";
      Object hi =
          rule.maxNumber() != null
              ? rule.maxNumber()
              : rule.maxDate() != null ? rule.maxDate() : "-";
      return HxlRules.issueWithValue(
          HxlRules.VALID_RANGE,
          rule.severity(),
          where,
          v,
          personal,
          col[0],
          col[1],
          lo.toString(),
          hi.toString());
    }

    /**
     * Whether the cells of a column may hold personal data: free text and contacts, or an untagged
     * column.
     */
    private boolean personal(int column) {
      Tag t = columns.get(column);
      return t == null || ColumnPlan.FREE_TEXT.contains(t.hashtag());
    }

    private void unique(
        Rule rule, TableRow row, List<Integer> cols, SourceLocation at, List<Issue> out) {
      Map<String, Long> values = seen.computeIfAbsent(rule, r -> new HashMap<>());
      if (rule.key().isEmpty()) {
        for (int i : cols) {
          String v = row.cell(i).strip();
          if (!v.isEmpty()) {
            Long first = values.putIfAbsent(i + "\u0000" + v, row.line());
            if (first != null) {
              out.add(
                  HxlRules.issueWithValue(
                      HxlRules.VALID_UNIQUE,
                      rule.severity(),
                      at.withLine(row.line(), i + 1),
                      v,
                      personal(i),
                      i + 1,
                      labels.get(i),
                      first));
            }
          }
        }
        return;
      }
      StringBuilder key = new StringBuilder();
      for (TagPattern p : rule.key()) {
        List<Integer> m = matching(List.of(p));
        key.append(m.isEmpty() ? "" : row.cell(m.get(0)).strip()).append('\u0000');
      }
      Long first = values.putIfAbsent(key.toString(), row.line());
      if (first != null) {
        int c = cols.get(0);
        out.add(
            HxlRules.issue(
                HxlRules.VALID_UNIQUE,
                rule.severity(),
                at.withLine(row.line(), c + 1),
                c + 1,
                labels.get(c),
                first));
      }
    }
  }

  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile(
          "https?://[^\\s/?#]+[^\\s]*", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final java.util.regex.Pattern PHONE =
      java.util.regex.Pattern.compile("\\+?[0-9 ().\\-/]{6,30}");

  static boolean ofType(String datatype, String value) {
    String v = value.strip();
    return switch (datatype) {
      case "number" -> HxlValues.number(v) != null;
      case "date" -> HxlValues.date(v) != null;
      case "url" -> URL.matcher(v).matches();
      case "email" -> EMAIL.matcher(v).matches();
      case "phone" ->
          PHONE.matcher(v).matches() && v.chars().filter(Character::isDigit).count() >= 6;
      default -> true;
    };
  }
}

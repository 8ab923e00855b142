package org.mignet.formats.htcds.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.htcds.HtcdsField;
import org.mignet.formats.htcds.HtcdsFieldName;
import org.mignet.formats.htcds.HtcdsFields;

/**
 * Reads an HTCDS table (CSV or XLSX): row 1 field names, an optional row 2 of labels, then one row per case;
 * consecutive rows with the same key in the unnamed first column continue one case. Streaming: holds one case's
 * rows at a time. Not thread-safe.
 */
public final class HtcdsTableReader implements RecordReader {

  private final String source;
  private final InputStream in;
  private final Charset encoding;
  private TableSource table;
  private final RowsToCase mapping;

  private boolean started;
  private boolean done;
  private final List<Issue> headerIssues = new ArrayList<>();
  private String[] fieldOf;
  private String[] columnName;
  private int keyColumn = -1;
  private List<String> pending;
  private long pendingLine;
  private long records;
  private ReadResult next;

  /**
   * @param in the input
   * @param source the source name
   * @param encoding the CSV encoding, null to detect
   */
  public HtcdsTableReader(InputStream in, String source, Charset encoding) {
    this.in = in;
    this.source = source;
    this.encoding = encoding;
    this.mapping = new RowsToCase(source, HtcdsTableReader::splitMulti);
  }

  static List<String> splitMulti(String cell) {
    List<String> out = new ArrayList<>();
    for (String p : cell.split(";")) {
      String s = p.replace('\u00a0', ' ').strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  private ReadResult advance() {
    try {
      if (!started) {
        started = true;
        table = TableSource.open(in, encoding);
        ReadResult failed = header();
        if (failed != null) {
          done = true;
          return failed;
        }
        pending = nextDataRow();
      }
      if (pending == null) {
        done = true;
        return null;
      }
      List<RawRow> rows = new ArrayList<>();
      String key = key(pending);
      long firstLine = pendingLine;
      rows.add(raw(pending, pendingLine));
      pending = nextDataRow();
      while (key != null && pending != null && key.equals(key(pending))) {
        rows.add(raw(pending, pendingLine));
        pending = nextDataRow();
      }
      records++;
      List<Issue> issues = new ArrayList<>();
      if (records == 1) {
        issues.addAll(headerIssues);
      }
      var record = mapping.build(key, rows, records, issues);
      return new ReadResult.Ok(record, SourceLocation.of(source).withRecord(records).withLine(firstLine, 0),
          issues);
    } catch (TableSource.Malformed e) {
      done = true;
      return new ReadResult.Failed(SourceLocation.of(source).withRecord(records + 1),
          List.of(HtcdsReadRules.issue(HtcdsReadRules.MALFORMED, SourceLocation.of(source), e.getMessage())));
    } catch (UncheckedIOException e) {
      done = true;
      throw e;
    }
  }

  private ReadResult header() {
    List<String> names = table.next();
    long nameLine = table.line();
    if (names == null) {
      return new ReadResult.Failed(SourceLocation.of(source), List.of(HtcdsReadRules.issue(HtcdsReadRules.NOT_HTCDS,
          SourceLocation.of(source), "a header row of HTCDS field names", "an empty file")));
    }
    int n = names.size();
    fieldOf = new String[n];
    columnName = new String[n];
    int known = 0;
    Map<String, Integer> seen = new HashMap<>();
    List<Integer> unnamed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = HtcdsFieldsAccess.strip(names.get(i));
      columnName[i] = name;
      if (name.isEmpty()) {
        if (i == 0) {
          keyColumn = 0;
        } else {
          unnamed.add(i);
        }
        continue;
      }
      HtcdsFieldName r = HtcdsFields.instance().resolve(name);
      SourceLocation at = SourceLocation.of(source).withLine(nameLine, i + 1);
      switch (r.kind()) {
        case CURRENT -> known++;
        case ALIAS -> {
          known++;
          headerIssues.add(HtcdsReadRules.issue(HtcdsReadRules.ALIAS_COLUMN, at, name, r.field().get().name(),
              r.note().orElse("")));
        }
        case REMOVED -> {
          known++;
          headerIssues.add(HtcdsReadRules.issue(HtcdsReadRules.REMOVED_COLUMN, at, name, r.note().orElse("")));
        }
        case UNKNOWN -> headerIssues.add(HtcdsReadRules.issue(HtcdsReadRules.UNKNOWN_COLUMN, at, cut(name)));
        default -> throw new IllegalStateException();
      }
      if (r.field().isPresent()) {
        String f = r.field().get().name();
        if (seen.putIfAbsent(f, i) != null) {
          headerIssues.add(HtcdsReadRules.issue(HtcdsReadRules.DUPLICATE_COLUMN, at, f));
        } else {
          fieldOf[i] = f;
        }
      }
    }
    if (known == 0) {
      return new ReadResult.Failed(SourceLocation.of(source), List.of(HtcdsReadRules.issue(HtcdsReadRules.NOT_HTCDS,
          SourceLocation.of(source).withLine(nameLine, 0), "a header row of HTCDS field names",
          "no HTCDS field name in row 1")));
    }
    if (HtcdsFields.instance().mixesVersions(names)) {
      List<String> old = names.stream().filter(s -> HtcdsFields.instance().mixesVersions(
          List.of(s, "vic_TraffickingStatus"))).toList();
      List<String> current = names.stream().filter(s -> HtcdsFields.instance().mixesVersions(
          List.of("prs_Nationality", s))).toList();
      headerIssues.add(HtcdsReadRules.issue(HtcdsReadRules.MIXED_VERSIONS,
          SourceLocation.of(source).withLine(nameLine, 0), String.join(", ", old), String.join(", ", current)));
    }
    // Row 2 holds labels in the official templates: skip it if most of its cells are labels.
    List<String> second = table.next();
    long secondLine = table.line();
    int labels = 0;
    int filled = 0;
    if (second != null) {
      for (int i = 0; i < second.size(); i++) {
        String s = HtcdsFieldsAccess.strip(second.get(i));
        if (s.isEmpty()) {
          continue;
        }
        filled++;
        boolean isLabel = HtcdsFields.instance().byLabel(s).isPresent() || (i < n && fieldOf[i] != null
            && HtcdsFields.instance().field(fieldOf[i]).label().equalsIgnoreCase(s))
            || s.equalsIgnoreCase("Nationality") || s.equalsIgnoreCase("Citizenship");
        if (isLabel) {
          labels++;
        }
      }
    }
    boolean labelRow = filled > 0 && labels * 2 >= filled;
    for (int i : unnamed) {
      String label = labelRow && i < second.size() ? HtcdsFieldsAccess.strip(second.get(i)) : "";
      var byLabel = label.isEmpty() ? java.util.Optional.<HtcdsField>empty()
          : HtcdsFields.instance().byLabel(label);
      SourceLocation at = SourceLocation.of(source).withLine(nameLine, i + 1);
      String col = columnLabel(i);
      columnName[i] = "column " + col;
      if (byLabel.isPresent() && !seen.containsKey(byLabel.get().name())) {
        fieldOf[i] = byLabel.get().name();
        seen.put(fieldOf[i], i);
        headerIssues.add(HtcdsReadRules.issue(HtcdsReadRules.UNNAMED_COLUMN, at, col,
            "read as " + fieldOf[i] + " from its label in row 2"));
      } else {
        headerIssues.add(HtcdsReadRules.issue(HtcdsReadRules.UNNAMED_COLUMN, at, col,
            "its values are kept in meta.extensions"));
      }
    }
    if (second != null && !labelRow) {
      pending = second;
      pendingLine = secondLine;
      pushedBack = true;
    }
    return null;
  }

  private boolean pushedBack;

  private List<String> nextDataRow() {
    if (pushedBack) {
      pushedBack = false;
      if (!blank(pending)) {
        return pending;
      }
    }
    List<String> row;
    while ((row = table.next()) != null) {
      if (!blank(row)) {
        pendingLine = table.line();
        return row;
      }
    }
    return null;
  }

  private boolean blank(List<String> row) {
    String k = key(row);
    if (k != null && !k.matches("\\d+")) {
      // A case with nothing HTCDS carries still has its key; bare numbers are the templates' row numbers.
      return false;
    }
    for (int i = 0; i < row.size(); i++) {
      if (i != keyColumn && !HtcdsFieldsAccess.strip(row.get(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private String key(List<String> row) {
    if (keyColumn < 0 || row.size() <= keyColumn) {
      return null;
    }
    String k = row.get(keyColumn).strip();
    return k.isEmpty() ? null : k;
  }

  private RawRow raw(List<String> row, long line) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> columns = new HashMap<>();
    Map<String, String> extras = new LinkedHashMap<>();
    for (int i = 0; i < row.size(); i++) {
      if (i == keyColumn) {
        continue;
      }
      String v = row.get(i);
      if (v == null || HtcdsFieldsAccess.strip(v).isEmpty()) {
        continue;
      }
      if (i < fieldOf.length && fieldOf[i] != null) {
        values.put(fieldOf[i], v);
        columns.put(fieldOf[i], columnLabel(i));
      } else {
        extras.put(i < columnName.length ? columnName[i] : "column " + columnLabel(i), v);
      }
    }
    return new RawRow(line, values, columns, extras);
  }

  static String columnLabel(int index) {
    StringBuilder b = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      b.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return b.toString();
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  @Override
  public void close() {
    done = true;
    if (table != null) {
      table.close();
    } else {
      try {
        in.close();
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Field-name helpers shared with the public dictionary. */
  static final class HtcdsFieldsAccess {
    private HtcdsFieldsAccess() {}

    static String strip(String s) {
      return s == null ? "" : s.replace('\u00a0', ' ').strip();
    }
  }
}

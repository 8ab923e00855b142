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
package org.mignet.formats.htcds.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.Values;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.htcds.HtcdsField;
import org.mignet.formats.htcds.HtcdsFieldName;
import org.mignet.formats.htcds.HtcdsFields;
import org.mignet.formats.internal.DuplicateNames;
import org.mignet.formats.internal.FileInput;
import org.mignet.formats.internal.LookaheadReader;
import org.mignet.formats.internal.PrivateTempFiles;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Words;
import org.mignet.formats.tabular.TableFormat;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/**
 * Reads an HTCDS table (CSV or XLSX, through the shared {@link TableReader}: encoding and delimiter
 * detected, workbook dates as ISO dates): row 1 field names, an optional row 2 of labels, then one
 * row per case; consecutive rows with the same key in the unnamed first column continue one case.
 * Streaming: holds one case's rows at a time (a workbook is read in place from a {@link FileInput},
 * else first copied to a private temporary file, deleted on close). Not thread-safe.
 */
public final class HtcdsTableReader extends LookaheadReader<ReadResult> implements RecordReader {

  /**
   * The sheet read from a workbook that has it (the single-select template); otherwise the first
   * sheet.
   */
  static final String CASE_SHEET = "Case Sheet";

  private final String source;
  private final InputStream in;
  private final Charset encoding;
  private TableReader table;
  private Path workbook;
  private final RowsToCase mapping;

  private boolean started;
  private final List<Issue> headerIssues = new ArrayList<>();
  private String[] fieldOf;
  private String[] columnName;
  private int keyColumn = -1;
  private TableRow pending;
  private long records;

  /**
   * @param in the input
   * @param source the source name
   * @param encoding the CSV encoding, null to detect
   */
  public HtcdsTableReader(InputStream in, String source, Charset encoding) {
    this.in = in;
    this.source = source;
    this.encoding = encoding;
    this.mapping = new RowsToCase(source, this::split);
  }

  /**
   * The columns of the submission metadata that ODK (Aggregate, Briefcase, Central) and KoBoToolbox
   * add to a CSV export of a form's submissions: a table that has one is such an export.
   */
  private static final Set<String> ODK_METADATA =
      Set.of(
          "meta/instanceID",
          "meta-instanceID",
          "_uuid",
          "_submission_time",
          "KEY",
          "SubmissionDate",
          "__version__");

  /**
   * Whether the table is an ODK or KoBoToolbox export of the HTCDS form: its select_multiple
   * answers are codes separated by spaces, as in the form's own submissions.
   */
  private boolean odkExport;

  private List<String> split(String cell) {
    return odkExport ? XFormReader.split(cell) : splitMulti(cell);
  }

  static List<String> splitMulti(String cell) {
    List<String> out = new ArrayList<>();
    for (String p : cell.split(";", -1)) {
      String s = p.replace('\u00a0', ' ').strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  protected ReadResult advance() {
    try {
      if (!started) {
        started = true;
        table = open();
        ReadResult failed = header();
        if (failed != null) {
          finish();
          return failed;
        }
        pending = nextDataRow();
      }
      if (pending == null) {
        finish();
        return null;
      }
      List<RawRow> rows = new ArrayList<>();
      String key = key(pending);
      long firstLine = pending.line();
      rows.add(raw(pending));
      pending = nextDataRow();
      while (key != null && pending != null && key.equals(key(pending))) {
        rows.add(raw(pending));
        pending = nextDataRow();
      }
      records++;
      List<Issue> issues = new ArrayList<>();
      if (records == 1) {
        issues.addAll(headerIssues);
      }
      List<Issue> ragged = new ArrayList<>();
      for (RawRow r : rows) {
        if (r.width() > columnName.length) {
          ragged.add(
              HtcdsReadRules.issue(
                  HtcdsReadRules.ROW_WIDER_THAN_HEADER,
                  SourceLocation.of(source).withRecord(records).withLine(r.line(), 0),
                  r.width(),
                  columnName.length));
        }
      }
      if (!ragged.isEmpty()) {
        // a cell with no column means a value slipped (a stray delimiter): no value of the row is
        // where it seems
        issues.addAll(ragged);
        return new ReadResult.Failed(
            SourceLocation.of(source).withRecord(records).withLine(firstLine, 0), issues);
      }
      var record = mapping.build(key, rows, records, issues);
      return new ReadResult.Ok(
          record, SourceLocation.of(source).withRecord(records).withLine(firstLine, 0), issues);
    } catch (ParseException e) {
      finish();
      // The shared layer names a workbook by the file it reads (maybe a temporary copy): re-based
      // on the source name.
      SourceLocation at =
          SourceLocation.of(source).withLine(e.location().line(), e.location().column());
      Object why =
          new org.mignet.formats.internal.NestedMessage(
              org.mignet.formats.ReadException.issueOf(e));
      return new ReadResult.Failed(
          SourceLocation.of(source).withRecord(records + 1),
          List.of(HtcdsReadRules.issue(HtcdsReadRules.MALFORMED, at, why)));
    }
  }

  /**
   * Opens the table with no header row (row 1 is read here, so that a sheet starting lower still
   * has its names). A workbook is read from its "Case Sheet" if it has one (the single-select
   * template's), else its first sheet.
   */
  private TableReader open() {
    TableReader.Builder b = TableReader.builder().encoding(encoding).headerRow(0);
    BufferedInputStream buffered =
        in instanceof BufferedInputStream given ? given : new BufferedInputStream(in);
    byte[] head;
    try {
      buffered.mark(8);
      head = buffered.readNBytes(4);
      buffered.reset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (TableFormat.sniff(head) == TableFormat.CSV) {
      return b.format(TableFormat.CSV).open(buffered, source);
    }
    Path file;
    try (InputStream input = buffered) {
      if (input instanceof FileInput given) {
        file = given.path();
      } else {
        workbook = PrivateTempFiles.copy(input, "mignet-htcds-", ".xlsx");
        file = workbook;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    b.format(TableFormat.XLSX);
    try {
      return b.sheet(CASE_SHEET).open(file);
    } catch (ParseException e) {
      if (!e.ruleId().value().equals(TabularRules.NO_SUCH_SHEET)) {
        throw e;
      }
      return b.sheet(0).open(file);
    }
  }

  private ReadResult header() {
    TableRow first = nextNonBlank();
    if (first == null) {
      return new ReadResult.Failed(
          SourceLocation.of(source),
          List.of(
              HtcdsReadRules.issue(
                  HtcdsReadRules.NOT_HTCDS,
                  SourceLocation.of(source),
                  Words.A_HTCDS_HEADER,
                  Words.AN_EMPTY_FILE)));
    }
    List<String> names = first.cells();
    long nameLine = first.line();
    int n = names.size();
    fieldOf = new String[n];
    columnName = new String[n];
    int known = 0;
    // a field named twice (by the same name, or by a name and its alias) or an unknown column named
    // twice
    List<String> keys = new ArrayList<>(java.util.Collections.nCopies(n, (String) null));
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
      odkExport |= ODK_METADATA.contains(name);
      HtcdsFieldName r = HtcdsFields.instance().resolve(name);
      SourceLocation at = SourceLocation.of(source).withLine(nameLine, i + 1);
      HtcdsFieldName inGroup = inGroup(name, r);
      if (inGroup != null) {
        // an ODK or KoBo export names a question in a group by its path: "group/field" (KoBo),
        // "group-field" (ODK Aggregate, Briefcase, Central)
        odkExport = true;
        r = inGroup;
      }
      switch (r.kind()) {
        case CURRENT -> known++;
        case ALIAS -> {
          known++;
          headerIssues.add(
              HtcdsReadRules.issue(
                  HtcdsReadRules.ALIAS_COLUMN,
                  at,
                  name,
                  r.field().get().name(),
                  r.note().orElse("")));
        }
        case REMOVED -> {
          known++;
          headerIssues.add(
              HtcdsReadRules.issue(HtcdsReadRules.REMOVED_COLUMN, at, name, r.note().orElse("")));
        }
        case UNKNOWN ->
            headerIssues.add(HtcdsReadRules.issue(HtcdsReadRules.UNKNOWN_COLUMN, at, cut(name)));
        default -> throw new IllegalStateException();
      }
      if (r.field().isPresent()) {
        fieldOf[i] = r.field().get().name();
        keys.set(i, fieldOf[i]);
      } else {
        keys.set(i, name);
      }
    }
    if (known == 0) {
      return new ReadResult.Failed(
          SourceLocation.of(source),
          List.of(
              HtcdsReadRules.issue(
                  HtcdsReadRules.NOT_HTCDS,
                  SourceLocation.of(source).withLine(nameLine, 0),
                  Words.A_HTCDS_HEADER,
                  Words.NO_HTCDS_FIELD)));
    }
    List<DuplicateNames.Duplicate> twice = DuplicateNames.in(keys);
    if (!twice.isEmpty()) {
      return new ReadResult.Failed(
          SourceLocation.of(source).withLine(nameLine, 0),
          twice.stream()
              .map(
                  d ->
                      HtcdsReadRules.issue(
                          HtcdsReadRules.DUPLICATE_COLUMN,
                          SourceLocation.of(source).withLine(nameLine, d.second()),
                          cut(d.name()),
                          d.columnList()))
              .toList());
    }
    if (HtcdsFields.instance().mixesVersions(names)) {
      List<String> old =
          names.stream()
              .filter(
                  s -> HtcdsFields.instance().mixesVersions(List.of(s, "vic_TraffickingStatus")))
              .toList();
      List<String> current =
          names.stream()
              .filter(s -> HtcdsFields.instance().mixesVersions(List.of("prs_Nationality", s)))
              .toList();
      headerIssues.add(
          HtcdsReadRules.issue(
              HtcdsReadRules.MIXED_VERSIONS,
              SourceLocation.of(source).withLine(nameLine, 0),
              String.join(", ", old),
              String.join(", ", current)));
    }
    // Row 2 holds labels in the official templates: skip it if most of its cells are labels.
    TableRow secondRow = nextNonBlank();
    List<String> second = secondRow == null ? null : secondRow.cells();
    int labels = 0;
    int filled = 0;
    if (second != null) {
      for (int i = 0; i < second.size(); i++) {
        String s = HtcdsFieldsAccess.strip(second.get(i));
        if (s.isEmpty()) {
          continue;
        }
        filled++;
        boolean isLabel =
            HtcdsFields.instance().byLabel(s).isPresent()
                || (i < n
                    && fieldOf[i] != null
                    && HtcdsFields.instance().field(fieldOf[i]).label().equalsIgnoreCase(s))
                || s.equalsIgnoreCase("Nationality")
                || s.equalsIgnoreCase("Citizenship");
        if (isLabel) {
          labels++;
        }
      }
    }
    boolean labelRow = filled > 0 && labels * 2 >= filled;
    for (int i : unnamed) {
      String label = labelRow && i < second.size() ? HtcdsFieldsAccess.strip(second.get(i)) : "";
      var byLabel =
          label.isEmpty()
              ? java.util.Optional.<HtcdsField>empty()
              : HtcdsFields.instance().byLabel(label);
      SourceLocation at = SourceLocation.of(source).withLine(nameLine, i + 1);
      String col = columnLabel(i);
      columnName[i] = "column " + col;
      if (byLabel.isPresent() && !keys.contains(byLabel.get().name())) {
        fieldOf[i] = byLabel.get().name();
        keys.set(i, fieldOf[i]);
        headerIssues.add(
            HtcdsReadRules.issue(
                HtcdsReadRules.UNNAMED_COLUMN, at, col, Words.READ_FROM_LABEL.with(fieldOf[i])));
      } else {
        headerIssues.add(
            HtcdsReadRules.issue(HtcdsReadRules.UNNAMED_COLUMN, at, col, Words.VALUES_KEPT));
      }
    }
    if (secondRow != null && !labelRow) {
      pushedBack = secondRow;
    }
    return null;
  }

  private TableRow pushedBack;

  /**
   * Returns the field a group path names, as an alias noting the path; null if the name is not a
   * path ending in a field name (or is itself a field name).
   */
  static HtcdsFieldName inGroup(String name, HtcdsFieldName resolved) {
    if (resolved.kind() != HtcdsFieldName.Kind.UNKNOWN) {
      return null;
    }
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('-'));
    if (cut <= 0 || cut == name.length() - 1) {
      return null;
    }
    HtcdsFieldName last = HtcdsFields.instance().resolve(name.substring(cut + 1));
    if (last.field().isEmpty()) {
      return null;
    }
    return new HtcdsFieldName(
        name,
        last.field(),
        HtcdsFieldName.Kind.ALIAS,
        java.util.Optional.of(
            "group path of an ODK or KoBoToolbox export"
                + last.note().map(n -> "; " + n).orElse("")));
  }

  private TableRow nextNonBlank() {
    while (table.hasNext()) {
      TableRow row = table.next();
      if (!row.isBlank()) {
        return row;
      }
    }
    return null;
  }

  private TableRow nextDataRow() {
    if (pushedBack != null) {
      TableRow row = pushedBack;
      pushedBack = null;
      if (!blank(row)) {
        return row;
      }
    }
    while (table.hasNext()) {
      TableRow row = table.next();
      if (!blank(row)) {
        return row;
      }
    }
    return null;
  }

  private boolean blank(TableRow row) {
    String k = key(row);
    if (k != null && !k.matches("\\d+")) {
      // A case with nothing HTCDS carries still has its key; bare numbers are the templates' row
      // numbers.
      return false;
    }
    for (int i = 0; i < row.size(); i++) {
      if (i != keyColumn && !HtcdsFieldsAccess.strip(row.cell(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private String key(TableRow row) {
    if (keyColumn < 0) {
      return null;
    }
    String k = row.cell(keyColumn).strip();
    return k.isEmpty() ? null : k;
  }

  /**
   * Returns the index of the row's last non-blank cell, -1 if none (trailing empty cells are no
   * cells).
   */
  private static int lastFilled(TableRow row) {
    for (int i = row.size() - 1; i >= 0; i--) {
      if (!HtcdsFieldsAccess.strip(row.cell(i)).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private RawRow raw(TableRow row) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> columns = new HashMap<>();
    Map<String, String> extras = new LinkedHashMap<>();
    for (int i = 0; i < row.size(); i++) {
      if (i == keyColumn) {
        continue;
      }
      String v = row.cell(i);
      if (HtcdsFieldsAccess.strip(v).isEmpty()) {
        continue;
      }
      if (i < fieldOf.length && fieldOf[i] != null) {
        values.put(fieldOf[i], v);
        columns.put(fieldOf[i], columnLabel(i));
      } else {
        extras.put(i < columnName.length ? columnName[i] : "column " + columnLabel(i), v);
      }
    }
    return new RawRow(row.line(), lastFilled(row) + 1, values, columns, extras);
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
    return Values.cut(s, 40);
  }

  @Override
  public void close() {
    finish();
    try {
      if (table != null) {
        table.close();
      } else {
        in.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      PrivateTempFiles.delete(workbook);
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

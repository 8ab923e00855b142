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

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadException;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.HxlRules;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.Tag;
import org.mignet.formats.tabular.TableRow;

/**
 * Reads any HXL-tagged table by its hashtags into SDMX-shaped {@link Dataset}s, without a mapping
 * spec: the {@link ColumnPlan} says what each column is; each filled measure cell of a data row
 * becomes one {@link Observation} (dimensions from the row's place, date and classification
 * columns, plus {@code MEASURE} and, where attributes say so, {@code SEX} and {@code AGE}); {@code
 * +name} labels of coded columns are observation attributes. Observations are emitted in {@code
 * Dataset}s of at most {@value #CHUNK}, so memory stays bounded.
 *
 * <p>Every data row is accounted for: it gives observations; or every measure cell is empty
 * (counted); or it is a {@link ReadResult.Failed} with each cell that is not a number (line and
 * column). Blank rows are counted. A summary ({@code MG-HXL-012}) closes the table. Columns not
 * carried are said once, at the start. With an HXL schema, its rules' issues are attached to the
 * row's observations or its failure. Not thread-safe.
 */
public final class HashtagReader extends org.mignet.formats.internal.LookaheadReader<ReadResult>
    implements RecordReader {

  /** The most observations in one emitted dataset. */
  public static final int CHUNK = 1000;

  private final String source;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();
  private Rows rows;
  private ColumnPlan plan;
  private ValidationSchema.Checker checker;
  private String dataflow;
  private SourceLocation start;
  private final List<Issue> pending = new ArrayList<>();
  private List<Observation> chunk = new ArrayList<>();
  private SourceLocation chunkStart;
  private long chunks;
  private boolean done;
  private boolean[] untaggedSaid;
  private boolean[] tagged;
  private boolean hasSex;
  private boolean hasAge;
  private boolean[] dateSaid;
  private long dataRows;
  private long rowsWithObservations;
  private long observations;
  private long rowsEmpty;
  private long emptyCells;
  private long cellsNotNumbers;
  private long rowsRejected;
  private long blankRows;

  /**
   * @param in the table (CSV, XLSX or HXL JSON); closed by close()
   * @param source the name used in locations
   * @param encoding a declared CSV encoding, or null to detect it
   * @param schema an HXL schema file to validate the rows against, or null
   */
  public HashtagReader(InputStream in, String source, Charset encoding, Path schema) {
    this.source = source;
    try {
      ValidationSchema rules;
      try {
        rules = schema == null ? null : ValidationSchema.read(schema);
      } catch (ParseException e) {
        HxlInput.closeQuietly(in);
        throw e;
      }
      HxlInput.Head head;
      try {
        head = HxlInput.head(HxlInput.open(in, source, encoding), source);
      } catch (RuntimeException e) {
        HxlInput.closeQuietly(in);
        throw e;
      }
      rows = head.rows();
      if (rules != null && HxlInput.isCanonicalHeader(head.header())) {
        // a canonical table is read by its JSON Pointers, which a schema of hashtags does not
        // check: say so
        throw new ReadException(
            HxlRules.issue(
                HxlRules.BAD_SCHEMA,
                SourceLocation.of(source),
                "the table is a mignet canonical table (a header of JSON Pointers), which an HXL schema does not check"));
      }
      open(head, rules);
    } catch (ParseException e) {
      fail(e);
    }
  }

  private void open(HxlInput.Head head, ValidationSchema rules) {
    TableRow tags = head.tags();
    start = SourceLocation.of(source).withRecord(tags.row()).withLine(tags.line(), 0);
    int width = Math.max(tags.size(), head.header().size());
    plan = ColumnPlan.of(tags.cells(), head.header(), width, start);
    pending.addAll(plan.issues());
    pending.addAll(rows.drainIssues());
    untaggedSaid = new boolean[width];
    tagged = new boolean[width];
    for (int i = 0; i < width; i++) {
      tagged[i] = Tag.tryParse(tags.cell(i)).isPresent();
    }
    dateSaid = new boolean[width];
    dataflow = "HXL:" + flowId(source);
    hasSex = plan.dimensions().contains(ColumnPlan.SEX);
    hasAge = plan.dimensions().contains(ColumnPlan.AGE);
    if (rules != null) {
      List<Tag> columns = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        Optional<Tag> t = Tag.tryParse(tags.cell(i));
        columns.add(t.orElse(null));
        labels.add(
            t.map(Tag::toString).orElse(head.header().size() > i ? cut(head.header().get(i)) : ""));
      }
      checker = rules.new Checker(columns, labels);
      pending.addAll(checker.columns(start));
    }
  }

  private static String flowId(String source) {
    String name = source.replaceAll("^.*[/\\\\]", "").replaceFirst("\\.[A-Za-z0-9]+$", "");
    String id = name.replaceAll("[^A-Za-z0-9_]", "_");
    return id.isEmpty() ? "TABLE" : id;
  }

  private void fail(ParseException e) {
    done = true;
    if (rows != null) {
      rows.close();
    }
    SourceLocation at = e.location();
    List<Issue> issues = new ArrayList<>(pending);
    pending.clear();
    issues.add(ReadException.issueOf(e));
    if (!chunk.isEmpty()) {
      flush();
    }
    queue.add(new ReadResult.Failed(at, issues));
  }

  /**
   * Steps through rows until one gives a result (a row yields none, one, or a chunk's worth at
   * once).
   */
  @Override
  protected ReadResult advance() {
    while (queue.isEmpty() && !done) {
      try {
        step();
      } catch (ParseException e) {
        fail(e);
      }
    }
    return queue.poll();
  }

  private void step() {
    if (!rows.hasNext()) {
      finishTable();
      return;
    }
    TableRow row = rows.next();
    pending.addAll(rows.drainIssues());
    if (row.isBlank()) {
      blankRows++;
      return;
    }
    dataRows++;
    SourceLocation at = SourceLocation.of(source).withRecord(row.row()).withLine(row.line(), 0);
    Map<String, String> dims = new LinkedHashMap<>();
    Map<String, String> attrs = new LinkedHashMap<>();
    for (ColumnPlan.Role r : plan.roles()) {
      String cell = row.cell(r.index()).strip();
      if (cell.isEmpty()) {
        continue;
      }
      switch (r.kind()) {
        case DIMENSION -> dims.put(r.id(), cell);
        case DATE -> {
          String date = HxlValues.date(cell);
          if (date == null && !dateSaid[r.index()]) {
            dateSaid[r.index()] = true;
            pending.add(
                HxlRules.issueWithValue(
                    HxlRules.NOT_A_DATE,
                    at.withLine(row.line(), r.index() + 1),
                    cell,
                    false,
                    r.index() + 1,
                    r.label()));
          }
          dims.put(r.id(), date == null ? cell : date);
        }
        case ATTRIBUTE -> attrs.put(r.id(), cell);
        case MEASURE -> {}
        case NOT_CARRIED -> {
          if (r.id() == null
              && r.measure() == null
              && !tagged[r.index()]
              && !untaggedSaid[r.index()]) {
            untaggedSaid[r.index()] = true;
            pending.add(
                HxlRules.issue(
                    HxlRules.UNTAGGED,
                    at.withLine(row.line(), r.index() + 1),
                    r.index() + 1,
                    r.label().isEmpty() ? "-" : cut(r.label())));
          }
        }
        default -> throw new IllegalStateException();
      }
    }
    for (int i = plan.roles().size(); i < row.size(); i++) {
      // a cell past the hashtag row's width: an untagged column the header did not announce
      if (!row.cell(i).isBlank() && (i >= untaggedSaid.length || !untaggedSaid[i])) {
        if (i < untaggedSaid.length) {
          untaggedSaid[i] = true;
        } else {
          untaggedSaid = java.util.Arrays.copyOf(untaggedSaid, i + 1);
          untaggedSaid[i] = true;
        }
        pending.add(HxlRules.issue(HxlRules.UNTAGGED, at.withLine(row.line(), i + 1), i + 1, "-"));
      }
    }
    List<Issue> rowIssues =
        checker == null ? new ArrayList<>() : new ArrayList<>(checker.row(row, at));
    List<Observation> made = new ArrayList<>();
    int empty = 0;
    for (ColumnPlan.Role m : plan.roles()) {
      if (m.kind() != ColumnPlan.Kind.MEASURE) {
        continue;
      }
      String cell = row.cell(m.index()).strip();
      if (cell.isEmpty()) {
        empty++;
        continue;
      }
      BigDecimal value = HxlValues.number(cell);
      if (value == null) {
        cellsNotNumbers++;
        rowIssues.add(
            HxlRules.issueWithValue(
                HxlRules.NOT_A_NUMBER,
                at.withLine(row.line(), m.index() + 1),
                cell,
                false,
                m.index() + 1,
                m.label(),
                cut(cell)));
        continue;
      }
      Map<String, String> d = new LinkedHashMap<>(dims);
      d.put(ColumnPlan.MEASURE, m.measure());
      if (hasSex) {
        d.put(ColumnPlan.SEX, m.sex());
      }
      if (hasAge) {
        d.put(ColumnPlan.AGE, m.age());
      }
      Map<String, String> ordered = new LinkedHashMap<>();
      for (String id : plan.dimensions()) {
        if (d.containsKey(id)) {
          ordered.put(id, d.get(id));
        }
      }
      made.add(ObsFields.observation(ordered, value, attrs));
    }
    emptyCells += empty;
    if (!made.isEmpty()) {
      rowsWithObservations++;
      observations += made.size();
      if (chunk.size() + made.size() > CHUNK && !chunk.isEmpty()) {
        flush();
      }
      if (chunk.isEmpty()) {
        chunkStart = at;
      }
      chunk.addAll(made);
      pending.addAll(rowIssues);
    } else if (!rowIssues.isEmpty()
        && rowIssues.stream().anyMatch(i -> i.ruleId().value().equals(HxlRules.NOT_A_NUMBER))) {
      rowsRejected++;
      queue.add(new ReadResult.Failed(at, rowIssues));
    } else {
      rowsEmpty++;
      if (!rowIssues.isEmpty()) {
        // a row without figures that breaks the schema: reported on its own, not held until a chunk
        // comes
        rowsRejected++;
        rowsEmpty--;
        queue.add(new ReadResult.Failed(at, rowIssues));
      }
    }
  }

  private void flush() {
    chunks++;
    Dataset ds =
        ObsFields.dataset(dataflow, "dataflow", source, chunks, source, plan.dimensions(), chunk);
    queue.add(new ReadResult.Ok(ds, chunkStart, List.copyOf(pending)));
    pending.clear();
    chunk = new ArrayList<>();
  }

  private void finishTable() {
    done = true;
    rows.close();
    if (!plan.hasMeasure()) {
      pending.add(HxlRules.issue(HxlRules.NO_MEASURE, start, dataRows));
    }
    pending.add(
        HxlRules.issue(
            HxlRules.SUMMARY,
            start,
            dataRows,
            rowsWithObservations,
            observations,
            rowsEmpty,
            emptyCells,
            rowsRejected,
            blankRows + rows.skippedBlank(),
            cellsNotNumbers));
    if (!chunk.isEmpty()) {
      flush();
    } else if (chunks == 0 || !plan.hasMeasure()) {
      queue.add(new ReadResult.Failed(start, List.copyOf(pending)));
      pending.clear();
    } else {
      // the summary of a table whose last chunk has gone: a record of its own would be miscounted
      queue.add(
          new ReadResult.Ok(
              ObsFields.dataset(
                  dataflow, "dataflow", source, ++chunks, source, plan.dimensions(), List.of()),
              start,
              List.copyOf(pending)));
      pending.clear();
    }
  }

  private static String cut(String s) {
    return org.mignet.formats.internal.TabularRules.cut(s.replace('\n', ' ').replace('\r', ' '));
  }

  @Override
  public void close() {
    done = true;
    if (rows != null) {
      rows.close();
    }
  }

  /**
   * Returns the counts so far: data rows, rows with observations, observations, empty rows,
   * rejected, blank.
   */
  long[] counts() {
    return new long[] {
      dataRows,
      rowsWithObservations,
      observations,
      rowsEmpty,
      rowsRejected,
      blankRows + (rows == null ? 0 : rows.skippedBlank())
    };
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

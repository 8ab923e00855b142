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
package org.mignet.formats.ctdc.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mignet.core.MignetException;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.TraffickingCase;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.Transformation;
import org.mignet.formats.tabular.TableWriter;

/**
 * Writes trafficking cases as the CTDC 2024 synthetic layout (27 variables, CSV), one row per
 * victim, made k-anonymous over the declared quasi-identifiers. The rows are buffered until {@link
 * #transformations()} or {@link #close()} (whichever comes first) anonymises them; after that no
 * more records are taken. Memory grows with the number of rows (about 200 bytes each, twice that
 * while anonymising), bounded by a maximum. Not thread-safe.
 */
public final class CtdcWriter implements RecordWriter {

  private static final Map<String, String> POINTERS =
      Map.of(
          "yearOfRegistration",
          "/opened",
          "gender",
          "/victims/*/person/gender",
          "ageBroad",
          "/victims/*/person/age",
          "citizenship",
          "/victims/*/person/citizenships",
          "CountryOfExploitation",
          "/victims/*/exploitationPlace/country",
          "traffickMonths",
          "/meta/extensions/ctdc:traffickMonths");

  private final OutputStream out;
  private final int k;
  private final int[] qi;
  private final int maxRows;
  private final boolean forSpreadsheet;
  private final List<String[]> rows = new ArrayList<>();

  /** For each buffered row, the index of the case it came from. */
  private final List<Integer> caseOfRow = new ArrayList<>();

  private int cases;
  private long withheld;
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final CaseToCtdc mapping = new CaseToCtdc(counts);
  private KAnonymity.Result result;
  private List<Transformation> transformations;
  private boolean closed;

  /**
   * @param out the output, closed by {@link #close()}
   * @param k at least 2
   * @param quasiIdentifiers names of 2024 variables
   * @param maxRows at least 1
   * @param forSpreadsheet whether to neutralise formula-like cells
   */
  public CtdcWriter(
      OutputStream out, int k, List<String> quasiIdentifiers, int maxRows, boolean forSpreadsheet) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be at least 2");
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("max-buffered-rows must be at least 1");
    }
    this.out = out;
    this.k = k;
    this.qi =
        quasiIdentifiers.stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .distinct()
            .mapToInt(
                name -> {
                  if (!POINTERS.containsKey(name)) {
                    throw new IllegalArgumentException(
                        "not a quasi-identifier variable of the CTDC 2024 layout: "
                            + name
                            + " (known: "
                            + String.join(", ", POINTERS.keySet().stream().sorted().toList())
                            + ")");
                  }
                  return CaseToCtdc.index(name);
                })
            .toArray();
    this.maxRows = maxRows;
    this.forSpreadsheet = forSpreadsheet;
  }

  @Override
  public void write(MignetRecord record) {
    if (closed || result != null) {
      throw new IllegalStateException("the CTDC writer has already anonymised its rows");
    }
    if (!(record instanceof TraffickingCase c)) {
      throw new IllegalArgumentException(
          "ctdc carries trafficking cases only, not " + record.recordType());
    }
    List<String[]> mapped = mapping.rows(c);
    if (rows.size() + mapped.size() > maxRows) {
      throw new MignetException(
          CtdcReadRules.TOO_MANY_ROWS
              + ": "
              + CtdcReadRules.message(CtdcReadRules.TOO_MANY_ROWS, maxRows));
    }
    if (mapped.isEmpty()) {
      count("/victims", "dropped");
    }
    rows.addAll(mapped);
    for (int i = 0; i < mapped.size(); i++) {
      caseOfRow.add(cases);
    }
    cases++;
  }

  private void count(String pointer, String action) {
    counts.computeIfAbsent(pointer + " " + action, x -> new long[1])[0]++;
  }

  private void anonymise() {
    if (result != null) {
      return;
    }
    result = KAnonymity.apply(rows, qi, k);
    rows.clear();
    java.util.BitSet inOutput = new java.util.BitSet(cases);
    for (int i : result.kept()) {
      inOutput.set(caseOfRow.get(i));
    }
    caseOfRow.clear();
    withheld = (long) cases - inOutput.cardinality();
    List<Transformation> list = new ArrayList<>();
    counts.forEach(
        (key, n) -> {
          int space = key.lastIndexOf(' ');
          list.add(
              new Transformation(
                  key.substring(0, space),
                  Transformation.Action.of(key.substring(space + 1)),
                  n[0]));
        });
    for (int c : qi) {
      String pointer = POINTERS.get(CtdcColumns.V2024.get(c));
      if (result.generalised()[c] > 0) {
        list.add(
            new Transformation(
                pointer, Transformation.Action.GENERALISED, result.generalised()[c]));
      }
      if (result.suppressed()[c] > 0) {
        list.add(
            new Transformation(pointer, Transformation.Action.SUPPRESSED, result.suppressed()[c]));
      }
    }
    if (result.suppressedRows() > 0) {
      list.add(new Transformation("", Transformation.Action.SUPPRESSED, result.suppressedRows()));
    }
    transformations = merge(list);
  }

  private static List<Transformation> merge(List<Transformation> list) {
    Map<Transformation, Long> sums = new LinkedHashMap<>();
    for (Transformation t : list) {
      sums.merge(new Transformation(t.pointer(), t.action(), 0), t.count(), Long::sum);
    }
    List<Transformation> out = new ArrayList<>();
    sums.forEach((t, n) -> out.add(new Transformation(t.pointer(), t.action(), n)));
    return List.copyOf(out);
  }

  /**
   * Anonymises the buffered rows if not done yet (no more records are taken after this) and returns
   * what changed: cells generalised or suppressed per quasi-identifier, values merged or dropped by
   * the 2024 layout, and rows suppressed whole (pointer {@code ""}).
   */
  @Override
  public List<Transformation> transformations() {
    anonymise();
    return transformations;
  }

  /**
   * Returns the cases of which no row is in the output: all their rows suppressed by k-anonymity,
   * or no victim to make a row of; known after {@link #transformations()}.
   */
  @Override
  public long withheld() {
    anonymise();
    return withheld;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    anonymise();
    try (TableWriter w =
        TableWriter.csv().lineSeparator("\n").forSpreadsheet(forSpreadsheet).open(out)) {
      w.writeRow(CtdcColumns.V2024);
      for (String[] r : result.rows()) {
        w.writeRow(Arrays.asList(r));
      }
    }
  }
}

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

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.TraffickingCase;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.Transformation;
import org.mignet.formats.htcds.HtcdsField;
import org.mignet.formats.htcds.HtcdsFields;
import org.mignet.formats.tabular.TableWriter;

/**
 * Writes HTCDS tables in CSV or XLSX: row 1 the v2.0 field names (the official template's columns
 * first, in the template's order, with the template's unnamed first column holding the case key),
 * row 2 the labels, then one row per case plus continuation rows for repeated child records.
 * Multi-select values are joined with {@code ;}. Streaming, through the shared {@link TableWriter}
 * (XLSX through POI's SXSSF window). Not thread-safe.
 */
public final class HtcdsTableWriter implements RecordWriter {

  /**
   * The data columns of the v2.0 Excel templates (B…AM), with v2.0 names; the template's unnamed AJ
   * is named.
   */
  public static final List<String> TEMPLATE_COLUMNS =
      List.of(
          "cas_CaseOwner",
          "prs_Salutation",
          "prs_FirstName",
          "prs_SecondName",
          "con_Consent",
          "prs_Birthdate",
          "prs_Gender",
          "prs_Citizenship",
          "prs_Title",
          "prs_Email",
          "prs_HomePhone",
          "prs_MobilePhone",
          "prs_MailingCity",
          "prs_MailingCountry",
          "prs_MailingState",
          "prs_MailingStreet",
          "prs_MailingPostalCode",
          "vic_TraffickingStatus",
          "vic_TraffickingStatusDecisionMakingOrg",
          "vic_MethodOfRecruitment",
          "vic_LocationOfRecruitment",
          "vic_MethodsOfControl",
          "vic_TypeOfExploitation",
          "vic_ForcedLabourIndustry",
          "vic_TypeOfSexExploitation",
          "vic_LocationOfExploitation",
          "cas_Status",
          "cas_ReferringOrganisation",
          "cas_IncomingReferralDate",
          "cas_ReferringPrimaryCaseWorker",
          "cas_ReasonForIncomingReferral",
          "cas_IncomingReferralDetails",
          "cas_ReferredOrganisation",
          "cas_ReferredPrimaryCaseWorker",
          "cas_ReasonForOutgoingReferral",
          "cas_OutgoingReferralDate",
          "cas_OutgoingReferralDetails",
          "cas_ReasonForCaseClosure");

  /**
   * All columns written after the key column: the template's, then the other v2.0 fields in the
   * standard's order.
   */
  public static final List<String> COLUMNS;

  static {
    List<String> cols = new ArrayList<>(TEMPLATE_COLUMNS);
    for (HtcdsField f : HtcdsFields.instance().all()) {
      if (!cols.contains(f.name())) {
        cols.add(f.name());
      }
    }
    COLUMNS = List.copyOf(cols);
  }

  private final OutputStream out;
  private final boolean xlsx;
  private final boolean forSpreadsheet;
  private TableWriter table;

  /** Values the layout changed, by "pointer action". */
  private final Map<String, long[]> changed = new java.util.LinkedHashMap<>();

  private boolean closed;

  /**
   * @param out the target, closed by {@link #close()}
   * @param xlsx whether to write a workbook (one sheet, "Case Sheet") instead of CSV (UTF-8, CRLF)
   * @param forSpreadsheet whether to neutralise formula-like cells (in CSV and XLSX alike)
   */
  public HtcdsTableWriter(OutputStream out, boolean xlsx, boolean forSpreadsheet) {
    this.out = out;
    this.xlsx = xlsx;
    this.forSpreadsheet = forSpreadsheet;
  }

  @Override
  public void write(MignetRecord record) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    if (!(record instanceof TraffickingCase c)) {
      throw new IllegalArgumentException(
          "the htcds format carries trafficking cases only, not "
              + record.getClass().getSimpleName());
    }
    start();
    String key =
        c.meta().identifier().system().equals(RowsToCase.DEFAULT_SYSTEM)
            ? c.meta().identifier().value()
            : c.meta().identifier().toString();
    for (Map<String, List<String>> row :
        CaseToRows.rows(
            c,
            (pointer, action) ->
                changed.computeIfAbsent(pointer + " " + action, x -> new long[1])[0]++)) {
      List<String> cells = new ArrayList<>(COLUMNS.size() + 1);
      cells.add(key == null ? "" : key);
      for (String col : COLUMNS) {
        List<String> v = row.get(col);
        cells.add(v == null ? "" : String.join(";", v));
      }
      table.writeRow(cells);
    }
  }

  private void start() {
    if (table != null) {
      return;
    }
    // Neutralising stays opt-in for XLSX too: text cells are never evaluated there, and a round
    // trip keeps values.
    TableWriter.Builder b =
        xlsx ? TableWriter.xlsx().sheetName(HtcdsTableReader.CASE_SHEET) : TableWriter.csv();
    table = b.forSpreadsheet(forSpreadsheet).open(out);
    List<String> names = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    names.add("");
    labels.add("");
    for (String col : COLUMNS) {
      names.add(col);
      labels.add(HtcdsFields.instance().field(col).label());
    }
    table.writeRow(names);
    table.writeRow(labels);
  }

  @Override
  public List<Transformation> transformations() {
    List<Transformation> all = new ArrayList<>();
    changed.forEach(
        (key, n) ->
            all.add(
                new Transformation(
                    key.substring(0, key.indexOf(' ')),
                    Transformation.Action.of(key.substring(key.indexOf(' ') + 1)),
                    n[0])));
    return List.copyOf(all);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    start();
    table.close();
  }
}

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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mignet.core.ParseException;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Coverage;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.htcds.Htcds;
import org.mignet.formats.htcds.HtcdsFields;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.tabular.TableFormat;
import org.mignet.formats.tabular.TableReader;

/**
 * The {@code htcds} table format (CSV or XLSX). Registered as a service; immutable and thread-safe.
 */
public final class HtcdsTableFormat implements Format {

  @Override
  public java.util.List<org.mignet.core.validation.RuleDefinition> rules() {
    return HtcdsReadRules.all();
  }

  /**
   * Worked out from the model when first asked for, not when the format is made (start-up of every
   * command).
   */
  private static final class CoverageHolder {
    static final Coverage COVERAGE = HtcdsCoverage.table();
  }

  @Override
  public String name() {
    return Htcds.TABLE;
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("csv", "xlsx");
  }

  /** {@inheritDoc} A declared encoding for CSV input. */
  @Override
  public Set<FormatOption<?>> readerOptions() {
    return Set.of(FormatOptions.ENCODING);
  }

  /**
   * {@inheritDoc} The workbook form and neutralising formula-like cells (the policy is the
   * pipeline's).
   */
  @Override
  public Set<FormatOption<?>> writerOptions() {
    return Set.of(Htcds.WORKBOOK, FormatOptions.FOR_SPREADSHEET);
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return new HtcdsTableReader(in, sourceName, options.get(FormatOptions.ENCODING).orElse(null));
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return new HtcdsTableWriter(
        out, options.isSet(Htcds.WORKBOOK), options.isSet(FormatOptions.FOR_SPREADSHEET));
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.TRAFFICKING_CASE);
  }

  @Override
  public Coverage coverage() {
    return CoverageHolder.COVERAGE;
  }

  /**
   * How many names of row 1 must be HTCDS field names (or their known variants) for a table to be
   * HTCDS.
   */
  static final int SNIFF_NAMES = 3;

  @Override
  public boolean sniff(byte[] head) {
    if (TableFormat.sniff(head) == TableFormat.XLSX) {
      return false;
    }
    String first =
        org.mignet.formats.internal.TextDetection.firstLine(
            org.mignet.formats.internal.TextDetection.headText(head));
    List<String> names = new ArrayList<>();
    for (String cell : first.split("[,;\t|]", -1)) {
      names.add(cell.replace("\"", ""));
    }
    return looksLikeHtcds(names);
  }

  /**
   * A workbook is opened read-only from its "Case Sheet" (else its first sheet) and only row 1 is
   * read.
   */
  @Override
  public boolean sniff(Path file) {
    byte[] head = headOf(file);
    if (TableFormat.sniff(head) != TableFormat.XLSX) {
      return sniff(head);
    }
    for (Object sheet : new Object[] {HtcdsTableReader.CASE_SHEET, 0}) {
      TableReader.Builder b = TableReader.builder().format(TableFormat.XLSX).headerRow(1);
      if (sheet instanceof String name) {
        b.sheet(name);
      } else {
        b.sheet((Integer) sheet);
      }
      try (TableReader table = b.open(file)) {
        return looksLikeHtcds(table.header());
      } catch (ParseException e) {
        if (!e.ruleId().value().equals(TabularRules.NO_SUCH_SHEET)) {
          return false;
        }
      } catch (RuntimeException e) {
        // Not a readable workbook (a corrupt ZIP, another kind of OOXML package): not an HTCDS
        // table.
        return false;
      }
    }
    return false;
  }

  private static byte[] headOf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Formats.SNIFF_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    }
  }

  private static boolean looksLikeHtcds(List<String> names) {
    int known = 0;
    for (String n : names) {
      if (n == null || n.isBlank()) {
        continue;
      }
      var r = HtcdsFields.instance().resolve(n);
      if (r.field().isPresent() || HtcdsTableReader.inGroup(r.input(), r) != null) {
        known++;
      }
    }
    return known >= SNIFF_NAMES;
  }
}

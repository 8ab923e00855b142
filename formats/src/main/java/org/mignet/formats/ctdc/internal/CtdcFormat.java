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

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.formats.Coverage;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.ctdc.Ctdc;

/** The {@code ctdc} format. Registered as a service; immutable and thread-safe. */
public final class CtdcFormat implements Format {

  /**
   * Worked out from the model when first asked for, not when the format is made (start-up of every
   * command).
   */
  private static final class CoverageHolder {
    static final Coverage COVERAGE = new CtdcCoverage();
  }

  @Override
  public String name() {
    return Ctdc.NAME;
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("csv", "tsv");
  }

  /** {@inheritDoc} A declared encoding. */
  @Override
  public Set<FormatOption<?>> readerOptions() {
    return Set.of(FormatOptions.ENCODING);
  }

  /** {@inheritDoc} k-anonymity ({@link Ctdc}) and neutralising formula-like cells. */
  @Override
  public Set<FormatOption<?>> writerOptions() {
    return Set.of(
        Ctdc.K, Ctdc.QUASI_IDENTIFIERS, Ctdc.MAX_BUFFERED_ROWS, FormatOptions.FOR_SPREADSHEET);
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return new CtdcReader(in, sourceName, options.get(FormatOptions.ENCODING).orElse(null));
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return new CtdcWriter(
        out,
        options.get(Ctdc.K).orElse(Ctdc.DEFAULT_K),
        Arrays.asList(
            options.get(Ctdc.QUASI_IDENTIFIERS).orElse(Ctdc.DEFAULT_QUASI_IDENTIFIERS).split(",")),
        options.get(Ctdc.MAX_BUFFERED_ROWS).orElse(Ctdc.DEFAULT_MAX_BUFFERED_ROWS),
        options.isSet(FormatOptions.FOR_SPREADSHEET));
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.TRAFFICKING_CASE);
  }

  @Override
  public Coverage coverage() {
    return CoverageHolder.COVERAGE;
  }

  @Override
  public List<RuleDefinition> rules() {
    return CtdcReadRules.all();
  }

  /**
   * {@inheritDoc} By the names of the first row, as the reader decides ({@link CtdcHeader}): at
   * least one of CTDC's own variables, and CTDC variables in at least half of the named columns;
   * comma, tab or semicolon separated.
   */
  @Override
  public boolean sniff(byte[] head) {
    return CtdcHeader.of(org.mignet.formats.internal.TextDetection.headerCells(head)).isCtdc();
  }
}

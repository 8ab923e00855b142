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
package org.mignet.formats.mmp.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Coverage;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.TextDetection;
import org.mignet.formats.internal.Words;
import org.mignet.formats.mmp.MissingMigrants;
import org.mignet.formats.mmp.MmpLayout;

/**
 * The {@code mmp} format (see {@link MissingMigrants}). Registered as a service; immutable and
 * thread-safe.
 */
// per-row values sit in arrays indexed by Field's ordinal (no map per row on the streaming path);
// Field is
// package-private and its order is never written anywhere
@SuppressWarnings("EnumOrdinal")
public final class MmpFormat implements Format {

  @Override
  public java.util.List<org.mignet.core.validation.RuleDefinition> rules() {
    return MmpRules.all();
  }

  static final CsvFactory CSV =
      CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).build())
          .build();
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(1_000_000)
                  .maxNestingDepth(16)
                  .build())
          .build();

  @Override
  public String name() {
    return "mmp";
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("csv", "json");
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    // read-level problems only: rule-level rejection is the pipeline's, under a profile, as for
    // every format
    Validation validation = null;
    BufferedInputStream buffered = new BufferedInputStream(in, 65536);
    try {
      buffered.mark(64);
      int b;
      do {
        b = buffered.read();
      } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB
          || b == 0xBF);
      buffered.reset();
      if (b == '[') {
        return new MmpJsonReader(JSON.createParser(buffered), sourceName, validation);
      }
      // the encoding and the delimiter are detected as for any table (a byte-order mark, else
      // UTF-8, else Windows-1252; a comma, else the ';' or tab of a spreadsheet's re-save); bytes
      // that do not decode are refused
      TextDetection.Opened text = TextDetection.open(buffered, null);
      CsvParser parser = CSV.createParser(text.reader());
      parser.setSchema(
          CsvSchema.emptySchema()
              .withColumnSeparator(TextDetection.delimiter(text.sample()))
              .withQuoteChar('"')
              .withoutEscapeChar());
      parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      return new MmpCsvReader(parser, sourceName, validation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@inheritDoc} Neutralising formula-like cells. */
  @Override
  public Set<FormatOption<?>> writerOptions() {
    return Set.of(FormatOptions.FOR_SPREADSHEET);
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return new MmpWriter(out, options.isSet(FormatOptions.FOR_SPREADSHEET));
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.INCIDENT);
  }

  @Override
  public Coverage coverage() {
    return (type, path) -> {
      if (path.startsWith("/place/")
          && !path.equals("/place/name")
          && !path.equals("/place/country")
          && !path.equals("/place/coordinates/latitude")
          && !path.equals("/place/coordinates/longitude")) {
        return Optional.of(Words.LOSS_MMP_PLACE);
      }
      // a reader names the MMP as source, marks incidents restricted and takes its own identifier
      // system:
      // only the incident id is carried
      if (path.startsWith("/meta/")
          && !path.equals("/meta/identifier/value")
          && !path.startsWith("/meta/schemaVersion")
          && !path.equals("/meta/extensions/mmp:causeOfDeath")
          && !path.equals("/meta/extensions/mmp:countryOfOrigin")) {
        return Optional.of(Words.LOSS_MMP_NO_METADATA);
      }
      return Optional.empty();
    };
  }

  /**
   * {@inheritDoc} By names, never positions: an API array whose first object has a {@code web_id},
   * or a header row from which {@link Layouts#detect} recognises a layout and that names at least
   * {@value #SNIFF_FIELDS} MMP fields; the 2017 layout, whose names are common words ("id", "date",
   * "dead"), must also name two of its own ({@code cause_of_death}, {@code region_origin}, {@code
   * affected_nationality}, {@code reliability}).
   */
  @Override
  public boolean sniff(byte[] head) {
    byte[] start = head.length > 4096 ? java.util.Arrays.copyOf(head, 4096) : head;
    String s = TextDetection.headText(start);
    if (s.stripLeading().startsWith("[")) {
      return s.contains("\"web_id\"");
    }
    List<String> cells = TextDetection.headerCells(start);
    boolean[] seen = new boolean[Field.values().length];
    int fields = 0;
    for (String cell : cells) {
      Optional<Field> f = Field.of(cell);
      if (f.isPresent() && !seen[f.get().ordinal()]) {
        seen[f.get().ordinal()] = true;
        fields++;
      }
    }
    MmpLayout layout = Layouts.detect(seen);
    if (layout == null || fields < SNIFF_FIELDS) {
      return false;
    }
    if (layout != MmpLayout.GLOBAL_2017) {
      return true;
    }
    int own = 0;
    for (String cell : cells) {
      if (OWN_2017.contains(cell.strip().toLowerCase(java.util.Locale.ROOT))) {
        own++;
      }
    }
    return own >= 2;
  }

  /**
   * The fewest MMP fields a header must name to be sniffed (the smallest layout, of 2017, has 12).
   */
  static final int SNIFF_FIELDS = 6;

  private static final Set<String> OWN_2017 =
      Set.of("cause_of_death", "region_origin", "affected_nationality", "reliability");
}

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
package org.mignet.formats.sdmx.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.ParseException;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Coverage;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.SdmxRules;
import org.mignet.formats.internal.TextDetection;
import org.mignet.formats.internal.Words;
import org.mignet.formats.sdmx.SdmxOptions;

/**
 * The SDMX formats ({@code sdmx-csv}, {@code sdmx-json}), registered as services. Immutable and
 * thread-safe.
 */
public final class SdmxFormats {

  static final CsvFactory CSV =
      CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).build())
          .build();
  // observation and series keys ("0:3:12") are distinct names by the hundred thousand:
  // canonicalising them only
  // fills and flushes the symbol table
  // a member given twice is refused (MG-SDMX-021), never resolved last-wins
  static final JsonFactory JSON =
      JsonFactory.builder()
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(10_000_000)
                  .maxNestingDepth(64)
                  .build())
          .build();
  static final ObjectMapper MAPPER =
      new ObjectMapper(JSON)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SdmxFormats() {}

  /** The options of a reader or writer that checks or follows structures. */
  static final Set<FormatOption<?>> STRUCTURE_OPTIONS =
      Set.of(SdmxOptions.STRUCTURE, SdmxOptions.STRUCTURES);

  static String head(byte[] head) {
    return new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8);
  }

  /**
   * What SDMX data messages carry of a dataset: its dataset-level attributes and its meta are not
   * carried, except the structure kind and the action, which every SDMX data format has.
   */
  static final Coverage COVERAGE =
      (type, path) -> {
        if (path.startsWith("/attributes")) {
          return Optional.of(Words.LOSS_SDMX_ATTRIBUTES);
        }
        // a reader names a dataset after its dataflow and source, and marks it public: identifier
        // and sensitivity
        // are made up on reading, not carried
        if (path.startsWith("/meta/")
            && !path.startsWith("/meta/schemaVersion")
            && !path.equals("/meta/extensions/" + KnownExtensions.SDMX_STRUCTURE)
            && !path.equals("/meta/extensions/" + KnownExtensions.SDMX_ACTION)) {
          return Optional.of(Words.LOSS_SDMX_NO_METADATA);
        }
        return Optional.empty();
      };

  /**
   * SDMX-CSV and SDMX-ML structure-specific data have no dataset name either; SDMX-JSON has one.
   */
  static final Coverage WITHOUT_TITLE =
      (type, path) ->
          path.equals("/title")
              ? Optional.of(Words.LOSS_SDMX_NO_TITLE)
              : COVERAGE.lossReason(type, path);

  /** What the three SDMX data formats share: datasets only, one coverage, the SDMX read rules. */
  abstract static class DatasetFormat implements Format {
    private final String name;
    private final String mediaType;
    private final String extension;

    DatasetFormat(String name, String mediaType, String extension) {
      this.name = name;
      this.mediaType = mediaType;
      this.extension = extension;
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public final String mediaType() {
      return mediaType;
    }

    @Override
    public final List<String> fileExtensions() {
      return List.of(extension);
    }

    @Override
    public final Set<RecordType> carries() {
      return EnumSet.of(RecordType.DATASET);
    }

    @Override
    public final Coverage coverage() {
      return name.equals("sdmx-json") ? COVERAGE : WITHOUT_TITLE;
    }

    @Override
    public final List<org.mignet.core.validation.RuleDefinition> rules() {
      return SdmxRules.all();
    }
  }

  /**
   * The first term of an SDMX-CSV header, quoted or not (RFC 4180, which SDMX-CSV follows, allows
   * any field to be quoted; R's {@code write.csv} quotes every header cell), and the field
   * separator after it.
   */
  private static final java.util.regex.Pattern CSV_HEADER =
      java.util.regex.Pattern.compile(
          "^(\"?)(?:(STRUCTURE)(?:\\[[^\\]]{0,8}\\])?|DATAFLOW)\\1[,;\t|]\"?");

  /** {@code sdmx-csv}: SDMX-CSV 2.0 and 1.0. */
  public static final class Csv extends DatasetFormat {

    /** Creates the format; found by {@code ServiceLoader}. */
    public Csv() {
      super("sdmx-csv", "application/vnd.sdmx.data+csv;version=2.0.0", "csv");
    }

    @Override
    public Set<FormatOption<?>> readerOptions() {
      return STRUCTURE_OPTIONS;
    }

    /** {@inheritDoc} The structures give the columns; formula-like cells can be neutralised. */
    @Override
    public Set<FormatOption<?>> writerOptions() {
      return Set.of(SdmxOptions.STRUCTURE, SdmxOptions.STRUCTURES, FormatOptions.FOR_SPREADSHEET);
    }

    @Override
    public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
      StructureGate gate;
      try {
        gate = StructureGate.of(options);
      } catch (ParseException e) {
        return new FailedReader(in, e);
      }
      try {
        // SDMX-CSV 2.0 is UTF-8 (a BOM is skipped); bytes that are not are refused with their line
        TextDetection.Opened text = TextDetection.open(in, StandardCharsets.UTF_8);
        return new SdmxCsvReader(text.reader(), text.sample(), sourceName, gate);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * {@inheritDoc} With a structure ({@code SdmxOptions.STRUCTURES} or {@code STRUCTURE}), the
     * columns come from its data structures.
     *
     * @throws org.mignet.core.ParseException if the structure file given cannot be read
     */
    @Override
    public RecordWriter writer(OutputStream out, FormatOptions options) {
      return new SdmxCsvWriter(
          out, StructureGate.structures(options), options.isSet(FormatOptions.FOR_SPREADSHEET));
    }

    /**
     * {@inheritDoc} SDMX-CSV 2.0: the header starts with {@code STRUCTURE} (or {@code
     * STRUCTURE[sub-separator]}), the field separator and {@code STRUCTURE_ID}; SDMX-CSV 1.0: with
     * {@code DATAFLOW} and has {@code OBS_VALUE}.
     */
    @Override
    public boolean sniff(byte[] head) {
      String s = head(head).replace("\uFEFF", "");
      int nl = s.indexOf('\n');
      String first = (nl < 0 ? s : s.substring(0, nl)).strip();
      java.util.regex.Matcher m = CSV_HEADER.matcher(first);
      if (!m.find()) {
        return false;
      }
      String rest = first.substring(m.end());
      return m.group(2) == null ? rest.contains("OBS_VALUE") : rest.startsWith("STRUCTURE_ID");
    }
  }

  /** {@code sdmx-json}: SDMX-JSON 2.0 and 1.0 data messages. */
  public static final class Json extends DatasetFormat {

    /** Creates the format; found by {@code ServiceLoader}. */
    public Json() {
      super("sdmx-json", "application/vnd.sdmx.data+json;version=2.0.0", "json");
    }

    /** {@inheritDoc} The structures and the read limits. */
    @Override
    public Set<FormatOption<?>> readerOptions() {
      return Set.of(SdmxOptions.STRUCTURE, SdmxOptions.STRUCTURES, SdmxOptions.LIMITS);
    }

    @Override
    public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
      try {
        long max =
            options
                .get(org.mignet.formats.sdmx.SdmxOptions.LIMITS)
                .orElse(org.mignet.formats.ReadLimits.defaults())
                .maxRecordBytes();
        return new SdmxJsonReader(in, sourceName, MAPPER, StructureGate.of(options), max);
      } catch (ParseException e) {
        return new FailedReader(in, e);
      }
    }

    @Override
    public RecordWriter writer(OutputStream out, FormatOptions options) {
      return new SdmxJsonWriter(out);
    }

    /**
     * {@inheritDoc} A JSON object that names the SDMX-JSON schema, has {@code dataSets}, or
     * (SDMX-JSON 1.0, whose {@code dataSets} often come after a long {@code structure}) has a
     * {@code structure} whose {@code dimensions} carry a {@code keyPosition}, which no other JSON
     * format of mignet has.
     */
    @Override
    public boolean sniff(byte[] head) {
      String s = head(head).replace("\uFEFF", "").stripLeading();
      return s.startsWith("{")
          && (s.contains("sdmx-json")
              || s.contains("\"dataSets\"")
              || (s.contains("\"structure\"")
                  && s.contains("\"dimensions\"")
                  && s.contains("\"keyPosition\"")));
    }
  }

  /**
   * {@code sdmx-ml}: SDMX-ML data messages, read: 2.1 generic and structure-specific data (series,
   * cross-sectional and flat), 3.0 structure-specific data, 2.0 compact and generic data; written:
   * 2.1 structure-specific data. A structure message, or another SDMX-ML message, given as data is
   * refused with a fatal issue.
   */
  public static final class Ml extends DatasetFormat {

    /** Creates the format; found by {@code ServiceLoader}. */
    public Ml() {
      super("sdmx-ml", "application/vnd.sdmx.structurespecificdata+xml;version=2.1", "xml");
    }

    @Override
    public Set<FormatOption<?>> readerOptions() {
      return STRUCTURE_OPTIONS;
    }

    @Override
    public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
      try {
        return new SdmxMlReader(in, sourceName, StructureGate.of(options));
      } catch (ParseException e) {
        return new FailedReader(in, e);
      }
    }

    @Override
    public RecordWriter writer(OutputStream out, FormatOptions options) {
      return new SdmxMlWriter(out);
    }

    /**
     * {@inheritDoc} Any XML in an SDMX-ML namespace (2.0, 2.1 or later), data or not, so that a
     * structure message given as data is told so rather than read by another XML format.
     */
    @Override
    public boolean sniff(byte[] head) {
      String s = head(head);
      return s.replace("\uFEFF", "").stripLeading().startsWith("<")
          && s.toLowerCase(java.util.Locale.ROOT).contains("sdmx.org/resources/sdmxml/schemas/");
    }
  }
}

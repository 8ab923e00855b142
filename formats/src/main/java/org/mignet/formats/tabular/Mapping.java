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
package org.mignet.formats.tabular;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.formats.RecordReader;

/**
 * Reads a partner's table through a {@link MappingSpec}: each data row gives its observations,
 * which join those of the rows before it in one {@code Dataset} of at most 1,000 observations while
 * the dimensions and metadata stay the same (as SDMX-CSV's rows do), or, for a spec with a {@code
 * recordType}, one record of that type built from the row through the canonical JSON; a row that
 * cannot be read is a failed result on its own with the row's line, the column and the reason. The
 * last result also lists each distinct unresolved value with its count ({@code MG-TAB-018}).
 * Thread-safe factory; the readers are not.
 */
public final class Mapping {

  private Mapping() {}

  /**
   * Returns a streaming reader of the table's records: one per row for a spec with a {@code
   * recordType}; for a statistics spec, datasets of consecutive rows (at most 1,000 observations
   * each) located at their first row, and each rejected row on its own.
   *
   * @param in the table (CSV, XLSX or, for a spec whose source format is {@code json}, JSON);
   *     closed by the reader
   * @param sourceName the file name, used in locations and, by some specs, to name the dataflow
   * @param spec the mapping spec; not null
   */
  public static RecordReader read(InputStream in, String sourceName, MappingSpec spec) {
    return read(in, sourceName, spec, null, null);
  }

  /**
   * Returns a streaming reader of the table's records, as {@link #read(InputStream, String,
   * MappingSpec)} does.
   *
   * @param in the table; closed by the reader
   * @param sourceName the file name
   * @param spec the mapping spec; not null
   * @param format the table format, or null to sniff it
   * @param encoding a declared encoding overriding the spec's, or null
   */
  public static RecordReader read(
      InputStream in,
      String sourceName,
      MappingSpec spec,
      @Nullable TableFormat format,
      @Nullable Charset encoding) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(spec, "spec");
    return new MappedReader(in, sourceName, spec, format, encoding);
  }

  /**
   * Returns a streaming reader of the table's records, as {@link #read(InputStream, String,
   * MappingSpec)} does.
   *
   * @param in the table; closed by the reader
   * @param sourceName the file name
   * @param spec the mapping spec; not null
   * @param format the table format, or null to sniff it
   * @param encoding a declared encoding overriding the spec's, or null
   * @param lenient for a spec with a {@code recordType}: keep the cells of unmapped columns in the
   *     record's {@code meta.extensions} under {@code tab:<header>}, as the spec's own {@code
   *     "lenient": true} does
   */
  public static RecordReader read(
      InputStream in,
      String sourceName,
      MappingSpec spec,
      TableFormat format,
      Charset encoding,
      boolean lenient) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(spec, "spec");
    return new MappedReader(in, sourceName, spec, format, encoding, lenient);
  }

  /**
   * A read-only format that reads any table (CSV, XLSX or a JSON table, told apart by content)
   * through a mapping spec, for the pipeline: {@code Conversion.from(Mapping.format(spec))}. It
   * takes no options and is not registered (it has no name of its own to sniff by).
   *
   * @param spec the spec; not null
   * @return the format
   */
  public static org.mignet.formats.Format format(MappingSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return new org.mignet.formats.Format() {
      @Override
      public String name() {
        return "mapped";
      }

      @Override
      public String mediaType() {
        return "text/csv";
      }

      @Override
      public java.util.List<String> fileExtensions() {
        return java.util.List.of("csv", "xlsx", "json");
      }

      @Override
      public java.util.Set<org.mignet.core.model.RecordType> carries() {
        return java.util.EnumSet.allOf(org.mignet.core.model.RecordType.class);
      }

      @Override
      public boolean sniff(byte[] head) {
        return false;
      }

      @Override
      public RecordReader reader(
          InputStream in, String sourceName, org.mignet.formats.FormatOptions options) {
        return read(in, sourceName, spec);
      }

      @Override
      public org.mignet.formats.RecordWriter writer(
          java.io.OutputStream out, org.mignet.formats.FormatOptions options) {
        throw new UnsupportedOperationException("a mapping spec is read, not written");
      }

      @Override
      public boolean isWritable() {
        return false;
      }
    };
  }
}

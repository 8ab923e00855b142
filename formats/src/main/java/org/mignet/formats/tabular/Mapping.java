package org.mignet.formats.tabular;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import org.mignet.formats.RecordReader;

/**
 * Reads a partner's table through a {@link MappingSpec}: each data row becomes one record (a {@code Dataset}
 * holding that row's observations, or, for a spec with a {@code recordType}, a record of that type built from the
 * row through the canonical JSON), or a failed result with the row's line, the column and the reason. The last result
 * also lists each distinct unresolved value with its count ({@code MG-TAB-018}). Thread-safe factory; the readers
 * are not.
 */
public final class Mapping {

  private Mapping() {}

  /**
   * @param in the table (CSV, XLSX or, for a spec whose source format is {@code json}, JSON); closed by the reader
   * @param sourceName the file name, used in locations and, by some specs, to name the dataflow
   * @param spec the mapping spec; not null
   * @return a streaming reader of one record per row
   */
  public static RecordReader read(InputStream in, String sourceName, MappingSpec spec) {
    return read(in, sourceName, spec, null, null);
  }

  /**
   * @param in the table; closed by the reader
   * @param sourceName the file name
   * @param spec the mapping spec; not null
   * @param format the table format, or null to sniff it
   * @param encoding a declared encoding overriding the spec's, or null
   * @return a streaming reader of one record per row
   */
  public static RecordReader read(InputStream in, String sourceName, MappingSpec spec, TableFormat format,
      Charset encoding) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(spec, "spec");
    return new MappedReader(in, sourceName, spec, format, encoding);
  }

  /**
   * @param in the table; closed by the reader
   * @param sourceName the file name
   * @param spec the mapping spec; not null
   * @param format the table format, or null to sniff it
   * @param encoding a declared encoding overriding the spec's, or null
   * @param lenient for a spec with a {@code recordType}: keep the cells of unmapped columns in the record's
   *     {@code meta.extensions} under {@code tab:<header>}, as the spec's own {@code "lenient": true} does
   * @return a streaming reader of one record per row
   */
  public static RecordReader read(InputStream in, String sourceName, MappingSpec spec, TableFormat format,
      Charset encoding, boolean lenient) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(spec, "spec");
    return new MappedReader(in, sourceName, spec, format, encoding, lenient);
  }
}

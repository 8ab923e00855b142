package org.mignet.formats.tabular;

import java.nio.charset.Charset;
import java.util.Optional;

/** A pull source of table rows; {@code null} at the end. Not thread-safe. */
interface RowSource extends AutoCloseable {

  /**
   * Returns the next row, or {@code null} at the end of the table.
   *
   * @throws org.mignet.core.ParseException if the input cannot be read further
   */
  TableRow nextRow();

  /** Returns the encoding of a text source. */
  default Optional<Charset> encoding() {
    return Optional.empty();
  }

  /** Returns the delimiter of a delimited text source. */
  default Optional<Character> delimiter() {
    return Optional.empty();
  }

  /** Returns whether a text source started with a byte-order mark. */
  default boolean bom() {
    return false;
  }

  /** Returns the sheet read, for a workbook. */
  default Optional<String> sheetName() {
    return Optional.empty();
  }

  @Override
  void close();
}

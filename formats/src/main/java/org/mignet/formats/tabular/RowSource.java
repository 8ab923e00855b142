package org.mignet.formats.tabular;

import java.nio.charset.Charset;
import java.util.Optional;

/** A pull source of table rows; {@code null} at the end. Not thread-safe. */
interface RowSource extends AutoCloseable {

  /**
   * @return the next row, or {@code null} at the end of the table
   * @throws org.mignet.core.ParseException if the input cannot be read further
   */
  TableRow nextRow();

  /** @return the encoding of a text source */
  default Optional<Charset> encoding() {
    return Optional.empty();
  }

  /** @return the delimiter of a delimited text source */
  default Optional<Character> delimiter() {
    return Optional.empty();
  }

  /** @return whether a text source started with a byte-order mark */
  default boolean bom() {
    return false;
  }

  /** @return the sheet read, for a workbook */
  default Optional<String> sheetName() {
    return Optional.empty();
  }

  @Override
  void close();
}

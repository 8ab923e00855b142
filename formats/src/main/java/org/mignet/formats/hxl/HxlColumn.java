package org.mignet.formats.hxl;

import java.util.Objects;
import java.util.Optional;

/**
 * A column of an HXL table. Immutable and thread-safe.
 *
 * @param index the 0-based column index in the source table
 * @param header the text header above the hashtag row, empty if none
 * @param tag the column's hashtag with attributes; empty for an untagged column
 */
public record HxlColumn(int index, String header, Optional<HxlTag> tag) {

  /** Checks the index, normalises null. */
  public HxlColumn {
    if (index < 0) {
      throw new IllegalArgumentException("index >= 0");
    }
    Objects.requireNonNull(header, "header");
    tag = tag == null ? Optional.empty() : tag;
  }
}

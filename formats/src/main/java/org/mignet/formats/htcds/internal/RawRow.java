package org.mignet.formats.htcds.internal;

import java.util.Map;

/**
 * One row of an HTCDS table or one form instance, before mapping: raw cell texts by v2.0 field name, the
 * columns they came from, and the cells of columns that are not v2.0 fields.
 *
 * @param line the 1-based line or row number in the source, 0 if unknown
 * @param width the number of cells up to the last filled one (0 where cells have no position, as in an XForm)
 * @param values raw texts by v2.0 field name (non-empty values only)
 * @param columns the column label ({@code C}, {@code AJ}) or element name of each field, for locations
 * @param extras raw texts of unknown or removed columns, by column name
 */
public record RawRow(long line, int width, Map<String, String> values, Map<String, String> columns,
    Map<String, String> extras) {

  /** Copies the maps. */
  public RawRow {
    values = Map.copyOf(values);
    columns = Map.copyOf(columns);
    extras = Map.copyOf(extras);
  }

  /** Returns whether the row holds no value at all. */
  public boolean isEmpty() {
    return values.isEmpty() && extras.isEmpty();
  }
}

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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an HTCDS table or one form instance, before mapping: raw cell texts by v2.0 field
 * name, the columns they came from, and the cells of columns that are not v2.0 fields.
 *
 * @param line the 1-based line or row number in the source, 0 if unknown
 * @param width the number of cells up to the last filled one (0 where cells have no position, as in
 *     an XForm)
 * @param values raw texts by v2.0 field name (non-empty values only)
 * @param columns the column label ({@code C}, {@code AJ}) or element name of each field, for
 *     locations
 * @param extras raw texts of unknown or removed columns, by column name
 */
public record RawRow(
    long line,
    int width,
    Map<String, String> values,
    Map<String, String> columns,
    Map<String, String> extras) {

  /**
   * Copies the maps, in the order given (the columns' order): what is reported or kept of a row
   * follows it, the same in every run ({@code Map.copyOf} iterates in an order drawn per JVM).
   */
  public RawRow {
    values = ordered(values);
    columns = ordered(columns);
    extras = ordered(extras);
  }

  private static Map<String, String> ordered(Map<String, String> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  /** Returns whether the row holds no value at all. */
  public boolean isEmpty() {
    return values.isEmpty() && extras.isEmpty();
  }
}

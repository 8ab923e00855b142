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

import org.mignet.formats.mmp.MmpLayout;

/**
 * Recognises an MMP layout from the fields its header or keys name, and says which fields each
 * layout reads.
 */
// per-row values sit in arrays indexed by Field's ordinal (no map per row on the streaming path);
// Field is
// package-private and its order is never written anywhere
@SuppressWarnings("EnumOrdinal")
final class Layouts {

  private Layouts() {}

  /**
   * Returns the layout, or null if the header names no incident id with a date column (an "Incident
   * ID" or "Web ID" with "Incident Date", "Reported Date" or "Year"), nor the 2017 dataset's "id"
   * with its "date".
   *
   * @param seen which fields the header names, by ordinal
   */
  static MmpLayout detect(boolean[] seen) {
    boolean date =
        seen[Field.INCIDENT_DATE.ordinal()]
            || seen[Field.REPORTED_DATE.ordinal()]
            || seen[Field.YEAR.ordinal()];
    if (seen[Field.INCIDENT_ID.ordinal()]) {
      if (!date) {
        return null;
      }
      if (seen[Field.MAIN_ID.ordinal()]) {
        return seen[Field.TOTAL.ordinal()] ? MmpLayout.PER_YEAR_2023 : MmpLayout.PER_YEAR_2026;
      }
      return MmpLayout.GLOBAL_2021;
    }
    if (seen[Field.RECORD_ID.ordinal()] && seen[Field.DATE_DAY_FIRST.ordinal()]) {
      return MmpLayout.GLOBAL_2017;
    }
    return null;
  }

  /**
   * Whether a layout reads a field. The 2017 dataset's "id" and day-first "date" mean something
   * else beside an "Incident ID" or "Reported Date" (and a 2017 file has neither), so a column a
   * layout does not read is kept as an unknown column, never read into a field of another meaning.
   *
   * @param layout the layout
   * @param field a field the header names
   * @param seen which fields the header names, by ordinal
   * @return whether the layout reads the field
   */
  static boolean reads(MmpLayout layout, Field field, boolean[] seen) {
    boolean of2017 = layout == MmpLayout.GLOBAL_2017;
    return switch (field) {
      case RECORD_ID, DATE_DAY_FIRST -> of2017;
      case INCIDENT_ID, MAIN_ID, INCIDENT_DATE, REPORTED_DATE -> !of2017;
      // a position in one column and in two: which one holds cannot be known, so the one column is
      // read; the
      // API has one key for it
      case LATITUDE, LONGITUDE ->
          layout != MmpLayout.API_JSON && !seen[Field.COORDINATES.ordinal()];
      default -> true;
    };
  }
}

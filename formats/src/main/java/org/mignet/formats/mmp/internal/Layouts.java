package org.mignet.formats.mmp.internal;

import org.mignet.formats.mmp.MmpLayout;

/** Recognises an MMP layout from the fields its header or keys name. */
final class Layouts {

  private Layouts() {}

  /**
   * @param seen which fields the header names, by ordinal
   * @return the layout, or null if the header lacks an id or any date column
   */
  static MmpLayout detect(boolean[] seen) {
    boolean id = seen[Field.INCIDENT_ID.ordinal()];
    boolean date = seen[Field.INCIDENT_DATE.ordinal()] || seen[Field.REPORTED_DATE.ordinal()]
        || seen[Field.YEAR.ordinal()];
    if (!id || !date) {
      return null;
    }
    if (seen[Field.MAIN_ID.ordinal()]) {
      return seen[Field.TOTAL.ordinal()] ? MmpLayout.PER_YEAR_2023 : MmpLayout.PER_YEAR_2026;
    }
    return MmpLayout.GLOBAL_2021;
  }
}

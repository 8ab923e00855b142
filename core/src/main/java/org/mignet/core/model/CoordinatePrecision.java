package org.mignet.core.model;

/** How precisely coordinates locate a place. */
public enum CoordinatePrecision {
  /** Surveyed or GPS coordinates of the place itself. */
  EXACT,
  /** An estimate near the place, e.g. "about 10 miles off the coast". */
  APPROXIMATE,
  /** The centroid of an administrative area. */
  ADMIN_AREA,
  /** The centroid of a country. */
  COUNTRY,
  /** Not stated. */
  UNKNOWN
}

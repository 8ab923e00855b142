package org.mignet.formats.mmp;

/**
 * The layouts of Missing Migrants Project data, recognised by their header names or keys, never by position.
 */
public enum MmpLayout {
  /** The 20-column "Global" export of 2021 and earlier ("Web ID", "Reported Date", "Total Dead and Missing"). */
  GLOBAL_2021,
  /** The 23-column per-year exports of 2023 ("Main ID", "Incident ID", "Total Number of Dead and Missing"). */
  PER_YEAR_2023,
  /** The 22-column exports from 2024 on: as {@link #PER_YEAR_2023} without the total column. */
  PER_YEAR_2026,
  /** The MMP API: a JSON array of objects with snake_case keys ({@code web_id}, {@code reported_date}, …). */
  API_JSON
}

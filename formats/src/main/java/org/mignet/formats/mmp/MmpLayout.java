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
package org.mignet.formats.mmp;

/**
 * The layouts of Missing Migrants Project data, recognised by their header names or keys, never by
 * position.
 */
public enum MmpLayout {
  /**
   * The 12-column dataset of 2017 as IOM published it on HDX and Kaggle ({@code id}, {@code
   * cause_of_death}, {@code region_origin}, {@code affected_nationality}, {@code missing}, {@code
   * dead}, {@code incident_region}, {@code date} day/month/year, {@code source}, {@code
   * reliability}, {@code lat}, {@code lon}). Its {@code id} is the dataset's own record number, not
   * a Web ID, and {@code reliability} has no field in the model.
   */
  GLOBAL_2017,
  /**
   * The 20-column "Global" export of 2021 and earlier ("Web ID", "Reported Date", "Total Dead and
   * Missing"); the exports of 2020 name the region column "Region of Incident".
   */
  GLOBAL_2021,
  /**
   * The 23-column per-year exports of 2023 ("Main ID", "Incident ID", "Total Number of Dead and
   * Missing").
   */
  PER_YEAR_2023,
  /** The 22-column exports from 2024 on: as {@link #PER_YEAR_2023} without the total column. */
  PER_YEAR_2026,
  /**
   * The MMP API: a JSON array of objects with snake_case keys ({@code web_id}, {@code
   * reported_date}, …). Its {@code web_id} is the Main ID (it repeats for split incidents) and is
   * read as the incident's main id; each incident's identifier is {@code web_id~} and 12
   * hexadecimal digits of a hash of the object as written, in the system {@code
   * urn:mignet:mmp-api}.
   */
  API_JSON
}

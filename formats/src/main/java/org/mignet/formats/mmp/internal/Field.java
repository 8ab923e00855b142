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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the Missing Migrants Project exports and the keys of its API, each known by every
 * name it has had (compared without case, spaces or punctuation). The 2023 header is the name
 * written.
 */
enum Field {
  MAIN_ID("Main ID"),
  INCIDENT_ID("Incident ID", "Web ID", "web_id"),
  /**
   * The 2017 dataset's own record number ("id"): not a Web ID, so it takes its own identifier
   * system.
   */
  RECORD_ID("id"),
  REGION("Region", "Region of Incident", "incident_region"),
  INCIDENT_DATE("Incident Date"),
  REPORTED_DATE("Reported Date", "reported_date"),
  /** The 2017 dataset's "date": the reported date, written day/month/year. */
  DATE_DAY_FIRST("date"),
  YEAR("Year", "Reported Year", "Incident Year"),
  MONTH("Reported Month", "Month"),
  DEAD("Number Dead", "number_dead", "Number of Dead", "dead"),
  MISSING("Minimum Estimated Number of Missing", "number_missing", "missing"),
  TOTAL("Total Number of Dead and Missing", "Total Dead and Missing", "total_dead_and_missing"),
  SURVIVORS("Number of Survivors", "number_of_survivors"),
  FEMALES("Number of Females", "number_of_female"),
  MALES("Number of Males", "number_of_male"),
  CHILDREN("Number of Children", "number_of_children"),
  REGION_OF_ORIGIN("Region of Origin", "region_origin"),
  CAUSE("Cause of Death", "cause_death"),
  /**
   * "affected_nationality" (2017) is the nationality of the people concerned, which later exports
   * call origin.
   */
  COUNTRY_OF_ORIGIN("Country of Origin", "country_origin", "affected_nationality"),
  LOCATION(
      "Location of death", "Location Description", "location_description", "Location of Incident"),
  SOURCE("Information Source", "information_source", "source"),
  COORDINATES("Coordinates", "Location Coordinates", "location_coodinates", "location_coordinates"),
  /** A position given as two columns (2017: "lat", "lon"), in decimal degrees. */
  LATITUDE("lat", "latitude"),
  LONGITUDE("lon", "longitude"),
  ROUTE("Migration route", "Migration Route", "migration_route"),
  URL("URL", "url"),
  UNSD("UNSD Geographical Grouping", "unsd_geographic_grouping"),
  QUALITY("Source Quality", "source_quality"),
  /**
   * The 2017 dataset's verification status (Verified, Partially Verified, Unverified): no model
   * field.
   */
  RELIABILITY("reliability"),
  COUNTRY_OF_INCIDENT("Country of Incident", "country_of_incident");

  private static final Map<String, Field> BY_KEY = new HashMap<>();

  static {
    for (Field f : values()) {
      for (String n : f.names) {
        BY_KEY.put(key(n), f);
      }
    }
  }

  @SuppressWarnings("ImmutableEnumChecker") // List.of below: unmodifiable
  private final List<String> names;

  Field(String... names) {
    this.names = List.of(names);
  }

  /** Returns the name of the column in the 2023 export. */
  String header() {
    return names.get(0);
  }

  static Optional<Field> of(String header) {
    return Optional.ofNullable(BY_KEY.get(key(header)));
  }

  private static String key(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}

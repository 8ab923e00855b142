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
package org.mignet.formats.stat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Incident;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.Observation;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sensitivity;

/**
 * Counts the dead and missing of {@link Incident}s into an SDMX-shaped {@link Dataset}, so that
 * Missing Migrants Project data can enter the statistics channel (e.g. written as SDMX-CSV).
 *
 * <p>Dimensions, chosen with {@link #by(List)}: {@code ROUTE} (the MMP route, {@code _U} if none),
 * {@code REGION_ORIGIN} (the first region of origin without the "(P)" presumed mark, {@code _U} if
 * none), {@code TIME_PERIOD} (the year of the incident date, else of the reported date) and {@code
 * SEX}. A {@code MEASURE} dimension is always added. Without {@code SEX} it takes {@code DEAD} and
 * {@code MISSING}; with {@code SEX} MMP only knows females and males among the dead and missing
 * together, so the measure is {@code DEAD_MISSING} and {@code SEX} is {@code F} (females), {@code
 * M} (males) and {@code _U} (the rest: sex unknown).
 *
 * <p>Disclosure control: cells with a count above 0 and below the threshold are suppressed (value
 * removed, {@code OBS_STATUS=O}, {@code CONF_STATUS=C}, primary suppression). The default threshold
 * is 0 (nothing suppressed) because MMP publishes these counts openly; set it (e.g. 5, DESIGN §6)
 * for non-public incidents. Secondary suppression is not done: totals are not part of the output.
 *
 * <p>Not thread-safe; memory grows with the number of cells, not of incidents.
 *
 * <p>Superseded by {@link Aggregation} (every case type too, marginal and grand totals, secondary
 * suppression, the audit, every record left out named), which {@code mignet aggregate} uses; kept
 * for callers of this API.
 */
public final class IncidentAggregation {

  /** The dimensions an aggregation can be made by. */
  public static final List<String> DIMENSIONS =
      List.of("ROUTE", "REGION_ORIGIN", "TIME_PERIOD", "SEX");

  /** The dataflow id of the output. */
  public static final String DATAFLOW = "MIGNET:MMP_DEAD_MISSING(1.0)";

  private final List<String> by;
  private final int threshold;
  private final Map<List<String>, long[]> cells =
      new TreeMap<>(
          (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
              int c = a.get(i).compareTo(b.get(i));
              if (c != 0) {
                return c;
              }
            }
            return 0;
          });
  private long incidents;
  private long suppressed;

  private IncidentAggregation(List<String> by, int threshold) {
    this.by = by;
    this.threshold = threshold;
  }

  /**
   * Returns an aggregation with threshold 0.
   *
   * @param dimensions some of {@link #DIMENSIONS}, in the order wanted; not empty, no repeats
   * @throws IllegalArgumentException for an unknown or repeated dimension
   */
  public static IncidentAggregation by(List<String> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions");
    List<String> upper = dimensions.stream().map(d -> d.strip().toUpperCase(Locale.ROOT)).toList();
    if (upper.isEmpty() || upper.stream().distinct().count() != upper.size()) {
      throw new IllegalArgumentException("name one or more distinct dimensions of " + DIMENSIONS);
    }
    for (String d : upper) {
      if (!DIMENSIONS.contains(d)) {
        throw new IllegalArgumentException(
            "unknown dimension " + d + "; known: " + String.join(", ", DIMENSIONS));
      }
    }
    return new IncidentAggregation(upper, 0);
  }

  /**
   * Returns a copy with that threshold (only before any incident is added).
   *
   * @param minimum cells with a count above 0 and below this are suppressed; 0 or more
   */
  public IncidentAggregation withThreshold(int minimum) {
    if (minimum < 0) {
      throw new IllegalArgumentException("threshold must be 0 or more");
    }
    return new IncidentAggregation(by, minimum);
  }

  /** Adds one incident's counts to its cells. */
  public void add(Incident incident) {
    incidents++;
    List<String> key = new ArrayList<>();
    int sexAt = -1;
    for (String d : by) {
      switch (d) {
        case "ROUTE" -> key.add(incident.route().orElse("_U"));
        case "REGION_ORIGIN" ->
            key.add(
                incident.regionsOfOrigin().stream()
                    .findFirst()
                    .map(r -> r.endsWith("(P)") ? r.substring(0, r.length() - 3).strip() : r)
                    .orElse("_U"));
        case "TIME_PERIOD" ->
            key.add(
                incident
                    .date()
                    .or(incident::reportedDate)
                    .map(PartialDate::year)
                    .map(String::valueOf)
                    .orElse("_U"));
        default -> {
          sexAt = key.size();
          key.add("_U");
        }
      }
    }
    if (sexAt < 0) {
      count(key, "DEAD", incident.dead().orElse(0));
      count(key, "MISSING", incident.missing().orElse(0));
      return;
    }
    int total = incident.deadAndMissing().orElse(0);
    int f = incident.females().orElse(0);
    int m = incident.males().orElse(0);
    count(with(key, sexAt, "F"), "DEAD_MISSING", f);
    count(with(key, sexAt, "M"), "DEAD_MISSING", m);
    count(with(key, sexAt, "_U"), "DEAD_MISSING", Math.max(0, total - f - m));
  }

  private static List<String> with(List<String> key, int at, String value) {
    List<String> k = new ArrayList<>(key);
    k.set(at, value);
    return k;
  }

  private void count(List<String> key, String measure, int n) {
    List<String> k = new ArrayList<>(key);
    k.add(measure);
    cells.computeIfAbsent(k, x -> new long[1])[0] += n;
  }

  /** Returns how many incidents were added. */
  public long incidents() {
    return incidents;
  }

  /** Returns how many cells the last {@link #result()} suppressed. */
  public long suppressed() {
    return suppressed;
  }

  /** Returns the cells as one dataset, in key order, with disclosure control applied. */
  public Dataset result() {
    List<String> dims = new ArrayList<>(by);
    dims.add("MEASURE");
    List<Observation> obs = new ArrayList<>();
    suppressed = 0;
    for (Map.Entry<List<String>, long[]> c : cells.entrySet()) {
      Map<String, String> d = new LinkedHashMap<>();
      for (int i = 0; i < dims.size(); i++) {
        d.put(dims.get(i), c.getKey().get(i));
      }
      long n = c.getValue()[0];
      Observation o =
          new Observation(
              d,
              Optional.of(BigDecimal.valueOf(n)),
              Optional.empty(),
              Optional.of("PS"),
              Optional.empty(),
              Optional.empty(),
              Map.of());
      if (n > 0 && n < threshold) {
        suppressed++;
        o = o.withValue(null, "O").withConfidentiality("C");
      }
      obs.add(o);
    }
    RecordMeta meta =
        RecordMeta.of("urn:mignet:aggregate", DATAFLOW + "/" + String.join(",", by))
            .withSensitivity(Sensitivity.PUBLIC)
            .withExtension(KnownExtensions.SDMX_STRUCTURE, "dataflow");
    return new Dataset(
        meta,
        DATAFLOW,
        Optional.of(
            "Dead and missing migrants by "
                + String.join(", ", by)
                + " (IOM Missing Migrants Project)"),
        dims,
        Map.of(),
        obs);
  }

  @Override
  public String toString() {
    return "IncidentAggregation[by="
        + by
        + ", threshold="
        + threshold
        + ", cells="
        + cells.size()
        + "]";
  }

  static List<String> split(String csv) {
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}

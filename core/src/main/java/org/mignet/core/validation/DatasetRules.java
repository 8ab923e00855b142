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
package org.mignet.core.validation;

import static org.mignet.core.validation.StandardRules.semantic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.IndicatorValue;
import org.mignet.core.model.Observation;

/** Rules on statistical datasets and indicator values, after SDMX. */
final class DatasetRules {

  private DatasetRules() {}

  /** The codes SDMX and Eurostat use for "all values of this dimension". */
  private static final Set<String> TOTAL_CODES = Set.of("_T", "TOTAL");

  static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            semantic(
                "MG-STAT-001",
                Severity.ERROR,
                "In SDMX every observation is identified by a value for each dimension of the structure, and for no "
                    + "other; an observation with missing or extra dimensions cannot be placed in the series.",
                "SDMX 2.1 Information Model (Section 2), §5.3 (DataStructureDefinition, series key)"),
            Dataset.class,
            (d, ctx) -> {
              Set<String> expected = new LinkedHashSet<>(d.dimensionIds());
              for (int i = 0; i < d.observations().size(); i++) {
                Set<String> found = d.observations().get(i).dimensions().keySet();
                if (!found.equals(expected)) {
                  List<String> missing = expected.stream().filter(k -> !found.contains(k)).toList();
                  List<String> extra = found.stream().filter(k -> !expected.contains(k)).toList();
                  ctx.reportValue(
                      "/observations/" + i + "/dimensions",
                      String.join(", ", found),
                      expected.size(),
                      String.join(", ", missing),
                      String.join(", ", extra));
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-STAT-002",
                Severity.ERROR,
                "SDMX allows one value per series key and time period: two observations with the same dimension values "
                    + "contradict each other or double-count.",
                "SDMX 2.1 Information Model (Section 2), §5.4 (Observation)"),
            Dataset.class,
            (d, ctx) -> {
              Map<Map<String, String>, Integer> seen = new HashMap<>();
              for (int i = 0; i < d.observations().size(); i++) {
                Integer first =
                    seen.putIfAbsent(new TreeMap<>(d.observations().get(i).dimensions()), i);
                if (first != null) {
                  // the key, as SDMX writes one (codes in dimension order, dot-separated):
                  // statistics, not personal
                  ctx.reportValue(
                      "/observations/" + i + "/dimensions",
                      String.join(".", d.observations().get(i).dimensions().values()),
                      first);
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-STAT-003",
                Severity.ERROR,
                "A missing or suppressed value must say why, with an observation status (e.g. M missing, L not "
                    + "collected, Q suppressed), so that it is not read as zero.",
                "SDMX 2.1 Content-Oriented Guidelines, code list CL_OBS_STATUS; Eurostat flag \":\""),
            Observation.class,
            (o, ctx) -> {
              if (!o.hasValue() && o.status().isEmpty()) {
                ctx.report("/status");
              }
            }),
        Rule.of(
            semantic(
                "MG-STAT-004",
                Severity.WARNING,
                "An observation coded as the total of a dimension (_T, TOTAL) should equal the sum of the observations "
                    + "of the other codes of that dimension with the same other dimensions; a warning only, as published "
                    + "figures are often rounded or perturbed for disclosure control.",
                "SDMX 2.1 Content-Oriented Guidelines, cross-domain code _T (total); UN Recommendations on Statistics "
                    + "of International Migration (2021), disaggregations"),
            Dataset.class,
            DatasetRules::checkTotals),
        Rule.of(
            semantic(
                "MG-IND-002",
                Severity.ERROR,
                "An indicator value that is not available says why with a status, so that it is not read as zero.",
                "SDMX 2.1 Content-Oriented Guidelines, code list CL_OBS_STATUS; SDG indicators metadata"),
            IndicatorValue.class,
            (v, ctx) -> {
              if (v.value().isEmpty() && v.status().isEmpty()) {
                ctx.report("/status");
              }
            }));
  }

  private static void checkTotals(Dataset d, RuleContext ctx) {
    List<Observation> obs = d.observations();
    for (String dimension : d.dimensionIds()) {
      // group the observations by every other dimension's code
      Map<Map<String, String>, List<Integer>> groups = new LinkedHashMap<>();
      for (int i = 0; i < obs.size(); i++) {
        Map<String, String> rest = new TreeMap<>(obs.get(i).dimensions());
        if (rest.remove(dimension) != null) {
          groups.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> group : groups.values()) {
        Integer total = null;
        BigDecimal sum = BigDecimal.ZERO;
        int parts = 0;
        boolean complete = true;
        for (int i : group) {
          Observation o = obs.get(i);
          if (TOTAL_CODES.contains(o.dimensions().get(dimension))) {
            total = total == null ? i : total;
          } else if (o.value().isPresent()) {
            sum = sum.add(o.value().get());
            parts++;
          } else {
            complete = false;
          }
        }
        if (total != null
            && complete
            && parts > 0
            && obs.get(total).value().isPresent()
            && obs.get(total).value().get().compareTo(sum) != 0) {
          ctx.reportValue(
              "/observations/" + total + "/value",
              obs.get(total).value().get(),
              dimension,
              parts,
              sum.toPlainString());
        }
      }
    }
  }
}

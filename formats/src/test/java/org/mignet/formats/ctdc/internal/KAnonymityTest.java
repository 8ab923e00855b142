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
package org.mignet.formats.ctdc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: over seeded random rows, classes have at least k rows, and the counts equal what
 * changed.
 */
class KAnonymityTest {

  private static final String[] COUNTRIES = {
    "NGA", "VNM", "UKR", "PHL", "THA", "KHM", "MEX", "USA", "GBR", "BRA", "IND", ""
  };
  private static final String[] GENDERS = {"Man", "Woman", "Trans/Transgender/NonConforming", ""};

  private static List<String[]> rows(long seed, int n) {
    Random r = new Random(seed);
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] row = new String[CtdcColumns.V2024.size()];
      Arrays.fill(row, "");
      row[CaseToCtdc.index("yearOfRegistration")] =
          r.nextInt(10) == 0 ? "" : String.valueOf(2010 + r.nextInt(6));
      row[CaseToCtdc.index("gender")] =
          GENDERS[Math.min(3, (int) Math.abs(r.nextGaussian() * 1.2))];
      row[CaseToCtdc.index("ageBroad")] =
          r.nextInt(10) == 0
              ? ""
              : CtdcValues.label(CtdcValues.BANDS.get(r.nextInt(CtdcValues.BANDS.size())));
      row[CaseToCtdc.index("citizenship")] =
          COUNTRIES[Math.min(11, (int) Math.abs(r.nextGaussian() * 4))];
      row[CaseToCtdc.index("CountryOfExploitation")] =
          COUNTRIES[Math.min(11, (int) Math.abs(r.nextGaussian() * 3))];
      row[CaseToCtdc.index("isForcedLabour")] = r.nextBoolean() ? "1" : "";
      out.add(row);
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void everyClassHasKRowsAndTheCountsEqualWhatChanged(long seed) {
    int k = 3 + (int) (seed % 9);
    List<String[]> input = rows(seed, 200 + (int) seed * 50);
    int[] qi = {
      CaseToCtdc.index("ageBroad"),
      CaseToCtdc.index("gender"),
      CaseToCtdc.index("citizenship"),
      CaseToCtdc.index("CountryOfExploitation"),
      CaseToCtdc.index("yearOfRegistration")
    };
    KAnonymity.Result result = KAnonymity.apply(input, qi, k);

    Map<String, Integer> classes = new HashMap<>();
    for (String[] row : result.rows()) {
      StringBuilder key = new StringBuilder();
      for (int c : qi) {
        key.append(row[c]).append('|');
      }
      classes.merge(key.toString(), 1, Integer::sum);
    }
    assertThat(classes.values()).as("seed %d k %d", seed, k).allMatch(size -> size >= k);
    assertThat(result.suppressedRows()).isEqualTo(input.size() - result.rows().size());
    long[] generalised = new long[CtdcColumns.V2024.size()];
    long[] suppressed = new long[CtdcColumns.V2024.size()];
    for (int i = 0; i < result.rows().size(); i++) {
      String[] before = input.get(result.kept()[i]);
      String[] after = result.rows().get(i);
      for (int c = 0; c < before.length; c++) {
        if (before[c].equals(after[c])) {
          continue;
        }
        int column = c;
        assertThat(Arrays.stream(qi).anyMatch(q -> q == column))
            .as("only quasi-identifiers change")
            .isTrue();
        if (after[c].isEmpty()) {
          suppressed[c]++;
        } else {
          generalised[c]++;
        }
      }
      assertThat(after[CaseToCtdc.index("isForcedLabour")])
          .isEqualTo(before[CaseToCtdc.index("isForcedLabour")]);
    }
    assertThat(result.generalised()).as("seed %d", seed).isEqualTo(generalised);
    assertThat(result.suppressed()).as("seed %d", seed).isEqualTo(suppressed);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23})
  void generalisationComesBeforeSuppression(long seed) {
    List<String[]> input = rows(seed, 400);
    int[] qi = {CaseToCtdc.index("ageBroad"), CaseToCtdc.index("citizenship")};
    KAnonymity.Result result = KAnonymity.apply(input, qi, 11);
    for (int i = 0; i < result.rows().size(); i++) {
      String before = input.get(result.kept()[i])[CaseToCtdc.index("citizenship")];
      String after = result.rows().get(i)[CaseToCtdc.index("citizenship")];
      if (!before.isEmpty() && after.isEmpty()) {
        // blanked only after reaching the top of the hierarchy was not enough: the region was tried
        // first
        assertThat(KAnonymity.generalise(CaseToCtdc.index("citizenship"), before)).isNotNull();
      }
    }
    assertThat(
            result.generalised()[CaseToCtdc.index("citizenship")]
                + result.generalised()[CaseToCtdc.index("ageBroad")])
        .isPositive();
  }

  /**
   * Regression: a CTDC writer whose every record was refused (by a sharing policy) crashed closing
   * its file.
   */
  @org.junit.jupiter.api.Test
  void countsChangesPerQuasiIdentifierColumnEvenWithNoRows() {
    int[] qi = {CaseToCtdc.index("ageBroad"), CaseToCtdc.index("citizenship")};

    KAnonymity.Result result = KAnonymity.apply(List.of(), qi, 11);

    assertThat(result.rows()).isEmpty();
    for (int c : qi) {
      assertThat(result.generalised()[c]).isZero();
      assertThat(result.suppressed()[c]).isZero();
    }
  }
}

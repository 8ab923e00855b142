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
package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Incident;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;

/**
 * The writers of CSV beyond the tabular family ({@code mmp}, {@code sdmx-csv}) neutralise
 * formula-like cells when asked ({@link FormatOptions#FOR_SPREADSHEET}), by the same rule as {@code
 * csv}: a leading apostrophe before a cell that starts with {@code = + - @}, a tab or a CR; without
 * the option they write the cell as it is.
 */
class FormulaInjectionTest {

  private static final FormatOptions FOR_SPREADSHEET =
      FormatOptions.none().with(FormatOptions.FOR_SPREADSHEET, true);
  private static final Incident FORMULA_ROUTE =
      Incident.builder(RecordMeta.of("mmp", "1")).counts(2, 9, 11).route("=3+3").build();

  @Test
  void mmpNeutralisesAFormulaLikeRouteForSpreadsheets() {
    assertThat(written("mmp", FOR_SPREADSHEET, FORMULA_ROUTE))
        .contains(",\"'=3+3\",")
        .doesNotContain(",\"=3+3\",");
  }

  @Test
  void mmpWritesAFormulaLikeRouteAsItIsUnlessAsked() {
    assertThat(written("mmp", FormatOptions.none(), FORMULA_ROUTE)).contains(",\"=3+3\",");
  }

  @Test
  void sdmxCsvNeutralisesFormulaLikeCellsForSpreadsheets() {
    Observation o =
        new Observation(
            Map.of("REF_AREA", "@SUM(A1)", "TIME_PERIOD", "2020"),
            Optional.of(BigDecimal.ONE),
            Optional.empty(),
            Optional.of("PS"),
            Optional.of("A"),
            Optional.empty(),
            Map.of());
    Dataset d =
        new Dataset(
            RecordMeta.of("urn:sdmx:dataset", "X:DF(1.0)"),
            "=3+3:DF(1.0)",
            Optional.empty(),
            List.of("REF_AREA", "TIME_PERIOD"),
            Map.of(),
            List.of(o));

    String csv = written("sdmx-csv", FOR_SPREADSHEET, d);

    assertThat(csv).contains("'=3+3:DF(1.0)", "'@SUM(A1)");
    assertThat(written("sdmx-csv", FormatOptions.none(), d)).doesNotContain("'=3+3", "'@SUM");
  }

  private static String written(String format, FormatOptions options, MignetRecord... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named(format).writer(out, options)) {
      List.of(records).forEach(w::write);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}

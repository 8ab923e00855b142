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

import java.util.List;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.formats.Formats;

/**
 * The Missing Migrants Project format ({@code mmp}): its options and read-level rules. Read it
 * through {@code Formats.named("mmp")}: the reader takes the 12-column dataset of 2017 (HDX,
 * Kaggle), the "Global" exports of 2020 ("Region of Incident") and 2021 (20 columns), the 2023
 * per-year exports (23 columns), the 22-column exports without a total column and the API JSON,
 * recognising each by its header names or keys ({@link MmpLayout}), and {@code Formats.sniff}
 * recognises each the same way. Every row becomes an {@link org.mignet.core.model.Incident}, with
 * IOM Missing Migrants Project as its source organisation, or a read-level rejection with its line.
 * A column without a field in the model (the 2017 {@code reliability}) is kept in {@code
 * meta.extensions} and reported ({@code MG-MMP-018}); year and month columns that disagree with the
 * date they repeat are an error ({@code MG-MMP-017}). The files state no creation time for their
 * records, so none is set; the model's rules ({@code MG-INC-…}, {@code MG-GEO-…}) are the
 * pipeline's, applied under a profile ({@code Conversion.rejectingInvalid}, {@code mignet convert
 * --profile}) as for every format. The writer writes the 2023 layout plus two columns, "Reported
 * Date" and "Country of Incident", so that nothing the readers read is lost.
 *
 * <p>Stateless; thread-safe.
 */
public final class MissingMigrants {

  private MissingMigrants() {}

  /**
   * Returns the read-level rules of the reader ({@code MG-MMP-…}), as the registered {@code mmp}
   * format declares them.
   *
   * @throws IllegalArgumentException if the {@code mmp} format is not registered (its {@code
   *     META-INF/services} entry was lost, as in a badly merged shaded jar)
   */
  public static List<RuleDefinition> readRules() {
    // through the registry, so that this package does not depend on mmp.internal, which depends on
    // it
    return Formats.named("mmp").rules();
  }
}

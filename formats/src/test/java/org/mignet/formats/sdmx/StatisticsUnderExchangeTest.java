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
package org.mignet.formats.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;

/**
 * Statistics as agencies publish them carry no personal data, and what their readers keep in the
 * records' extensions (the SDMX structure kind, a JSON-stat dataset's notes) is the message's own
 * metadata under namespaced keys: the {@code exchange} profile must not ask them for a legal basis
 * (MG-META-012) nor flag the reader's own keys (MG-META-014).
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class StatisticsUnderExchangeTest {

  static Stream<String> files() {
    return Stream.of(
        "sdmx/test-messages/ecb-exr-ng-ts-ss.xml",
        "sdmx/test-messages/ecb-exr-M.USD.EUR.SP00.A-generic.xml",
        "sdmx/test-messages/rsdmx-SDMXCompactDataExample_2.0.xml",
        "sdmx/test-messages/sdmxjson2-exr-time-series.json",
        "sdmx/test-messages/ecb-exr-ts-sdmxjson1.json",
        "sdmx/test-messages/sdmx-csv2-example-01.csv",
        "sdmx/oecd-imd-dsd_mig/AUS_B14.json",
        "statistics/jsonstat-samples/cso-ie-CIA01-jsonstat1.json",
        "statistics/eurostat-jsonstat-2010-2023/eurostat_migr_pop1ctz.json");
  }

  @ParameterizedTest
  @MethodSource("files")
  void aPublishedStatisticalFileNeedsNoLegalBasisAndItsReadersKeysAreNamespaced(String relative)
      throws IOException {
    Path file = SdmxJsonCsvConformanceTest.data(relative);
    Format format = Formats.sniff(file).orElseThrow();
    ConversionReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report =
          Conversion.from(format)
              .to(Formats.named("ndjson"))
              .validating(Validation.standard(), Profile.EXCHANGE)
              .maxIssues(Integer.MAX_VALUE)
              .run(in, file.getFileName().toString(), new ByteArrayOutputStream());
    }
    assertThat(report.read()).as(relative).isPositive();
    assertThat(report.issues())
        .as(relative)
        .noneMatch(
            i ->
                i.ruleId().value().equals("MG-META-012")
                    || i.ruleId().value().equals("MG-META-014"));
  }
}

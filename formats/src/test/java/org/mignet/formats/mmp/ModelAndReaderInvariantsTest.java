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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Incident;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Severity;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordOutcome;

/**
 * The model and the readers hold the same invariants: a negative count and a latitude of 120 are
 * the same errors (MG-INC-002, MG-GEO-001, at the same pointers) whether an incident was built in
 * code or read from a Missing Migrants Project export. The builder does not throw (data that can be
 * represented is reported, never refused), and the reader does not refuse the record at read level.
 */
class ModelAndReaderInvariantsTest {

  private static final String HEADER =
      "\"Main ID\",\"Incident ID\",Region,\"Incident Date\",Year,\"Reported Month\","
          + "\"Number Dead\",\"Minimum Estimated Number of Missing\",\"Total Number of Dead and Missing\","
          + "\"Number of Survivors\",\"Number of Females\",\"Number of Males\",\"Number of Children\",\"Region of Origin\","
          + "\"Cause of Death\",\"Country of Origin\",\"Location of death\",\"Information Source\",Coordinates,"
          + "\"Migration route\",URL,\"UNSD Geographical Grouping\",\"Source Quality\"\n";

  private static final String ROW =
      "2023.MMP0001,2023.MMP00012,Mediterranean,\"Mon, 01/02/2023 - 12:00\",2023,January,1,,1,-1,,,,"
          + "\"Northern Africa\",Drowning,Egypt,\"Off Libya\",\"IOM Libya\",\"120, 13.1\","
          + "\"Central Mediterranean\",,\"Northern Africa\",4\n";

  @Test
  void negativeCountsAndImpossibleLatitudesAreTheSameErrorsBuiltOrRead() {
    Incident built =
        Incident.builder(RecordMeta.of("mmp", "2023.MMP00012"))
            .date(PartialDate.of(2023, 1, 2))
            .counts(1, null, 1)
            .survivors(-1)
            .place(Place.unknown().withCoordinates(Coordinates.of(120, 13.1)))
            .build();
    List<Issue> fromModel =
        Validation.standard().validate(built, Profile.STRUCTURAL, Locale.ENGLISH).issues();

    List<RecordOutcome> outcomes = new ArrayList<>();
    ConversionReport report =
        Conversion.from(Formats.named("mmp"))
            .validating(Validation.standard(), Profile.STRUCTURAL)
            .check(
                new ByteArrayInputStream((HEADER + ROW).getBytes(StandardCharsets.UTF_8)),
                "mmp.csv",
                outcomes::add);

    assertThat(report.read()).isEqualTo(1);
    assertThat(fromModel)
        .extracting(ri -> ri.ruleId().value(), Issue::pointer, Issue::severity)
        .contains(
            tuple("MG-INC-002", "/survivors", Severity.ERROR),
            tuple("MG-GEO-001", "/place/coordinates/latitude", Severity.ERROR));
    assertThat(report.issues())
        .extracting(ri -> ri.ruleId().value(), Issue::pointer, Issue::severity)
        .contains(
            tuple("MG-INC-002", "/survivors", Severity.ERROR),
            tuple("MG-GEO-001", "/place/coordinates/latitude", Severity.ERROR));
    // no read-level rule of its own for either: the model's rules are the only ones that say it
    assertThat(report.issues())
        .filteredOn(i -> i.pointer().equals("/survivors") || i.pointer().startsWith("/place"))
        .extracting(ri -> ri.ruleId().value())
        .containsOnly("MG-INC-002", "MG-GEO-001");
  }
}

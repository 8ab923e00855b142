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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Incident;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * The 22-column Missing Migrants exports (the 2023 layout without "Total Number of Dead and
 * Missing") are recognised by their header names; no real file of that layout is in ../shared/data,
 * so the header is the 2023 one minus the total.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class MmpLaterLayoutTest {

  private static final String HEADER =
      "\"Main ID\",\"Incident ID\",Region,\"Incident Date\",Year,\"Reported Month\","
          + "\"Number Dead\",\"Minimum Estimated Number of Missing\",\"Number of Survivors\",\"Number of Females\","
          + "\"Number of Males\",\"Number of Children\",\"Region of Origin\",\"Cause of Death\",\"Country of Origin\","
          + "\"Location of death\",\"Information Source\",Coordinates,\"Migration route\",URL,"
          + "\"UNSD Geographical Grouping\",\"Source Quality\"\n";

  @Test
  void readsTheLayoutWithoutATotalColumnAndDerivesNoTotal() {
    String row =
        "2024.MMP00001,2024.MMP00001,\"Mediterranean\",\"Mon, 01/01/2024 - 12:00\",2024,January,3,4,,1,2,,"
            + "\"Northern Africa\",\"Drowning\",Egypt,\"Off the coast of Libya\",\"IOM Libya\",\"32.9, 13.1\","
            + "\"Central Mediterranean\",https://example.org/x,\"Northern Africa\",4\n";
    assertThat(HEADER.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).hasSize(22);
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader reader =
        Formats.named("mmp")
            .reader(
                new ByteArrayInputStream((HEADER + row).getBytes(StandardCharsets.UTF_8)),
                "mmp-2024.csv")) {
      reader.forEachRemaining(results::add);
    }
    assertThat(results).hasSize(1).first().isInstanceOf(ReadResult.Ok.class);
    Incident incident = (Incident) ((ReadResult.Ok) results.get(0)).record();
    assertThat(incident.totalDeadAndMissing()).isEmpty();
    assertThat(incident.dead()).contains(3);
    assertThat(incident.missing()).contains(4);
    assertThat(incident.deadAndMissing()).contains(7);
    assertThat(incident.countriesOfOrigin()).containsExactly("EGY");
  }
}

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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Conversion;
import org.mignet.formats.Formats;

/**
 * Read issues of MMP files say what value they found: none of an incident's columns is personal
 * data.
 */
class MmpIssueValuesTest {

  private static List<Issue> read(String dead, String cause) {
    return read(dead, cause, 1);
  }

  /**
   * @return the issues of a file of {@code rows} copies of one row (ids made distinct)
   */
  private static List<Issue> read(String dead, String cause, int rows) {
    String head =
        "\"Main ID\",\"Incident ID\",Region,\"Incident Date\",Year,\"Reported Month\",\"Number Dead\","
            + "\"Minimum Estimated Number of Missing\",\"Total Number of Dead and Missing\",\"Number of Survivors\","
            + "\"Number of Females\",\"Number of Males\",\"Number of Children\",\"Region of Origin\",\"Cause of Death\","
            + "\"Country of Origin\",\"Location of death\",\"Information Source\",Coordinates,\"Migration route\",URL,"
            + "\"UNSD Geographical Grouping\",\"Source Quality\"\n";
    StringBuilder csv = new StringBuilder(head);
    for (int r = 0; r < rows; r++) {
      csv.append("2023.MMP0001,2023.MMP0001")
          .append(r)
          .append(",Mediterranean,\"Mon, 01/02/2023 - 12:00\",2023,January,")
          .append(dead)
          .append(",,1,,,,,")
          .append("\"Northern Africa\",")
          .append(cause)
          .append(",Egypt,\"Off Libya\",\"IOM Libya\",\"32.9, 13.1\",\"Central Mediterranean\",,")
          .append("\"Northern Africa\",4\n");
    }
    return Conversion.from(Formats.named("mmp"))
        .check(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            "mmp.csv",
            o -> {})
        .issues();
  }

  @Test
  void aCountWrittenInWordsIsShownInTheIssue() {
    assertThat(read("three", "Drowning"))
        .filteredOn(i -> i.ruleId().value().equals("MG-MMP-004"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.value()).hasValue("three");
              assertThat(i.toString()).contains("three");
            });
  }

  @Test
  void aCauseOfDeathNotInTheCodeListIsShownInTheIssue() {
    assertThat(read("1", "Struck by meteorite"))
        .filteredOn(i -> i.ruleId().value().equals("MG-MMP-008"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.value()).hasValue("Struck by meteorite");
              assertThat(i.masked()).isFalse();
            });
  }

  @Test
  void aValueMetAgainGetsTheSameIssueAsTheFirstTime() {
    // the reader remembers resolutions and suggestions per value: the rows after the first must not
    // differ
    List<Issue> unknown =
        read("1", "Struck by meteorite", 3).stream()
            .filter(i -> i.ruleId().value().equals("MG-MMP-008"))
            .toList();
    assertThat(unknown).hasSize(3);
    assertThat(unknown).extracting(Issue::message).containsOnly(unknown.get(0).message());
    assertThat(unknown).extracting(i -> i.arguments()).containsOnly(unknown.get(0).arguments());
    // the closest codes are offered each time, not only the first
    assertThat(unknown.get(0).arguments().get(unknown.get(0).arguments().size() - 1).toString())
        .contains(" | ");
    assertThat(unknown).extracting(i -> i.location().record()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aCauseCellMetAgainGetsItsUnknownPartAtTheSamePointerEachTime() {
    // the reader splits each cause cell once and replays the split for the rows after the first
    List<Issue> unknown =
        read("1", "\"Drowning,Struck by meteorite,Drowning,Vehicle accident\"", 3).stream()
            .filter(i -> i.ruleId().value().equals("MG-MMP-008"))
            .toList();
    assertThat(unknown).hasSize(3);
    assertThat(unknown).extracting(Issue::pointer).containsOnly("/causesOfDeath/1");
    assertThat(unknown)
        .extracting(i -> i.value().orElseThrow())
        .containsOnly("Struck by meteorite");
    assertThat(unknown).extracting(i -> i.location().record()).containsExactly(1L, 2L, 3L);
  }
}

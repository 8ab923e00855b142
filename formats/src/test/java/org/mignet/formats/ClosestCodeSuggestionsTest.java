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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Incident;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.validation.Issue;
import org.mignet.formats.internal.Suggestions;
import org.mignet.formats.internal.Words;

/**
 * "Closest valid codes" are computed from the value found, so they echo it: they are offered for
 * fields that are not personal data and withheld for those that are, as the model's marks say
 * (issue 8, point 7).
 */
class ClosestCodeSuggestionsTest {

  private static final List<Locale> UN_LANGUAGES =
      List.of(
          Locale.forLanguageTag("ar"),
          Locale.CHINESE,
          Locale.ENGLISH,
          Locale.FRENCH,
          Locale.forLanguageTag("ru"),
          Locale.forLanguageTag("es"));

  private static final String MMP_HEADER =
      "\"Main ID\",\"Incident ID\",Region,\"Incident Date\",Year,"
          + "\"Reported Month\",\"Number Dead\",\"Minimum Estimated Number of Missing\",\"Number of Survivors\","
          + "\"Number of Females\",\"Number of Males\",\"Number of Children\",\"Region of Origin\",\"Cause of Death\","
          + "\"Country of Origin\",\"Location of death\",\"Information Source\",Coordinates,\"Migration route\",URL,"
          + "\"UNSD Geographical Grouping\",\"Source Quality\"\n";

  private static List<Issue> issues(String format, String text, String name) {
    List<Issue> out = new ArrayList<>();
    try (RecordReader reader =
        Formats.named(format)
            .reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name)) {
      reader.forEachRemaining(r -> out.addAll(r.issues()));
    }
    return out;
  }

  @Test
  void ctdcGenderAndCitizenshipSuggestionsAreWithheldInEveryLanguage() {
    List<Issue> issues =
        issues("ctdc", "yearOfRegistration,gender,citizenship\n2019,Femal,NGX\n", "ctdc.csv");
    assertThat(issues)
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-CTDC-004", "MG-CTDC-004");
    for (Locale l : UN_LANGUAGES) {
      assertThat(issues)
          .allSatisfy(
              i ->
                  assertThat(i.toString(l))
                      .as(l.getLanguage())
                      .contains(Words.SUGGESTIONS_WITHHELD.text(l))
                      .doesNotContain("Female")
                      .doesNotContain("Feminine")
                      .doesNotContain("NGA")
                      .doesNotContain("NER"));
    }
  }

  @Test
  void mmpCauseOfDeathSuggestionIsKeptBecauseItIsNotPersonalData() {
    String row =
        "2024.MMP00001,2024.MMP00001,\"Mediterranean\",\"Mon, 01/01/2024 - 12:00\",2024,January,3,4,,1,2,,"
            + "\"Northern Africa\",\"Drownng\",Egypt,\"Off the coast of Libya\",\"IOM Libya\",\"32.9, 13.1\","
            + "\"Central Mediterranean\",https://example.org/x,\"Northern Africa\",4\n";
    List<Issue> issues = issues("mmp", MMP_HEADER + row, "mmp-2024.csv");
    Issue cause =
        issues.stream()
            .filter(i -> i.ruleId().value().equals("MG-MMP-008"))
            .findFirst()
            .orElseThrow();
    assertThat(cause.pointer()).isEqualTo("/causesOfDeath/0");
    for (Locale l : UN_LANGUAGES) {
      assertThat(cause.message(l))
          .as(l.getLanguage())
          .contains("Drowning")
          .doesNotContain(Words.SUGGESTIONS_WITHHELD.text(l));
    }
  }

  @Test
  void personalFieldsAreDecidedByTheModelsMarksAndUnknownPointersCountAsPersonal() {
    assertThat(Suggestions.isPersonal(TraffickingCase.class, "/victims/0/person/gender")).isTrue();
    assertThat(Suggestions.isPersonal(TraffickingCase.class, "/victims/0/person/citizenships"))
        .isTrue();
    assertThat(Suggestions.isPersonal(TraffickingCase.class, "/victims/0/nosuchfield")).isTrue();
    assertThat(Suggestions.isPersonal(TraffickingCase.class, "")).isTrue();
    assertThat(Suggestions.isPersonal(Incident.class, "/causesOfDeath/0")).isFalse();
    assertThat(Suggestions.isPersonal(Incident.class, "/route")).isFalse();
  }
}

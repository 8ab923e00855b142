package org.mignet.formats.mmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Conversion;
import org.mignet.formats.Formats;

/** Read issues of MMP files say what value they found: none of an incident's columns is personal data. */
class MmpIssueValuesTest {

  private static List<Issue> read(String dead, String cause) {
    String csv = "\"Main ID\",\"Incident ID\",Region,\"Incident Date\",Year,\"Reported Month\",\"Number Dead\","
        + "\"Minimum Estimated Number of Missing\",\"Total Number of Dead and Missing\",\"Number of Survivors\","
        + "\"Number of Females\",\"Number of Males\",\"Number of Children\",\"Region of Origin\",\"Cause of Death\","
        + "\"Country of Origin\",\"Location of death\",\"Information Source\",Coordinates,\"Migration route\",URL,"
        + "\"UNSD Geographical Grouping\",\"Source Quality\"\n"
        + "2023.MMP0001,2023.MMP00012,Mediterranean,\"Mon, 01/02/2023 - 12:00\",2023,January," + dead + ",,1,,,,,"
        + "\"Northern Africa\"," + cause + ",Egypt,\"Off Libya\",\"IOM Libya\",\"32.9, 13.1\",\"Central Mediterranean\",,"
        + "\"Northern Africa\",4\n";
    return Conversion.from(Formats.named("mmp")).check(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "mmp.csv", o -> { }).issues();
  }

  @Test
  void aCountWrittenInWordsIsShownInTheIssue() {
    assertThat(read("three", "Drowning")).filteredOn(i -> i.ruleId().equals("MG-MMP-004")).singleElement()
        .satisfies(i -> {
          assertThat(i.value()).hasValue("three");
          assertThat(i.toString()).contains("three");
        });
  }

  @Test
  void aCauseOfDeathNotInTheCodeListIsShownInTheIssue() {
    assertThat(read("1", "Struck by meteorite")).filteredOn(i -> i.ruleId().equals("MG-MMP-008")).singleElement()
        .satisfies(i -> {
          assertThat(i.value()).hasValue("Struck by meteorite");
          assertThat(i.masked()).isFalse();
        });
  }
}

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Incident;
import org.mignet.core.model.PartialDate;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * The 2017 layout's own columns, year and month columns that contradict their date, and sniffing by
 * names.
 */
class MmpLayoutsTest {

  private static final String HEADER_2017 =
      "id,cause_of_death,region_origin,affected_nationality,missing,dead,incident_region,date,source,reliability,lat,lon\n";

  private static List<ReadResult> read(String csv) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named("mmp")
            .reader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv")) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<String> rules(ReadResult r) {
    return r.issues().stream().map(ri -> ri.ruleId().value()).toList();
  }

  @Test
  void readsTheDayFirstDateOfThe2017LayoutAndRefusesOneThatIsNoDay() {
    List<ReadResult> r =
        read(
            HEADER_2017
                + "1,Drowning,,,,1,Mediterranean,5/11/2015,IOM,Verified,36.5,27.1\n"
                + "2,Drowning,,,,1,Mediterranean,31/02/2016,IOM,Verified,36.5,27.1\n"
                + "3,Drowning,,,,1,Mediterranean,11/30/2016,IOM,Verified,36.5,27.1\n");
    assertThat(((Incident) ((ReadResult.Ok) r.get(0)).record()).reportedDate())
        .contains(PartialDate.of(2015, 11, 5));
    assertThat(r.get(1)).isInstanceOf(ReadResult.Failed.class);
    assertThat(rules(r.get(1))).contains("MG-MMP-019");
    assertThat(rules(r.get(2)))
        .as("a month-first date is not taken for a day-first one")
        .contains("MG-MMP-019");
    assertThat(
            r.get(2).issues().stream()
                .filter(i -> i.ruleId().value().equals("MG-MMP-019"))
                .findFirst()
                .orElseThrow()
                .message())
        .contains("Column date", "day/month/year");
  }

  @Test
  void refusesHalfAPositionAndReadsNeither() {
    List<ReadResult> r =
        read(
            HEADER_2017
                + "1,Drowning,,,,1,Mediterranean,05/11/2015,IOM,Verified,36.5,\n"
                + "2,Drowning,,,,1,Mediterranean,05/11/2015,IOM,Verified,,\n"
                + "3,Drowning,,,,1,Mediterranean,05/11/2015,IOM,Verified,36.5,0x1p3\n");
    assertThat(rules(r.get(0))).contains("MG-MMP-020");
    assertThat(
            r.get(0).issues().stream()
                .filter(i -> i.ruleId().value().equals("MG-MMP-020"))
                .findFirst()
                .orElseThrow()
                .message())
        .contains("lat", "lon");
    assertThat(r.get(1)).isInstanceOf(ReadResult.Ok.class);
    assertThat(((Incident) ((ReadResult.Ok) r.get(1)).record()).place()).isEmpty();
    assertThat(rules(r.get(2))).contains("MG-MMP-020");
  }

  @Test
  void aYearOrMonthThatContradictsItsDateIsAnErrorNamingBothColumns() {
    String header =
        "\"Web ID\",\"Reported Date\",\"Reported Year\",\"Reported Month\",\"Number Dead\"\n";
    List<ReadResult> r =
        read(
            header
                + "1,\"August 31, 2021\",2021,Aug,1\n"
                + "2,\"August 31, 2021\",2020,Aug,1\n"
                + "3,\"August 31, 2021\",2021,Jul,1\n"
                + "4,,2021,8,1\n");
    assertThat(r.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(rules(r.get(1))).containsExactly("MG-MMP-017");
    assertThat(r.get(1).issues().get(0).message()).contains("Reported Year", "Reported Date");
    assertThat(r.get(1).issues().get(0).pointer()).isEqualTo("/reportedDate");
    assertThat(rules(r.get(2))).containsExactly("MG-MMP-017");
    assertThat(r.get(2).issues().get(0).message()).contains("Reported Month");
    // without the date, the year and a numeric month stand for it
    assertThat(((Incident) ((ReadResult.Ok) r.get(3)).record()).reportedDate())
        .contains(PartialDate.ofMonth(2021, 8));
  }

  @Test
  void a2017ColumnBesideAnIncidentIdIsKeptAsAnUnknownColumnNotReadAsTheId() {
    List<ReadResult> r =
        read("\"Incident ID\",\"Incident Date\",id,date\nA1,2023-01-02,7,02/01/2023\n");
    Incident inc = (Incident) ((ReadResult.Ok) r.get(0)).record();
    assertThat(inc.meta().identifier().value()).isEqualTo("A1");
    assertThat(inc.meta().identifier().system()).isEqualTo("https://missingmigrants.iom.int");
    assertThat(inc.meta().extensions())
        .containsEntry("mmp:id", "7")
        .containsEntry("mmp:date", "02/01/2023");
    assertThat(rules(r.get(0))).containsExactly("MG-MMP-002", "MG-MMP-002");
  }

  @Test
  void sniffsThe2017LayoutByItsOwnNamesButNotAGenericTableOfTheSameWords() {
    assertThat(Formats.named("mmp").sniff(HEADER_2017.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(
            Formats.named("mmp")
                .sniff(
                    "id,date,dead,missing,source,lat,lon,region\n1,2020-01-01,1,,x,1,2,y\n"
                        .getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(
            Formats.named("mmp").sniff("\"Web ID\",Name\n1,x\n".getBytes(StandardCharsets.UTF_8)))
        .as("an id without a date is no MMP layout")
        .isFalse();
  }

  @Test
  void textKeptFromACellIsUnderANamespacedKeyThatTheExchangeProfileAccepts() {
    // a country of origin that is no ISO 3166 country is kept as written (MG-MMP-011), under the
    // reader's own namespace, so that the exchange profile's rule on agency keys (MG-META-014)
    // does not flag mignet's own reader
    List<ReadResult> r =
        read(
            "\"Web ID\",\"Reported Date\",\"Number Dead\",\"Country of Origin\"\n"
                + "1,\"August 31, 2021\",1,\"Somewhere Else\"\n");
    Incident inc = (Incident) ((ReadResult.Ok) r.get(0)).record();
    assertThat(inc.meta().extensions()).containsEntry("mmp:countryOfOrigin", "Somewhere Else");
    assertThat(
            org.mignet.core.validation.Validation.standard()
                .validate(inc, org.mignet.core.validation.Profile.EXCHANGE)
                .issues())
        .extracting(ri -> ri.ruleId().value())
        .doesNotContain("MG-META-014");
  }
}

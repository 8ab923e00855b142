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
package org.mignet.formats.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.TraffickingCase;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.htcds.internal.HtcdsReadRules;

/**
 * A CSV export of the HTCDS XLSForm's submissions, as ODK and KoBoToolbox write it: select_multiple
 * answers are codes separated by spaces (as in the form's XML submissions), a question in a group
 * is named by its path ("group/field" in KoBo, "group-field" in ODK), and the servers add their own
 * metadata columns.
 */
class HtcdsOdkExportTest {

  private static List<ReadResult> read(String csv) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named(Htcds.TABLE)
            .reader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "odk.csv")) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static TraffickingCase only(List<ReadResult> results) {
    assertThat(results).hasSize(1).first().isInstanceOf(ReadResult.Ok.class);
    return (TraffickingCase) ((ReadResult.Ok) results.get(0)).record();
  }

  private static final String KOBO =
      "start,end,con_Consent,prs_First_Name,prs_Gender,prs_Citizenship,vic_TypeOfExploitation,"
          + "vic_TypeOfExploitation/ForcedLabour,vic_TypeOfExploitation/SexualExploitation,"
          + "meta/instanceID,_id,_uuid,_submission_time,_index\n"
          + "2024-01-02T10:00:00.000+01:00,2024-01-02T10:05:00.000+01:00,TRUE,Ana,Feminine,AO FJ,"
          + "ForcedLabour SexualExploitation,1,1,uuid:1234,17,1234,2024-01-02T09:06:00,1\n";

  @Test
  void readsTheSpaceSeparatedSelectMultipleAnswersOfAKoboExport() {
    List<ReadResult> r = read(KOBO);
    TraffickingCase c = only(r);
    assertThat(c.victims().get(0).person().citizenships()).containsExactly("AGO", "FJI");
    assertThat(c.victims().get(0).exploitationTypes())
        .containsExactly("ForcedLabour", "SexualExploitation");
    assertThat(r.get(0).issues())
        .extracting(i -> i.ruleId().value())
        .doesNotContain(HtcdsReadRules.UNKNOWN_CODE);
  }

  @Test
  void readsQuestionsInGroupsByTheFieldTheirPathEndsIn() {
    String csv =
        "group_person/prs_First_Name,group_person/prs_Gender,group_person-prs_Citizenship,"
            + "grp_a/grp_b/vic_TypeOfExploitation,meta-instanceID,KEY\n"
            + "Ana,Feminine,AO FJ,ForcedLabour,uuid:1,uuid:1\n";
    List<ReadResult> r = read(csv);
    TraffickingCase c = only(r);
    assertThat(c.victims().get(0).person().names().get(0).givenNames()).containsExactly("Ana");
    assertThat(c.victims().get(0).person().gender()).hasValue("Feminine");
    assertThat(c.victims().get(0).person().citizenships()).containsExactly("AGO", "FJI");
    assertThat(c.victims().get(0).exploitationTypes()).containsExactly("ForcedLabour");
    assertThat(c.meta().extensions()).doesNotContainKey("htcds:group_person/prs_First_Name");
    assertThat(r.get(0).issues())
        .filteredOn(i -> i.ruleId().value().equals(HtcdsReadRules.ALIAS_COLUMN))
        .hasSize(4);
  }

  @Test
  void aFieldNamedTwiceThroughTwoGroupsIsRefused() {
    List<ReadResult> r = read("g1/prs_FirstName,g2/prs_FirstName,prs_Gender\nAna,Ann,Feminine\n");
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(r.get(0).issues())
        .extracting(i -> i.ruleId().value())
        .containsExactly(HtcdsReadRules.DUPLICATE_COLUMN);
  }

  @Test
  void aTableThatIsNoOdkExportStillSplitsAtSemicolonsOnly() {
    TraffickingCase c =
        only(
            read(
                ",prs_Gender,prs_Citizenship,vic_TypeOfExploitation\nc1,Feminine,AO;FJ,"
                    + "ForcedLabour; SexualExploitation\n"));
    assertThat(c.victims().get(0).person().citizenships()).containsExactly("AGO", "FJI");
    assertThat(c.victims().get(0).exploitationTypes())
        .containsExactly("ForcedLabour", "SexualExploitation");
  }

  @Test
  void recognisesAKoboExportWithGroupsAsHtcds(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("kobo.csv"),
            "start,end,g/con_Consent,g/prs_First_Name,g/prs_Gender,g/prs_Citizenship,_uuid\n"
                + "a,b,TRUE,Ana,Feminine,AO,1\n");
    assertThat(Formats.sniff(file).map(Format::name)).contains(Htcds.TABLE);
  }
}

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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Issue 8.5: the Missing Migrants readers report duplicates and undecodable bytes where they are.
 */
class MmpStrictReadingTest {

  private static final String HEADER = "\"Incident ID\",\"Incident Date\",\"Number Dead\",Region";

  private static List<ReadResult> read(byte[] bytes) {
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader reader =
        Formats.named("mmp").reader(new ByteArrayInputStream(bytes), "mmp.csv")) {
      reader.forEachRemaining(results::add);
    }
    return results;
  }

  @Test
  void reportsADuplicateHeaderWithItsColumns() {
    String csv = HEADER + ",\"Number Dead\"\n2024.MMP1,2024-01-01,3,Mediterranean,4\n";
    List<ReadResult> results = read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(results).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue issue = results.get(0).issues().get(0);
    assertThat(issue.ruleId().value()).isEqualTo("MG-MMP-014");
    assertThat(issue.location().line()).isEqualTo(1);
    assertThat(issue.location().column()).isEqualTo(5);
    assertThat(issue.message()).contains("Number Dead", "3, 5");
  }

  @Test
  void refusesBytesThatWindows1252HasNoCharacterForWithTheirLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((HEADER + "\n2024.MMP1,2024-01-01,3,C").getBytes(StandardCharsets.US_ASCII));
    out.write(0xF4);
    out.writeBytes("te\n2024.MMP2,2024-01-02,1,".getBytes(StandardCharsets.US_ASCII));
    out.write(0x81);
    out.write('\n');
    List<ReadResult> results = read(out.toByteArray());
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    Issue issue = results.get(1).issues().get(0);
    assertThat(issue.ruleId().value()).isEqualTo("MG-MMP-016");
    assertThat(issue.location().line()).isEqualTo(3);
    assertThat(issue.message()).contains("windows-1252");
  }

  @Test
  void reportsADuplicateApiKeyWithItsPointer() {
    String json =
        "[{\"web_id\": \"1\", \"reported_date\": \"2024-01-01\", \"number_dead\": 1},\n"
            + " {\"web_id\": \"2\", \"reported_date\": \"2024-01-02\",\n  \"number_dead\": 1, \"number_dead\": 2}]";
    List<ReadResult> results = read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(results).hasSize(2);
    assertThat(results.get(1)).isInstanceOf(ReadResult.Failed.class);
    Issue issue =
        results.get(1).issues().stream()
            .filter(i -> i.ruleId().value().equals("MG-MMP-015"))
            .findFirst()
            .orElseThrow();
    assertThat(issue.pointer()).isEqualTo("/1/number_dead");
    assertThat(issue.location().line()).isEqualTo(3);
  }
}

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
package org.mignet.formats.hxl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/** Every measure cell of an HXL table is accounted for: a number, empty, or not a number. */
class HxlMeasureCellsTest {

  // four data rows and one blank row; measure cells: row 1 two numbers, row 2 one number and one
  // text ("many"), row 3 one text ("n/a") and one empty, row 4 two numbers
  private static final String TABLE =
      "Country,Admin 1,Affected (women),Affected (men)\n"
          + "#country+code,#adm1+name,#affected+f,#affected+m\n"
          + "KEN,Nairobi,10,12\n"
          + "KEN,Mombasa,many,7\n"
          + "KEN,Kisumu,n/a,\n"
          + ",,,\n"
          + "KEN,Nakuru,3,4\n";

  private final List<Observation> observations = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();
  private int failed;

  private void read() throws Exception {
    try (RecordReader r =
        Formats.named("hxl")
            .reader(
                new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)),
                "t.csv",
                FormatOptions.none())) {
      while (r.hasNext()) {
        ReadResult x = r.next();
        if (x instanceof ReadResult.Ok ok) {
          observations.addAll(((Dataset) ok.record()).observations());
          issues.addAll(ok.issues());
        } else {
          failed++;
          issues.addAll(((ReadResult.Failed) x).issues());
        }
      }
    }
  }

  private Issue summary() {
    return issues.stream()
        .filter(i -> i.ruleId().value().equals("MG-HXL-012"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSummaryCountsMeasureCellsThatAreNotNumbers() throws Exception {
    read();
    // data rows 4; 3 gave observations; 5 observations; 0 rows without any value; 1 empty cell;
    // 1 rejected (Kisumu: its only filled cell is text); 1 blank row; 2 cells not numbers
    assertThat(summary().arguments())
        .extracting(a -> ((Number) a).longValue())
        .containsExactly(4L, 3L, 5L, 0L, 1L, 1L, 1L, 2L);
    assertThat(observations).hasSize(5);
    assertThat(failed).isEqualTo(1);
  }

  @Test
  void eachMeasureCellThatIsNotANumberIsReportedWithItsLineAndColumn() throws Exception {
    read();
    assertThat(issues.stream().filter(i -> i.ruleId().value().equals("MG-HXL-009")))
        .extracting(
            i -> i.location().lineNumber().orElse(0) + ":" + i.location().columnNumber().orElse(0))
        .containsExactlyInAnyOrder("4:3", "5:3");
  }
}

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
package org.mignet.examples.partner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mignet.formats.testing.MignetAssertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.Profile;
import org.mignet.formats.tabular.MappingSpec;
import org.mignet.formats.testing.FileReport;
import org.mignet.formats.testing.MignetFiles;

/**
 * What a partner puts in its own JUnit tests to check a spreadsheet before sending it: the sheet
 * converts through the agreed mapping spec and passes the exchange rules. One passing case, and one
 * failing case showing the message the partner reads.
 */
class PartnerSpreadsheetTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PartnerSpreadsheetTest.class.getResource(name).toURI());
  }

  @Test
  void theStockSheetWeSendPassesTheExchangeRules() throws Exception {
    MappingSpec spec = MappingSpec.read(resource("stock-spec.json"));

    FileReport report = MignetFiles.validate(resource("stock-good.csv"), spec, Profile.STRUCTURAL);

    // its four rows are one dataset of four observations
    assertThat(report).hasRead(1).hasNoErrors();
  }

  @Test
  void aBrokenSheetFailsWithTheRowColumnAndReason() throws Exception {
    MappingSpec spec = MappingSpec.read(resource("stock-spec.json"));

    FileReport report = MignetFiles.validate(resource("stock-bad.csv"), spec, Profile.STRUCTURAL);

    assertThat(report).hasIssue("MG-TAB-008").hasIssue("MG-TAB-009").hasIssue("MG-TAB-006");
    // The message a partner reads when it writes assertThat(report).hasNoErrors() on this sheet:
    //   Expected stock-bad.csv to have no errors, but 3 of 4 rows or records did not pass:
    //     ERROR MG-TAB-008 / @ stock-bad.csv:3:1 record 3: Column Country: "Narnia" is no code,
    // name or alias ...
    //     ERROR MG-TAB-009 / @ stock-bad.csv:4:3 record 4: Column Sex: "Both" is not in the spec's
    // value map.
    //     ERROR MG-TAB-006 / @ stock-bad.csv:5:4 record 5: Expected a number (grouping ',', decimal
    // '.') ...
    assertThatThrownBy(() -> assertThat(report).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("3 of 4 rows or records did not pass")
        .hasMessageContaining("stock-bad.csv:3:1")
        .hasMessageContaining("\"Narnia\" is no code, name or alias");
  }
}

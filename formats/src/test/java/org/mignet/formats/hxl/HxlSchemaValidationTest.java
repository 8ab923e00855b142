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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * HXL schemas ({@code #valid_*} rules as libhxl's hxlvalidate applies them) on tables read by their
 * hashtags.
 */
class HxlSchemaValidationTest {

  @TempDir Path dir;

  private static final String TABLE =
      """
      Org,Province,Sector,Women,Men,Date,Email
      #org,#adm1+code,#sector,#affected+f,#affected+m,#date+reported,#contact+email
      UNHCR,HT01,WASH,100,90,2024-01-31,a@example.org
      ,HT01,Health ,5,x,2024-02-30,not-an-email
      IOM,ht9,WASH,-3,4,2024-03-01,b@example.org
      UNHCR,HT01,WASH,7,8,2024-04-01,c@example.org
      """;

  private List<Issue> validate(String schema) throws IOException {
    Path s = dir.resolve("schema.csv");
    Files.writeString(s, schema);
    List<Issue> issues = new ArrayList<>();
    try (RecordReader r =
        Formats.named("hxl")
            .reader(
                new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)),
                "t.csv",
                FormatOptions.none().with(HxlDatasets.SCHEMA, s))) {
      while (r.hasNext()) {
        ReadResult x = r.next();
        issues.addAll(
            x instanceof ReadResult.Ok ok ? ok.issues() : ((ReadResult.Failed) x).issues());
      }
    }
    return issues.stream()
        .filter(
            i ->
                i.ruleId().value().compareTo("MG-HXL-015") >= 0
                    && i.ruleId().value().compareTo("MG-HXL-024") <= 0)
        .toList();
  }

  private static String at(Issue i) {
    return i.ruleId().value()
        + "@"
        + i.location().lineNumber().orElse(0)
        + ":"
        + i.location().columnNumber().orElse(0);
  }

  @Test
  void reportsARequiredCellThatIsEmptyWithLineAndColumn() throws IOException {
    assertThat(validate("#valid_tag,#valid_required\n#org,true\n"))
        .extracting(HxlSchemaValidationTest::at)
        .containsExactly("MG-HXL-016@4:1");
  }

  @Test
  void reportsARequiredTagThatNoColumnHasOnce() throws IOException {
    assertThat(validate("#valid_tag,#valid_required,#valid_severity\n#inneed,true,warning\n"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("MG-HXL-017");
              assertThat(i.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void checksDatatypesOfNumbersDatesAndEmails() throws IOException {
    assertThat(
            validate(
                "#valid_tag,#valid_datatype\n#affected,number\n#date,date\n#contact+email,email\n"))
        .extracting(HxlSchemaValidationTest::at)
        .containsExactlyInAnyOrder("MG-HXL-018@4:5", "MG-HXL-018@4:6", "MG-HXL-018@4:7");
  }

  @Test
  void checksNumericRangesOnEveryMatchingColumn() throws IOException {
    assertThat(validate("#valid_tag,#valid_value+min,#valid_value+max\n#affected,0,95\n"))
        .extracting(HxlSchemaValidationTest::at)
        .containsExactlyInAnyOrder("MG-HXL-019@3:4", "MG-HXL-018@4:5", "MG-HXL-019@5:4");
  }

  @Test
  void checksListsIgnoringCaseAndSpacesAndRegexesAnchoredAtTheStart() throws IOException {
    assertThat(
            validate(
                "#valid_tag,#valid_value+list,#valid_value+regex\n#sector,wash|health,\n"
                    + "#adm1+code,,HT[0-9]{2}\n"))
        .extracting(HxlSchemaValidationTest::at)
        .containsExactly("MG-HXL-021@5:2");
  }

  @Test
  void reportsExtraWhitespace() throws IOException {
    assertThat(validate("#valid_tag,#valid_value+whitespace\n#sector,true\n"))
        .extracting(HxlSchemaValidationTest::at)
        .containsExactly("MG-HXL-023@4:3");
  }

  @Test
  void reportsRepeatedValuesAndKeysWithTheLineOfTheFirst() throws IOException {
    List<Issue> issues =
        validate("#valid_tag,#valid_unique,#valid_unique+key\n#org,,#org,#sector\n");
    assertThat(issues).extracting(HxlSchemaValidationTest::at).containsExactly("MG-HXL-022@6:1");
    assertThat(issues.get(0).arguments().get(2)).isEqualTo(3L);
  }

  @Test
  void countsFilledMatchingCellsForRequiredMinAndMax() throws IOException {
    assertThat(validate("#valid_tag,#valid_required+min\n#affected,2\n#org,1\n"))
        .extracting(HxlSchemaValidationTest::at)
        .containsExactly("MG-HXL-024@4:1");
  }

  @Test
  void excludesAttributesAndMatchesEveryTagWithTheWildcard() throws IOException {
    assertThat(validate("#valid_tag,#valid_required\n#affected-m,true\n#*-email,true\n"))
        .extracting(HxlSchemaValidationTest::at)
        .containsExactly("MG-HXL-016@4:1");
  }

  @Test
  void refusesASchemaWithARuleItDoesNotApplyOrABadPatternBeforeReadingARow() throws IOException {
    for (String schema :
        List.of(
            "#valid_tag,#valid_value+spelling\n#org,true\n",
            "#valid_tag,#valid_value+regex\n#org,(a\n",
            "#valid_tag,#valid_datatype\n#org,colour\n",
            "#valid_tag,#valid_severity\n#org,fatal\n",
            "#org,#sector\nx,y\n")) {
      List<Issue> issues = validate(schema);
      assertThat(issues)
          .as(schema)
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.ruleId().value()).isEqualTo("MG-HXL-015");
                assertThat(i.severity()).isEqualTo(Severity.FATAL);
              });
    }
  }

  @Test
  void refusesToCheckACanonicalTableRatherThanPassItUnchecked() throws IOException {
    Path s = dir.resolve("schema.csv");
    Files.writeString(s, "#valid_tag,#valid_required\n#meta,true\n");
    byte[] canonical =
        "/recordType,/meta/identifier/value\n#meta+type,#meta+id\nDataset,x\n"
            .getBytes(StandardCharsets.UTF_8);
    List<ReadResult> all = new ArrayList<>();
    try (RecordReader r =
        Formats.named("hxl")
            .reader(
                new ByteArrayInputStream(canonical),
                "c.csv",
                FormatOptions.none().with(HxlDatasets.SCHEMA, s))) {
      r.forEachRemaining(all::add);
    }
    assertThat(all)
        .singleElement()
        .isInstanceOfSatisfying(
            ReadResult.Failed.class,
            f ->
                assertThat(f.issues())
                    .extracting(ri -> ri.ruleId().value())
                    .containsExactly("MG-HXL-015"));
  }

  @Test
  void aValidTableBreaksNoRuleOfASchemaItMeets() throws IOException {
    assertThat(
            validate(
                "#valid_tag,#valid_required,#valid_datatype\n#adm1,true,\n#affected+f,,number\n"))
        .isEmpty();
  }
}

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;

/**
 * Each issue about a value that is not personal data carries it (in {@code value} and in the
 * message as shown), format family by format family; a personal value is withheld everywhere:
 * value, message, toString and what the run prints.
 */
class IssueValuesTest {

  @TempDir Path tmp;

  /**
   * Every issue of reading and checking a file of a format, with what the run printed on System.out
   * and err.
   */
  private record Run(List<Issue> issues, String printed) {
    Issue first(String rule) {
      return issues.stream()
          .filter(i -> i.ruleId().value().equals(rule))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + rule + " in " + issues));
    }
  }

  private static Run check(String format, FormatOptions options, String text) {
    List<Issue> issues = new ArrayList<>();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Conversion.from(Formats.named(format))
          .options(options)
          .validating(Validation.standard(), Profile.STRUCTURAL)
          .check(
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
              "input",
              o -> issues.addAll(o.issues()));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Run(issues, printed.toString(StandardCharsets.UTF_8));
  }

  /**
   * The value is carried and shown: in {@code value} and in the text of the issue, once (a message
   * that holds the value already is not followed by it again).
   */
  private static void carries(Issue i, String value) {
    assertThat(i.value()).as("%s", i).contains(value);
    assertThat(i.masked()).isFalse();
    assertThat(i.describe(Locale.ENGLISH)).containsOnlyOnce(value);
    assertThat(i.toString()).containsOnlyOnce(value);
    // in other languages too, never twice (Arabic may write a number in its own digits)
    for (Locale l : List.of(Locale.FRENCH, Locale.forLanguageTag("ar"), Locale.CHINESE)) {
      String text = i.describe(l);
      assertThat(text.indexOf(value)).as("%s: %s", l, text).isEqualTo(text.lastIndexOf(value));
    }
  }

  /** The value is withheld everywhere. */
  private static void withholds(Run run, Issue i, String value) {
    assertThat(i.value()).as("%s", i).isEmpty();
    assertThat(i.masked()).isTrue();
    assertThat(i.message()).doesNotContain(value);
    assertThat(i.describe(Locale.ENGLISH)).doesNotContain(value);
    assertThat(i.toString()).doesNotContain(value);
    assertThat(run.printed()).doesNotContain(value);
  }

  @Test
  void hxlIssuesCarryTheCellOrHashtagFound() {
    Run run =
        check(
            "hxl",
            FormatOptions.none(),
            """
        Country,Affected,Something
        #country+code,#affected,#nonsense&
        AFG,lots,1
        """);
    carries(run.first(org.mignet.formats.internal.HxlRules.NOT_A_NUMBER), "lots");
    carries(run.first(org.mignet.formats.internal.TabularRules.BAD_HASHTAG), "#nonsense&");
    // thousands separators are not guessed: the number as written is the value, shown once
    Run separated =
        check(
            "hxl",
            FormatOptions.none(),
            """
        Country,Affected
        #country+code,#affected
        AFG,"1,200"
        """);
    carries(separated.first(org.mignet.formats.internal.HxlRules.NOT_A_NUMBER), "1,200");
  }

  @Test
  void sdmxCsvIssuesCarryWhatWasFound() {
    Run run =
        check(
            "sdmx-csv",
            FormatOptions.none(),
            """
        DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE
        ESTAT:MIGR(1.0),GRC,2024,5,7
        """);
    carries(run.first(org.mignet.formats.internal.SdmxRules.FIELD_COUNT), "5");
  }

  @Test
  void aLabelsOnlySdmxCsvExportCarriesTheFirstLabelFound() {
    Run run =
        check(
            "sdmx-csv",
            FormatOptions.none(),
            """
        DATAFLOW,LAST UPDATE,freq,sex,geo,TIME_PERIOD,OBS_VALUE
        ESTAT:MIGR_EIPRE(1.0),,Annual,Males,Austria,2021,5
        """);
    carries(run.first(org.mignet.formats.internal.SdmxRules.LABEL_VALUES), "Annual");
  }

  @Test
  void jsonStatIssuesCarryTheClassFound() {
    Run run =
        check(
            "json-stat",
            FormatOptions.none(),
            """
        {"version": "2.0", "class": "spreadsheet", "id": [], "size": [], "value": []}
        """);
    carries(
        run.first(org.mignet.formats.jsonstat.internal.JsonStatRules.NO_DATA_CLASS), "spreadsheet");
  }

  @Test
  void sdmxStructureMessagesCarryTheCodeGivenTwice() throws IOException {
    String structure =
        ConformanceVectors.sdmxStructure()
            .replace("<str:Code id=\"_T\"/>", "<str:Code id=\"_T\"/><str:Code id=\"_T\"/>");
    List<Issue> issues =
        org.mignet.formats.sdmx.SdmxStructures.read(
                new ByteArrayInputStream(structure.getBytes(StandardCharsets.UTF_8)), "dsd.xml")
            .issues();
    carries(
        issues.stream()
            .filter(
                i ->
                    i.ruleId()
                        .value()
                        .equals(org.mignet.formats.internal.SdmxRules.STRUCTURE_CONTENT))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no MG-SDMX-016 in " + issues)),
        "_T");
  }

  @Test
  void jsonStatTypeErrorsCarryTheMemberFound() {
    Run size =
        check(
            "json-stat",
            FormatOptions.none(),
            """
        {"version": "2.0", "class": "dataset", "id": ["sex"], "size": "two",
         "dimension": {"sex": {"category": {"index": ["F", "M"]}}}, "value": [1, 2]}
        """);
    carries(size.first(org.mignet.formats.jsonstat.internal.JsonStatRules.WRONG_TYPE), "two");
    Run cls =
        check(
            "json-stat",
            FormatOptions.none(),
            """
        {"version": "2.0", "class": ["dataset"]}
        """);
    carries(
        cls.first(org.mignet.formats.jsonstat.internal.JsonStatRules.WRONG_TYPE), "[\"dataset\"]");
  }

  @Test
  void ctdcIssuesCarryTheYearFoundButWithholdTheAgeBandOfAVictim() {
    Run run =
        check(
            "ctdc",
            FormatOptions.none(),
            """
        yearOfRegistration,ageBroad,gender
        20x9,18--29,Female
        """);
    carries(run.first("MG-CTDC-005"), "20x9");
    Issue band = run.first("MG-CTDC-009");
    assertThat(band.pointer()).isEqualTo("/victims/0/person/age");
    withholds(run, band, "18--29");
  }

  @Test
  void htcdsNumbersAboutAVictimAreWithheldAndSaidToBe() {
    Run run =
        check(
            "htcds",
            FormatOptions.none(),
            """
        ,prs_Gender,vic_AgeWhenTrafficked
        c1,Masculine,about twenty
        """);
    withholds(run, run.first("MG-HTCDS-009"), "about twenty");
  }

  @Test
  void statisticsRulesCarryTheKeyOrTheDimensionsFound() {
    com.fasterxml.jackson.databind.node.ObjectNode dataset = ConformanceVectors.base("Dataset");
    ((com.fasterxml.jackson.databind.node.ObjectNode) dataset.at("/observations/1/dimensions"))
        .put("SEX", "F");
    ((com.fasterxml.jackson.databind.node.ObjectNode) dataset.at("/observations/4/dimensions"))
        .remove("SEX");
    Run run = check("json", FormatOptions.none(), dataset.toString());
    carries(run.first("MG-STAT-002"), "GRC.PAK.F.2024");
    carries(run.first("MG-STAT-001"), "REF_AREA, CITIZENSHIP, TIME_PERIOD");
  }

  private Path spec(String json) throws IOException {
    Path p = tmp.resolve("spec.json");
    Files.writeString(p, json);
    return p;
  }

  @Test
  void mappedTablesCarryCellsAndHeadersOfStatisticsButWithholdCellsOfPersons() throws IOException {
    Path incidents =
        spec(
            """
        {"mappingSpec": "1.0", "name": "incidents", "recordType": "Incident",
         "constants": {"/meta/identifier/system": "urn:test"},
         "columns": [
           {"column": "Id", "to": "/meta/identifier/value", "required": true},
           {"column": "Date", "to": "/date", "dateFormats": ["dd/MM/yyyy"]},
           {"column": "Dead", "to": "/dead"},
           {"column": "Route", "to": "/route"}]}
        """);
    Run run =
        check(
            "csv",
            FormatOptions.none().with(FormatOptions.MAPPING, incidents),
            """
        Id,Date,Dead,Route,Remark
        I-1,01/02/2024,many,Central Mediterranean,x
        I-2,the second of March,2,Central Mediterranean,
        """);
    carries(run.first("MG-TAB-006"), "many");
    carries(run.first("MG-TAB-007"), "the second of March");
    carries(run.first("MG-TAB-015"), "Remark");

    Path persons =
        spec(
            """
        {"mappingSpec": "1.0", "name": "persons", "recordType": "Person",
         "constants": {"/meta/identifier/system": "urn:test", "/names/0/use": "PRIMARY"},
         "columns": [
           {"column": "Id", "to": "/meta/identifier/value", "required": true},
           {"column": "Name", "to": "/names/0/fullName"},
           {"column": "Born", "to": "/birthDate", "dateFormats": ["dd/MM/yyyy"]},
           {"column": "Sex", "to": "/sex", "values": {"f": "FEMALE", "m": "MALE"}, "strictValues": true}]}
        """);
    Run people =
        check(
            "csv",
            FormatOptions.none().with(FormatOptions.MAPPING, persons),
            """
        Id,Name,Born,Sex
        P-1,Amina Exemplar,born on 17 May 1990,f
        """);
    withholds(people, people.first("MG-TAB-007"), "born on 17 May 1990");
    assertThat(people.printed()).doesNotContain("Amina Exemplar");
  }

  /** ICAO Doc 9303 Part 4's specimen passport, with the issuing state and the name changed. */
  private static final String TD3 =
      """
      P<ZZZERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
      L898902C36UTO7408122F1204159ZE184226B<<<<<10
      """;

  @Test
  void mrzIssuesCarryTheIssuingStateButNeverTheNameNumberOrBirthDate() {
    Run run = check("mrz", FormatOptions.none(), TD3);
    carries(run.first("MG-MRZ-011"), "ZZZ");
    Issue name = run.first("MG-MRZ-007");
    assertThat(name.pointer()).startsWith("/holderName");
    withholds(run, name, "ERIKSS0N");
    for (Issue i : run.issues()) {
      for (String personal : List.of("ERIKSS0N", "ANNA", "MARIA", "L898902C3", "740812")) {
        assertThat(i.value().orElse("")).as("%s", i).doesNotContain(personal);
        assertThat(i.describe(Locale.ENGLISH)).as("%s", i).doesNotContain(personal);
        assertThat(i.toString()).doesNotContain(personal);
      }
    }
    assertThat(run.printed()).doesNotContain("ERIKSS0N").doesNotContain("L898902C3");
  }
}

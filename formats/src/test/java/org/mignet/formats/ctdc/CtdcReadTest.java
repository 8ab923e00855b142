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
package org.mignet.formats.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.ctdc.internal.CtdcReadRules;
import org.mignet.formats.internal.Words;

/**
 * Conformance on synthetic fixtures that follow the CTDC dictionaries (CTDC.md §3 Global Dataset,
 * §4 synthetic layouts; see the README beside the fixtures), with exact expected records; and bad
 * input.
 */
class CtdcReadTest {

  static List<ReadResult> readResource(String name) {
    InputStream in = CtdcReadTest.class.getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r = Formats.named(Ctdc.NAME).reader(in, name)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  static List<ReadResult> read(String csv) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named(Ctdc.NAME)
            .reader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bad.csv")) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  static TraffickingCase record(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    return (TraffickingCase) ((ReadResult.Ok) r).record();
  }

  private static TraffickingCase expected(
      String file,
      int row,
      Integer year,
      String gender,
      AgeRange age,
      String citizenship,
      String exploitationCountry,
      List<String> moc,
      List<String> exp,
      String industry,
      List<String> sex,
      String relation,
      Map<String, Object> ext) {
    Identifier id = Identifier.of("urn:mignet:ctdc", file + "#row" + row);
    Person.Builder p =
        Person.builder(RecordMeta.of(id.system(), id.value() + "#victim")).gender(gender);
    if (age != null) {
      p.age(new ReportedAge(age, Optional.ofNullable(year).map(PartialDate::ofYear)));
    }
    if (citizenship != null) {
      p.citizenship(citizenship);
    }
    Victim.Builder v =
        Victim.builder(p.build())
            .methodOfControl(moc.toArray(String[]::new))
            .exploitationType(exp.toArray(String[]::new))
            .forcedLabourIndustry(industry)
            .sexualExploitationType(sex.toArray(String[]::new))
            .relationshipToTrafficker(relation);
    if (exploitationCountry != null) {
      v.exploitationPlace(Place.country(exploitationCountry));
    }
    RecordMeta meta = RecordMeta.of(id);
    for (Map.Entry<String, Object> e : ext.entrySet()) {
      meta = meta.withExtension(e.getKey(), e.getValue());
    }
    TraffickingCase.Builder c = TraffickingCase.builder(meta).victim(v.build());
    if (year != null) {
      c.opened(PartialDate.ofYear(year));
    }
    return c.build();
  }

  @Test
  void readsTheGlobalDataset2018LayoutIntoExactRecords() {
    String f = "global-dataset-2018.csv";
    List<ReadResult> r = readResource(f);
    assertThat(r).hasSize(3);
    assertThat(record(r.get(0)))
        .isEqualTo(
            expected(
                f,
                2,
                2016,
                "Feminine",
                AgeRange.of(9, 17),
                "UKR",
                "RUS",
                List.of("DebtBondage", "TakesEarnings", "PhysicalThreats"),
                List.of("SexualExploitation"),
                null,
                List.of("Prostitution"),
                null,
                Map.of(
                    "ctdc:Datasource",
                    "Case Management",
                    "ctdc:majorityStatusAtExploit",
                    "Minor",
                    "ctdc:meansOfControlRestrictsMovement",
                    "1")));
    assertThat(record(r.get(1)))
        .isEqualTo(
            expected(
                f,
                3,
                2015,
                "Masculine",
                AgeRange.of(30, 38),
                "MEX",
                "USA",
                List.of("FalsePromises", "PsychoactiveSubstance", "WithholdsDocuments"),
                List.of("ForcedLabour"),
                "A_AgricultureForestryAndFishing",
                List.of(),
                "Acquainted",
                Map.of(
                    "ctdc:Datasource",
                    "Hotline",
                    "ctdc:typeOfLabourConstruction",
                    "1",
                    "ctdc:recruiterRelationIntimatePartner",
                    "1")));
    assertThat(record(r.get(2)))
        .isEqualTo(
            expected(
                f,
                4,
                2017,
                null,
                AgeRange.of(48, 150),
                null,
                null,
                List.of("ThreatensChildrenFamily", "ThreatsLawEnforcement"),
                List.of("ForcedMarriage"),
                null,
                List.of(),
                "Familial",
                Map.of(
                    "ctdc:Datasource",
                    "Case Management",
                    "ctdc:gender",
                    "Trans/Transgender/NonConforming",
                    "ctdc:isAbduction",
                    "1")));
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsOnly(CtdcReadRules.DERIVED_COLUMN)
        .hasSize(6);
    assertThat(r.get(1).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly(CtdcReadRules.SEVERAL_VALUES);
    assertThat(r.get(2).issues()).isEmpty();
  }

  @Test
  void readsThe2021SyntheticTsvWithItsTruncatedHeader() {
    String f = "synthetic-2021.tsv";
    List<ReadResult> r = readResource(f);
    assertThat(r).hasSize(2);
    assertThat(record(r.get(0)))
        .isEqualTo(
            expected(
                f,
                2,
                2019,
                "Feminine",
                AgeRange.of(18, 20),
                "PHL",
                "SAU",
                List.of("ThreatsLawEnforcement", "Other"),
                List.of("ForcedLabour"),
                "T_ActivitiesOfHouseholdsAsEmployers",
                List.of(),
                "Acquainted",
                Map.of("ctdc:majorityStatusAtExploit", "Minor")));
    assertThat(record(r.get(1)))
        .isEqualTo(
            expected(
                f,
                3,
                2020,
                "Masculine",
                AgeRange.of(9, 17),
                "VNM",
                "GBR",
                List.of("DebtBondage"),
                List.of("ForcedLabour", "ForcedCriminality"),
                null,
                List.of(),
                null,
                Map.of("ctdc:recruiterRelationOther", "1")));
    Issue alias = r.get(0).issues().get(0);
    assertThat(alias.ruleId().value()).isEqualTo(CtdcReadRules.ALIAS_COLUMN);
    assertThat(alias.message())
        .contains("meansOfControlThreatOfLawEnforce", "meansOfControlThreatOfLawEnforcement");
    assertThat(alias.location().column()).isEqualTo(8);
  }

  @Test
  void readsThe2024SyntheticLayoutIntoExactRecords() {
    String f = "synthetic-2024.csv";
    List<ReadResult> r = readResource(f);
    assertThat(r).hasSize(3).allSatisfy(x -> assertThat(x.issues()).isEmpty());
    assertThat(record(r.get(0)))
        .isEqualTo(
            expected(
                f,
                2,
                2021,
                "Feminine",
                AgeRange.of(9, 17),
                "NGA",
                "ITA",
                List.of("FalsePromises"),
                List.of("SexualExploitation"),
                null,
                List.of("Prostitution"),
                "Familial",
                Map.of("ctdc:traffickMonths", "0--12 (0-1 yr)", "ctdc:meansAbusePsyPhySex", "1")));
    assertThat(record(r.get(1)))
        .isEqualTo(
            expected(
                f,
                3,
                2022,
                "Masculine",
                AgeRange.of(24, 26),
                "KHM",
                "THA",
                List.of("ExcessiveWorkingHours", "WithholdsDocuments"),
                List.of("ForcedLabour"),
                "A_AgricultureForestryAndFishing",
                List.of(),
                null,
                Map.of(
                    "ctdc:traffickMonths",
                    "25+ (2+ yrs)",
                    "ctdc:meansDebtBondageEarnings",
                    "1",
                    "ctdc:recruiterRelationOther",
                    "1")));
    assertThat(record(r.get(2)))
        .isEqualTo(
            expected(
                f,
                4,
                null,
                null,
                AgeRange.of(48, 150),
                null,
                null,
                List.of(),
                List.of("Other"),
                null,
                List.of(),
                null,
                Map.of(
                    "ctdc:gender",
                    "Trans/Transgender/NonConforming",
                    "ctdc:meansThreats",
                    "1",
                    "ctdc:meansDenyBasicNeeds",
                    "1")));
  }

  @Test
  void acceptsEitherEncodingConventionInEitherLayout() {
    TraffickingCase c =
        record(
            read("yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,"
                    + "meansWithholdDocuments,isForcedLabour\n2019,Male,9--17,UA,-99,1,-99\n")
                .get(0));
    Person p = c.victims().get(0).person();
    assertThat(p.gender()).contains("Masculine");
    assertThat(p.age().get().range()).isEqualTo(AgeRange.of(9, 17));
    assertThat(p.citizenships()).containsExactly("UKR");
    assertThat(c.victims().get(0).exploitationPlace()).isEmpty();
    assertThat(c.victims().get(0).methodsOfControl()).containsExactly("WithholdsDocuments");
    assertThat(c.victims().get(0).exploitationTypes()).isEmpty();
  }

  @Test
  void unknownColumnsAreReportedAndKeptInExtensions() {
    List<ReadResult> r = read("yearOfRegistration,gender,agencyRisk\n2019,Woman,high\n");
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly(CtdcReadRules.UNKNOWN_COLUMN);
    assertThat(r.get(0).issues().get(0).location().column()).isEqualTo(3);
    assertThat(record(r.get(0)).meta().extensions()).containsEntry("ctdc:agencyRisk", "high");
  }

  @Test
  void reportsADuplicateHeaderWithItsColumns() {
    List<ReadResult> r = read("gender,yearOfRegistration,gender\nWoman,2019,Man\n");
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(0).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo(CtdcReadRules.DUPLICATE_COLUMN);
    assertThat(i.location().line()).isEqualTo(1);
    assertThat(i.location().column()).isEqualTo(3);
    assertThat(i.message()).contains("gender", "1, 3").doesNotContain("Woman");
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheirLine() {
    byte[] head = "yearOfRegistration,gender\n2019,Woman\n2020,".getBytes(StandardCharsets.UTF_8);
    byte[] csv = java.util.Arrays.copyOf(head, head.length + 2);
    csv[head.length] = (byte) 0xC3;
    csv[head.length + 1] = '\n';
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader reader =
        Formats.named(Ctdc.NAME)
            .reader(
                new ByteArrayInputStream(csv),
                "bad.csv",
                org.mignet.formats.FormatOptions.none()
                    .with(org.mignet.formats.FormatOptions.ENCODING, StandardCharsets.UTF_8))) {
      reader.forEachRemaining(out::add);
    }
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isInstanceOf(ReadResult.Ok.class);
    Issue i = out.get(1).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo(CtdcReadRules.MALFORMED);
    assertThat(i.location().line()).isEqualTo(3);
    assertThat(i.message()).contains("not UTF-8");
  }

  @Test
  void unknownCodesOfPersonalFieldsOfferNoClosestCodesAndTheRowIsStillRead() {
    List<ReadResult> r =
        read("yearOfRegistration,gender,ageBroad,citizenship\n2019,Femal,18--2O,NGX\n");
    TraffickingCase c = record(r.get(0));
    assertThat(c.opened()).contains(PartialDate.ofYear(2019));
    List<Issue> issues = r.get(0).issues();
    assertThat(issues)
        .extracting(ri -> ri.ruleId().value())
        .containsOnly(CtdcReadRules.UNKNOWN_CODE)
        .hasSize(3);
    for (String lang : List.of("ar", "zh", "en", "fr", "ru", "es")) {
      Locale l = Locale.forLanguageTag(lang);
      assertThat(issues)
          .allSatisfy(
              i ->
                  assertThat(i.message(l))
                      .as(lang)
                      .contains(Words.SUGGESTIONS_WITHHELD.text(l))
                      .doesNotContain("Female")
                      .doesNotContain("Feminine")
                      .doesNotContain("18--20")
                      .doesNotContain("NGA")
                      .doesNotContain("NER"));
    }
    assertThat(issues).extracting(i -> i.location().line()).containsOnly(2L);
    assertThat(issues).extracting(i -> i.location().column()).containsExactly(2L, 3L, 4L);
    assertThat(c.meta().extensions())
        .containsEntry("ctdc:gender", "Femal")
        .containsEntry("ctdc:ageBroad", "18--2O")
        .containsEntry("ctdc:citizenship", "NGX");
  }

  @Test
  void malformedValuesGiveAnIssueWithRowAndColumnAndAreKept() {
    List<ReadResult> r =
        read("yearOfRegistration,isForcedLabour,isSexualExploit\n2019,1,1\n20x9,yes,1\n");
    assertThat(r).hasSize(2);
    List<Issue> issues = r.get(1).issues();
    assertThat(issues)
        .extracting(ri -> ri.ruleId().value())
        .containsOnly(CtdcReadRules.MALFORMED_VALUE)
        .hasSize(2);
    assertThat(issues).extracting(i -> i.location().line()).containsOnly(3L);
    assertThat(issues).extracting(i -> i.location().column()).containsExactly(1L, 2L);
    TraffickingCase c = record(r.get(1));
    assertThat(c.opened()).isEmpty();
    assertThat(c.victims().get(0).exploitationTypes()).containsExactly("SexualExploitation");
    assertThat(c.meta().extensions())
        .containsEntry("ctdc:yearOfRegistration", "20x9")
        .containsEntry("ctdc:isForcedLabour", "yes");
  }

  @Test
  void aFileWithoutCtdcVariablesFailsOnce() {
    List<ReadResult> r = read("name,phone\nA,1\n");
    assertThat(r).hasSize(1).first().isInstanceOf(ReadResult.Failed.class);
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly(CtdcReadRules.NOT_CTDC);
    assertThat(read("name,name\nA,B\n").get(0).issues())
        .as("not CTDC comes before a duplicate")
        .extracting(ri -> ri.ruleId().value())
        .containsExactly(CtdcReadRules.NOT_CTDC);
    assertThat(read(""))
        .singleElement()
        .satisfies(
            x -> assertThat(x.issues().get(0).ruleId().value()).isEqualTo(CtdcReadRules.NOT_CTDC));
  }

  /**
   * Regression (issue 9): a table sharing only generic names with CTDC was read as thousands of
   * empty cases.
   */
  @Test
  void refusesATableThatSharesOnlyGenericNamesWithCtdcNamingWhatWasExpected() {
    List<ReadResult> r = read("id,name,gender,citizenship\n1,A,F,KE\n2,B,M,UG\n");
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(0).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo(CtdcReadRules.NOT_CTDC);
    assertThat(i.message())
        .contains(
            "yearOfRegistration",
            "ageBroad",
            "at least half",
            "2 CTDC variables among 4 named columns (gender, citizenship)");
    assertThat(
            Formats.named(Ctdc.NAME)
                .sniff("id,name,gender,citizenship\n".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void refusesAWiderTableInWhichCtdcVariablesAreAMinority() {
    List<ReadResult> r = read("yearOfRegistration,gender,a,b,c,d\n2019,Woman,1,2,3,4\n");
    assertThat(r)
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.issues())
                    .extracting(ri -> ri.ruleId().value())
                    .containsExactly(CtdcReadRules.NOT_CTDC));
    assertThat(r.get(0).issues().get(0).message())
        .contains("2 CTDC variables among 6 named columns");
    assertThat(read("yearOfRegistration,gender,a,b\n2019,Woman,1,2\n"))
        .as("half is enough")
        .singleElement()
        .isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void readsTheTermsOfUseNoticeAsAnUnnamedColumnAndNamesCtdcAsTheSource() {
    String csv =
        "\"By using this data you agree to the Terms of Use: https://www.ctdatacollaborative.org/terms-use\","
            + "yearOfRegistration,gender\n,2016,Female\nkept,2017,Male\n";
    assertThat(Formats.named(Ctdc.NAME).sniff(csv.getBytes(StandardCharsets.UTF_8))).isTrue();
    List<ReadResult> r = read(csv);
    assertThat(r).hasSize(2).allMatch(x -> x instanceof ReadResult.Ok);
    Issue notice = r.get(0).issues().get(0);
    assertThat(notice.ruleId().value()).isEqualTo(CtdcReadRules.TERMS_NOTICE);
    assertThat(notice.message()).contains("https://www.ctdatacollaborative.org/terms-use");
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .doesNotContain(CtdcReadRules.UNKNOWN_COLUMN);
    TraffickingCase first = (TraffickingCase) ((ReadResult.Ok) r.get(0)).record();
    assertThat(first.meta().sourceOrganization())
        .contains("Counter Trafficking Data Collaborative (CTDC)");
    assertThat(first.meta().extensions()).isEmpty();
    // a value under the notice is nobody's variable: kept, never dropped
    TraffickingCase second = (TraffickingCase) ((ReadResult.Ok) r.get(1)).record();
    assertThat(second.meta().extensions()).containsEntry("ctdc:column1", "kept");
    // without the notice, the file does not say who published it
    TraffickingCase plain =
        (TraffickingCase)
            ((ReadResult.Ok) read("yearOfRegistration,gender\n2016,Female\n").get(0)).record();
    assertThat(plain.meta().sourceOrganization()).isEmpty();
  }

  @Test
  void messagesNeverEchoCellValues() {
    List<ReadResult> r =
        read("yearOfRegistration,citizenship,isForcedLabour\nSECRET1,SECRET2,SECRET3\n");
    assertThat(r.get(0).issues())
        .hasSize(3)
        .allSatisfy(i -> assertThat(i.message()).doesNotContain("SECRET"));
  }

  @Test
  void theFormatIsSniffedAndDeclaresItsRules() {
    assertThat(
            Formats.named(Ctdc.NAME)
                .sniff("yearOfRegistration,gender,ageBroad\n".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(Formats.named(Ctdc.NAME).rules())
        .extracting(d -> d.id().value())
        .contains("MG-CTDC-001", "MG-CTDC-011")
        .allMatch(id -> id.startsWith("MG-CTDC-"));
    assertThat(Formats.named(Ctdc.NAME).rules())
        .allSatisfy(d -> assertThat(d.messages()).containsKeys("en", "fr", "es"));
  }

  /**
   * Regression: the sniffer read the head as UTF-8 and split it at '\n' only, so an Excel "Unicode
   * text" save (UTF-16, tabs) and a file with old Mac line ends (a lone CR) were not recognised,
   * and a ';' file with CR line ends was read with a comma as delimiter.
   */
  @Test
  void recognisesAndReadsResavedTablesInUtf16AndWithLoneCarriageReturns() {
    String tabs = "yearOfRegistration\tgender\tageBroad\r\n2019\tFemale\t9--17\r\n";
    byte[] body = tabs.getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16 = new byte[body.length + 2];
    utf16[0] = (byte) 0xFF;
    utf16[1] = (byte) 0xFE;
    System.arraycopy(body, 0, utf16, 2, body.length);
    byte[] mac =
        "yearOfRegistration;gender;ageBroad\r2019;Female;9--17\r".getBytes(StandardCharsets.UTF_8);
    for (byte[] file : List.of(utf16, mac)) {
      assertThat(Formats.named(Ctdc.NAME).sniff(file)).isTrue();
      List<ReadResult> r = new ArrayList<>();
      try (RecordReader reader =
          Formats.named(Ctdc.NAME).reader(new ByteArrayInputStream(file), "resaved.csv")) {
        reader.forEachRemaining(r::add);
      }
      assertThat(r).singleElement().isInstanceOf(ReadResult.Ok.class);
      Person p = record(r.get(0)).victims().get(0).person();
      assertThat(p.gender()).hasValue("Feminine");
      assertThat(record(r.get(0)).opened()).hasValue(PartialDate.ofYear(2019));
    }
  }

  @Test
  void refusesARowWiderThanItsHeaderRatherThanShiftingItsValues() {
    List<ReadResult> r = read("yearOfRegistration,gender\n2019,Woman\n2020,Man,extra\n");
    assertThat(r).hasSize(2);
    assertThat(r.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(r.get(1)).isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(1).issues().get(r.get(1).issues().size() - 1);
    assertThat(i.ruleId().value()).isEqualTo(CtdcReadRules.ROW_WIDER_THAN_HEADER);
    assertThat(i.location().line()).isEqualTo(3);
    assertThat(i.message()).contains("3 cells", "2 columns").doesNotContain("Man");
  }
}

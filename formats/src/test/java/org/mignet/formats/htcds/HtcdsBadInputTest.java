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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.code.HtcdsCodeLists;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.htcds.internal.HtcdsReadRules;
import org.mignet.formats.privacy.Pseudonymiser;

/**
 * Bad input is reported where it is, and the row is still read; sharing policies; code lists as
 * published.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class HtcdsBadInputTest {

  private static List<ReadResult> read(String csv) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named(Htcds.TABLE)
            .reader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bad.csv")) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static TraffickingCase only(List<ReadResult> results) {
    assertThat(results).hasSize(1).first().isInstanceOf(ReadResult.Ok.class);
    return (TraffickingCase) ((ReadResult.Ok) results.get(0)).record();
  }

  @Test
  void unknownColumnsAreReportedAndKeptInExtensions() {
    List<ReadResult> r = read(",prs_Gender,agency_Risk\nc1,Masculine,high\n");
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly(HtcdsReadRules.UNKNOWN_COLUMN);
    assertThat(only(r).meta().extensions()).containsEntry("htcds:agency_Risk", "high");
  }

  @Test
  void reportsADuplicateHeaderWithItsColumns() {
    List<ReadResult> r =
        read(",prs_Gender,vic_MethodsOfControl,prs_Gender\nc1,Masculine,Debt bondage,Feminine\n");
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(0).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo(HtcdsReadRules.DUPLICATE_COLUMN);
    assertThat(i.location().line()).isEqualTo(1);
    assertThat(i.location().column()).isEqualTo(4);
    assertThat(i.message()).contains("prs_Gender", "2, 4").doesNotContain("Feminine");
  }

  @Test
  void reportsAnUnknownColumnNamedTwice() {
    List<ReadResult> r = read(",prs_Gender,agency_Risk,agency_Risk\nc1,Masculine,high,low\n");
    assertThat(r)
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.issues())
                    .extracting(ri -> ri.ruleId().value())
                    .containsExactly(HtcdsReadRules.DUPLICATE_COLUMN));
  }

  @Test
  void unknownCodesOfPersonalFieldsOfferNoClosestCodesAndTheRowIsStillRead() {
    List<ReadResult> r =
        read(",prs_Gender,vic_MethodsOfControl\nc1,Masculine,Debt bondage;Dept bondage\n");
    TraffickingCase c = only(r);
    assertThat(c.victims().get(0).methodsOfControl()).containsExactly("DebtBondage");
    Issue i = r.get(0).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo(HtcdsReadRules.UNKNOWN_CODE);
    assertThat(i.message())
        .doesNotContain("DebtBondage")
        .contains(
            org.mignet.formats.internal.Words.SUGGESTIONS_WITHHELD.text(java.util.Locale.ENGLISH));
    assertThat(i.location().line()).isEqualTo(2);
    assertThat(i.location().column()).isEqualTo(3);
  }

  @Test
  void malformedDatesAreReportedWithRowAndColumn() {
    List<ReadResult> r = read(",prs_FirstName,prs_Birthdate\nc1,A,31/02/1990\n");
    TraffickingCase c = only(r);
    Issue i = r.get(0).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo(HtcdsReadRules.MALFORMED_DATE);
    assertThat(i.location().line()).isEqualTo(2);
    assertThat(i.location().column()).isEqualTo(3);
    assertThat(i.message()).doesNotContain("31/02");
    assertThat(c.victims().get(0).person().birthDate()).isEmpty();
    assertThat(c.meta().extensions()).containsEntry("htcds:prs_Birthdate", "31/02/1990");
  }

  @Test
  void excelSerialDatesAndLabelsWithNoBreakSpacesAreRead() {
    TraffickingCase c =
        only(
            read(
                ",prs_Birthdate,prs_Gender,prs_Citizenship\nc1,44197,Transgender Feminine\u00a0,"
                    + "Angola; Fiji\n"));
    assertThat(c.victims().get(0).person().birthDate())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2021-01-01"));
    assertThat(c.victims().get(0).person().gender()).contains("TransgenderFeminine");
    assertThat(c.victims().get(0).person().citizenships()).containsExactly("AGO", "FJI");
  }

  @Test
  void aFileMixingV1AndV2NamesIsReported() {
    List<ReadResult> r =
        read(",prs_Nationality,vic_TraffickingStatus\nc1,Angola,ActualVictimOfTrafficking\n");
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .contains(HtcdsReadRules.MIXED_VERSIONS, HtcdsReadRules.ALIAS_COLUMN);
    assertThat(only(r).victims().get(0).person().citizenships()).containsExactly("AGO");
  }

  @Test
  void rowsRepeatingAPersonWithConflictingDataAreReported() {
    List<ReadResult> r = read(",prs_FirstName,cco_CaseComment\nc1,Ana,first\nc1,Anna,second\n");
    TraffickingCase c = only(r);
    assertThat(c.comments()).hasSize(2);
    assertThat(c.victims().get(0).person().names().get(0).givenNames()).containsExactly("Ana");
    assertThat(r.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly(HtcdsReadRules.CONFLICTING_PERSON);
    assertThat(r.get(0).issues().get(0).message()).doesNotContain("Anna");
  }

  /**
   * Several conflicting fields are reported in the order of their columns, in every JVM (they once
   * followed Map.copyOf's per-JVM order, so a report's issues changed order from run to run).
   */
  @Test
  void conflictingFieldsAreReportedInTheOrderOfTheirColumns() {
    List<ReadResult> r =
        read(
            ",prs_MiddleName,prs_FirstName,prs_Title,prs_SecondName,prs_Salutation,prs_Email\n"
                + "c1,b,a,t,s,x,e@example.org\nc1,B,A,T,S,X,f@example.org\n");
    assertThat(r.get(0).issues())
        .extracting(i -> i.arguments().get(i.arguments().size() - 1).toString())
        .containsExactly(
            "prs_MiddleName",
            "prs_FirstName",
            "prs_Title",
            "prs_SecondName",
            "prs_Salutation",
            "prs_Email");
  }

  @Test
  void aFileWithoutHtcdsNamesFails() {
    List<ReadResult> r = read("a,b\n1,2\n");
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(r.get(0).issues().get(0).ruleId().value()).isEqualTo(HtcdsReadRules.NOT_HTCDS);
    assertThat(read("a,a\n1,2\n").get(0).issues())
        .as("not HTCDS comes before a duplicate")
        .extracting(ri -> ri.ruleId().value())
        .containsExactly(HtcdsReadRules.NOT_HTCDS);
  }

  private static List<ReadResult> readXForm(String xml) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named(Htcds.XFORM)
            .reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml")) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void reportsADuplicateXFormElementWithItsLine() {
    String xml =
        "<instances>\n<data id=\"htcds_xlsform\"><prs_Gender>Masculine</prs_Gender></data>\n"
            + "<data id=\"htcds_xlsform\">\n<prs_Gender>Masculine</prs_Gender>\n<prs_Gender>Feminine</prs_Gender>\n"
            + "</data>\n</instances>";
    List<ReadResult> out = readXForm(xml);
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(out.get(1)).isInstanceOf(ReadResult.Failed.class);
    Issue i = out.get(1).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo(HtcdsReadRules.DUPLICATE_ELEMENT);
    assertThat(i.location().line()).isEqualTo(5);
    assertThat(i.location().record()).isEqualTo(2);
    assertThat(i.message()).contains("prs_Gender").doesNotContain("Feminine");
  }

  @Test
  void refusesXFormTextOverTheLimitNamingIt() {
    String xml =
        "<data id=\"htcds_xlsform\">\n<prs_Comments>"
            + "x".repeat(1_000_001)
            + "</prs_Comments></data>";
    List<ReadResult> out = readXForm(xml);
    assertThat(out).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue i = out.get(0).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo(HtcdsReadRules.TEXT_TOO_LONG);
    assertThat(i.location().line()).isEqualTo(2);
    assertThat(i.message()).contains("prs_Comments", "1,000,000");
  }

  @Test
  void refusesXFormNestingOverTheLimitNamingIt() {
    String xml =
        "<data id=\"htcds_xlsform\">"
            + "<g>".repeat(17)
            + "<prs_Gender>Masculine</prs_Gender>"
            + "</g>".repeat(17)
            + "</data>";
    List<ReadResult> out = readXForm(xml);
    assertThat(out).singleElement().isInstanceOf(ReadResult.Failed.class);
    assertThat(out.get(0).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly(HtcdsReadRules.TOO_DEEP);
    assertThat(out.get(0).issues().get(0).message()).contains("16");
  }

  @Test
  void xmlWithADoctypeIsRefused() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE data [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<data id=\"htcds_xlsform\"><prs_First_Name>&x;</prs_First_Name></data>";
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named(Htcds.XFORM)
            .reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml")) {
      r.forEachRemaining(out::add);
    }
    assertThat(out)
        .allSatisfy(
            res -> {
              if (res instanceof ReadResult.Ok ok) {
                assertThat(ok.record().toString()).doesNotContain("root:");
              }
            });
    assertThat(out).anyMatch(res -> res instanceof ReadResult.Failed);
  }

  @Test
  void policyDropsDirectIdentifiersAndPseudonymisesCaseIds(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("agreement.key");
    Files.writeString(key, "00112233445566778899aabbccddeeff");
    Path policy = dir.resolve("policy.json");
    Files.writeString(
        policy,
        "{\"agreement\": \"A-1\", \"key\": {\"file\": \"agreement.key\"},"
            + " \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}, \"paths\": {\"/meta/identifier\": \"pseudonymise\"}}");
    String table = ",prs_FirstName,prs_Email,prs_Gender\ncase-9,Ana,a@example.org,Feminine\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.mignet.formats.ConversionReport report =
        org.mignet.formats.Conversion.from(Formats.named(Htcds.TABLE))
            .to(Formats.named(Htcds.TABLE))
            .policy(org.mignet.formats.privacy.SharingPolicy.read(policy))
            .run(
                new java.io.ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)),
                "in.csv",
                out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain("Ana")
        .doesNotContain("a@example.org")
        .doesNotContain("case-9")
        .contains("Feminine");
    String pseudonym =
        Pseudonymiser.of(
                java.util.HexFormat.of().parseHex("00112233445566778899aabbccddeeff"), "A-1")
            .pseudonym("case-9");
    assertThat(text).contains(pseudonym);
    assertThat(report.transformed())
        .extracting(t -> t.pointer() + " " + t.action())
        .contains(
            "/meta/identifier pseudonymised",
            "/victims/*/person/names dropped",
            "/victims/*/person/contacts dropped");
  }

  @Test
  void everyV2CodeListEqualsThePublishedOne() throws Exception {
    Path csv = HtcdsRealFilesTest.dir().resolve("derived/htcds-codelists-all-versions.csv");
    Map<String, List<String>> published = new java.util.LinkedHashMap<>();
    try (var t = org.mignet.formats.tabular.TableReader.builder().open(csv)) {
      while (t.hasNext()) {
        var row = t.next();
        if (row.cell(0).equals("2.0")) {
          published.computeIfAbsent(row.cell(1), k -> new ArrayList<>()).add(row.cell(3));
        }
      }
    }
    assertThat(published).isNotEmpty();
    published.forEach(
        (field, codes) ->
            assertThat(HtcdsCodeLists.instance().forField(field).orElseThrow().codes())
                .as(field)
                .extracting(x -> x.code())
                .containsExactlyElementsOf(codes));
  }

  @Test
  void refusesACaseWithARowWiderThanItsHeaderRatherThanShiftingItsValues() {
    List<ReadResult> r = read(",prs_FirstName,prs_Gender\nc1,Ana,x,Feminine\nc2,Bea,Masculine\n");
    assertThat(r).hasSize(2);
    assertThat(r.get(0)).isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(0).issues().get(r.get(0).issues().size() - 1);
    assertThat(i.ruleId().value()).isEqualTo(HtcdsReadRules.ROW_WIDER_THAN_HEADER);
    assertThat(i.location().line()).isEqualTo(2);
    assertThat(i.message()).contains("4 cells").contains("3 columns").doesNotContain("Ana");
    assertThat(r.get(1)).isInstanceOf(ReadResult.Ok.class);
  }
}

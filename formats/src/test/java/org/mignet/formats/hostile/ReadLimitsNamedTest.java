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
package org.mignet.formats.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.Reason;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadException;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.hostile.HostileCorpus.Input;
import org.mignet.formats.hostile.HostileCorpus.Part;
import org.mignet.formats.internal.SecureXml;
import org.mignet.formats.tabular.TableReader;

/**
 * Issue 10, point 1: a limit that is hit is named, with its value and where, as {@code
 * MG-READ-011}, whichever parser hit it (Jackson in CSV, the JDK's StAX in XML, POI's zip-bomb
 * guard in XLSX), not reported as input that is "not well formed". Small inputs, the default heap;
 * the 256 MB runs of the same readers are in {@link HostileCorpusTest}.
 */
class ReadLimitsNamedTest {

  private static Issue firstIssue(String format, Input input) {
    List<Issue> issues = new ArrayList<>();
    try (InputStream in = input.open().get();
        RecordReader reader = Formats.named(format).reader(in, "limits.in")) {
      while (reader.hasNext() && issues.isEmpty()) {
        ReadResult r = reader.next();
        if (r instanceof ReadResult.Failed) {
          issues.addAll(r.issues());
        }
      }
    } catch (ReadException e) {
      issues.add(e.issue());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(issues).as("issues reading %s as %s", input, format).isNotEmpty();
    return issues.get(0);
  }

  /** The read rules that refuse input over a configured limit, in every format family. */
  private static final List<String> LIMIT_RULES =
      List.of(
          "MG-READ-011",
          "MG-TAB-024",
          "MG-TAB-025",
          "MG-SDMX-024",
          "MG-CTDC-011",
          "MG-HTCDS-017",
          "MG-HTCDS-018");

  @Test
  void limitRulesGiveTheLimitReasonFromTheirDefinition() {
    List<RuleDefinition> rules =
        Formats.catalogue(org.mignet.core.validation.Validation.standard()).rules();
    assertThat(rules)
        .filteredOn(r -> LIMIT_RULES.contains(r.id().value()))
        .hasSize(LIMIT_RULES.size())
        .allSatisfy(r -> assertThat(r.reason()).as(r.id().value()).isEqualTo(Reason.LIMIT));
    assertThat(rules)
        .filteredOn(r -> r.reason() == Reason.LIMIT)
        .extracting(rd -> rd.id().value())
        .containsExactlyInAnyOrderElementsOf(LIMIT_RULES);
  }

  @Test
  void aReaderThatGivesUpOnALimitThrowsWithTheLimitReasonNotSyntax() {
    int depth = ReadLimits.defaults().maxNestingDepth() + 1;
    String deep = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    assertThatThrownBy(() -> org.mignet.formats.json.CanonicalJson.standard().fromJson(deep))
        .isInstanceOf(ParseException.class)
        .satisfies(
            e -> {
              assertThat(((ParseException) e).ruleId().value()).isEqualTo("MG-READ-011");
              assertThat(((ParseException) e).reason()).isEqualTo(Reason.LIMIT);
            });
  }

  @Test
  void xmlLimitsFollowTheDocumentedReadLimits() {
    assertThat(SecureXml.DEFAULT_MAX_DEPTH).isEqualTo(ReadLimits.defaults().maxNestingDepth());
    assertThat(SecureXml.DEFAULT_MAX_TEXT)
        .isEqualTo(SecureXml.TEXT_BACKSTOP_FACTOR * ReadLimits.defaults().maxStringLength());
  }

  @Test
  void namesTheXmlNestingLimitInsteadOfCallingDeepXmlMalformed() {
    Issue issue =
        firstIssue(
            "htcds-xform", HostileCorpus.deepXml(ReadLimits.defaults().maxNestingDepth() + 1));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH)).contains("XML element nesting depth").contains("64");
    assertThat(issue.location().line()).isEqualTo(2);
  }

  @Test
  void readsXmlNestedJustWithinTheLimit() {
    Input input =
        HostileCorpus.text(
            "XML nested 63 deep",
            "<?xml version=\"1.0\"?>\n<data>"
                + "<a>".repeat(62)
                + "1"
                + "</a>".repeat(62)
                + "</data>");
    try (RecordReader reader =
        Formats.named("htcds-xform").reader(input.open().get(), "limits.in")) {
      List<ReadResult> all = new ArrayList<>();
      reader.forEachRemaining(all::add);
      assertThat(all)
          .allSatisfy(
              r -> assertThat(r.issues()).noneMatch(i -> i.ruleId().value().equals("MG-READ-011")));
    }
  }

  @Test
  @org.mignet.formats.WithXlsx
  void namesTheXmlTextLimitForAnOverlongTextNode() {
    long backstop = (long) SecureXml.TEXT_BACKSTOP_FACTOR * ReadLimits.defaults().maxStringLength();
    byte[] wb =
        HostileCorpus.workbook(
            new Part(
                "sheet",
                HostileCorpus.SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>",
                HostileCorpus::letter,
                backstop + 1,
                "</t></is></c></row>" + HostileCorpus.SHEET_TAIL),
            null);
    Issue issue = firstIssue("xlsx", HostileCorpus.bytes("a cell of 4,000,001 letters", wb));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH))
        .contains("characters of text in one XML element")
        .contains("4,000,000");
  }

  @Test
  void leavesTheXFormItsOwnFieldLevelTextLimit() {
    Issue issue =
        firstIssue(
            "htcds-xform",
            HostileCorpus.repeated(
                "XForm field of 1,000,001 characters",
                "<?xml version=\"1.0\"?>\n<data><prs_Comments>",
                "x",
                ReadLimits.defaults().maxStringLength() + 1L,
                "</prs_Comments></data>"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-HTCDS-017");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
  }

  @Test
  void namesTheStringLimitForAnOverlongCsvCell() {
    Issue issue = firstIssue("csv", HostileCorpus.hugeCell("a,b", 21 * HostileCorpus.MB));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH)).contains("string length").contains("20,000,000");
    assertThat(issue.message(Locale.FRENCH)).contains("longueur de chaîne");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "sdmx-ml, XML element nesting depth",
    "htcds-xform, XML element nesting depth"
  })
  void everyXmlReaderNamesTheNestingLimit(String format, String limit) {
    Issue issue =
        firstIssue(
            format,
            HostileCorpus.text(
                "SDMX-ML nested 1,000 deep",
                "<?xml version=\"1.0\"?>\n"
                    + "<m:GenericData xmlns:m=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\">"
                    + "<a>".repeat(1_000)
                    + "</a>".repeat(1_000)
                    + "</m:GenericData>"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH)).contains(limit);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"json", "sdmx-json", "json-stat"})
  void everyJsonReaderNamesTheNumberLengthLimit(String format) {
    Issue issue =
        firstIssue(
            format,
            HostileCorpus.text(
                "a 10,000-digit number",
                "{\"dataSets\":[{\"value\":"
                    + "9".repeat(10_000)
                    + "}],\"version\":\"2.0\",\"class\":\"dataset\"}"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH)).contains("number length");
  }

  @Test
  void theHxlJsonReaderNamesTheStringLengthLimit() {
    Issue issue =
        firstIssue(
            "hxl",
            HostileCorpus.repeated(
                "HXL JSON with a 2 MB cell",
                "[[\"#country\"],[\"",
                "a",
                2 * HostileCorpus.MB,
                "\"]]"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH)).contains("string length");
    assertThat(issue.location().line()).isEqualTo(1);
  }

  @Test
  void aMappedJsonTableNamesTheStringLengthLimit() throws java.io.IOException {
    Input input =
        HostileCorpus.repeated(
            "World Bank JSON with a 2 MB value",
            "[{\"page\":1},[{\"date\":\"",
            "1",
            2 * HostileCorpus.MB,
            "\"}]]");
    List<Issue> issues = new ArrayList<>();
    try (InputStream in = input.open().get();
        RecordReader r =
            org.mignet.formats.tabular.Mapping.read(
                in,
                "wb.json",
                org.mignet.formats.tabular.MappingSpec.bundled("worldbank-indicator")
                    .orElseThrow())) {
      while (r.hasNext()) {
        issues.addAll(r.next().issues());
      }
    } catch (ReadException e) {
      issues.add(e.issue());
    }
    assertThat(issues)
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
              assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
              assertThat(issue.message(Locale.ENGLISH))
                  .contains("string length")
                  .contains("(limit 1,000,000)");
              assertThat(issue.location().source()).contains("wb.json");
              assertThat(issue.location().record()).isEqualTo(1);
            });
  }

  @Test
  void refusesAJsonStatDocumentLargerThanTheRecordLimitWhileParsingIt() {
    long limit = ReadLimits.defaults().maxRecordBytes();
    Issue issue =
        firstIssue(
            "json-stat",
            HostileCorpus.repeated(
                "a JSON-stat value array past 16 MiB",
                "{\"class\":\"dataset\",\"value\":[\n",
                "0,\n",
                limit / 2,
                "0]}"));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH))
        .contains("bytes of a document read whole (maxRecordBytes)")
        .contains(String.format(Locale.ENGLISH, "(limit %,d)", limit));
    // where: the line the parser had reached, which is past the first half of the document
    assertThat(issue.location().line()).isGreaterThan(limit / 4);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "mmp, 'Incident ID,Reported Date,Number Dead'",
    "sdmx-csv, 'STRUCTURE,STRUCTURE_ID,ACTION,TIME_PERIOD,OBS_VALUE'"
  })
  void everyCsvReaderNamesTheStringLengthLimit(String format, String header) {
    Issue issue = firstIssue(format, HostileCorpus.hugeCell(header, 21 * HostileCorpus.MB));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH)).contains("string length");
  }

  @Test
  void theStructureReaderNamesTheNestingLimit() {
    assertThatThrownBy(
            () ->
                org.mignet.formats.sdmx.SdmxStructures.read(
                    HostileCorpus.deepXml(1_000).open().get(), "deep.xml"))
        .isInstanceOfSatisfying(
            ReadException.class,
            e -> {
              assertThat(e.issue().ruleId().value()).isEqualTo("MG-READ-011");
              assertThat(e.issue().message(Locale.ENGLISH)).contains("XML element nesting depth");
            });
  }

  @Test
  @org.mignet.formats.WithXlsx
  void namesTheZipBombGuardForAWorkbookThatExpandsTooFar() {
    byte[] wb =
        HostileCorpus.workbook(
            new Part(
                "sheet",
                HostileCorpus.SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>",
                "A",
                8 * HostileCorpus.MB,
                "</t></is></c></row>" + HostileCorpus.SHEET_TAIL),
            null);
    Issue issue = firstIssue("xlsx", HostileCorpus.bytes("small bomb", wb));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(issue.reason()).isEqualTo(Reason.LIMIT);
    assertThat(issue.message(Locale.ENGLISH)).contains("zip bomb").contains("100");
  }

  @Test
  @org.mignet.formats.WithXlsx
  void refusesAWorkbookOfMoreSharedStringsThanTheLimitBeforeReadingARow() {
    byte[] wb =
        HostileCorpus.workbook(
            HostileCorpus.headerOnlySheet("a"),
            new Part(
                "sst",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
                i -> "<si><t>s" + i + "</t></si>",
                11,
                "</sst>"));
    TableReader.Builder table =
        TableReader.builder().limits(ReadLimits.defaults().withMaxSharedStrings(10));
    assertThatThrownBy(() -> table.open(new ByteArrayInputStream(wb), "strings.xlsx"))
        .isInstanceOfSatisfying(
            ReadException.class,
            e -> {
              assertThat(e.issue().ruleId().value()).isEqualTo("MG-READ-011");
              assertThat(e.issue().message(Locale.ENGLISH))
                  .contains("shared-strings table")
                  .contains("(limit 10)");
              assertThat(e.issue().location().source()).contains("strings.xlsx");
            });
    TableReader.Builder roomy =
        TableReader.builder().limits(ReadLimits.defaults().withMaxSharedStrings(11));
    try (TableReader ok = roomy.open(new ByteArrayInputStream(wb), "strings.xlsx")) {
      assertThat(ok.hasNext()).isFalse();
    }
  }
}

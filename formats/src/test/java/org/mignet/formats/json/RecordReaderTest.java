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
package org.mignet.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.Reason;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

class RecordReaderTest {

  private static final CanonicalJson JSON = CanonicalJson.standard();
  private static final String GOOD = JSON.toJson(Samples.smallPerson());

  private static List<ReadResult> readAll(CanonicalJson json, String text) {
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader r =
        json.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.json")) {
      r.forEachRemaining(results::add);
    }
    return results;
  }

  private static Issue onlyIssue(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Failed.class);
    assertThat(r.issues()).hasSize(1);
    return r.issues().get(0);
  }

  @Test
  void refusesAnNdjsonLineThatIsNotUtf8WithItsLineAndReadsTheNext() {
    // an overlong "A" (0xC1 0x81) inside a string: named as bytes that are not UTF-8, before any
    // syntax is looked at
    byte[] bad = (GOOD.replace("P-0001", "P-\u0001")).getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bad, (byte) 0x01);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    out.write(bad, 0, at);
    out.write(0xC1);
    out.write(0x81);
    out.write(bad, at + 1, bad.length - at - 1);
    out.writeBytes(("\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader r =
        JSON.ndjsonReader(new ByteArrayInputStream(out.toByteArray()), "in.ndjson")) {
      r.forEachRemaining(results::add);
    }
    assertThat(results).hasSize(3);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    Issue issue = onlyIssue(results.get(1));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-014");
    assertThat(issue.location().line()).isEqualTo(2);
    assertThat(results.get(2)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void refusesAnNdjsonLineWithANulJacksonWouldTakeForUtf16Or32AndReadsTheNext() {
    // found by fuzzing: " \0\0\0" starts what Jackson takes for UTF-32LE, "{\0}\0" would read as
    // UTF-16LE "{}"; each line is UTF-8 with a NUL, which is never JSON
    for (String line : List.of(" \0\0\0\0\0\0\0\0 ", "{\0}\0", "\0\0\0{")) {
      byte[] in = (GOOD + "\n" + line + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
      List<ReadResult> results = new ArrayList<>();
      try (RecordReader r = JSON.ndjsonReader(new ByteArrayInputStream(in), "in.ndjson")) {
        r.forEachRemaining(results::add);
      }
      assertThat(results).as("%s", line.replace("\0", "NUL")).hasSize(3);
      assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
      Issue issue = onlyIssue(results.get(1));
      assertThat(issue.ruleId().value()).isEqualTo("MG-READ-001");
      assertThat(issue.location().line()).isEqualTo(2);
      assertThat(issue.location().column()).isEqualTo(line.indexOf('\0') + 1);
      assertThat(results.get(2)).isInstanceOf(ReadResult.Ok.class);
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError();
  }

  @Test
  void writesTheExactCanonicalShape() {
    assertThat(GOOD)
        .isEqualTo(
            "{\"recordType\":\"Person\",\"meta\":{\"identifier\":{\"system\":\"org.iom.mimosa.case\","
                + "\"value\":\"P-0001\"},\"schemaVersion\":\"1.0\",\"sensitivity\":\"CONFIDENTIAL\"},\"sex\":\"FEMALE\","
                + "\"birthDate\":\"1990-05\",\"citizenships\":[\"NG\"]}");
  }

  @Test
  void readsAbsentNullAndEmptyAsEmpty() {
    String text = GOOD.replace("\"sex\"", "\"names\":[],\"gender\":null,\"contacts\":null,\"sex\"");
    assertThat(JSON.fromJson(text)).isEqualTo(Samples.smallPerson());
  }

  @Test
  void readsARecordTypeThatIsNotFirst() {
    String text = "{\"sex\":\"FEMALE\"," + GOOD.substring(1).replace(",\"sex\":\"FEMALE\"", "");
    assertThat(JSON.fromJson(text)).isEqualTo(Samples.smallPerson());
  }

  @Test
  void streamsNdjsonAndGoesOnAfterMalformedLine() {
    String text = GOOD + "\n{\"recordType\":\"Person\",\"meta\":{oops}\n\n" + GOOD + "\n";
    List<ReadResult> results = readAll(JSON, text);
    assertThat(results).hasSize(3);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    Issue issue = onlyIssue(results.get(1));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-001");
    assertThat(issue.location().line()).isEqualTo(2);
    assertThat(issue.location().column()).isGreaterThan(30);
    assertThat(issue.location().record()).isEqualTo(2);
    assertThat(results.get(2)).isInstanceOf(ReadResult.Ok.class);
    assertThat(results.get(2).location().line()).isEqualTo(4);
    assertThat(results.get(2).location().record()).isEqualTo(3);
  }

  @Test
  void reportsWrongTypeWithPointerAndLineAndGoesOnInBundle() {
    String bad = GOOD.replace("\"citizenships\":[\"NG\"]", "\"citizenships\":[\"NG\", 7]");
    String text =
        "{\n\"schemaVersion\": \"1.0\",\n\"records\": [\n" + bad + ",\n" + GOOD + "\n]\n}\n";
    List<ReadResult> results = readAll(JSON, text);
    assertThat(results).hasSize(2);
    Issue issue = onlyIssue(results.get(0));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-002");
    assertThat(issue.pointer()).isEqualTo("/citizenships/1");
    assertThat(issue.location().line()).isEqualTo(4);
    assertThat(issue.message()).isEqualTo("Expected a string but found an integer.");
    assertThat(results.get(1)).isInstanceOf(ReadResult.Ok.class);
    assertThat(results.get(1).location().record()).isEqualTo(2);
    assertThat(results.get(1).location().line()).isEqualTo(5);
  }

  @Test
  void readsMembersInAnyOrderAndRefusesOneGivenTwiceWhereverItComes() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode good =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(GOOD);
    List<String> names = new ArrayList<>();
    good.fieldNames().forEachRemaining(names::add);
    assertThat(names).hasSizeGreaterThan(3).startsWith("recordType");
    // recordType stays first; the other members come last to first
    com.fasterxml.jackson.databind.node.ObjectNode reversed = mapper.createObjectNode();
    reversed.set("recordType", good.get("recordType"));
    for (int i = names.size() - 1; i > 0; i--) {
      reversed.set(names.get(i), good.get(names.get(i)));
    }
    ReadResult r = readAll(JSON, mapper.writeValueAsString(reversed)).get(0);
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    assertThat(((ReadResult.Ok) r).record()).isEqualTo(Samples.smallPerson());

    // a member given again after the members that follow it
    String twice = GOOD.substring(0, GOOD.lastIndexOf('}')) + ",\"sex\":\"FEMALE\"}";
    assertThat(onlyIssue(readAll(JSON, twice).get(0)))
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly("MG-READ-012", "/sex");
  }

  @Test
  void reportsEveryProblemOfARecordNotOnlyTheFirst() {
    String bad = GOOD.replace("\"FEMALE\"", "\"F\"").replace("\"1990-05\"", "\"1990-13\"");
    ReadResult r = readAll(JSON, bad).get(0);
    assertThat(r.issues())
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MG-READ-007", "/sex"),
            org.assertj.core.groups.Tuple.tuple("MG-READ-007", "/birthDate"));
    assertThat(r.issues().get(1).message()).doesNotContain("1990-13");
  }

  @Test
  void reportsUnknownAndMissingRecordType() {
    List<ReadResult> results =
        readAll(
            JSON,
            GOOD.replace("\"Person\"", "\"Persona\"")
                + "\n"
                + GOOD.replace("\"recordType\":\"Person\",", "")
                + "\n"
                + GOOD
                + "\n");
    assertThat(onlyIssue(results.get(0)).ruleId().value()).isEqualTo("MG-READ-003");
    assertThat(onlyIssue(results.get(0)).pointer()).isEqualTo("/recordType");
    assertThat(onlyIssue(results.get(1)).ruleId().value()).isEqualTo("MG-READ-004");
    assertThat(results.get(2)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void endsATruncatedBundleWithAFailedResult() {
    String text =
        "{\"schemaVersion\":\"1.0\",\"records\":[\n" + GOOD + ",\n" + GOOD.substring(0, 40);
    List<ReadResult> results = readAll(JSON, text);
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    Issue issue = onlyIssue(results.get(1));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-010");
    assertThat(issue.location().line()).isEqualTo(3);
  }

  @Test
  void endsABundleBrokenByMalformedJsonWithAFailedResult() {
    String text =
        "{\"schemaVersion\":\"1.0\",\"records\":[\n"
            + GOOD
            + ",\n"
            + GOOD.replace(",\"sex\"", "\"sex\"")
            + ",\n"
            + GOOD
            + "]}";
    List<ReadResult> results = readAll(JSON, text);
    assertThat(results).hasSize(2);
    assertThat(onlyIssue(results.get(1)).ruleId().value()).isEqualTo("MG-READ-001");
    assertThat(onlyIssue(results.get(1)).location().line()).isEqualTo(3);
  }

  @Test
  void reportsBadPartialDateWithItsPointer() {
    ReadResult r = readAll(JSON, GOOD.replace("\"1990-05\"", "\"1990-02-30\"")).get(0);
    assertThat(onlyIssue(r).ruleId().value()).isEqualTo("MG-READ-007");
    assertThat(onlyIssue(r).pointer()).isEqualTo("/birthDate");
  }

  @Test
  void reportsValuesTheModelRejectsAndMissingRequiredMembers() {
    String badAge = GOOD.replace("\"sex\"", "\"age\":{\"range\":{\"min\":17,\"max\":9}},\"sex\"");
    assertThat(onlyIssue(readAll(JSON, badAge).get(0)))
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly("MG-READ-008", "/age/range");
    String noMin = GOOD.replace("\"sex\"", "\"age\":{\"range\":{\"max\":9}},\"sex\"");
    assertThat(onlyIssue(readAll(JSON, noMin).get(0)))
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly("MG-READ-009", "/age/range/min");
    String noMeta = GOOD.replaceAll("\"meta\":\\{.*?\"CONFIDENTIAL\"\\},", "");
    assertThat(onlyIssue(readAll(JSON, noMeta).get(0)))
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly("MG-READ-009", "/meta");
  }

  @Test
  void readsAnEmptyNestedObjectAsItselfNotPastItsEnd() {
    // regression: the END_OBJECT of an empty nested object was passed over, so the members after
    // it were read as its own ("/age/sex: unknown member"), and in a list the reader ran on past
    // the end of the input, one issue per turn, until the heap was gone
    assertThat(onlyIssue(readAll(JSON, GOOD.replace("\"sex\"", "\"age\":{},\"sex\"")).get(0)))
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly("MG-READ-009", "/age/range");
    String emptyName = GOOD.replace("\"sex\"", "\"names\":[{}],\"sex\"");
    ReadResult failed =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> readAll(JSON, emptyName).get(0));
    assertThat(onlyIssue(failed))
        .extracting(ri -> ri.ruleId().value(), Issue::pointer)
        .containsExactly("MG-READ-009", "/names/0/use");
    String emptyPlace = GOOD.replace("\"sex\"", "\"addresses\":[{},{\"city\":\"Lagos\"}],\"sex\"");
    ReadResult ok =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> readAll(JSON, emptyPlace).get(0));
    assertThat(ok).isInstanceOf(ReadResult.Ok.class);
    Person person = (Person) ((ReadResult.Ok) ok).record();
    assertThat(person.addresses()).hasSize(2);
    assertThat(person.addresses().get(0).city()).isEmpty();
    assertThat(person.addresses().get(1).city()).contains("Lagos");
    assertThat(person.sex()).isEqualTo(Samples.smallPerson().sex());
  }

  /**
   * A compact dataset document whose first observation's value is the given JSON number, written as
   * is, and whose recordType comes first or last.
   */
  private static String datasetWithValue(String number, boolean recordTypeLast) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode doc = (ObjectNode) mapper.readTree(JSON.toJson(Samples.rich(RecordType.DATASET)));
    ObjectNode first = (ObjectNode) doc.withArray("/observations").get(0);
    first.remove("textValue");
    first.put("value", "__NUMBER__");
    if (recordTypeLast) {
      doc.set("recordType", doc.remove("recordType"));
    }
    return mapper.writeValueAsString(doc).replace("\"__NUMBER__\"", number);
  }

  @Test
  void refusesANumberNoDecimalHoldsAtItsPointerAndReadsTheNextRecord() throws Exception {
    // regression: 1e99999999999 is well-formed JSON, but Jackson's BigDecimal conversion threw a
    // NumberFormatException out of the reader, which stopped the whole run as an internal error
    for (boolean last : new boolean[] {false, true}) {
      String good = datasetWithValue("12.5", last);
      String text = datasetWithValue("1e99999999999", last) + "\n" + good + "\n";
      List<ReadResult> results = readAll(JSON, text);
      assertThat(results).hasSize(2);
      Issue issue = onlyIssue(results.get(0));
      assertThat(issue.ruleId().value()).isEqualTo("MG-READ-007");
      assertThat(issue.pointer()).isEqualTo("/observations/0/value");
      assertThat(issue.location().lineNumber()).hasValue(1L);
      assertThat(results.get(1)).isInstanceOf(ReadResult.Ok.class);
    }
    String extension =
        JSON.toJson(Samples.smallPerson())
            .replace("\"meta\":{", "\"meta\":{\"extensions\":{\"iom:x\":[1e99999999999]},");
    ReadResult inExtensions = readAll(JSON, extension).get(0);
    assertThat(inExtensions.issues())
        .extracting(i -> i.ruleId().value(), Issue::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple("MG-READ-007", "/meta/extensions/iom:x/0"));
  }

  @Test
  void readsADecimalExactlyWhereverTheRecordTypeStands() throws Exception {
    // regression: a document whose recordType is not its first member (as tools that sort keys
    // write it) was buffered as a tree of doubles, so 40.000000000000000000001 came back as 40.0
    for (String number : new String[] {"40.000000000000000000001", "40.0", "1e400", "-0.10"}) {
      BigDecimal expected = new BigDecimal(number);
      for (boolean last : new boolean[] {false, true}) {
        ReadResult r = readAll(JSON, datasetWithValue(number, last)).get(0);
        assertThat(r).as("%s, recordType last: %s", number, last).isInstanceOf(ReadResult.Ok.class);
        BigDecimal value =
            ((Dataset) ((ReadResult.Ok) r).record()).observations().get(0).value().orElseThrow();
        // equals, not compareTo: the scale as written is kept too
        assertThat(value).as("%s, recordType last: %s", number, last).isEqualTo(expected);
      }
    }
  }

  @Test
  void rejectsUnknownMembersWhenStrict() {
    String text = GOOD.replace("\"sex\"", "\"nickname\":{\"a\":[1]},\"sex\"");
    Issue issue = onlyIssue(readAll(JSON, text).get(0));
    assertThat(issue.ruleId().value()).isEqualTo("MG-READ-005");
    assertThat(issue.pointer()).isEqualTo("/nickname");
    assertThatThrownBy(() -> JSON.fromJson(text))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> assertThat(((ParseException) e).ruleId().value()).isEqualTo("MG-READ-005"))
        // the reason is data, the issue's own: no need to read the message
        .satisfies(e -> assertThat(((ParseException) e).reason()).isEqualTo(issue.reason()));
  }

  @Test
  void keepsUnknownMembersInExtensionsWhenLenientAndRoundTripsThem() {
    CanonicalJson lenient = JSON.lenient();
    String text =
        GOOD.replace("\"sex\"", "\"nickname\":{\"a\":[1,2.5,null]},\"sex\"")
            .replace("\"value\":\"P-0001\"", "\"value\":\"P-0001\",\"scope\":\"x\"");
    ReadResult r = readAll(lenient, text).get(0);
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    assertThat(r.issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-READ-006", "MG-READ-006");
    MignetRecord record = ((ReadResult.Ok) r).record();
    assertThat(record.meta().extensions())
        .containsOnlyKeys("unknown:/nickname", "unknown:/meta/identifier/scope");
    assertThat(record.meta().extensions().get("unknown:/meta/identifier/scope")).isEqualTo("x");
    String written = lenient.toJson(record);
    assertThat(written)
        .contains(
            "\"extensions\":{\"unknown:/meta/identifier/scope\":\"x\","
                + "\"unknown:/nickname\":{\"a\":[1,2.5,null]}}");
    assertThat(lenient.fromJson(written)).isEqualTo(record);
    assertThat(JSON.fromJson(written)).isEqualTo(record);
    assertThat(((Person) record).sex()).isEqualTo(Samples.smallPerson().sex());
  }

  @Test
  void reportsExceededLimitsAndEndsOrGoesOn() {
    CanonicalJson small =
        JSON.withLimits(ReadLimits.defaults().withMaxRecords(2).withMaxRecordBytes(400));
    String big = GOOD.replace("\"sex\"", "\"gender\":\"" + "x".repeat(500) + "\",\"sex\"");
    List<ReadResult> results = readAll(small, GOOD + "\n" + big + "\n" + GOOD + "\n" + GOOD + "\n");
    assertThat(results).hasSize(3);
    assertThat(onlyIssue(results.get(1)).ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(onlyIssue(results.get(2)).message()).contains("records per source");

    String deep =
        "{\"schemaVersion\":\"1.0\",\"records\":["
            + GOOD.replace(
                "\"sex\"", "\"nickname\":" + "[".repeat(100) + "]".repeat(100) + ",\"sex\"")
            + "]}";
    Issue depth = onlyIssue(readAll(JSON.lenient(), deep).get(0));
    assertThat(depth.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(depth.message()).contains("nesting depth");

    String bundle = "{\"schemaVersion\":\"1.0\",\"records\":[" + big + "," + GOOD + "]}";
    List<ReadResult> inBundle = readAll(small, bundle);
    assertThat(inBundle).hasSize(2);
    assertThat(onlyIssue(inBundle.get(0)).ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(inBundle.get(1)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void failsFromJsonWithRuleIdAndLocation() {
    assertThatThrownBy(() -> JSON.fromJson("{\"recordType\":\"Person\",\n\"meta\": nope}"))
        .isInstanceOf(ParseException.class)
        .satisfies(
            e -> {
              ParseException p = (ParseException) e;
              assertThat(p.ruleId().value()).isEqualTo("MG-READ-001");
              assertThat(p.reason()).isEqualTo(Reason.SYNTAX);
              assertThat(p.location().line()).isEqualTo(2);
              assertThat(p.getMessage()).doesNotContain("nope");
            });
    assertThatThrownBy(() -> JSON.fromJson("[]")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> JSON.fromJson(GOOD + GOOD)).isInstanceOf(ParseException.class);
  }

  @Test
  void reportsAnEmptyOrNonObjectInput() {
    assertThat(onlyIssue(readAll(JSON, "").get(0)).ruleId().value()).isEqualTo("MG-READ-013");
    assertThat(onlyIssue(readAll(JSON, "[1]").get(0)).ruleId().value()).isEqualTo("MG-READ-013");
  }

  /**
   * Regression: a document that names its recordType twice was read from the first, the second
   * ignored.
   */
  @Test
  void refusesADocumentThatGivesItsRecordTypeTwice() {
    String twice = GOOD.replaceFirst("\\{", "{\"recordType\":\"Person\",");
    Issue i = onlyIssue(readAll(JSON, twice).get(0));
    assertThat(i.ruleId().value()).isEqualTo("MG-READ-012");
    assertThat(i.pointer()).isEqualTo("/recordType");
  }
}

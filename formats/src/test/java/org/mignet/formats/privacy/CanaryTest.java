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
package org.mignet.formats.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.Walk;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.privacy.PersonalDataCategory;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.json.ReportJson;
import org.mignet.formats.privacy.Canaries.Canary;
import org.mignet.formats.privacy.Canaries.Kind;

/**
 * The canary (issue 8, point 3): a marker in every personal field of every record type, run through
 * every reader, writer, validator, exception path, {@code toString()} and report, in the six UN
 * languages. No marker may appear where it should not, and under a drop-all policy no marker may
 * appear in the output of any writer. See {@link Canaries} for the markers; each test collects
 * every leak it finds before failing, naming where it leaked.
 */
class CanaryTest {

  static final List<Locale> LANGUAGES =
      List.of(
          Locale.forLanguageTag("ar"),
          Locale.forLanguageTag("zh"),
          Locale.ENGLISH,
          Locale.FRENCH,
          Locale.forLanguageTag("ru"),
          Locale.forLanguageTag("es"));

  private static final Validation VALIDATION = Validation.standard();
  private static final CanonicalJson JSON = CanonicalJson.standard();
  private static final String KEY = "00112233445566778899aabbccddeeff";

  // ---------------------------------------------------------------- toString

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void toStringOfTheRecordAndEveryNestedRecordShowsNoMarker(RecordType type) {
    Leaks leaks = new Leaks();
    for (Kind kind : Kind.values()) {
      MignetRecord r = Canaries.of(type, kind).record();
      RecordModel root = RecordModel.of(type.javaType());
      Walk.records(
          r,
          (rec, model, pointer) -> {
            // a record under a mark is the personal value itself (a birth date, an address): what
            // matters is that the
            // records holding it never show it
            if (root.categoryAt(pointer).isEmpty()) {
              leaks.check(
                  kind
                      + " "
                      + model.type().getSimpleName()
                      + " at "
                      + (pointer.isEmpty() ? "/" : pointer)
                      + ".toString()",
                  rec.toString());
            }
          });
    }
    leaks.assertNone();
  }

  @Test
  void everyRecordTypeHasMarkersInItsPersonalFields() {
    for (RecordType type : RecordType.values()) {
      Canary c = Canaries.of(type, Kind.HOSTILE);
      assertThat(c.markers())
          .as(type + ": every type has marked components, so a canary has markers")
          .isNotEmpty();
      assertThat(JSON.toJson(c.record())).as(type + " canonical form").contains(c.markers());
    }
  }

  // ---------------------------------------------------------------- validation

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void validationIssuesAndReportsMaskEveryMarkerInEveryLanguage(RecordType type) {
    Leaks leaks = new Leaks();
    for (Kind kind : Kind.values()) {
      MignetRecord r = Canaries.of(type, kind).record();
      for (Profile profile : VALIDATION.profiles()) {
        for (Locale locale : LANGUAGES) {
          ValidationReport report = VALIDATION.validate(r, profile, locale);
          String where = kind + " " + type + " profile " + profile + " [" + locale + "]";
          for (Issue i : report.issues()) {
            checkIssue(leaks, where, i);
          }
          leaks.check(where + " toText", report.toText());
          leaks.check(where + " toHtml", report.toHtml());
          leaks.check(where + " toString", report.toString());
          leaks.check(where + " ReportJson", ReportJson.toJson(report));
        }
      }
    }
    leaks.assertNone();
  }

  @ParameterizedTest
  @EnumSource(
      value = RecordType.class,
      names = {"PERSON", "TRAVEL_DOCUMENT", "TRAFFICKING_CASE", "SMUGGLING_CASE", "RETURN_CASE"})
  void theHostileCanaryTripsRulesOnPersonalFieldsWhichWithholdTheirValues(RecordType type) {
    MignetRecord r = Canaries.of(type, Kind.HOSTILE).record();
    assertThat(VALIDATION.validate(r, Profile.EXCHANGE).issues())
        .as(
            type
                + ": rules fire on the hostile canary's "
                + "personal fields (invalid codes, future dates, ages out of range) and withhold what they found")
        .anySatisfy(i -> assertThat(i.masked()).isTrue());
  }

  // ---------------------------------------------------------------- readers and their exceptions

  @ParameterizedTest
  @EnumSource(RecordType.class)
  @org.junit.jupiter.api.Tag(
      org.mignet.formats.WithXlsx.TAG) // also with workbooks, in mignet-formats-xlsx
  void everyReaderFedTheCanonicalFormWithADefectNextToAMarkerEchoesNoMarker(RecordType type) {
    Leaks leaks = new Leaks();
    String json = JSON.toJson(Canaries.of(type, Kind.VALID).record());
    Map<String, String> inputs = new java.util.LinkedHashMap<>();
    inputs.put("intact", json);
    inputs.putAll(defects(json, false));
    for (Format f : Formats.all()) {
      Map<String, String> all = new java.util.LinkedHashMap<>(inputs);
      if (f.name().equals("json") || f.name().equals("ndjson")) {
        all.putAll(defects(json.replace("\n", ""), true));
      }
      for (Map.Entry<String, String> in : all.entrySet()) {
        byte[] bytes = in.getValue().getBytes(StandardCharsets.UTF_8);
        read(leaks, f, type + " canonical " + in.getKey() + " into " + f.name(), bytes);
      }
    }
    leaks.assertNone();
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  @org.junit.jupiter.api.Tag(
      org.mignet.formats.WithXlsx.TAG) // also with workbooks, in mignet-formats-xlsx
  void everyReaderFedItsOwnWrittenCanaryWithADefectEchoesNoMarker(RecordType type) {
    Leaks leaks = new Leaks();
    for (Kind kind : Kind.values()) {
      MignetRecord r = Canaries.of(type, kind).record();
      for (Format f : writableCarrying(type)) {
        Output o = convert(ndjson(r), f, null);
        checkReport(leaks, kind + " " + type + " → " + f.name() + " report", o.report());
        // the over-long value once per format, to keep the test fast
        readOwnForm(leaks, f, kind + " " + type + " " + f.name(), o.bytes(), kind == Kind.VALID);
      }
    }
    leaks.assertNone();
  }

  private static void readOwnForm(
      Leaks leaks, Format f, String where, byte[] written, boolean overLong) {
    read(leaks, f, where + " intact", written);
    String text = new String(written, StandardCharsets.UTF_8);
    if (!isZip(written) && text.toUpperCase(Locale.ROOT).contains(Canaries.TEXT)) {
      for (Map.Entry<String, String> d : defects(text, overLong).entrySet()) {
        read(leaks, f, where + " " + d.getKey(), d.getValue().getBytes(StandardCharsets.UTF_8));
      }
    } else if (isZip(written)) {
      read(leaks, f, where + " truncated", java.util.Arrays.copyOf(written, written.length / 2));
    }
  }

  /**
   * The defect that adds a value of the wrong type next to a marker: in a table, one cell more in
   * the row.
   */
  static final String EXTRA_CELL = "wrong type (in a table, an extra cell) next to the marker";

  @Test
  void aRowWiderThanItsHeaderIsRefusedRatherThanShiftingPersonalValuesIntoUnmarkedFields() {
    Format htcds = Formats.named("htcds");
    MignetRecord r = Canaries.of(RecordType.TRAFFICKING_CASE, Kind.VALID).record();
    String written = convert(ndjson(r), htcds, null).text();
    Leaks leaks = new Leaks();
    read(
        leaks,
        htcds,
        "htcds row with an extra cell",
        defects(written, false).get(EXTRA_CELL).getBytes(StandardCharsets.UTF_8));
    leaks.assertNone();
  }

  // ---------------------------------------------------------------- writers under policies

  /**
   * Regression: the HTCDS writers used to take a policy given to them directly and apply it with
   * their own table of personal fields, which called a victim's places organisational, so that a
   * drop-all policy wrote them out. A policy is now the pipeline's only: a writer handed one
   * refuses it, before writing anything.
   */
  @Test
  void aWriterHandedAPolicyDirectlyRefusesItAndWritesNothing(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path policy = dir.resolve("drop-all.json");
    java.nio.file.Files.writeString(
        policy,
        "{\"agreement\": \"test-agreement\", \"categories\": "
            + "{\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"drop\", \"SENSITIVE\": \"drop\"}}");
    for (String name : List.of("htcds", "htcds-xform", "ndjson", "csv")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  Formats.named(name)
                      .writer(
                          out,
                          org.mignet.formats.FormatOptions.none()
                              .with(org.mignet.formats.FormatOptions.POLICY, policy)))
          .as(name)
          .isInstanceOf(org.mignet.formats.UnsupportedOptionException.class);
      assertThat(out.size()).as(name).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  @org.junit.jupiter.api.Tag(
      org.mignet.formats.WithXlsx.TAG) // also with workbooks, in mignet-formats-xlsx
  void underADropAllPolicyNoWriterOutputHoldsAMarker(RecordType type) {
    Leaks leaks = new Leaks();
    MignetRecord r = Canaries.of(type, Kind.VALID).record();
    SharingPolicy dropAll = all(SharingAction.DROP, Map.of());
    for (Format f : writableCarrying(type)) {
      Output out = convert(ndjson(r), f, dropAll);
      leaks.check(type + " drop-all → " + f.name(), out.text());
      checkReport(leaks, type + " drop-all → " + f.name() + " report", out.report());
    }
    leaks.assertNone();
  }

  /**
   * A travel document names its holder (a required name): under a policy that drops or generalises
   * every direct identifier (a name has no coarser form) it has nothing left to be, so the pipeline
   * refuses it whole (MG-CONV-004), failing closed. Every other record type takes every policy.
   */
  static boolean refusedWhole(RecordType type, SharingAction action) {
    return type == RecordType.TRAVEL_DOCUMENT && action != SharingAction.PSEUDONYMISE;
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void everyPolicyCanBeAppliedToEveryRecordType(RecordType type) {
    for (SharingAction action :
        List.of(SharingAction.DROP, SharingAction.PSEUDONYMISE, SharingAction.GENERALISE)) {
      Redactor redactor = Redactor.of(all(action, Map.of()), name -> KEY);
      MignetRecord record = Canaries.of(type, Kind.VALID).record();
      if (refusedWhole(type, action)) {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> redactor.apply(record, (path, a) -> {}))
            .isInstanceOf(PolicyException.class)
            .hasMessageNotContaining("CANARY");
        continue;
      }
      MignetRecord shared = redactor.apply(record, (path, a) -> {});
      if (action != SharingAction.GENERALISE) {
        assertThat(Canaries.found(JSON.toJson(shared))).as(type + " after " + action).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void onlyARecordThePolicyLeavesNothingOfIsRefusedWhole(RecordType type) {
    for (SharingAction action :
        List.of(SharingAction.DROP, SharingAction.PSEUDONYMISE, SharingAction.GENERALISE)) {
      ConversionReport report =
          convert(
                  ndjson(Canaries.of(type, Kind.VALID).record()),
                  Formats.named("ndjson"),
                  all(action, Map.of()))
              .report();
      assertThat(report.written())
          .as(type + " under " + action + "-all")
          .isEqualTo(refusedWhole(type, action) ? 0 : 1);
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  @org.junit.jupiter.api.Tag(
      org.mignet.formats.WithXlsx.TAG) // also with workbooks, in mignet-formats-xlsx
  void underAPseudonymiseAllPolicyNoWriterOutputHoldsAMarkerAndPseudonymsAreStable(
      RecordType type) {
    Leaks leaks = new Leaks();
    MignetRecord r = Canaries.of(type, Kind.VALID).record();
    SharingPolicy pseudonymiseAll = all(SharingAction.PSEUDONYMISE, Map.of());
    for (Format f : writableCarrying(type)) {
      Output first = convert(ndjson(r), f, pseudonymiseAll);
      Output again = convert(ndjson(r), f, pseudonymiseAll);
      String where = type + " pseudonymise-all → " + f.name();
      leaks.check(where, first.text());
      checkReport(leaks, where + " report", first.report());
      assertThat(pseudonyms(again.text()))
          .as(where + ": the same record under the same agreement gives the same " + "pseudonyms")
          .isEqualTo(pseudonyms(first.text()));
    }
    leaks.assertNone();
    String canonical = convert(ndjson(r), Formats.named("ndjson"), pseudonymiseAll).text();
    Pseudonymiser p = pseudonymiseAll.pseudonymiser(name -> KEY);
    assertThat(Canaries.of(type, Kind.VALID).textMarkers())
        .as(type + ": every text marker's pseudonym is in the " + "canonical output")
        .allSatisfy(m -> assertThat(canonical).contains(p.pseudonym(m)));
  }

  private static Set<String> pseudonyms(String text) {
    Set<String> out = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("ps-[0-9a-f]{24}").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  @org.junit.jupiter.api.Tag(
      org.mignet.formats.WithXlsx.TAG) // also with workbooks, in mignet-formats-xlsx
  void underAGeneraliseAllPolicyNoWriterOutputHoldsAFullMarkerDate(RecordType type) {
    Leaks leaks = new Leaks();
    MignetRecord r = Canaries.of(type, Kind.VALID).record();
    SharingPolicy generaliseAll = all(SharingAction.GENERALISE, Map.of());
    for (Format f : writableCarrying(type)) {
      String out = convert(ndjson(r), f, generaliseAll).text();
      for (String date :
          List.of(
              Canaries.DATE, "1911-11", "11/11/1911", "11111911", Canaries.COORDINATE, "22.2222")) {
        if (out.contains(date)) {
          leaks.add(type + " generalise-all → " + f.name() + ": " + date);
        }
      }
      if (out.toUpperCase(Locale.ROOT).contains(Canaries.TEXT)) {
        // free text has no coarser form: generalise drops it
        leaks.add(type + " generalise-all → " + f.name() + ": free text " + Canaries.found(out));
      }
    }
    leaks.assertNone();
  }

  // ---------------------------------------------------------------- helpers

  private static void checkIssue(Leaks leaks, String where, Issue i) {
    for (Locale locale : LANGUAGES) {
      leaks.check(
          where + " " + i.ruleId().value() + " " + i.pointer() + " message [" + locale + "]",
          i.message(locale));
      leaks.check(
          where + " " + i.ruleId().value() + " " + i.pointer() + " toString [" + locale + "]",
          i.toString(locale));
    }
    leaks.check(
        where + " " + i.ruleId().value() + " " + i.pointer() + " value", i.value().orElse(""));
    leaks.check(
        where + " " + i.ruleId().value() + " " + i.pointer() + " arguments",
        String.valueOf(i.arguments()));
  }

  private static void checkReport(Leaks leaks, String where, ConversionReport report) {
    if (report == null) {
      return;
    }
    leaks.check(where + " JSON", ReportJson.toJson(report));
    leaks.check(where + " summary", report.summary());
    for (Issue i : report.issues()) {
      checkIssue(leaks, where, i);
    }
  }

  /**
   * Reads a whole input through the pipeline (the format's reader, then validation under the
   * exchange profile), and checks every issue, outcome and exception; every record read must hold
   * markers only under marks, and must not show them in its {@code toString()}.
   */
  static void read(Leaks leaks, Format f, String where, byte[] input) {
    try {
      ConversionReport report =
          Conversion.from(f)
              .validating(VALIDATION, Profile.EXCHANGE)
              .check(
                  new ByteArrayInputStream(input),
                  "input.src",
                  outcome -> leaks.check(where + " outcome", String.valueOf(outcome)));
      checkReport(leaks, where + " check", report);
    } catch (RuntimeException e) {
      checkException(leaks, where + " check", e);
    }
    try (RecordReader reader = f.reader(new ByteArrayInputStream(input), "input.src")) {
      while (reader.hasNext()) {
        if (reader.next() instanceof ReadResult.Ok ok) {
          leaks.check(where + " record read, toString", ok.record().toString());
          for (String pointer : markersOutsideMarks(ok.record())) {
            leaks.add(where + ": the reader put a marker into the unmarked " + pointer);
          }
        }
      }
    } catch (RuntimeException e) {
      checkException(leaks, where, e);
    }
  }

  /**
   * @return the pointers of text values holding a marker where the model has no personal-data mark
   */
  static List<String> markersOutsideMarks(MignetRecord record) {
    List<String> out = new ArrayList<>();
    RecordModel model = RecordModel.of(record.getClass());
    try {
      collect(
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(JSON.toJson(record)),
          "",
          model,
          out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static void collect(
      com.fasterxml.jackson.databind.JsonNode n,
      String pointer,
      RecordModel model,
      List<String> out) {
    if (n.isContainerNode()) {
      if (n.isObject()) {
        n.properties()
            .iterator()
            .forEachRemaining(
                e ->
                    collect(
                        e.getValue(),
                        pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                        model,
                        out));
      } else {
        for (int i = 0; i < n.size(); i++) {
          collect(n.get(i), pointer + "/" + i, model, out);
        }
      }
    } else if (!Canaries.found(n.asText()).isEmpty()
        && !pointer.equals("/recordType")
        && model.categoryAt(pointer).isEmpty()) {
      out.add(pointer);
    }
  }

  private static void checkException(Leaks leaks, String where, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      leaks.check(
          where + " " + t.getClass().getSimpleName() + " message", String.valueOf(t.getMessage()));
      leaks.check(where + " " + t.getClass().getSimpleName() + " toString", t.toString());
      if (t instanceof org.mignet.formats.ReadException re) {
        checkIssue(leaks, where + " exception issue", re.issue());
      }
    }
  }

  /**
   * Defects placed next to the first text marker of a text form: cut off after it, a stray
   * character after it, a wrong type (an object where the text was), a control character inside it,
   * and an over-long value.
   */
  static Map<String, String> defects(String text) {
    return defects(text, true);
  }

  static Map<String, String> defects(String text, boolean overLong) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Matcher m = Pattern.compile(Canaries.TEXT + "\\d+", Pattern.CASE_INSENSITIVE).matcher(text);
    if (!m.find()) {
      return out;
    }
    int s = m.start();
    int e = m.end();
    String marker = m.group();
    out.put("cut after the marker", text.substring(0, e));
    out.put("stray quote after the marker", text.substring(0, e) + "\"@" + text.substring(e));
    out.put(
        "object in place of the marker",
        text.substring(0, s) + "{\"x\":\"" + marker + "\"}" + text.substring(e));
    out.put(
        "control character in the marker",
        text.substring(0, s) + marker + "\u0001" + text.substring(e));
    if (overLong) {
      out.put(
          "over-long marker",
          text.substring(0, s) + marker + "Z".repeat(1_000_010) + text.substring(e));
    }
    out.put(
        EXTRA_CELL,
        text.substring(0, e)
            + (text.charAt(e) == '"' ? "\",\"meta\":7,\"z" : ",7,")
            + text.substring(e));
    return out;
  }

  static SharingPolicy all(SharingAction action, Map<String, SharingAction> paths) {
    Map<PersonalDataCategory, SharingAction> categories = new EnumMap<>(PersonalDataCategory.class);
    for (PersonalDataCategory c : PersonalDataCategory.values()) {
      categories.put(c, action);
    }
    return SharingPolicy.of("test-agreement", categories, paths, "TEST_KEY", null);
  }

  static List<Format> writableCarrying(RecordType type) {
    List<Format> out = new ArrayList<>();
    for (Format f : Formats.all()) {
      if (f.isWritable()
          && f.carries().contains(type)
          && org.mignet.formats.WithXlsx.Support.usable(f)) {
        out.add(f);
      }
    }
    return out;
  }

  static byte[] ndjson(MignetRecord r) {
    return (JSON.toJson(r).replace("\n", "") + "\n").getBytes(StandardCharsets.UTF_8);
  }

  record Output(byte[] bytes, String text, ConversionReport report) {}

  static Output convert(byte[] ndjson, Format to, SharingPolicy policy) {
    Conversion c = Conversion.from(Formats.named("ndjson")).to(to);
    if (policy != null) {
      c = c.policy(policy, name -> KEY);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport report = c.run(new ByteArrayInputStream(ndjson), "input.ndjson", out);
    byte[] bytes = out.toByteArray();
    return new Output(bytes, textOf(bytes), report);
  }

  static boolean isZip(byte[] b) {
    return b.length > 3 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  /**
   * @return the text of an output: for a workbook, every XML part of it unzipped
   */
  static String textOf(byte[] bytes) {
    if (!isZip(bytes)) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    StringBuilder b = new StringBuilder();
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("output", ".xlsx");
      try {
        java.nio.file.Files.write(file, bytes);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            try (InputStream in = zip.getInputStream(e)) {
              b.append("\n--- ").append(e.getName()).append('\n');
              b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      } finally {
        java.nio.file.Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.toString();
  }

  /** Leaks found by one test: each with where it leaked and what. */
  static final class Leaks {
    private final List<String> found = new ArrayList<>();

    void check(String where, String text) {
      List<String> markers = Canaries.found(text);
      if (!markers.isEmpty()) {
        add(where + ": " + markers + " in " + excerpt(text, markers.get(0)));
      }
    }

    void add(String leak) {
      if (found.size() < 200) {
        found.add(leak);
      }
    }

    void assertNone() {
      assertThat(found).as("leaks").isEmpty();
    }

    private static String excerpt(String text, String marker) {
      int at = text.toUpperCase(Locale.ROOT).indexOf(marker.toUpperCase(Locale.ROOT));
      int from = Math.max(0, at - 120);
      return "«" + text.substring(from, Math.min(text.length(), at + 80)).replace("\n", "⏎") + "»";
    }
  }
}

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Incident;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Severity;
import org.mignet.core.validation.Validation;
import org.mignet.formats.json.CanonicalJson;

/**
 * Issue 10, point 6: the pipeline's accounting, pinned where mutation testing found it loose: the
 * issue cap and its boundary, the report's invariants, what a check (no writer) and a validating
 * run without rejection count, and the listener hearing of every record once, in order.
 */
class PipelineAccountingTest {

  private static final Incident GOOD =
      Incident.builder(RecordMeta.of("mmp", "1")).counts(2, 9, 11).build();
  private static final Incident BAD =
      Incident.builder(RecordMeta.of("mmp", "2")).counts(2, 9, 20).build();

  private static InputStream ndjson(List<String> lines) {
    return new ByteArrayInputStream(
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> broken(int n) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add("{not json " + i);
    }
    return lines;
  }

  private static ConversionReport convert(Conversion c, List<String> lines) {
    return c.run(ndjson(lines), "in.ndjson", new ByteArrayOutputStream());
  }

  @Test
  void keepsAtMostMaxIssuesButCountsEveryRecord() {
    Conversion c = Conversion.from(Formats.named("ndjson")).to(Formats.named("ndjson"));
    ConversionReport capped = convert(c.maxIssues(2), broken(5));
    assertThat(capped.read()).isEqualTo(5);
    assertThat(capped.rejected()).isEqualTo(5);
    assertThat(capped.written()).isZero();
    assertThat(capped.issues())
        .hasSize(2)
        .extracting(ri -> ri.ruleId().value())
        .containsOnly("MG-READ-001");
    assertThat(capped.issues())
        .extracting(i -> i.location().source().orElseThrow())
        .containsOnly("in.ndjson");

    // the cap is the most kept, not one less
    assertThat(convert(c.maxIssues(5), broken(5)).issues()).hasSize(5);
    assertThat(convert(c.maxIssues(0), broken(5)).issues()).isEmpty();
    assertThat(convert(c, broken(5)).issues()).hasSize(5);
  }

  @Test
  void refusesANegativeIssueCapOrFewerThanOneThread() {
    Conversion c = Conversion.from(Formats.named("ndjson")).to(Formats.named("ndjson"));
    assertThatThrownBy(() -> c.maxIssues(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.parallelism(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(convert(c.parallelism(1), List.of(CanonicalJson.standard().toJson(GOOD))).written())
        .isEqualTo(1);
  }

  @Test
  void validatingWithoutRejectingWritesInvalidRecordsAndKeepsTheirIssues() {
    List<String> lines =
        List.of(CanonicalJson.standard().toJson(GOOD), CanonicalJson.standard().toJson(BAD));
    ConversionReport report =
        convert(
            Conversion.from(Formats.named("ndjson"))
                .to(Formats.named("ndjson"))
                .validating(Validation.standard(), Profile.STRUCTURAL),
            lines);
    assertThat(report.written()).isEqualTo(2);
    assertThat(report.rejected()).isZero();
    assertThat(report.issues())
        .extracting(ri -> ri.ruleId().value())
        .contains("MG-INC-001")
        .doesNotContain("MG-CONV-003");
    assertThat(report.issues())
        .filteredOn(i -> i.ruleId().value().equals("MG-INC-001"))
        .singleElement()
        .satisfies(i -> assertThat(i.location().record()).isEqualTo(2));
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.count(Severity.FATAL)).isZero();
    assertThat(report.isLossless()).isTrue();
  }

  @Test
  void aCheckHearsOfEveryRecordOnceInOrderWithItsVerdict() {
    List<String> lines =
        List.of(
            CanonicalJson.standard().toJson(GOOD),
            "{not json",
            CanonicalJson.standard().toJson(BAD));
    List<String> heard = new ArrayList<>();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .rejectingInvalid(Validation.standard(), Profile.STRUCTURAL)
            .check(
                ndjson(lines),
                "in.ndjson",
                o ->
                    heard.add(
                        o.location().record()
                            + ":"
                            + o.passed()
                            + ":"
                            + o.type().map(Enum::name).orElse("?")
                            + ":"
                            + o.issues().size()));
    assertThat(report.read()).isEqualTo(3);
    assertThat(report.written()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(2);
    assertThat(heard).hasSize(3);
    assertThat(heard.get(0)).startsWith("1:true:INCIDENT:0");
    assertThat(heard.get(1)).startsWith("2:false:?:");
    assertThat(heard.get(2)).startsWith("3:false:INCIDENT:");
  }

  private static String dataset(String id, int observations) {
    List<org.mignet.core.model.Observation> obs = new ArrayList<>();
    for (int i = 0; i < observations; i++) {
      obs.add(
          org.mignet.core.model.Observation.of(
              java.util.Map.of("REF_AREA", "FRA", "TIME_PERIOD", Integer.toString(2000 + i)),
              java.math.BigDecimal.valueOf(i)));
    }
    return CanonicalJson.standard()
        .toJson(
            new org.mignet.core.model.Dataset(
                RecordMeta.of("estat", id),
                "ESTAT:X(1.0)",
                java.util.Optional.empty(),
                List.of("REF_AREA", "TIME_PERIOD"),
                java.util.Map.of(),
                obs));
  }

  @Test
  void aCheckCountsTheObservationsOfEveryDatasetAsValidOrNot() {
    List<String> lines = List.of(dataset("a", 3), "{not json", dataset("b", 2));
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .validating(Validation.standard(), Profile.STRUCTURAL)
            .check(ndjson(lines), "in.ndjson", o -> {});
    assertThat(report.read()).isEqualTo(3);
    assertThat(report.written()).isEqualTo(2);
    assertThat(report.observations()).isEqualTo(new ConversionReport.Observations(5, 5, 0));
  }

  @Test
  void aCheckFailsTheSecondRecordOfAnIdentifierUsedTwice() {
    String same = CanonicalJson.standard().toJson(GOOD);
    List<Boolean> passed = new ArrayList<>();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .validating(Validation.standard(), Profile.STRUCTURAL)
            .crossRecord(Validation.standard().crossRecord(Profile.STRUCTURAL))
            .check(ndjson(List.of(same, same)), "in.ndjson", o -> passed.add(o.passed()));
    assertThat(passed).containsExactly(true, false);
    assertThat(report.written()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.issues()).extracting(ri -> ri.ruleId().value()).contains("MG-XREC-001");
  }

  @Test
  void aReportMustAccountForEveryRecordAndObservation() {
    assertThatThrownBy(
            () -> new ConversionReport("a", "b", 3, 1, 1, List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConversionReport.Observations(3, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConversionReport.Observations(-1, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConversionReport.Observations(1, 2, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new ConversionReport.Observations(3, 2, 1)
                .plus(new ConversionReport.Observations(4, 1, 3)))
        .isEqualTo(new ConversionReport.Observations(7, 3, 4));
    assertThat(
            new ConversionReport("a", "b", 0, 0, 0, List.of(), List.of(), List.of(), null)
                .observations())
        .isEqualTo(ConversionReport.Observations.NONE);
  }

  @Test
  void summariesSayObservationsOnlyWhenSomeWereRead() {
    ConversionReport none =
        new ConversionReport("a", "b", 2, 1, 1, List.of(), List.of(), List.of());
    assertThat(none.summary()).doesNotContain("observations").contains("2").contains("1");
    assertThat(ConversionReport.Observations.NONE.summary(Locale.ENGLISH)).isEmpty();
    assertThat(ConversionReport.Observations.NONE.checkSummary(Locale.ENGLISH)).isEmpty();
    ConversionReport.Observations obs = new ConversionReport.Observations(3400, 3399, 1);
    assertThat(obs.summary(Locale.ENGLISH)).contains("3400", "3399", "observations");
    assertThat(obs.checkSummary(Locale.ENGLISH)).contains("3400", "3399");
    assertThat(
            new ConversionReport("a", "b", 1, 1, 0, List.of(), List.of(), List.of(), obs).summary())
        .endsWith(obs.summary(Locale.ENGLISH));
  }

  @Test
  void aReportIsLosslessOnlyWithoutRejectionsOrLosses() {
    Loss loss =
        new Loss(
            "/x",
            org.mignet.core.model.RecordType.INCIDENT,
            (org.mignet.core.validation.Term) l -> "x",
            1);
    assertThat(
            new ConversionReport("a", "b", 1, 1, 0, List.of(), List.of(), List.of()).isLossless())
        .isTrue();
    assertThat(
            new ConversionReport("a", "b", 1, 0, 1, List.of(), List.of(), List.of()).isLossless())
        .isFalse();
    assertThat(
            new ConversionReport("a", "b", 1, 1, 0, List.of(), List.of(loss), List.of())
                .isLossless())
        .isFalse();
  }

  /** A person whose sex and gender disagree: a warning (MG-PERSON-005), nothing blocking. */
  private static String warned(String id) {
    return CanonicalJson.standard()
        .toJson(
            org.mignet.core.model.Person.builder(
                    RecordMeta.of("test", id)
                        .withSensitivity(org.mignet.core.model.Sensitivity.CONFIDENTIAL))
                .sex(org.mignet.core.model.Sex.FEMALE)
                .gender("Masculine")
                .build());
  }

  /** A cross-record rule that finds something in every record: a warning or an error. */
  private static Validation withAcrossRule(Severity severity) {
    org.mignet.core.validation.RuleDefinition d =
        new org.mignet.core.validation.RuleDefinition(
            org.mignet.core.RuleId.of("ACME-XREC-" + (severity == Severity.ERROR ? "002" : "001")),
            severity,
            org.mignet.core.validation.RuleKind.CROSS_RECORD,
            java.util.Set.of("structural"),
            java.util.Map.of("en", "Found across records."),
            "Says something of every record, for the test.",
            "mignet tests");
    return Validation.builder()
        .addCrossRecordRule(
            new org.mignet.core.validation.CrossRecordRule() {
              @Override
              public org.mignet.core.validation.RuleDefinition definition() {
                return d;
              }

              @Override
              public Scope open() {
                return (r, ctx) -> ctx.report("/meta");
              }
            })
        .build();
  }

  @Test
  void rejectingInvalidRecordsWritesTheOnesWithWarningsOnly() {
    List<String> lines = List.of(warned("1"), CanonicalJson.standard().toJson(BAD), warned("3"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(Formats.named("ndjson"))
            .rejectingInvalid(Validation.standard(), Profile.STRUCTURAL)
            .run(ndjson(lines), "in.ndjson", out);
    assertThat(report.read()).isEqualTo(3);
    assertThat(report.written()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isEqualTo(2);
    assertThat(report.issues())
        .filteredOn(i -> i.ruleId().value().equals("MG-CONV-003"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.location().record()).isEqualTo(2);
              assertThat(i.message(Locale.ENGLISH)).contains("found 1 error(s)");
            });
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
  }

  @Test
  void aWarningAcrossRecordsNeitherRejectsNorFailsARecordAndAnErrorAcrossRecordsDoes() {
    Validation warns = withAcrossRule(Severity.WARNING);
    Validation errs = withAcrossRule(Severity.ERROR);
    List<String> lines = List.of(warned("1"), CanonicalJson.standard().toJson(BAD));

    ConversionReport written =
        Conversion.from(Formats.named("ndjson"))
            .to(Formats.named("ndjson"))
            .rejectingInvalid(warns, Profile.STRUCTURAL)
            .crossRecord(warns.crossRecord(Profile.STRUCTURAL))
            .run(ndjson(lines), "in.ndjson", new ByteArrayOutputStream());
    assertThat(written.written()).isEqualTo(1);
    assertThat(written.rejected()).isEqualTo(1);
    assertThat(written.issues())
        .filteredOn(i -> i.ruleId().value().equals("MG-CONV-003"))
        .singleElement()
        .satisfies(i -> assertThat(i.message(Locale.ENGLISH)).contains("found 1 error(s)"));

    ConversionReport rejected =
        Conversion.from(Formats.named("ndjson"))
            .to(Formats.named("ndjson"))
            .rejectingInvalid(errs, Profile.STRUCTURAL)
            .crossRecord(errs.crossRecord(Profile.STRUCTURAL))
            .run(ndjson(lines), "in.ndjson", new ByteArrayOutputStream());
    assertThat(rejected.written()).isZero();
    assertThat(rejected.rejected()).isEqualTo(2);
    // the record's own error and the one across records, counted together
    assertThat(rejected.issues())
        .filteredOn(i -> i.ruleId().value().equals("MG-CONV-003"))
        .extracting(i -> i.location().record() + " " + i.message(Locale.ENGLISH))
        .containsExactly(
            "1 Expected a record valid under profile structural; found 1 error(s), so the record"
                + " was not written.",
            "2 Expected a record valid under profile structural; found 2 error(s), so the record"
                + " was not written.");

    List<Boolean> checked = new ArrayList<>();
    Conversion.from(Formats.named("ndjson"))
        .validating(warns, Profile.STRUCTURAL)
        .crossRecord(warns.crossRecord(Profile.STRUCTURAL))
        .check(
            ndjson(List.of(warned("1"), warned("2"))), "in.ndjson", o -> checked.add(o.passed()));
    assertThat(checked).containsExactly(true, true);
    checked.clear();
    Conversion.from(Formats.named("ndjson"))
        .validating(errs, Profile.STRUCTURAL)
        .crossRecord(errs.crossRecord(Profile.STRUCTURAL))
        .check(
            ndjson(List.of(warned("1"), warned("2"))), "in.ndjson", o -> checked.add(o.passed()));
    assertThat(checked).containsExactly(false, false);
  }

  @Test
  void aCheckFailsARecordWithAnErrorOfItsOwnButNotOneWithWarningsOnly() {
    List<Boolean> passed = new ArrayList<>();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .validating(Validation.standard(), Profile.STRUCTURAL)
            .check(
                ndjson(
                    List.of(
                        CanonicalJson.standard().toJson(GOOD),
                        CanonicalJson.standard().toJson(BAD),
                        warned("3"))),
                "in.ndjson",
                o -> passed.add(o.passed()));
    assertThat(passed).containsExactly(true, false, true);
    assertThat(report.written()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
  }

  /** NDJSON whose reader, after two records, throws what it is given instead of reading on. */
  private static Format givingUpAfterTwo(java.util.function.Supplier<RuntimeException> thrown) {
    Format ndjson = Formats.named("ndjson");
    return new Format() {
      @Override
      public String name() {
        return "gives-up";
      }

      @Override
      public String mediaType() {
        return "application/x-ndjson";
      }

      @Override
      public List<String> fileExtensions() {
        return List.of("x");
      }

      @Override
      public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
        RecordReader inner = ndjson.reader(in, sourceName, options);
        return new RecordReader() {
          private int n;

          @Override
          public boolean hasNext() {
            if (n == 2) {
              throw thrown.get();
            }
            return inner.hasNext();
          }

          @Override
          public ReadResult next() {
            n++;
            return inner.next();
          }

          @Override
          public void close() {
            inner.close();
          }
        };
      }

      @Override
      public RecordWriter writer(OutputStream out, FormatOptions options) {
        return ndjson.writer(out, options);
      }

      @Override
      public java.util.Set<org.mignet.core.model.RecordType> carries() {
        return ndjson.carries();
      }

      @Override
      public boolean sniff(byte[] head) {
        return false;
      }
    };
  }

  private static Issue unreadable() {
    try (RecordReader r =
        Formats.named("ndjson")
            .reader(ndjson(List.of("{not json")), "other.ndjson", FormatOptions.none())) {
      return r.next().issues().get(0);
    }
  }

  @Test
  void aReaderThatGivesUpEndsTheRunWithAFatalIssueAfterTheRecordsBeforeIt() {
    List<String> lines =
        List.of(
            CanonicalJson.standard().toJson(GOOD),
            CanonicalJson.standard().toJson(BAD),
            CanonicalJson.standard().toJson(GOOD));
    Issue cause = unreadable();
    for (int threads : new int[] {1, 2}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<String> heard = new ArrayList<>();
      ConversionReport report =
          Conversion.from(givingUpAfterTwo(() -> new ReadException(cause)))
              .to(Formats.named("ndjson"))
              .parallelism(threads)
              .run(ndjson(lines), "in.ndjson", out, o -> heard.add(o.passed() + ""));
      assertThat(report.read()).as("%d threads", threads).isEqualTo(3);
      assertThat(report.written()).isEqualTo(2);
      assertThat(report.rejected()).isEqualTo(1);
      assertThat(report.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.severity()).isEqualTo(Severity.FATAL);
                assertThat(i.ruleId().value()).isEqualTo(cause.ruleId().value());
              });
      assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
      assertThat(heard).startsWith("true", "true");
    }
  }

  @Test
  void whatElseAReaderThrowsReachesTheCallerAfterTheRecordsBeforeIt() {
    List<String> lines =
        List.of(CanonicalJson.standard().toJson(GOOD), CanonicalJson.standard().toJson(GOOD));
    for (int threads : new int[] {1, 2}) {
      List<Boolean> heard = new ArrayList<>();
      IllegalStateException bug = new IllegalStateException("a bug in the reader");
      assertThatThrownBy(
              () ->
                  Conversion.from(givingUpAfterTwo(() -> bug))
                      .to(Formats.named("ndjson"))
                      .parallelism(threads)
                      .run(
                          ndjson(lines),
                          "in.ndjson",
                          new ByteArrayOutputStream(),
                          o -> heard.add(o.passed())))
          .as("%d threads", threads)
          .isSameAs(bug);
      assertThat(heard).containsExactly(true, true);
    }
  }
}

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.MignetException;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.Transformation;
import org.mignet.formats.ctdc.internal.CaseToCtdc;
import org.mignet.formats.ctdc.internal.CtdcColumns;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/**
 * The 2024 writer: k-anonymity over seeded random cases, round trips, what the conversion reports.
 *
 * <p>"Carries" is defined as: the 27 values of the 2024 row a case maps to ({@link CaseToCtdc}); a
 * round trip canonical → ctdc → canonical must give a case that maps to the same row, and for cases
 * built only from values the layout holds one-to-one (CTDC bands, gender Masculine/Feminine, one
 * citizenship…) the same model values.
 */
class CtdcWriteTest {

  record Written(
      List<String> header, List<List<String>> rows, List<Transformation> transformations) {}

  static Written write(List<TraffickingCase> cases, FormatOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Transformation> t;
    try (RecordWriter w = Formats.named(Ctdc.NAME).writer(out, options)) {
      cases.forEach(w::write);
      t = w.transformations();
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header;
    try (TableReader r =
        TableReader.builder().open(new ByteArrayInputStream(out.toByteArray()), "out.csv")) {
      header = r.header();
      while (r.hasNext()) {
        TableRow row = r.next();
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() < header.size()) {
          cells.add("");
        }
        rows.add(cells);
      }
    }
    return new Written(header, rows, t);
  }

  static List<TraffickingCase> readBack(List<TraffickingCase> cases, FormatOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named(Ctdc.NAME).writer(out, options)) {
      cases.forEach(w::write);
    }
    List<TraffickingCase> back = new ArrayList<>();
    try (RecordReader r =
        Formats.named(Ctdc.NAME).reader(new ByteArrayInputStream(out.toByteArray()), "rt.csv")) {
      r.forEachRemaining(x -> back.add((TraffickingCase) ((ReadResult.Ok) x).record()));
    }
    return back;
  }

  private static long count(List<Transformation> ts, String pointer, String action) {
    return ts.stream()
        .filter(t -> t.pointer().equals(pointer) && t.action().code().equals(action))
        .mapToLong(Transformation::count)
        .sum();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyEquivalenceClassOfTheOutputHasAtLeastKRows(long seed) {
    int k = seed % 2 == 0 ? Ctdc.DEFAULT_K : 5;
    List<TraffickingCase> cases = new CtdcCaseGenerator(seed, false).take(300);
    Written w = write(cases, FormatOptions.none().with(Ctdc.K, k));
    assertThat(w.header()).as("seed " + seed).isEqualTo(CtdcColumns.V2024);
    List<Integer> qi =
        List.of("ageBroad", "gender", "citizenship", "CountryOfExploitation", "yearOfRegistration")
            .stream()
            .map(w.header()::indexOf)
            .toList();
    Map<List<String>, Integer> classes = new HashMap<>();
    for (List<String> row : w.rows()) {
      classes.merge(qi.stream().map(row::get).toList(), 1, Integer::sum);
    }
    assertThat(classes.values()).as("seed " + seed).allMatch(size -> size >= k);
    assertThat(count(w.transformations(), "", "suppressed"))
        .as("seed " + seed)
        .isEqualTo(cases.size() - w.rows().size());
  }

  @Test
  void rareCombinationsAreGeneralisedBeforeTheyAreSuppressed() {
    List<TraffickingCase> cases = new ArrayList<>();
    CtdcCaseGenerator g = new CtdcCaseGenerator(42, true);
    for (TraffickingCase c : g.take(400)) {
      cases.add(c);
    }
    Written w = write(cases, FormatOptions.none());
    List<Transformation> t = w.transformations();
    assertThat(
            count(t, "/victims/*/person/age", "generalised")
                + count(t, "/victims/*/person/citizenships", "generalised"))
        .isPositive();
  }

  @Test
  void roundTripGivesBackEveryValueTheLayoutCarriesOneToOne() {
    List<TraffickingCase> cases = new ArrayList<>();
    for (TraffickingCase c : new CtdcCaseGenerator(7, true).take(40)) {
      for (int i = 0; i < Ctdc.DEFAULT_K; i++) {
        cases.add(c);
      }
    }
    Written w = write(cases, FormatOptions.none());
    assertThat(w.transformations()).isEmpty();
    List<TraffickingCase> back = readBack(cases, FormatOptions.none());
    assertThat(back).hasSize(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      TraffickingCase a = cases.get(i);
      TraffickingCase b = back.get(i);
      Victim va = a.victims().get(0);
      Victim vb = b.victims().get(0);
      assertThat(b.opened()).isEqualTo(a.opened());
      assertThat(vb.person().gender()).isEqualTo(va.person().gender());
      assertThat(vb.person().age().map(x -> x.range()))
          .isEqualTo(va.person().age().map(x -> x.range()));
      assertThat(vb.person().citizenships()).isEqualTo(va.person().citizenships());
      assertThat(vb.exploitationPlace()).isEqualTo(va.exploitationPlace());
      assertThat(new LinkedHashSet<>(vb.methodsOfControl()))
          .isEqualTo(new LinkedHashSet<>(va.methodsOfControl()));
      assertThat(vb.exploitationTypes())
          .containsExactlyInAnyOrderElementsOf(va.exploitationTypes());
      assertThat(vb.forcedLabourIndustry()).isEqualTo(va.forcedLabourIndustry());
      assertThat(vb.sexualExploitationTypes()).isEqualTo(va.sexualExploitationTypes());
      assertThat(vb.relationshipToTrafficker()).isEqualTo(va.relationshipToTrafficker());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14})
  void roundTripOfAnyCaseMapsToTheSameCtdcRow(long seed) {
    List<TraffickingCase> cases = new ArrayList<>();
    for (TraffickingCase c : new CtdcCaseGenerator(seed, false).take(60)) {
      cases.add(c);
      cases.add(c);
    }
    FormatOptions k2 = FormatOptions.none().with(Ctdc.K, 2);
    List<TraffickingCase> back = readBack(cases, k2);
    assertThat(back).hasSize(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      List<String> a = List.of(new CaseToCtdc(new HashMap<>()).rows(cases.get(i)).get(0));
      List<String> b = List.of(new CaseToCtdc(new HashMap<>()).rows(back.get(i)).get(0));
      assertThat(b).as("seed %d case %d", seed, i).isEqualTo(a);
    }
  }

  @Test
  void reportsWhatThe2024LayoutMergesOrDrops() {
    List<TraffickingCase> cases = new ArrayList<>();
    TraffickingCase c =
        TraffickingCase.builder(org.mignet.core.model.RecordMeta.of("urn:t", "1"))
            .opened(org.mignet.core.model.PartialDate.of(2020, 3, 1))
            .victim(
                Victim.builder(
                        org.mignet.core.model.Person.builder(
                                org.mignet.core.model.RecordMeta.of("urn:t", "p"))
                            .build())
                    .methodOfControl("DebtBondage", "Other")
                    .sexualExploitationType("PrivateSexualServices")
                    .forcedLabourIndustry("C_Manufacturing")
                    .build())
            .build();
    for (int i = 0; i < 3; i++) {
      cases.add(c);
    }
    List<Transformation> t = write(cases, FormatOptions.none().with(Ctdc.K, 2)).transformations();
    assertThat(t)
        .contains(
            new Transformation("/opened", Transformation.Action.GENERALISED, 3),
            new Transformation("/victims/*/methodsOfControl", Transformation.Action.GENERALISED, 3),
            new Transformation("/victims/*/methodsOfControl", Transformation.Action.DROPPED, 3),
            new Transformation(
                "/victims/*/sexualExploitationTypes", Transformation.Action.DROPPED, 3),
            new Transformation(
                "/victims/*/forcedLabourIndustry", Transformation.Action.DROPPED, 3));
  }

  /**
   * Regression: {@code convert --to ctdc --k 11} of the two-victim sample wrote only a header row
   * and reported "written 1": k-anonymity suppressed both rows without the report saying so.
   */
  @Test
  void aCaseWhoseRowsAreAllSuppressedIsRejectedNotWritten() {
    org.mignet.core.model.Person p =
        org.mignet.core.model.Person.builder(org.mignet.core.model.RecordMeta.of("urn:t", "p"))
            .build();
    TraffickingCase two =
        TraffickingCase.builder(org.mignet.core.model.RecordMeta.of("urn:t", "1"))
            .opened(org.mignet.core.model.PartialDate.of(2020, 3, 1))
            .victim(Victim.builder(p).build())
            .victim(Victim.builder(p).build())
            .build();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("ndjson").writer(json)) {
      w.write(two);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.mignet.formats.ConversionReport report =
        org.mignet.formats.Conversion.from(Formats.named("ndjson"))
            .to(Formats.named(Ctdc.NAME))
            .options(FormatOptions.none().with(Ctdc.K, 11))
            .run(new ByteArrayInputStream(json.toByteArray()), "two.ndjson", out);
    assertThat(
            new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8).strip().lines())
        .hasSize(1);
    assertThat(report.written()).isZero();
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.issues()).extracting(ri -> ri.ruleId().value()).contains("MG-CONV-005");
    assertThat(count(report.transformed(), "", "suppressed")).isEqualTo(2);
  }

  @Test
  void keptCasesAreCountedAsWrittenOnce() {
    List<TraffickingCase> cases = new CtdcCaseGenerator(5, false).take(200);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("ndjson").writer(json)) {
      cases.forEach(w::write);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.mignet.formats.ConversionReport report =
        org.mignet.formats.Conversion.from(Formats.named("ndjson"))
            .to(Formats.named(Ctdc.NAME))
            .run(new ByteArrayInputStream(json.toByteArray()), "many.ndjson", out);
    long rows =
        new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                .strip()
                .lines()
                .count()
            - 1;
    long suppressedRows = count(report.transformed(), "", "suppressed");
    long victimRows = cases.stream().mapToLong(c -> c.victims().size()).sum();
    assertThat(rows).isEqualTo(victimRows - suppressedRows);
    assertThat(report.written()).isLessThanOrEqualTo(rows);
    assertThat(report.written() + report.rejected()).isEqualTo(cases.size());
  }

  @Test
  void coverageNamesWhatCtdcCannotCarry() {
    var coverage = Formats.named(Ctdc.NAME).coverage();
    for (String path :
        List.of(
            "/victims/*/person/names/*/fullName",
            "/events/*/place/country",
            "/referrals/*/date",
            "/supportPlans/*/type",
            "/comments/*/text",
            "/meta/identifier/value",
            "/perpetrators/*/role",
            "/victims/*/recruitmentMethods",
            "/meta/extensions/ctdc:Datasource",
            "/meta/extensions/iom:unit")) {
      assertThat(coverage.lossReason(RecordType.TRAFFICKING_CASE, path)).as(path).isPresent();
    }
    for (String path :
        List.of(
            "/opened/year",
            "/victims/*/person/age/range/min",
            "/victims/*/person/citizenships",
            "/victims/*/methodsOfControl",
            "/meta/extensions/ctdc:traffickMonths")) {
      assertThat(coverage.lossReason(RecordType.TRAFFICKING_CASE, path)).as(path).isEmpty();
    }
  }

  @Test
  void theWriterRefusesMoreRowsThanItMayBuffer() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<TraffickingCase> cases = new CtdcCaseGenerator(3, true).take(3);
    try (RecordWriter w =
        Formats.named(Ctdc.NAME)
            .writer(out, FormatOptions.none().with(Ctdc.MAX_BUFFERED_ROWS, 2))) {
      w.write(cases.get(0));
      w.write(cases.get(1));
      assertThatThrownBy(() -> w.write(cases.get(2)))
          .isInstanceOf(MignetException.class)
          .hasMessageContaining("MG-CTDC-011");
    }
    assertThatThrownBy(
            () -> Formats.named(Ctdc.NAME).writer(out, FormatOptions.none().with(Ctdc.K, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Formats.named(Ctdc.NAME)
                    .writer(out, FormatOptions.none().with(Ctdc.QUASI_IDENTIFIERS, "name")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Regression (issue 9): Jackson quoted every cell over 24 characters, so one header name came out
   * quoted.
   */
  @Test
  void quotesNoHeaderCellThatNeedsNoQuotes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Formats.named("ctdc").writer(out).close();
    String header = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    assertThat(header).contains("recruiterRelationIntimatePartner").doesNotContain("\"");
  }

  @Test
  void quotesACellIfAndOnlyIfCsvNeedsIt() {
    List<TraffickingCase> cases = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cases.add(
          TraffickingCase.builder(org.mignet.core.model.RecordMeta.of("urn:t", "c" + i))
              .victim(
                  Victim.builder(
                          org.mignet.core.model.Person.builder(
                                  org.mignet.core.model.RecordMeta.of("urn:t", "p" + i))
                              .gender("Feminine")
                              .build())
                      .build())
              .opened(org.mignet.core.model.PartialDate.ofYear(2020))
              .build());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("ctdc").writer(out)) {
      cases.forEach(w::write);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(13);
    // no header name and no value of the layout holds a comma, a quote or a line break: none is
    // quoted
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("\""));
    assertThat(lines.get(0).split(",", -1)).containsExactlyElementsOf(CtdcColumns.V2024);
    assertThat(lines.get(1)).startsWith("2020,Woman,");
  }
}

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.testing.RecordGenerator;

/**
 * Property: for every writable format and every record type it carries, over seeded generated
 * records that fill every component, canonical → format → canonical gives back every leaf not
 * reported lost, and every reported loss was populated in exactly as many inputs as it counts. So a
 * format's declared coverage is checked against what its writer and reader really do, in both
 * directions.
 */
class LossAccountingPropertyTest {

  private static final int RECORDS_PER_TYPE = 50;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CanonicalJson CANONICAL = CanonicalJson.standard();
  private static final java.util.regex.Pattern INDEX =
      java.util.regex.Pattern.compile("/[0-9]+(?=/|$)");
  private static final java.util.regex.Pattern LIST_LIMIT =
      java.util.regex.Pattern.compile("^(.*)/([0-9]+)$");

  /**
   * Known, narrow exceptions, each a bug or limitation left open: format, then normalised path (a
   * trailing {@code *} matches any rest), then why the round trip changes it without reporting a
   * loss.
   */
  private static final Map<String, Map<String, String>> KNOWN =
      Map.of(
          "htcds", htcdsKnown(),
          "htcds-xform", htcdsKnown(),
          "ctdc",
              Map.of(
                  "/meta/extensions/ctdc:*",
                  "the CTDC reader adds the raw value of variables it read (means, gender, year) as ctdc: extensions: "
                      + "provenance added, not data lost"),
          "sdmx-csv",
              Map.of(
                  "/meta/extensions/sdmx:structure",
                  "the SDMX readers add the kind of structure they read from: provenance added, not data lost"),
          "sdmx-json",
              Map.of(
                  "/meta/extensions/sdmx:structure",
                  "the SDMX readers add the kind of structure they read from: provenance added, not data lost"),
          "mrz",
              Map.of(
                  "/documentCode",
                  "a one-letter document code given with its filler (I<) is read back "
                      + "without it (I): the same ICAO code in the form the reader gives every code"),
          "sdmx-ml",
              Map.of(
                  "/meta/extensions/sdmx:structure",
                  "the SDMX readers add the kind of structure they read from: provenance added, not data lost"));

  private static Map<String, String> htcdsKnown() {
    return Map.of(
        "/meta/extensions/htcds:prs_Citizenship",
        "an ICAO nationality code without an ISO alpha-2 "
            + "(XPO, XXA…) is read back into an htcds: extension (the citizenship itself is reported transformed): "
            + "provenance added, not data lost");
  }

  private static final Map<String, long[]> FIGURES = new TreeMap<>();
  private static final Set<String> ONE_RECORD_PER_MESSAGE =
      Set.of("sdmx-csv", "sdmx-json", "sdmx-ml");

  /**
   * @return every writable format but xlsx, with each type it carries
   */
  static Stream<Arguments> writableFormatsAndTypes() {
    return formatsAndTypes(false);
  }

  /**
   * @return xlsx with each type it carries (run with mignet-formats-xlsx)
   */
  static Stream<Arguments> workbookFormatAndTypes() {
    return formatsAndTypes(true);
  }

  private static Stream<Arguments> formatsAndTypes(boolean workbook) {
    List<Arguments> out = new ArrayList<>();
    for (Format f : Formats.all()) {
      if (!f.isWritable() || f.name().equals("xlsx") != workbook) {
        continue;
      }
      for (RecordType t : RecordType.values()) {
        // ctdc writes one row per victim: see
        // ctdcRoundTripGivesBackEveryPathNotReportedLostPerVictim
        // mrz writes a person as the MRZ of its document and reads back a travel document:
        // MrzConformanceTest
        // compares the holder read back with the person written
        if (f.carries().contains(t)
            && !f.name().equals("ctdc")
            && !(f.name().equals("mrz") && t == RecordType.PERSON)) {
          out.add(Arguments.of(f.name(), t));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("workbookFormatAndTypes")
  @WithXlsx
  void aWorkbookRoundTripGivesBackEveryPathNotReportedLostAndReportsOnlyPopulatedPaths(
      String format, RecordType type) {
    roundTripGivesBackEveryPathNotReportedLostAndReportsOnlyPopulatedPaths(format, type);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("writableFormatsAndTypes")
  void roundTripGivesBackEveryPathNotReportedLostAndReportsOnlyPopulatedPaths(
      String format, RecordType type) {
    List<MignetRecord> records =
        new RecordGenerator(7919L * (type.ordinal() + 1)).records(type, RECORDS_PER_TYPE);
    if (format.equals("mrz")) {
      // an MRZ refuses whole what its fixed-width fields cannot hold (MrzWriteTest): fitted first,
      // every path kept
      records =
          records.stream()
              .map(r -> (MignetRecord) fitToMrz((org.mignet.core.model.TravelDocument) r))
              .toList();
    }
    Format target = Formats.named(format);
    List<MignetRecord> back = new ArrayList<>();
    ConversionReport report;
    if (ONE_RECORD_PER_MESSAGE.contains(format)) {
      // known limitation: the SDMX writers write a text value as OBS_VALUE
      // (SdmxWritersTextValueTest), but the
      // SDMX-ML reader refuses a non-numeric OBS_VALUE (MG-SDMX-004) until it reads string
      // measures, so text
      // observations cannot round-trip through it yet and are left out there (SDMX-CSV and
      // SDMX-JSON read them)
      if (format.equals("sdmx-ml")) {
        records =
            records.stream()
                .map(LossAccountingPropertyTest::withoutTextValues)
                .filter(r -> !((org.mignet.core.model.Dataset) r).observations().isEmpty())
                .toList();
      }
      // an SDMX message does not keep dataset boundaries (readers regroup observations), so one
      // dataset each
      List<ConversionReport> reports = new ArrayList<>();
      for (MignetRecord r : records) {
        List<MignetRecord> one = new ArrayList<>();
        reports.add(convertAndReadBack(target, List.of(r), FormatOptions.none(), one));
        back.add(format.equals("sdmx-ml") ? bySeries(one) : one.get(0));
      }
      report = merged(reports);
      if (format.equals("sdmx-ml")) {
        records = records.stream().map(r -> bySeries(List.of(r))).toList();
      }
    } else {
      report = convertAndReadBack(target, records, FormatOptions.none(), back);
    }
    assertThat(report.rejected()).as("%s %s rejected: %s", format, type, report.issues()).isZero();
    assertThat(report.written()).isEqualTo(records.size());
    assertThat(back).as("%s %s records read back", format, type).hasSize(records.size());
    check(format, type, records, back, report, records);
  }

  /**
   * A generated travel document fitted to what an MRZ can hold, every populated path kept
   * populated: a number of at most 9 characters, a layout that fits the document code, letters an
   * ICAO transliteration exists for, an expiry with a day, codes of 1 to 3 letters, optional data
   * of the MRZ alphabet that fits TD1's fields.
   */
  private static org.mignet.core.model.TravelDocument fitToMrz(
      org.mignet.core.model.TravelDocument d) {
    String code = d.documentCode().replace("<", "");
    org.mignet.core.model.MrzFormat format =
        code.startsWith("V")
            ? org.mignet.core.model.MrzFormat.MRV_A
            : d.format()
                .filter(
                    f ->
                        f != org.mignet.core.model.MrzFormat.MRV_A
                            && f != org.mignet.core.model.MrzFormat.MRV_B)
                .orElse(org.mignet.core.model.MrzFormat.TD3);
    java.util.function.UnaryOperator<String> latin =
        t -> t.matches("[\\p{IsLatin}\\p{M} '\\-]+") ? t : "Zoë O'Brien";
    org.mignet.core.model.PersonName n = d.holderName();
    org.mignet.core.model.PersonName name =
        new org.mignet.core.model.PersonName(
            n.use(),
            n.fullName().map(latin),
            n.givenNames().stream().map(latin).toList(),
            n.middleNames().stream().map(latin).toList(),
            n.familyNames().stream().map(latin).toList(),
            n.salutation(),
            n.script());
    if (name.givenNames().isEmpty()
        && name.middleNames().isEmpty()
        && name.familyNames().isEmpty()
        && name.fullName().isEmpty()) {
      name = org.mignet.core.model.PersonName.of("Ana", "Silva");
    }
    org.mignet.core.model.PartialDate expiry =
        d.expiryDate()
            .map(
                e ->
                    e.precision() == org.mignet.core.model.PartialDate.Precision.DAY
                        ? e
                        : org.mignet.core.model.PartialDate.of(e.year(), 1, 1))
            .orElse(org.mignet.core.model.PartialDate.of(2030, 1, 1));
    return new org.mignet.core.model.TravelDocument(
        d.meta(),
        d.type(),
        d.documentCode(),
        "D",
        d.number().length() > 9 ? "L898902C3" : d.number(),
        name,
        d.nationality().map(x -> "XXA"),
        d.birthDate(),
        d.sex(),
        Optional.of(expiry),
        d.optionalData().map(o -> "ZE18422"),
        Optional.of(format));
  }

  /**
   * CTDC writes one row per victim and reads one case per row: each victim of a case is compared
   * with the case read from its row. No quasi-identifiers are declared, so k-anonymity changes
   * nothing (its accounting is tested in {@code CtdcWriteTest}).
   */
  @org.junit.jupiter.api.Test
  void ctdcRoundTripGivesBackEveryPathNotReportedLostPerVictim() {
    List<MignetRecord> records =
        new RecordGenerator(104_729L).records(RecordType.TRAFFICKING_CASE, RECORDS_PER_TYPE);
    List<MignetRecord> back = new ArrayList<>();
    ConversionReport report =
        convertAndReadBack(
            Formats.named("ctdc"),
            records,
            FormatOptions.none().with(org.mignet.formats.ctdc.Ctdc.QUASI_IDENTIFIERS, ""),
            back);
    List<MignetRecord> perVictim = new ArrayList<>();
    for (MignetRecord r : records) {
      org.mignet.core.model.TraffickingCase c = (org.mignet.core.model.TraffickingCase) r;
      for (org.mignet.core.model.Victim v : c.victims()) {
        perVictim.add(
            new org.mignet.core.model.TraffickingCase(
                c.meta(),
                c.status(),
                c.reasonForClosure(),
                c.caseOwner(),
                c.opened(),
                List.of(v),
                c.perpetrators(),
                c.palermo(),
                c.events(),
                c.referrals(),
                c.supportPlans(),
                c.consents(),
                c.comments()));
      }
    }
    long noVictim =
        records.stream()
            .filter(r -> ((org.mignet.core.model.TraffickingCase) r).victims().isEmpty())
            .count();
    assertThat(report.rejected()).as("cases without a victim make no row").isEqualTo(noVictim);
    assertThat(back).hasSize(perVictim.size());
    check("ctdc", RecordType.TRAFFICKING_CASE, perVictim, back, report, records);
  }

  private static ConversionReport convertAndReadBack(
      Format target, List<MignetRecord> records, FormatOptions options, List<MignetRecord> back) {
    ByteArrayOutputStream canonical = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("ndjson").writer(canonical)) {
      records.forEach(w::write);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(target)
            .options(options)
            .run(new ByteArrayInputStream(canonical.toByteArray()), "generated.ndjson", out);
    try (RecordReader r =
        target.reader(new ByteArrayInputStream(out.toByteArray()), "generated." + target.name())) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        assertThat(res)
            .as("%s read back: %s", target.name(), res.issues())
            .isInstanceOf(ReadResult.Ok.class);
        back.add(((ReadResult.Ok) res).record());
      }
    }
    return report;
  }

  /**
   * SDMX-ML structure-specific data groups a dataset's observations into series, and a reader gives
   * one dataset per series: the datasets read from one message are put back together, and
   * observations (keyed data, whose order SDMX does not keep across series) are compared in the
   * order of their keys.
   */
  private static MignetRecord bySeries(List<MignetRecord> datasets) {
    org.mignet.core.model.Dataset first = (org.mignet.core.model.Dataset) datasets.get(0);
    List<org.mignet.core.model.Observation> all = new ArrayList<>();
    for (MignetRecord r : datasets) {
      all.addAll(((org.mignet.core.model.Dataset) r).observations());
    }
    all.sort(java.util.Comparator.comparing(o -> new TreeMap<>(o.dimensions()).toString()));
    return new org.mignet.core.model.Dataset(
        first.meta(),
        first.dataflow(),
        first.title(),
        first.dimensionIds(),
        first.attributes(),
        all);
  }

  private static MignetRecord withoutTextValues(MignetRecord r) {
    org.mignet.core.model.Dataset d = (org.mignet.core.model.Dataset) r;
    return new org.mignet.core.model.Dataset(
        d.meta(),
        d.dataflow(),
        d.title(),
        d.dimensionIds(),
        d.attributes(),
        d.observations().stream().filter(o -> o.textValue().isEmpty()).toList());
  }

  private static ConversionReport merged(List<ConversionReport> reports) {
    Map<String, long[]> lost = new LinkedHashMap<>();
    Map<String, Loss> reasons = new LinkedHashMap<>();
    List<Transformation> transformed = new ArrayList<>();
    long read = 0;
    long written = 0;
    long rejected = 0;
    List<org.mignet.core.validation.Issue> issues = new ArrayList<>();
    for (ConversionReport r : reports) {
      read += r.read();
      written += r.written();
      rejected += r.rejected();
      issues.addAll(r.issues());
      transformed.addAll(r.transformed());
      for (Loss l : r.lost()) {
        lost.computeIfAbsent(l.pointer(), k -> new long[1])[0] += l.count();
        reasons.putIfAbsent(l.pointer(), l);
      }
    }
    List<Loss> losses = new ArrayList<>();
    lost.forEach(
        (p, n) -> losses.add(new Loss(p, reasons.get(p).type(), reasons.get(p).cause(), n[0])));
    ConversionReport first = reports.get(0);
    return new ConversionReport(
        first.from(), first.to(), read, written, rejected, issues, losses, transformed);
  }

  /**
   * @param records what each record read back should equal, in order
   * @param given the records the conversion was given, against which loss counts are checked
   */
  private static void check(
      String format,
      RecordType type,
      List<MignetRecord> records,
      List<MignetRecord> back,
      ConversionReport report,
      List<MignetRecord> given) {
    Map<String, String> known = KNOWN.getOrDefault(format, Map.of());
    Map<String, String> mismatches = new TreeMap<>();
    long compared = 0;
    List<Map<String, String>> inputs = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Map<String, String> before = leaves(records.get(i));
      Map<String, String> after = leaves(back.get(i));
      Set<String> paths = new java.util.LinkedHashSet<>(before.keySet());
      paths.addAll(after.keySet());
      for (String p : paths) {
        String shape = normalise(p);
        if (underLoss(p, report.lost())
            || transformed(p, report.transformed())
            || isKnown(known, shape)) {
          continue;
        }
        compared++;
        String a = before.get(p);
        String b = after.get(p);
        if (!java.util.Objects.equals(a, b)) {
          mismatches.putIfAbsent(
              shape, "record " + i + " " + p + ": wrote " + cut(a) + ", read back " + cut(b));
        }
      }
    }
    for (MignetRecord r : given) {
      inputs.add(leaves(r));
    }
    Map<String, String> wrongLosses = new TreeMap<>();
    for (Loss loss : report.lost()) {
      long populated =
          inputs.stream()
              .filter(
                  in ->
                      in.entrySet().stream()
                          .anyMatch(
                              e ->
                                  !e.getValue().equals("UNKNOWN")
                                      && covers(loss.pointer(), e.getKey())))
              .count();
      if (populated != loss.count()) {
        wrongLosses.put(
            loss.pointer(),
            "reported lost in " + loss.count() + " record(s), populated in " + populated);
      }
    }
    FIGURES.merge(
        format,
        new long[] {records.size(), compared, report.lost().size()},
        (x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
    assertThat(lines(mismatches))
        .as("%s %s: paths changed by the round trip but not reported lost", format, type)
        .isEmpty();
    assertThat(lines(wrongLosses))
        .as("%s %s: losses that do not match the input", format, type)
        .isEmpty();
  }

  @AfterAll
  static void printFigures() {
    FIGURES.forEach(
        (f, n) ->
            System.out.printf(
                "loss-accounting %-12s records %5d, paths compared %7d, losses %4d%n",
                f, n[0], n[1], n[2]));
  }

  /**
   * @return the record's canonical JSON leaves by concrete JSON Pointer
   */
  static Map<String, String> leaves(MignetRecord record) {
    try {
      Map<String, String> out = new LinkedHashMap<>();
      flatten(MAPPER.readTree(CANONICAL.toJson(record)), "", out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flatten(JsonNode n, String at, Map<String, String> out) {
    if (n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        flatten(n.get(i), at + "/" + i, out);
      }
    } else if (!n.isNull()) {
      out.put(
          at, n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asText());
    }
  }

  private static final Map<String, String> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, java.util.regex.Pattern> LIMITS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static String normalise(String pointer) {
    return SHAPES.computeIfAbsent(pointer, p -> INDEX.matcher(p).replaceAll("/*"));
  }

  private static boolean underLoss(String pointer, List<Loss> losses) {
    for (Loss l : losses) {
      if (covers(l.pointer(), pointer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKnown(Map<String, String> known, String shape) {
    return known.keySet().stream()
        .anyMatch(
            k ->
                k.equals(shape)
                    || k.endsWith("*")
                        && !k.endsWith("/*")
                        && shape.startsWith(k.substring(0, k.length() - 1)));
  }

  /**
   * A reported transformation (a value generalised, blanked or made up) accounts for a changed
   * leaf.
   */
  private static boolean transformed(String pointer, List<Transformation> transformations) {
    for (Transformation t : transformations) {
      if (!t.pointer().isEmpty() && covers(t.pointer(), pointer)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param loss a loss pointer: a normalised path, or a list path ending in the number of items
   *     carried
   * @param pointer a concrete leaf pointer of the canonical JSON
   * @return whether the loss accounts for the leaf
   */
  static boolean covers(String loss, String pointer) {
    if (!loss.isEmpty() && Character.isDigit(loss.charAt(loss.length() - 1))) {
      Matcher limit = LIST_LIMIT.matcher(loss);
      if (limit.matches()) {
        java.util.regex.Pattern list =
            LIMITS.computeIfAbsent(
                loss,
                l ->
                    java.util.regex.Pattern.compile(
                        "^"
                            + java.util.regex.Pattern.quote(limit.group(1))
                                .replace("*", "\\E[0-9]+\\Q")
                            + "/([0-9]+)(/.*)?$"));
        Matcher m = list.matcher(pointer);
        return m.matches() && Integer.parseInt(m.group(1)) >= Integer.parseInt(limit.group(2));
      }
    }
    String shape = normalise(pointer);
    // a loss names the model's path; a partial date is one JSON leaf but three model leaves (year,
    // month, day)
    return shape.equals(loss) || shape.startsWith(loss + "/") || loss.startsWith(shape + "/");
  }

  private static String lines(Map<String, String> byPath) {
    StringBuilder b = new StringBuilder();
    byPath.forEach((path, what) -> b.append("\n  ").append(path).append(" -- ").append(what));
    return b.toString();
  }

  private static String cut(String s) {
    return s == null ? "(absent)" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}

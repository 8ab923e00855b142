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
package org.mignet.formats.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.IdentityDocument;
import org.mignet.core.model.MrzFormat;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TravelDocument;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Severity;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.mrz.MrzVectors.Vector;

/**
 * Conformance on {@code ../shared/data/mrz}: every vector of {@code mrz-test-vectors.json} read by
 * the {@code mrz} format and by {@link Mrz}, with the verdict of {@code expected-verdicts.tsv}
 * (valid, and exactly which check digits fail and which dates do not exist), the fields its source
 * library expects (compared by meaning), the OCR-noise vectors corrected to their clean twins, and
 * every valid vector round-tripped through {@link TravelDocument}. Counts come from the files
 * themselves, not from mignet.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class MrzConformanceTest {

  private static final Format MRZ = Formats.named("mrz");
  private static final List<Vector> VECTORS = MrzVectors.all();

  /** Each OCR-noise vector and its clean twin. */
  private static final Map<String, String> TWINS =
      Map.of(
          "cheminfo-td3-utopia-ocr-noise",
          "cheminfo-td3-utopia",
          "cheminfo-td2-utopia-ocr-noise",
          "cheminfo-td2-utopia",
          "cheminfo-td1-swiss-ocr-noise",
          "cheminfo-td1-swiss-synthetic");

  @Test
  void theFolderHolds44VectorsAnd12CheckDigitVectorsEachWithAVerdict() throws IOException {
    JsonNode json = MrzVectors.json();
    assertThat(json.get("vectors")).hasSize(44);
    assertThat(json.get("check_digit_vectors")).hasSize(12);
    long tsvRows =
        Files.readAllLines(MrzVectors.dir().resolve("mrz-test-vectors.tsv")).stream()
            .skip(1)
            .filter(l -> !l.isBlank())
            .count();
    assertThat(tsvRows).isEqualTo(44);
    assertThat(MrzVectors.verdicts().keySet())
        .containsExactlyElementsOf(VECTORS.stream().map(Vector::id).toList());
    assertThat(VECTORS.stream().filter(Vector::valid).count()).as("valid vectors").isEqualTo(32);
  }

  @Test
  void everyCheckDigitVectorGivesItsDigit() {
    int n = 0;
    for (JsonNode v : MrzVectors.json().get("check_digit_vectors")) {
      assertThat(Mrz.checkDigit(v.get("input").asText()))
          .as(v.get("input").asText())
          .isEqualTo(v.get("expected_check_digit").asText().charAt(0));
      n++;
    }
    assertThat(n).isEqualTo(12);
    assertThat(Mrz.checkDigit("000590240601")).as("the test's 'must NOT be 3'").isNotEqualTo('3');
    assertThat(Mrz.checkDigit("600001795<015")).as("the test's 'must NOT be 2'").isNotEqualTo('2');
  }

  @Test
  void aFileOfEveryVectorReadsAsOneRecordPerVectorWithItsVerdictAndLine() {
    List<ReadResult> results = read(file(VECTORS), false);
    assertThat(results).hasSize(VECTORS.size());
    long line = 1;
    for (int i = 0; i < VECTORS.size(); i++) {
      Vector v = VECTORS.get(i);
      ReadResult r = results.get(i);
      assertThat(r.location().lineNumber()).as(v.id() + " first line").hasValue(line);
      line += v.lines().size() + 1;
      boolean valid =
          r instanceof ReadResult.Ok
              && r.issues().stream().noneMatch(x -> x.severity().isBlocking());
      assertThat(valid).as(v.id() + " valid; issues " + r.issues()).isEqualTo(v.valid());
      assertThat(failing(r.issues(), v.format()))
          .as(v.id() + " failing parts")
          .isEqualTo(v.failing());
    }
  }

  @Test
  void theMrzValueGivesTheSameVerdictAsTheFormat() {
    for (Vector v : VECTORS) {
      Mrz mrz = Mrz.parse(v.text());
      assertThat(mrz.format().name().replace('_', '-')).isEqualTo(v.format());
      Set<String> failing = new LinkedHashSet<>();
      for (MrzCheck c : mrz.checks()) {
        if (!c.holds()) {
          failing.add(name(c.field(), v.format()));
        }
      }
      mrz.impossibleDates().forEach(d -> failing.add(name(d, v.format()) + ":impossible"));
      assertThat(failing).as(v.id()).isEqualTo(v.failing());
      assertThat(mrz.isValid()).as(v.id()).isEqualTo(v.valid());
    }
  }

  @Test
  void everyVectorWithExpectedFieldsReadsThemByMeaning() {
    int compared = 0;
    for (Vector v : VECTORS) {
      if (v.expectedFields() == null || v.expectedFields().isNull() || TWINS.containsKey(v.id())) {
        continue;
      }
      Mrz mrz = Mrz.parse(v.text());
      ReadResult r = read(v.text(), false).get(0);
      TravelDocument doc = r instanceof ReadResult.Ok ok ? (TravelDocument) ok.record() : null;
      compared += compareFields(v, mrz, doc, v.expectedFields());
    }
    assertThat(compared).as("fields compared").isGreaterThan(250);
  }

  @Test
  void ocrNoiseVectorsReadInTheOcrTolerantModeAsTheirCleanTwinsWithEachCorrectionReported() {
    Map<String, Vector> byId = new LinkedHashMap<>();
    VECTORS.forEach(v -> byId.put(v.id(), v));
    for (Map.Entry<String, String> twin : TWINS.entrySet()) {
      Vector noisy = byId.get(twin.getKey());
      Vector clean = byId.get(twin.getValue());
      Mrz.Corrected c = Mrz.parseCorrecting(noisy.text());
      assertThat(c.mrz().text()).as(noisy.id()).isEqualTo(clean.text());
      // every changed character is one correction, at its position
      int changed = 0;
      for (int l = 0; l < noisy.lines().size(); l++) {
        for (int col = 0; col < noisy.lines().get(l).length(); col++) {
          char was = noisy.lines().get(l).charAt(col);
          char now = clean.lines().get(l).charAt(col);
          if (was != now) {
            changed++;
            int line = l + 1;
            int column = col + 1;
            assertThat(c.corrections())
                .as(noisy.id() + " " + line + ":" + column)
                .anyMatch(
                    x ->
                        x.line() == line
                            && x.column() == column
                            && x.found() == was
                            && x.corrected() == now);
          }
        }
      }
      assertThat(c.corrections()).hasSize(changed);
      ReadResult r = read(noisy.text(), true).get(0);
      assertThat(r).as(noisy.id() + " " + r.issues()).isInstanceOf(ReadResult.Ok.class);
      assertThat(r.issues()).noneMatch(i -> i.severity().isBlocking());
      assertThat(
              r.issues().stream()
                  .filter(
                      i ->
                          i.rule().id().value().equals(MrzRules.CORRECTED_BY_CHECK_DIGIT)
                              || i.rule().id().value().equals(MrzRules.CORRECTED_BY_FIELD_TYPE)))
          .hasSize(changed);
      TravelDocument cleanDoc =
          (TravelDocument) ((ReadResult.Ok) read(clean.text(), false).get(0)).record();
      assertThat(withoutMeta((TravelDocument) ((ReadResult.Ok) r).record()))
          .isEqualTo(withoutMeta(cleanDoc));
      compareFields(
          noisy, c.mrz(), (TravelDocument) ((ReadResult.Ok) r).record(), noisy.expectedFields());
    }
  }

  @Test
  void theOcrTolerantModeCorrectsOnlyWhatACheckDigitConfirms() {
    // letters in the dates of this vector: B for 8 in the birth date, which its check digit
    // confirms; Z for 2 in
    // the expiry date, which its check digit does not (the expiry was changed too), so that stays
    // as written
    Vector letters =
        VECTORS.stream()
            .filter(v -> v.id().equals("mrzjava-td3-gbr-unparseable-dates"))
            .findFirst()
            .orElseThrow();
    Mrz.Corrected c = Mrz.parseCorrecting(letters.text());
    assertThat(c.corrections())
        .extracting(
            MrzCorrection::field,
            MrzCorrection::line,
            MrzCorrection::column,
            MrzCorrection::found,
            MrzCorrection::corrected,
            MrzCorrection::basis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                MrzField.BIRTH_DATE, 2, 14, 'B', '8', MrzCorrection.Basis.CHECK_DIGIT),
            org.assertj.core.groups.Tuple.tuple(
                MrzField.BIRTH_DATE, 2, 15, 'B', '8', MrzCorrection.Basis.CHECK_DIGIT));
    assertThat(c.mrz().impossibleDates()).containsExactly(MrzField.EXPIRY_DATE);
    assertThat(c.mrz().isValid()).isFalse();
  }

  @Test
  void theOcrTolerantModeChangesNothingInAVectorWithoutConfusions() {
    for (Vector v : VECTORS) {
      if (TWINS.containsKey(v.id()) || v.id().equals("mrzjava-td3-gbr-unparseable-dates")) {
        continue;
      }
      Mrz.Corrected c = Mrz.parseCorrecting(v.text());
      assertThat(c.corrections()).as(v.id()).isEmpty();
      assertThat(c.mrz().isValid()).as(v.id()).isEqualTo(v.valid());
    }
  }

  @Test
  void everyValidVectorRoundTripsThroughTravelDocumentEqualOnEveryCarriedField() {
    List<Vector> valid = VECTORS.stream().filter(Vector::valid).toList();
    String original = file(valid);
    // MRZ -> canonical NDJSON -> MRZ, both through the pipeline
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    ConversionReport toJson =
        Conversion.from(MRZ)
            .to(Formats.named("ndjson"))
            .run(
                new ByteArrayInputStream(original.getBytes(StandardCharsets.US_ASCII)),
                "vectors.mrz",
                ndjson);
    assertThat(toJson.read()).isEqualTo(valid.size());
    assertThat(toJson.written()).isEqualTo(valid.size());
    ByteArrayOutputStream mrz = new ByteArrayOutputStream();
    ConversionReport back =
        Conversion.from(Formats.named("ndjson"))
            .to(MRZ)
            .run(new ByteArrayInputStream(ndjson.toByteArray()), "vectors.ndjson", mrz);
    assertThat(back.written()).as(back.issues().toString()).isEqualTo(valid.size());
    assertThat(back.lost())
        .as("only the record metadata an MRZ has no place for")
        .allMatch(l -> l.pointer().startsWith("/meta/"));
    assertThat(back.transformed()).as("an MRZ read is written back unchanged").isEmpty();
    List<ReadResult> first = read(original, false);
    List<ReadResult> second = read(mrz.toString(StandardCharsets.US_ASCII), false);
    assertThat(second).hasSize(valid.size());
    Map<String, String> textChanged = new TreeMap<>();
    List<String> rewritten = List.of(mrz.toString(StandardCharsets.US_ASCII).split("\n\n"));
    for (int i = 0; i < valid.size(); i++) {
      TravelDocument a = (TravelDocument) ((ReadResult.Ok) first.get(i)).record();
      TravelDocument b = (TravelDocument) ((ReadResult.Ok) second.get(i)).record();
      assertThat(withoutMeta(b)).as(valid.get(i).id()).isEqualTo(withoutMeta(a));
      if (!rewritten.get(i).strip().equals(valid.get(i).text())) {
        textChanged.put(valid.get(i).id(), rewritten.get(i).strip());
      }
    }
    // the writer computes check digits as ICAO says: over a long number without its filler, '<'
    // over an empty
    // personal number
    assertThat(textChanged.keySet())
        .containsExactlyInAnyOrder(
            "cheminfo-td1-bel-prado-BEL-BO-03003",
            "pymrz-td3-can-specimen-empty-optional",
            "mrzjava-td3-gbr-specimen");
    for (String id : List.of("pymrz-td3-can-specimen-empty-optional", "mrzjava-td3-gbr-specimen")) {
      String was = valid.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow().text();
      assertThat(textChanged.get(id))
          .as(id + ": only the filler digit of the empty personal number differs")
          .isEqualTo(was.substring(0, was.length() - 2) + "<" + was.charAt(was.length() - 1));
    }
  }

  @Test
  void everyValidVectorSplitsIntoItsHolderAndDocumentAndJoinsBackEqual() {
    List<Vector> valid = VECTORS.stream().filter(Vector::valid).toList();
    List<ReadResult> docs = read(file(valid), false);
    for (int i = 0; i < valid.size(); i++) {
      TravelDocument d = (TravelDocument) ((ReadResult.Ok) docs.get(i)).record();
      Person holder = d.holder();
      assertThat(holder.names()).as(valid.get(i).id()).containsExactly(d.holderName());
      assertThat(holder.citizenships())
          .as(valid.get(i).id())
          .isEqualTo(d.nationality().stream().toList());
      assertThat(holder.birthDate()).isEqualTo(d.birthDate());
      assertThat(holder.sex()).isEqualTo(d.sex());
      assertThat(holder.documents()).containsExactly(d.identityDocument());
      assertThat(
              TravelDocument.of(
                  holder,
                  holder.documents().get(0),
                  d.documentCode(),
                  d.optionalData(),
                  d.format()))
          .as(valid.get(i).id())
          .isEqualTo(d);
    }
  }

  @Test
  void everyValidVectorsHolderWrittenAsAPersonReadsBackAsTheSameHolder() {
    List<Vector> valid = VECTORS.stream().filter(Vector::valid).toList();
    List<ReadResult> docs = read(file(valid), false);
    List<Person> holders =
        docs.stream().map(r -> ((TravelDocument) ((ReadResult.Ok) r).record()).holder()).toList();
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("ndjson").writer(ndjson)) {
      holders.forEach(w::write);
    }
    ByteArrayOutputStream mrz = new ByteArrayOutputStream();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(MRZ)
            .run(new ByteArrayInputStream(ndjson.toByteArray()), "holders.ndjson", mrz);
    assertThat(report.written()).as(report.issues().toString()).isEqualTo(valid.size());
    assertThat(report.lost())
        .as("a holder read from an MRZ has nothing an MRZ cannot hold but its metadata")
        .allMatch(l -> l.pointer().startsWith("/meta/"));
    List<ReadResult> back = read(mrz.toString(StandardCharsets.US_ASCII), false);
    assertThat(back).hasSize(valid.size());
    for (int i = 0; i < valid.size(); i++) {
      Person again = ((TravelDocument) ((ReadResult.Ok) back.get(i)).record()).holder();
      Person was = holders.get(i);
      boolean truncated =
          report.transformed().stream().anyMatch(t -> t.pointer().startsWith("/names/0"));
      if (!truncated) {
        assertThat(again.names()).as(valid.get(i).id()).isEqualTo(was.names());
      }
      assertThat(again.sex()).as(valid.get(i).id()).isEqualTo(was.sex());
      assertThat(again.birthDate()).as(valid.get(i).id()).isEqualTo(was.birthDate());
      assertThat(again.citizenships()).as(valid.get(i).id()).isEqualTo(was.citizenships());
      IdentityDocument a = again.documents().get(0);
      IdentityDocument b = was.documents().get(0);
      assertThat(a.issuingState()).as(valid.get(i).id()).isEqualTo(b.issuingState());
      assertThat(a.number()).as(valid.get(i).id()).isEqualTo(b.number());
      assertThat(a.expiryDate()).as(valid.get(i).id()).isEqualTo(b.expiryDate());
    }
  }

  @Test
  void longDocumentNumbersSayHowTheirCheckDigitWasComputed() {
    Map<String, Vector> byId = new LinkedHashMap<>();
    VECTORS.forEach(v -> byId.put(v.id(), v));
    ReadResult withFiller =
        read(byId.get("cheminfo-td1-bel-prado-BEL-BO-03003").text(), false).get(0);
    assertThat(withFiller.issues())
        .anyMatch(
            i ->
                i.rule().id().value().equals(MrzRules.LONG_NUMBER_FILLER)
                    && i.severity() == Severity.WARNING
                    && i.location().columnNumber().orElse(0) == 19);
    ReadResult icao = read(byId.get("cheminfo-td1-bel-prado-BEL-BO-11005").text(), false).get(0);
    assertThat(icao.issues()).anyMatch(i -> i.rule().id().value().equals(MrzRules.LONG_NUMBER));
    TravelDocument doc = (TravelDocument) ((ReadResult.Ok) icao).record();
    assertThat(doc.number()).isEqualTo("600001795015");
    assertThat(doc.optionalData())
        .as("TD1's first optional field padded, then the second")
        .hasValue("<".repeat(10) + "13010198739");
    TravelDocument prt =
        (TravelDocument)
            ((ReadResult.Ok)
                    read(byId.get("cheminfo-td1-prt-prado-PRT-BO-04001").text(), false).get(0))
                .record();
    assertThat(prt.number()).isEqualTo("007666667ZZ0");
    assertThat(prt.optionalData()).isEmpty();
  }

  @Test
  void twoDigitYearsArePutInTheirCenturyAgainstTheDocumentsOwnDates() {
    Map<String, TravelDocument> docs = documents();
    assertThat(docs.get("cheminfo-td3-utopia").birthDate()).hasValue(PartialDate.of(1974, 8, 12));
    assertThat(docs.get("cheminfo-td3-utopia").expiryDate()).hasValue(PartialDate.of(2012, 4, 15));
    // born '34 with an expiry of '95: 1934, not 2034
    assertThat(docs.get("mrzjava-td1-stevenson").birthDate()).hasValue(PartialDate.of(1934, 7, 12));
    assertThat(docs.get("mrzjava-td1-stevenson").expiryDate())
        .hasValue(PartialDate.of(1995, 7, 12));
    // a child's card: born 2013
    assertThat(docs.get("cheminfo-td1-bel-prado-BEL-BO-11005").birthDate())
        .hasValue(PartialDate.of(2013, 1, 1));
    assertThat(docs.get("cheminfo-td1-prt-prado-PRT-BO-04001").expiryDate())
        .hasValue(PartialDate.of(2034, 5, 29));
    assertThat(docs.get("pymrz-mrva-icao-utopia").birthDate()).hasValue(PartialDate.of(1940, 9, 7));
    assertThat(docs.get("pymrz-mrva-icao-utopia").nationality()).hasValue("XXX");
    assertThat(docs.get("cheminfo-td3-germany-mustermann").issuingState()).isEqualTo("D");
    assertThat(docs.get("cheminfo-td3-germany-mustermann").sex()).isEqualTo(Sex.FEMALE);
    assertThat(docs.get("mrzjava-td3size-svk-novak").format()).hasValue(MrzFormat.TD3);
    assertThat(docs.get("mrzjava-td3size-svk-novak").number()).isEqualTo("123456<AA");
    assertThat(docs.get("mrzjava-mrvb-utopia").format()).hasValue(MrzFormat.MRV_B);
  }

  @Test
  void codesOutsideIcaoAreWarnedAndSpecimensNamedButNeitherMakesAnMrzInvalid() {
    Map<String, Vector> byId = new LinkedHashMap<>();
    VECTORS.forEach(v -> byId.put(v.id(), v));
    ReadResult asu = read(byId.get("pymrz-td3-synthetic-asu-fields").text(), false).get(0);
    assertThat(asu).isInstanceOf(ReadResult.Ok.class);
    assertThat(asu.issues())
        .filteredOn(i -> i.rule().id().value().equals(MrzRules.UNKNOWN_CODE))
        .extracting(Issue::pointer)
        .containsExactly("/issuingState", "/nationality");
    ReadResult uto = read(byId.get("cheminfo-td3-utopia").text(), false).get(0);
    assertThat(uto.issues())
        .extracting(i -> i.rule().id().value())
        .contains(MrzRules.SPECIMEN)
        .doesNotContain(MrzRules.UNKNOWN_CODE);
    ReadResult germany = read(byId.get("cheminfo-td3-germany-mustermann").text(), false).get(0);
    assertThat(germany.issues())
        .extracting(i -> i.rule().id().value())
        .doesNotContain(MrzRules.UNKNOWN_CODE);
  }

  @Test
  void anExpiredDocumentIsAWarningNotAnErrorUnderValidation() {
    TravelDocument utopia = documents().get("cheminfo-td3-utopia");
    var report = Validation.standard().validate(utopia, Profile.STRUCTURAL);
    assertThat(report.issues())
        .anyMatch(
            i ->
                i.rule().id().value().equals("MG-DOC-005")
                    && i.severity() == Severity.WARNING
                    && i.pointer().equals("/expiryDate"));
    assertThat(report.hasErrors()).as(report.issues().toString()).isFalse();
  }

  @Test
  void truncatedNamesAreWarned() {
    Map<String, TravelDocument> docs = documents();
    ReadResult prt =
        read(
                VECTORS.stream()
                    .filter(v -> v.id().equals("cheminfo-td1-prt-prado-PRT-BO-04001"))
                    .findFirst()
                    .orElseThrow()
                    .text(),
                false)
            .get(0);
    assertThat(prt.issues())
        .anyMatch(
            i ->
                i.rule().id().value().equals(MrzRules.NAME_TRUNCATED)
                    && i.location().lineNumber().orElse(0) == 3);
    assertThat(docs.get("cheminfo-td1-prt-prado-PRT-BO-04001").holderName().givenNames())
        .containsExactly("ANDRE", "ESTEV");
    assertThat(docs.get("cheminfo-td1-prt-prado-PRT-BO-04001").holderName().familyNames())
        .containsExactly("CACADOR DE ARAUJO");
  }

  @Test
  void aFileOfMrzsIsSniffedAsMrzAndNothingElseIs(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path mrz = Files.writeString(dir.resolve("scans.txt"), "\n" + file(VECTORS));
    assertThat(Formats.sniff(mrz)).map(Format::name).hasValue("mrz");
    java.nio.file.Path csv = Files.writeString(dir.resolve("table.txt"), "a,b\n1,2\n");
    assertThat(Formats.sniff(csv)).map(Format::name).isNotEqualTo(Optional.of("mrz"));
    assertThat(MRZ.sniff("{\"recordType\":\"TravelDocument\"}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  // ---------------------------------------------------------------- helpers

  private static Map<String, TravelDocument> documents() {
    Map<String, TravelDocument> out = new LinkedHashMap<>();
    for (Vector v : VECTORS) {
      ReadResult r = read(v.text(), false).get(0);
      if (r instanceof ReadResult.Ok ok) {
        out.put(v.id(), (TravelDocument) ok.record());
      }
    }
    return out;
  }

  static String file(List<Vector> vectors) {
    StringBuilder b = new StringBuilder();
    for (Vector v : vectors) {
      b.append(v.text()).append("\n\n");
    }
    return b.toString();
  }

  static List<ReadResult> read(String text, boolean ocr) {
    List<ReadResult> out = new ArrayList<>();
    FormatOptions options =
        ocr ? FormatOptions.none().with(MrzOptions.OCR_TOLERANT, true) : FormatOptions.none();
    try (RecordReader r =
        MRZ.reader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "vectors.mrz",
            options)) {
      while (r.hasNext()) {
        out.add(r.next());
      }
    }
    return out;
  }

  private static TravelDocument withoutMeta(TravelDocument d) {
    return new TravelDocument(
        RecordMeta.of("x", "x"),
        d.type(),
        d.documentCode(),
        d.issuingState(),
        d.number(),
        d.holderName(),
        d.nationality(),
        d.birthDate(),
        d.sex(),
        d.expiryDate(),
        d.optionalData(),
        d.format());
  }

  private static Set<String> failing(List<Issue> issues, String format) {
    Set<String> out = new LinkedHashSet<>();
    for (Issue i : issues) {
      switch (i.rule().id().value()) {
        case MrzRules.COMPOSITE -> out.add("composite");
        case MrzRules.CHECK_DIGIT -> out.add(byPointer(i.pointer(), format));
        case MrzRules.IMPOSSIBLE_DATE -> out.add(byPointer(i.pointer(), format) + ":impossible");
        default -> {}
      }
    }
    return out;
  }

  private static String byPointer(String pointer, String format) {
    return switch (pointer) {
      case "/number" -> "documentNumber";
      case "/birthDate" -> "birthDate";
      case "/expiryDate" -> "expiryDate";
      case "/optionalData" -> format.equals("TD3") ? "personalNumber" : "optionalData";
      default -> pointer;
    };
  }

  private static String name(MrzField f, String format) {
    return switch (f) {
      case DOCUMENT_NUMBER -> "documentNumber";
      case BIRTH_DATE -> "birthDate";
      case EXPIRY_DATE -> "expiryDate";
      case OPTIONAL_DATA -> format.equals("TD3") ? "personalNumber" : "optionalData";
      case COMPOSITE -> "composite";
      default -> f.name();
    };
  }

  private static final Pattern MRZ_DATE = Pattern.compile("MrzDate\\((\\d+),(\\d+),(\\d+)\\)");

  /**
   * @return how many expected fields were compared; fails on the first that differs in meaning
   */
  private static int compareFields(Vector v, Mrz mrz, TravelDocument doc, JsonNode expected) {
    MrzFields f = mrz.fields();
    int n = 0;
    Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isTextual()) {
        continue;
      }
      String want = e.getValue().asText();
      Optional<String> got = actual(v, mrz, f, doc, e.getKey());
      if (got.isEmpty()) {
        continue;
      }
      String w = normalise(e.getKey(), want);
      assertThat(normalise(e.getKey(), got.get())).as(v.id() + " " + e.getKey()).isEqualTo(w);
      n++;
    }
    return n;
  }

  private static String normalise(String key, String value) {
    String s = value.replace('<', ' ').trim();
    if (key.equals("sex")) {
      return s.substring(0, 1).toUpperCase(Locale.ROOT);
    }
    Matcher m = MRZ_DATE.matcher(s);
    if (m.matches()) {
      return String.format(
          Locale.ROOT,
          "%02d%02d%02d",
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    return s;
  }

  private static char found(Mrz mrz, MrzField field) {
    return mrz.checks().stream().filter(c -> c.field() == field).findFirst().orElseThrow().found();
  }

  private static Optional<String> actual(
      Vector v, Mrz mrz, MrzFields f, TravelDocument doc, String key) {
    boolean td1 = v.format().equals("TD1");
    boolean longNumber = f.documentNumber().length() > 9;
    String value =
        switch (key) {
          case "documentCode", "document_type" ->
              doc != null ? doc.documentCode() : f.documentCode();
          case "code1" -> mrz.lines().get(0).substring(0, 1);
          case "code2" -> mrz.lines().get(0).substring(1, 2);
          case "issuingState", "country", "issuingCountry" ->
              doc != null ? doc.issuingState() : f.issuingState();
          case "nationality" -> doc != null ? doc.nationality().orElse("") : f.nationality();
          case "lastName", "surname" ->
              doc != null
                  ? String.join(" ", doc.holderName().familyNames())
                  : f.primaryIdentifier();
          case "firstName", "name", "givenNames" ->
              doc != null
                  ? String.join(" ", doc.holderName().givenNames())
                  : String.join(" ", f.secondaryIdentifiers());
          case "documentNumber", "document_number" ->
              doc != null ? doc.number() : f.documentNumber();
          case "birthDate", "birth_date", "dateOfBirth", "dateOfBirth.toMrz" ->
              doc != null
                  ? doc.birthDate().map(MrzConformanceTest::yymmdd).orElse("")
                  : f.birthDate();
          case "expirationDate", "expiry_date" ->
              doc != null
                  ? doc.expiryDate().map(MrzConformanceTest::yymmdd).orElse("")
                  : f.expiryDate();
          case "sex" -> doc != null ? doc.sex().name() : String.valueOf(f.sex());
          case "personalNumber", "optional_data", "optional" ->
              td1
                  ? f.optionalData()
                  : doc != null ? doc.optionalData().orElse("") : f.optionalData();
          case "optional1" -> longNumber ? null : f.optionalData();
          case "optional2", "optional_data_2" -> f.optionalData2();
          case "documentNumberCheckDigit", "document_number_hash" ->
              String.valueOf(found(mrz, MrzField.DOCUMENT_NUMBER));
          case "birthDateCheckDigit", "birth_date_hash" ->
              String.valueOf(found(mrz, MrzField.BIRTH_DATE));
          case "expirationDateCheckDigit", "expiry_date_hash" ->
              String.valueOf(found(mrz, MrzField.EXPIRY_DATE));
          case "personalNumberCheckDigit" -> String.valueOf(found(mrz, MrzField.OPTIONAL_DATA));
          case "compositeCheckDigit", "final_hash" ->
              String.valueOf(found(mrz, MrzField.COMPOSITE));
          default -> null;
        };
    return Optional.ofNullable(value);
  }

  private static String yymmdd(PartialDate d) {
    return String.format(Locale.ROOT, "%02d%02d%02d", d.year() % 100, d.month(), d.day());
  }

  static {
    if (!Files.isDirectory(MrzVectors.dir())) {
      throw new UncheckedIOException(new IOException("no shared data at " + MrzVectors.dir()));
    }
  }
}

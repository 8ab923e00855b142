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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.TravelDocument;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Regression tests for MRZ variants that ICAO Doc 9303 allows or that files of MRZs carry, and for
 * readings that must not guess: each names the behaviour it pins.
 */
class MrzVariantsTest {

  /** ICAO Doc 9303 Part 4, Appendix B: the Utopia TD3 specimen (document number L898902C3). */
  private static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";

  private static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  private static List<ReadResult> read(String text, boolean ocr) {
    FormatOptions options =
        ocr ? FormatOptions.none().with(MrzOptions.OCR_TOLERANT, true) : FormatOptions.none();
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        Formats.named("mrz")
            .reader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "variants.mrz",
                options)) {
      while (r.hasNext()) {
        out.add(r.next());
      }
    }
    return out;
  }

  private static String at(String line, int column, char c) {
    return line.substring(0, column - 1) + c + line.substring(column);
  }

  private static List<String> rules(ReadResult r) {
    return r.issues().stream().map(i -> i.rule().id().value()).toList();
  }

  @Test
  void theOcrTolerantModeNeverRewritesADocumentNumberToMakeItsCheckDigitHold() {
    // C read as O in column 8: not one of the confusions. Swapping the 0 of column 6 for an O made
    // the check digit (and the composite, which repeats it) hold, and gave L8989O2O3 as confirmed
    String misread = TD3_1 + "\n" + at(TD3_2, 8, 'O');
    Mrz.Corrected c = Mrz.parseCorrecting(misread);
    assertThat(c.corrections()).isEmpty();
    assertThat(c.mrz().text()).isEqualTo(misread);
    ReadResult r = read(misread + "\n", true).get(0);
    assertThat(r).isInstanceOf(ReadResult.Failed.class);
    assertThat(rules(r))
        .contains(MrzRules.CHECK_DIGIT)
        .doesNotContain(MrzRules.CORRECTED_BY_CHECK_DIGIT);
    assertThat(r.issues())
        .filteredOn(i -> i.rule().id().value().equals(MrzRules.CHECK_DIGIT))
        .extracting(i -> i.location().pointer().orElse(""))
        .containsExactly("/number");
  }

  @Test
  void theOcrTolerantModeStillCorrectsALetterReadForTheDocumentNumbersCheckDigit() {
    // G for 6 in the check digit itself: a check digit is a digit, and the digit then holds
    String misread = TD3_1 + "\n" + at(TD3_2, 10, 'G');
    Mrz.Corrected c = Mrz.parseCorrecting(misread);
    assertThat(c.mrz().text()).isEqualTo(TD3_1 + "\n" + TD3_2);
    assertThat(c.corrections())
        .extracting(MrzCorrection::field, MrzCorrection::column, MrzCorrection::basis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                MrzField.DOCUMENT_NUMBER, 10, MrzCorrection.Basis.CHECK_DIGIT));
    ReadResult r = read(misread, true).get(0);
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    assertThat(((TravelDocument) ((ReadResult.Ok) r).record()).number()).isEqualTo("L898902C3");
  }

  @Test
  void anIndentedMrzIsReadAndSniffedWithColumnsCountedInTheMrz() {
    // indented, as MRZs pasted into e-mails and reports are: refused before, each line named as
    // "not an MRZ line"
    String indented = "    " + TD3_1 + "\n\t" + TD3_2 + "  \n";
    ReadResult r = read(indented, false).get(0);
    assertThat(r).as("%s", r.issues()).isInstanceOf(ReadResult.Ok.class);
    assertThat(((TravelDocument) ((ReadResult.Ok) r).record()).number()).isEqualTo("L898902C3");
    assertThat(Formats.named("mrz").sniff(("\n" + indented).getBytes(StandardCharsets.US_ASCII)))
        .isTrue();
    ReadResult bad = read("  " + TD3_1 + "\n  " + at(TD3_2, 5, '#') + "\n", false).get(0);
    assertThat(bad).isInstanceOf(ReadResult.Failed.class);
    assertThat(bad.issues())
        .extracting(
            i -> i.rule().id().value(),
            i -> i.location().lineNumber().orElse(0),
            i -> i.location().columnNumber().orElse(0))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MrzRules.CHARACTER, 2L, 5));
  }

  /** ICAO Doc 9303 Part 5: the Utopia TD1 specimen with a long document number. */
  private static final String TD1 =
      "I<UTOD23145890<7349<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

  /** ICAO Doc 9303 Part 6: the Utopia TD2 specimen. */
  private static final String TD2 =
      "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";

  @Test
  void mrzsWrittenOneAfterAnotherWithoutBlankLinesAreReadOneByOne() {
    // as readers and exports list them: refused before as one block of 9 lines
    String file =
        TD3_1 + "\n" + TD3_2 + "\n" + TD1 + "\n" + TD2 + "\n" + TD3_1 + "\n" + TD3_2 + "\n";
    List<ReadResult> r = read(file, false);
    assertThat(r)
        .allSatisfy(x -> assertThat(x).as("%s", x.issues()).isInstanceOf(ReadResult.Ok.class));
    assertThat(r)
        .extracting(x -> ((TravelDocument) ((ReadResult.Ok) x).record()).number())
        .containsExactly("L898902C3", "D23145890734", "D23145890", "L898902C3");
    assertThat(r)
        .extracting(
            x -> x.location().lineNumber().orElse(0), x -> x.location().recordNumber().orElse(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 1L),
            org.assertj.core.groups.Tuple.tuple(3L, 2L),
            org.assertj.core.groups.Tuple.tuple(6L, 3L),
            org.assertj.core.groups.Tuple.tuple(8L, 4L));
    // a caption before the first and after the last stays set aside with a warning
    List<ReadResult> captioned =
        read("Scanned 2 pages:\n" + TD3_1 + "\n" + TD3_2 + "\n" + TD2 + "\n(end)\n", false);
    assertThat(captioned).hasSize(2).allMatch(x -> x instanceof ReadResult.Ok);
    assertThat(rules(captioned.get(0))).contains(MrzRules.NOT_MRZ_LINE);
    assertThat(rules(captioned.get(1))).contains(MrzRules.NOT_MRZ_LINE);
    // a caption between two: set aside with the first
    List<ReadResult> between =
        read(TD3_1 + "\n" + TD3_2 + "\nPage 2\n" + TD3_1 + "\n" + TD3_2 + "\n", false);
    assertThat(between).hasSize(2).allMatch(x -> x instanceof ReadResult.Ok);
    assertThat(rules(between.get(0))).containsExactly(MrzRules.NOT_MRZ_LINE, MrzRules.SPECIMEN);
    assertThat(between.get(1).location().lineNumber()).hasValue(4);
    // a line missing from the second: the first is still read, the rest is refused by its lines
    List<ReadResult> damaged = read(TD3_1 + "\n" + TD3_2 + "\n" + TD3_1 + "\n", false);
    assertThat(damaged).hasSize(2);
    assertThat(damaged.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(rules(damaged.get(1))).containsExactly(MrzRules.BLOCK);
    assertThat(damaged.get(1).location().lineNumber()).hasValue(3);
  }

  @Test
  void classicMacLineEndsEndLinesAndDoubledCarriageReturnsStayTrailingBlanks() {
    // CR alone (classic Mac OS): read before as one line of 89 characters, "not an MRZ line"
    String mac = TD3_1 + "\r" + TD3_2 + "\r" + TD2.replace("\n", "\r") + "\r";
    List<ReadResult> r = read(mac, false);
    assertThat(r).hasSize(2).allMatch(x -> x instanceof ReadResult.Ok);
    assertThat(r.get(1).location().lineNumber()).hasValue(3);
    assertThat(Formats.named("mrz").sniff(mac.getBytes(StandardCharsets.US_ASCII))).isTrue();
    // CR CR LF, as a text converted twice writes: still one line end
    String doubled = TD3_1 + "\r\r\n" + TD3_2 + "\r\r\n";
    assertThat(read(doubled, false)).hasSize(1).allMatch(x -> x instanceof ReadResult.Ok);
    assertThat(Formats.named("mrz").sniff(doubled.getBytes(StandardCharsets.US_ASCII))).isTrue();
  }
}

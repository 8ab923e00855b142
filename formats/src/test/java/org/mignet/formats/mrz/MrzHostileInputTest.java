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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Input that is not a file of MRZs, or is one in bad shape: clear errors with their lines, bounded
 * memory.
 */
class MrzHostileInputTest {

  private static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  private static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  private static List<ReadResult> read(InputStream in) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r = Formats.named("mrz").reader(in, "hostile.mrz")) {
      while (r.hasNext()) {
        out.add(r.next());
      }
    }
    return out;
  }

  private static List<ReadResult> read(String text) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aLineOfTheWrongLengthIsAnErrorNamingItsLineAndLengthAndTheNextMrzIsStillRead() {
    List<ReadResult> r =
        read("\n" + TD3_1 + "\n" + TD3_2.substring(1) + "\n\n" + TD3_1 + "\n" + TD3_2 + "\n");
    assertThat(r).hasSize(2);
    assertThat(r.get(0)).isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(0).issues().get(0);
    assertThat(i.rule().id().value()).isEqualTo(MrzRules.LINE_LENGTH);
    assertThat(i.location().lineNumber()).hasValue(3);
    assertThat(i.message(java.util.Locale.ENGLISH))
        .contains("Line 3 has 43 characters; expected 44");
    assertThat(r.get(1)).isInstanceOf(ReadResult.Ok.class);
    assertThat(r.get(1).location().lineNumber()).hasValue(5);
  }

  @Test
  void linesThatAreNotAnMrzAreReportedWithTheirLineNumbers() {
    List<ReadResult> r =
        read(
            "Passenger list\nprinted 2024-05-01\nby the airline\n\n"
                + TD3_1
                + "\n"
                + TD3_2
                + "\n\nthis is a note\n\nABC\nDEF\n");
    assertThat(r).hasSize(4);
    // a block of text only: each line named as not an MRZ line, never its text
    assertThat(r.get(0)).isInstanceOf(ReadResult.Failed.class);
    assertThat(r.get(0).issues())
        .allSatisfy(
            x -> {
              assertThat(x.rule().id().value()).isEqualTo(MrzRules.NOT_MRZ_LINE);
              assertThat(x.severity()).isEqualTo(org.mignet.core.validation.Severity.ERROR);
              assertThat(x.message(java.util.Locale.ENGLISH))
                  .doesNotContain("Passenger")
                  .doesNotContain("airline");
            })
        .extracting(x -> x.location().lineNumber().orElse(0))
        .containsExactly(1L, 2L, 3L);
    assertThat(r.get(0).issues().get(0).message(java.util.Locale.ENGLISH))
        .isEqualTo(
            "Line 1 is not an MRZ line (not of an MRZ's length, with characters no MRZ has); it is not read as "
                + "part of an MRZ.");
    assertThat(r.get(0).location().lineNumber()).hasValue(1);
    assertThat(r.get(1)).isInstanceOf(ReadResult.Ok.class);
    assertThat(r.get(2).issues())
        .extracting(x -> x.rule().id().value())
        .containsExactly(MrzRules.NOT_MRZ_LINE);
    assertThat(r.get(2).location().lineNumber()).hasValue(8);
    // upper-case letters only could be a damaged MRZ: read as one, and its lines' lengths named
    assertThat(r.get(3).issues())
        .extracting(x -> x.rule().id().value())
        .containsOnly(MrzRules.LINE_LENGTH);
  }

  @Test
  void captionsBeforeAndAfterAnMrzInItsBlockAreSetAsideWithAWarningAndTheMrzIsRead() {
    List<ReadResult> r =
        read(
            "Scan of page 2:\n"
                + TD3_1
                + "\n"
                + TD3_2
                + "\n(end of page)\n\n"
                + TD3_1
                + "\n"
                + TD3_2
                + "\nPage 3\n");
    assertThat(r).hasSize(2);
    assertThat(r).allSatisfy(x -> assertThat(x).isInstanceOf(ReadResult.Ok.class));
    ReadResult.Ok first = (ReadResult.Ok) r.get(0);
    assertThat(first.location().lineNumber()).as("the MRZ starts on line 2").hasValue(2);
    assertThat(first.issues())
        .filteredOn(x -> x.rule().id().value().equals(MrzRules.NOT_MRZ_LINE))
        .extracting(x -> x.location().lineNumber().orElse(0))
        .containsExactly(1L, 4L);
    assertThat(first.issues())
        .filteredOn(x -> x.rule().id().value().equals(MrzRules.NOT_MRZ_LINE))
        .allSatisfy(
            x -> assertThat(x.severity()).isEqualTo(org.mignet.core.validation.Severity.WARNING));
    assertThat(((org.mignet.core.model.TravelDocument) first.record()).number())
        .isEqualTo("L898902C3");
    assertThat(r.get(1).issues())
        .filteredOn(x -> x.rule().id().value().equals(MrzRules.NOT_MRZ_LINE))
        .extracting(x -> x.location().lineNumber().orElse(0))
        .containsExactly(8L);
    // text between the lines of an MRZ is not set aside: the block is refused, naming its lines
    List<ReadResult> inside = read(TD3_1 + "\nnot here\n" + TD3_2 + "\n");
    assertThat(inside.get(0)).isInstanceOf(ReadResult.Failed.class);
  }

  @Test
  void aCharacterOutsideTheAlphabetIsAnErrorAtItsLineAndColumnWithoutEchoingIt() {
    List<ReadResult> r = read(TD3_1 + "\n" + TD3_2.replace("L898902C3", "L898902c3") + "\n");
    assertThat(r.get(0)).isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(0).issues().get(0);
    assertThat(i.rule().id().value()).isEqualTo(MrzRules.CHARACTER);
    assertThat(i.location().lineNumber()).hasValue(2);
    assertThat(i.location().columnNumber()).hasValue(8);
    assertThat(i.message(java.util.Locale.ENGLISH)).doesNotContain("L898902");
    // a non-ASCII character is one character of the line as read: the line is 2 bytes longer in
    // UTF-8
    assertThat(read("\u00C9" + TD3_1.substring(1) + "\n" + TD3_2 + "\n").get(0).issues())
        .extracting(x -> x.rule().id().value())
        .contains(MrzRules.CHARACTER);
  }

  @Test
  void aDigitInANameIsAnErrorAsWrittenAndNoIssueEverEchoesTheHolder() {
    ReadResult r = read(TD3_1.replace("ERIKSSON", "ERIK55ON") + "\n" + TD3_2 + "\n").get(0);
    assertThat(r).isInstanceOf(ReadResult.Failed.class);
    assertThat(r.issues())
        .anyMatch(
            i ->
                i.rule().id().value().equals(MrzRules.FIELD_CHARACTER)
                    && i.pointer().equals("/holderName")
                    && i.location().columnNumber().orElse(0) == 10);
    for (Issue i : r.issues()) {
      for (java.util.Locale l :
          List.of(
              java.util.Locale.ENGLISH,
              java.util.Locale.FRENCH,
              java.util.Locale.forLanguageTag("ar"),
              java.util.Locale.forLanguageTag("zh"))) {
        assertThat(i.message(l))
            .doesNotContain("ERIK")
            .doesNotContain("ANNA")
            .doesNotContain("L898902C3")
            .doesNotContain("740812");
      }
    }
  }

  @Test
  void windowsLineEndingsTrailingBlanksAndAByteOrderMarkAreNotPartOfTheLines() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = (TD3_1 + "  \r\n" + TD3_2 + "\t\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    List<ReadResult> r = read(new ByteArrayInputStream(all));
    assertThat(r).hasSize(1);
    assertThat(r.get(0)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void aHugeLineWithoutLineBreaksIsOneFailedRecordReadInBoundedMemory() {
    long size = 100L * 1024 * 1024;
    InputStream endless =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'A' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'A');
            left -= n;
            return n;
          }
        };
    List<ReadResult> r = read(endless);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).issues())
        .extracting(x -> x.rule().id().value())
        .containsExactly(MrzRules.BLOCK);
  }

  @Test
  void manyMrzsStreamOneRecordAtATime() {
    int n = 20_000;
    InputStream many =
        new InputStream() {
          final byte[] one = (TD3_1 + "\n" + TD3_2 + "\n\n").getBytes(StandardCharsets.US_ASCII);
          int i;
          int at;

          @Override
          public int read() {
            if (i == n) {
              return -1;
            }
            int b = one[at++];
            if (at == one.length) {
              at = 0;
              i++;
            }
            return b;
          }
        };
    long count = 0;
    try (RecordReader r = Formats.named("mrz").reader(many, "many.mrz")) {
      while (r.hasNext()) {
        assertThat(r.next()).isInstanceOf(ReadResult.Ok.class);
        count++;
      }
    }
    assertThat(count).isEqualTo(n);
  }

  @Test
  void theValueTypeRefusesTextOfTheWrongShapeWithARuleIdAndNoText() {
    assertThatThrownBy(() -> Mrz.parse(TD3_1 + "\n" + TD3_2.substring(2)))
        .isInstanceOf(ParseException.class)
        .satisfies(
            e -> assertThat(((ParseException) e).ruleId().value()).isEqualTo(MrzRules.LINE_LENGTH))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ERIKSSON"));
    assertThatThrownBy(() -> Mrz.parse(TD3_1))
        .isInstanceOf(ParseException.class)
        .satisfies(
            e -> assertThat(((ParseException) e).ruleId().value()).isEqualTo(MrzRules.BLOCK));
    assertThatThrownBy(() -> Mrz.parse(TD3_1 + "\n" + TD3_2.replace('L', 'l')))
        .isInstanceOf(ParseException.class)
        .satisfies(
            e -> assertThat(((ParseException) e).ruleId().value()).isEqualTo(MrzRules.CHARACTER));
    assertThat(Mrz.parse(TD3_1 + "\r\n" + TD3_2 + "\n").toString()).isEqualTo("Mrz[TD3, P, UTO]");
  }
}

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

import java.util.ArrayList;
import java.util.List;
import org.mignet.core.code.IcaoCodes;
import org.mignet.formats.mrz.Layout.Span;
import org.mignet.formats.mrz.MrzCorrection.Basis;

/**
 * The OCR-tolerant reading of {@link Mrz#parseCorrecting(CharSequence)}: corrects the confusions
 * O/0, I/1, B/8, S/5, Z/2, G/6 and &lt;/K only where the field's type and a check digit confirm it.
 * Stateless.
 */
final class Ocr {

  private static final String LETTERS = "OIBSZGK";
  private static final String AS_DIGITS = "018526<";
  private static final String DIGITS = "018526";
  private static final String AS_LETTERS = "OIBSZG";

  private final char[][] rows;
  private final Layout layout;
  private final List<MrzCorrection> corrections = new ArrayList<>();

  private Ocr(Mrz mrz) {
    layout = mrz.layout();
    rows = new char[mrz.lines().size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = mrz.lines().get(i).toCharArray();
    }
  }

  static Mrz.Corrected correct(Mrz mrz) {
    Ocr o = new Ocr(mrz);
    o.dates();
    o.compositeDigit();
    o.checkedAlphanumeric();
    o.compositeDigit();
    o.alphabetic();
    List<String> lines = new ArrayList<>();
    for (char[] r : o.rows) {
      lines.add(new String(r));
    }
    List<MrzCorrection> sorted = new ArrayList<>(o.corrections);
    sorted.sort(
        (a, b) ->
            a.line() != b.line()
                ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
    return new Mrz.Corrected(new Mrz(mrz.format(), lines), sorted);
  }

  /**
   * A date and its check digit: letters become digits if the check digit then holds over a date
   * that exists.
   */
  private void dates() {
    numeric(MrzField.BIRTH_DATE, layout.birth, layout.birthCheck, true);
    numeric(MrzField.EXPIRY_DATE, layout.expiry, layout.expiryCheck, false);
  }

  private void numeric(MrzField field, Span value, Span digit, boolean unknownParts) {
    String v = text(value);
    char d = at(digit);
    String fixed = toDigits(v);
    char fixedDigit = toDigits(String.valueOf(d)).charAt(0);
    if (fixed.equals(v) && fixedDigit == d) {
      return;
    }
    boolean holds =
        Mrz.isPossibleDate(fixed, unknownParts)
            && validDigits(fixed + fixedDigit)
            && (Mrz.checkDigit(fixed) == fixedDigit
                || (fixedDigit == '<' && fixed.equals("<<<<<<")));
    if (!holds) {
      return;
    }
    apply(field, value, fixed, Basis.CHECK_DIGIT);
    apply(field, digit, String.valueOf(fixedDigit), Basis.CHECK_DIGIT);
  }

  /** The composite digit: a letter becomes a digit if the composite then holds. */
  private void compositeDigit() {
    if (layout.composite == null) {
      return;
    }
    char d = at(layout.composite);
    char fixed = toDigits(String.valueOf(d)).charAt(0);
    if (fixed != d
        && fixed != '<'
        && compositeOver().chars().allMatch(Ocr::mrzChar)
        && Mrz.checkDigit(compositeOver()) == fixed) {
      apply(MrzField.COMPOSITE, layout.composite, String.valueOf(fixed), Basis.CHECK_DIGIT);
    }
  }

  /**
   * The check digits of the document number and of TD3's personal number: a letter becomes a digit
   * if the field's check digit then holds. The fields themselves hold letters and digits, so their
   * type allows no correction: a check digit that fails over one of them is left to fail. One check
   * digit (the composite repeats it, with the same weights over the same characters) cannot tell a
   * confusion from another misread: when a character was misread as one outside the confusion
   * pairs, swapping some other character made the digit hold about one time in five, and gave a
   * wrong number reported as confirmed.
   */
  private void checkedAlphanumeric() {
    if (at(layout.numberCheck) != '<') {
      alphanumericDigit(MrzField.DOCUMENT_NUMBER, layout.number, layout.numberCheck);
    }
    if (layout.optionalCheck != null) {
      alphanumericDigit(MrzField.OPTIONAL_DATA, layout.optional, layout.optionalCheck);
    }
  }

  private void alphanumericDigit(MrzField field, Span value, Span digit) {
    char d = at(digit);
    char fixedDigit = toDigits(String.valueOf(d)).charAt(0);
    if (fixedDigit != d
        && fixedDigit >= '0'
        && fixedDigit <= '9'
        && Mrz.checkDigit(text(value)) == fixedDigit
        && compositeHoldsWith(digit, String.valueOf(fixedDigit))) {
      apply(field, digit, String.valueOf(fixedDigit), Basis.CHECK_DIGIT);
    }
  }

  private boolean compositeHoldsWith(Span span, String value) {
    if (layout.composite == null) {
      return true;
    }
    char[] saved = rows[span.line()].clone();
    value.getChars(0, value.length(), rows[span.line()], span.start());
    boolean holds = compositeHolds(layout.composite);
    System.arraycopy(saved, 0, rows[span.line()], 0, saved.length);
    return holds;
  }

  private boolean compositeHolds(Span composite) {
    String over = compositeOver();
    return over.chars().allMatch(Ocr::mrzChar)
        && Mrz.checkDigit(over) == toDigits(String.valueOf(at(composite))).charAt(0);
  }

  /**
   * Codes and names, which hold letters only and which no check digit covers: a digit has only one
   * reading.
   */
  private void alphabetic() {
    String code = text(layout.code);
    String fixedCode = toLetters(code);
    if (!fixedCode.equals(code)) {
      apply(MrzField.DOCUMENT_CODE, layout.code, fixedCode, Basis.FIELD_TYPE);
    }
    state(MrzField.ISSUING_STATE, layout.state);
    state(MrzField.NATIONALITY, layout.nationality);
    String name = text(layout.name);
    String fixedName = toLetters(name);
    if (!fixedName.equals(name)) {
      apply(MrzField.NAME, layout.name, fixedName, Basis.FIELD_TYPE);
    }
    char sex = at(layout.sex);
    if (sex == 'K') {
      apply(MrzField.SEX, layout.sex, "<", Basis.FIELD_TYPE);
    }
  }

  private void state(MrzField field, Span span) {
    String v = text(span);
    String fixed = toLetters(v);
    if (!fixed.equals(v) && IcaoCodes.instance().contains(Mrz.trimFillers(fixed))) {
      apply(field, span, fixed, Basis.FIELD_TYPE);
      return;
    }
    // a trailing filler read as K: "DKK" is no code, "D<<" is Germany's
    String filled = Mrz.trimFillers(fixed).replaceAll("K+$", "");
    filled = filled + "<".repeat(fixed.length() - filled.length());
    if (!filled.equals(v)
        && !IcaoCodes.instance().contains(Mrz.trimFillers(fixed))
        && IcaoCodes.instance().contains(Mrz.trimFillers(filled))
        && !Mrz.trimFillers(filled).isEmpty()) {
      apply(field, span, filled, Basis.FIELD_TYPE);
    }
  }

  private void apply(MrzField field, Span span, String value, Basis basis) {
    for (int i = 0; i < span.length(); i++) {
      char was = rows[span.line()][span.start() + i];
      char now = value.charAt(i);
      if (was != now) {
        rows[span.line()][span.start() + i] = now;
        corrections.add(
            new MrzCorrection(field, span.line() + 1, span.start() + i + 1, was, now, basis));
      }
    }
  }

  private String compositeOver() {
    StringBuilder b = new StringBuilder();
    for (Span s : layout.compositeOver) {
      b.append(rows[s.line()], s.start(), s.length());
    }
    return b.toString();
  }

  private String text(Span s) {
    return new String(rows[s.line()], s.start(), s.length());
  }

  private char at(Span s) {
    return rows[s.line()][s.start()];
  }

  private static String toDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = LETTERS.indexOf(c);
      b.append(k < 0 ? c : AS_DIGITS.charAt(k));
    }
    return b.toString();
  }

  private static String toLetters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = DIGITS.indexOf(c);
      b.append(k < 0 ? c : AS_LETTERS.charAt(k));
    }
    return b.toString();
  }

  private static boolean validDigits(String s) {
    return s.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '<');
  }

  private static boolean mrzChar(int c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '<';
  }
}

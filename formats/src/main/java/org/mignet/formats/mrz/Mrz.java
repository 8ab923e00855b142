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

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MrzFormat;
import org.mignet.formats.mrz.Layout.Span;

/**
 * A machine-readable zone of an ICAO Doc 9303 travel document: TD1 (3 × 30), TD2 (2 × 36), TD3 (2 ×
 * 44), MRV-A (2 × 44) or MRV-B (2 × 36), as its lines of {@code A–Z}, {@code 0–9} and {@code <}.
 * Parse one with {@link #parse(CharSequence)} (strict) or {@link #parseCorrecting(CharSequence)}
 * (OCR-tolerant), read its {@link #fields()}, its {@link #checks()} and {@link #impossibleDates()};
 * make one from fields with {@link #of(MrzFormat, MrzFields)}, which computes every check digit.
 * The layout of a 2-line MRZ is told by its length and document code: a {@code V} makes a
 * 44-character MRZ an MRV-A and a 36-character one an MRV-B.
 *
 * <p>A parsed MRZ is any text of the right shape: a check digit that fails or a date that does not
 * exist is reported by {@link #checks()} and {@link #impossibleDates()}, not by an exception, so
 * that a caller sees every problem. Use the {@code mrz} format ({@code Formats.named("mrz")}) to
 * read files of MRZs into {@link org.mignet.core.model.TravelDocument}s.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the holder's data; {@link #text()}
 * gives the lines.
 *
 * @param format the layout
 * @param lines the lines, each of the layout's length
 */
public record Mrz(MrzFormat format, List<String> lines) {

  /** Checks the shape: the layout's number of lines, each of its length, only MRZ characters. */
  public Mrz {
    Objects.requireNonNull(format, "format");
    lines = List.copyOf(lines);
    if (lines.size() != format.lines()) {
      throw new IllegalArgumentException(
          format + " has " + format.lines() + " lines, not " + lines.size());
    }
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.length() != format.lineLength()) {
        throw new IllegalArgumentException(
            "line "
                + (i + 1)
                + " of a "
                + format
                + " has "
                + format.lineLength()
                + " characters, not "
                + l.length());
      }
      int bad = firstNonMrzCharacter(l);
      if (bad >= 0) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ", column " + (bad + 1) + ": not an MRZ character (A-Z, 0-9, <)");
      }
    }
    if (Layout.formatOf(lines.size(), format.lineLength(), lines.get(0).charAt(0)) != format) {
      throw new IllegalArgumentException(
          "the document code does not fit " + format + " (V makes a 2-line MRZ a visa)");
    }
  }

  /**
   * Returns the MRZ, its layout told by its shape.
   *
   * @param lines the lines of an MRZ; not null
   * @throws IllegalArgumentException if the lines are not an MRZ (a message without the text)
   */
  public static Mrz of(List<String> lines) {
    if (lines.isEmpty() || lines.get(0).isEmpty()) {
      throw new IllegalArgumentException("an MRZ has 2 or 3 lines of 30, 36 or 44 characters");
    }
    MrzFormat f = Layout.formatOf(lines.size(), lines.get(0).length(), lines.get(0).charAt(0));
    if (f == null) {
      throw new IllegalArgumentException(
          "an MRZ has 3 lines of 30 or 2 lines of 36 or 44 characters; found "
              + lines.size()
              + " line(s), the first of "
              + lines.get(0).length());
    }
    return new Mrz(f, lines);
  }

  /**
   * Reads an MRZ strictly: its lines, separated by line breaks ({@code \n} or {@code \r\n}, one
   * trailing break allowed), exactly as written.
   *
   * @param text the MRZ; not null
   * @return the MRZ
   * @throws ParseException if the text is not the shape of an MRZ ({@link MrzRules#BLOCK}, {@link
   *     MrzRules#LINE_LENGTH}, {@link MrzRules#CHARACTER}); the message never shows the text
   */
  public static Mrz parse(CharSequence text) {
    List<String> lines = split(text);
    MrzFormat f =
        lines.isEmpty() || lines.get(0).isEmpty()
            ? null
            : Layout.formatOf(lines.size(), lines.get(0).length(), lines.get(0).charAt(0));
    if (f == null) {
      if (lines.size() != 2 && lines.size() != 3) {
        throw failure(MrzRules.BLOCK, 1, 1, lines.size());
      }
      throw failure(
          MrzRules.LINE_LENGTH,
          1,
          1,
          1,
          lines.get(0).length(),
          lines.size() == 3 ? "30" : "36, 44");
    }
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.length() != f.lineLength()) {
        throw failure(
            MrzRules.LINE_LENGTH, i + 1, 1, i + 1, l.length(), String.valueOf(f.lineLength()));
      }
      int bad = firstNonMrzCharacter(l);
      if (bad >= 0) {
        throw failure(MrzRules.CHARACTER, i + 1, bad + 1, i + 1, bad + 1);
      }
    }
    return new Mrz(f, lines);
  }

  /** An MRZ read in the OCR-tolerant way, with the corrections that made it. */
  public record Corrected(Mrz mrz, List<MrzCorrection> corrections) {
    /** Checks the parts and copies the list. */
    public Corrected {
      Objects.requireNonNull(mrz, "mrz");
      corrections = List.copyOf(corrections);
    }
  }

  /**
   * Reads an MRZ and corrects the OCR confusions {@code O/0}, {@code I/1}, {@code B/8}, {@code
   * S/5}, {@code Z/2}, {@code G/6} and {@code </K} where the field's type and a check digit confirm
   * the correction: a letter in a date or check digit when the check digit then holds; a digit in a
   * name, state code or document code, which no check digit covers, because no other reading
   * exists. Nothing else is changed: fields that hold letters and digits (the document number, the
   * personal number, the optional data) are left as written, because their type allows both
   * readings and one check digit cannot tell a confusion from another misread; a correction a check
   * digit does not confirm is not made either, and the MRZ then fails its checks as written.
   *
   * @param text the MRZ, as for {@link #parse(CharSequence)}; not null
   * @return the corrected MRZ and every correction, by position
   * @throws ParseException as {@link #parse(CharSequence)}
   */
  public static Corrected parseCorrecting(CharSequence text) {
    return Ocr.correct(parse(text));
  }

  /** Returns the lines joined with {@code \n}, without a trailing line break. */
  public String text() {
    return String.join("\n", lines);
  }

  Layout layout() {
    return Layout.of(format);
  }

  /** Returns the fields as written, without fillers. */
  public MrzFields fields() {
    Layout l = layout();
    String[] name = names(l.name.of(lines));
    LongNumber n = longNumber();
    String optional;
    String number;
    if (n != null) {
      number = n.number;
      // the overflow's check digit is followed by a filler before any further optional data
      optional = trimFillers(n.rest.startsWith("<") ? n.rest.substring(1) : n.rest);
    } else {
      number = trimFillers(l.number.of(lines));
      optional = trimFillers(l.optional.of(lines));
    }
    return new MrzFields(
        trimFillers(l.code.of(lines)),
        trimFillers(l.state.of(lines)),
        name[0],
        name[1].isEmpty() ? List.of() : Arrays.asList(name[1].split(" ")),
        number,
        trimFillers(l.nationality.of(lines)),
        l.birth.of(lines),
        l.sex.of(lines).charAt(0),
        l.expiry.of(lines),
        optional,
        l.optional2 == null ? "" : trimFillers(l.optional2.of(lines)));
  }

  /**
   * Whether the name fills its field to the last character: ICAO truncates names that do not fit
   * (Part 3 §4.6), so such a name may have been cut.
   *
   * @return true if the last character of the name field is not a filler
   */
  public boolean isNamePossiblyTruncated() {
    String n = layout().name.of(lines);
    return n.charAt(n.length() - 1) != '<';
  }

  /** Returns every check digit of the layout, in the order of the MRZ. */
  public List<MrzCheck> checks() {
    Layout l = layout();
    List<MrzCheck> out = new ArrayList<>();
    LongNumber n = longNumber();
    if (n != null) {
      Span cd = n.checkSpan;
      char found = cd.of(lines).charAt(0);
      char standard = checkDigit(n.number);
      char withFiller = checkDigit(n.number.substring(0, 9) + "<" + n.number.substring(9));
      boolean holds = found == standard || found == withFiller;
      out.add(
          new MrzCheck(
              MrzField.DOCUMENT_NUMBER,
              cd.line() + 1,
              cd.start() + 1,
              found,
              standard,
              holds,
              found != standard && found == withFiller));
    } else {
      out.add(check(MrzField.DOCUMENT_NUMBER, l.number, l.numberCheck));
    }
    out.add(check(MrzField.BIRTH_DATE, l.birth, l.birthCheck));
    out.add(check(MrzField.EXPIRY_DATE, l.expiry, l.expiryCheck));
    if (l.optionalCheck != null) {
      out.add(check(MrzField.OPTIONAL_DATA, l.optional, l.optionalCheck));
    }
    if (l.composite != null) {
      StringBuilder over = new StringBuilder();
      for (Span s : l.compositeOver) {
        over.append(s.of(lines));
      }
      char found = l.composite.of(lines).charAt(0);
      char expected = checkDigit(over);
      out.add(
          new MrzCheck(
              MrzField.COMPOSITE,
              l.composite.line() + 1,
              l.composite.start() + 1,
              found,
              expected,
              found == expected,
              false));
    }
    return List.copyOf(out);
  }

  private MrzCheck check(MrzField field, Span value, Span digit) {
    String v = value.of(lines);
    char found = digit.of(lines).charAt(0);
    char expected = checkDigit(v);
    boolean holds = found == expected || (found == '<' && v.chars().allMatch(c -> c == '<'));
    return new MrzCheck(field, digit.line() + 1, digit.start() + 1, found, expected, holds, false);
  }

  /**
   * Returns the date fields ({@link MrzField#BIRTH_DATE}, {@link MrzField#EXPIRY_DATE}) that are
   * not dates.
   */
  public List<MrzField> impossibleDates() {
    List<MrzField> out = new ArrayList<>();
    if (!isPossibleDate(layout().birth.of(lines), true)) {
      out.add(MrzField.BIRTH_DATE);
    }
    if (!isPossibleDate(layout().expiry.of(lines), false)) {
      out.add(MrzField.EXPIRY_DATE);
    }
    return List.copyOf(out);
  }

  /** Returns whether every check digit holds and both dates exist. */
  public boolean isValid() {
    return checks().stream().allMatch(MrzCheck::holds) && impossibleDates().isEmpty();
  }

  /**
   * Whether six MRZ characters are a date: {@code YYMMDD} with a month from 1 to 12 and a day that
   * the month has in some century. A date of birth may leave its day, or its month and day, or all
   * of it unknown ({@code <<}); a date of expiry may not.
   *
   * @param yymmdd the six characters; not null
   * @param unknownPartsAllowed whether {@code <<} may stand for unknown parts
   * @return whether it is a date
   */
  public static boolean isPossibleDate(CharSequence yymmdd, boolean unknownPartsAllowed) {
    String s = yymmdd.toString();
    if (s.length() != 6) {
      return false;
    }
    if (unknownPartsAllowed) {
      if (s.equals("<<<<<<")) {
        return true;
      }
      if (s.endsWith("<<<<")) {
        return digits(s.substring(0, 2));
      }
      if (s.endsWith("<<")) {
        if (!digits(s.substring(0, 4))) {
          return false;
        }
        int m = Integer.parseInt(s.substring(2, 4));
        return m >= 1 && m <= 12;
      }
    }
    if (!digits(s)) {
      return false;
    }
    int yy = Integer.parseInt(s.substring(0, 2));
    int m = Integer.parseInt(s.substring(2, 4));
    int d = Integer.parseInt(s.substring(4, 6));
    if (m < 1 || m > 12 || d < 1) {
      return false;
    }
    // 29 February exists in 2000 and 2004 but not in 1900: a day some century has is a possible
    // date
    return d <= YearMonth.of(2000 + yy, m).lengthOfMonth()
        || d <= YearMonth.of(1900 + yy, m).lengthOfMonth();
  }

  private static boolean digits(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * The ICAO Doc 9303 check digit (Part 3 §4.9): weights 7, 3, 1 repeated; digits count as
   * themselves, {@code A–Z} as 10–35 and {@code <} as 0.
   *
   * @param data the characters; not null
   * @return the check digit, {@code '0'} to {@code '9'}
   * @throws IllegalArgumentException if a character is not {@code A–Z}, {@code 0–9} or {@code <}
   */
  public static char checkDigit(CharSequence data) {
    int sum = 0;
    int[] weights = {7, 3, 1};
    for (int i = 0; i < data.length(); i++) {
      sum += value(data.charAt(i)) * weights[i % 3];
    }
    return (char) ('0' + sum % 10);
  }

  static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("not an MRZ character at this position (A-Z, 0-9, <)");
  }

  /**
   * Makes an MRZ from its fields and computes every check digit. A document number longer than 9
   * characters overflows into the optional data as ICAO prescribes for TD1 and TD2 (Part 5 §4.2.4,
   * Part 6 §4.2.4): its first 9 characters, {@code <}, then the rest and its check digit (computed
   * without the {@code <}) at the start of the optional data.
   *
   * @param format the layout; not null
   * @param fields the fields; not null; names and codes of {@code A–Z} (names with single spaces
   *     between components), numbers and optional data of {@code A–Z}, {@code 0–9} and {@code <}
   * @return the MRZ
   * @throws IllegalArgumentException naming the field (never its value) if a field does not fit the
   *     layout or holds characters it may not
   */
  public static Mrz of(MrzFormat format, MrzFields fields) {
    Objects.requireNonNull(format, "format");
    Layout l = Layout.of(format);
    char[][] out = new char[format.lines()][format.lineLength()];
    for (char[] row : out) {
      Arrays.fill(row, '<');
    }
    put(out, l.code, fields.documentCode(), "[A-Z][A-Z<]?", "documentCode");
    if ((fields.documentCode().charAt(0) == 'V')
        != (format == MrzFormat.MRV_A || format == MrzFormat.MRV_B)) {
      throw new IllegalArgumentException(
          "documentCode: V is the code of visas (MRV-A, MRV-B) and only of them");
    }
    put(out, l.state, fields.issuingState(), "[A-Z]{1,3}", "issuingState");
    put(out, l.name, nameField(fields, l.name.length()), "[A-Z<]*", "name");
    String number = fields.documentNumber();
    if (!number.matches("[A-Z0-9<]*[A-Z0-9]")) {
      throw new IllegalArgumentException(
          "documentNumber: expected A-Z, 0-9 and inner <, ending with a letter or " + "digit");
    }
    String optional = fields.optionalData();
    if (number.length() > 9) {
      if (format != MrzFormat.TD1 && format != MrzFormat.TD2) {
        throw new IllegalArgumentException(
            "documentNumber: longer than 9 characters, which only TD1 and TD2 can " + "hold");
      }
      String overflow =
          number.substring(9) + checkDigit(number) + (optional.isEmpty() ? "" : "<" + optional);
      put(out, l.number, number.substring(0, 9), "[A-Z0-9<]{9}", "documentNumber");
      out[l.numberCheck.line()][l.numberCheck.start()] = '<';
      if (overflow.length() > l.optional.length()) {
        throw new IllegalArgumentException(
            "documentNumber: too long to overflow into the optional data with it");
      }
      if (number.substring(9).contains("<")) {
        throw new IllegalArgumentException(
            "documentNumber: the part beyond 9 characters cannot hold <");
      }
      put(out, l.optional, overflow, "[A-Z0-9<]*", "optionalData");
    } else {
      put(out, l.number, number, "[A-Z0-9<]*", "documentNumber");
      put(out, l.optional, optional, "[A-Z0-9<]*", "optionalData");
      out[l.numberCheck.line()][l.numberCheck.start()] =
          checkDigit(new String(out[l.number.line()], l.number.start(), l.number.length()));
    }
    put(out, l.nationality, fields.nationality(), "[A-Z]{0,3}", "nationality");
    if (!isPossibleDate(fields.birthDate(), true)) {
      throw new IllegalArgumentException("birthDate: expected YYMMDD, with << for unknown parts");
    }
    if (!isPossibleDate(fields.expiryDate(), false)) {
      throw new IllegalArgumentException("expiryDate: expected YYMMDD");
    }
    put(out, l.birth, fields.birthDate(), ".{6}", "birthDate");
    put(out, l.expiry, fields.expiryDate(), ".{6}", "expiryDate");
    put(out, l.sex, String.valueOf(fields.sex()), "[MFX<]", "sex");
    if (l.optional2 != null) {
      put(out, l.optional2, fields.optionalData2(), "[A-Z0-9<]*", "optionalData2");
    } else if (!fields.optionalData2().isEmpty()) {
      throw new IllegalArgumentException("optionalData2: only TD1 has a second optional field");
    }
    digit(out, l.birth, l.birthCheck, false);
    digit(out, l.expiry, l.expiryCheck, false);
    if (l.optionalCheck != null) {
      digit(out, l.optional, l.optionalCheck, true);
    }
    if (l.composite != null) {
      StringBuilder over = new StringBuilder();
      for (Span s : l.compositeOver) {
        over.append(out[s.line()], s.start(), s.length());
      }
      out[l.composite.line()][l.composite.start()] = checkDigit(over);
    }
    List<String> lines = new ArrayList<>();
    for (char[] row : out) {
      lines.add(new String(row));
    }
    return new Mrz(format, lines);
  }

  private static void digit(char[][] out, Span value, Span digit, boolean fillerWhenEmpty) {
    String v = new String(out[value.line()], value.start(), value.length());
    out[digit.line()][digit.start()] =
        fillerWhenEmpty && v.chars().allMatch(c -> c == '<') ? '<' : checkDigit(v);
  }

  private static void put(char[][] out, Span span, String value, String pattern, String name) {
    if (value.length() > span.length()) {
      throw new IllegalArgumentException(
          name + ": longer than its " + span.length() + " characters");
    }
    if (!value.matches(pattern)) {
      throw new IllegalArgumentException(name + ": not of the form " + pattern);
    }
    value.getChars(0, value.length(), out[span.line()], span.start());
  }

  private static String nameField(MrzFields fields, int width) {
    String primary = fields.primaryIdentifier().replace(' ', '<');
    String secondary = String.join("<", fields.secondaryIdentifiers());
    if (primary.contains("<<")
        || secondary.contains("<<")
        || primary.startsWith("<")
        || primary.endsWith("<")
        || secondary.startsWith("<")
        || secondary.endsWith("<")) {
      throw new IllegalArgumentException(
          "name: components are separated by single spaces and are not empty");
    }
    String name = secondary.isEmpty() ? primary : primary + "<<" + secondary;
    if (name.length() > width) {
      throw new IllegalArgumentException(
          "name: longer than its " + width + " characters; truncate it first");
    }
    return name;
  }

  /** A TD1 or TD2 document number that overflows into the optional data, as read. */
  private record LongNumber(String number, Span checkSpan, String rest) {}

  private @Nullable LongNumber longNumber() {
    Layout l = layout();
    if ((format != MrzFormat.TD1 && format != MrzFormat.TD2)
        || l.numberCheck.of(lines).charAt(0) != '<') {
      return null;
    }
    String optional = l.optional.of(lines);
    int end = optional.indexOf('<');
    if (end < 0) {
      end = optional.length();
    }
    if (end < 2) {
      // nothing or only a check digit after the filler: not an overflow (a number of 9 with a
      // filler digit)
      return null;
    }
    String number = l.number.of(lines) + optional.substring(0, end - 1);
    Span cd = new Span(l.optional.line(), l.optional.start() + end - 1, l.optional.start() + end);
    return new LongNumber(number, cd, optional.substring(end));
  }

  /** Returns primary identifier and secondary identifier, components joined by single spaces. */
  private static String[] names(String field) {
    String f = trimFillers(field);
    int sep = f.indexOf("<<");
    String primary = sep < 0 ? f : f.substring(0, sep);
    String secondary = sep < 0 ? "" : f.substring(sep + 2);
    return new String[] {components(primary), components(secondary)};
  }

  private static String components(String s) {
    StringBuilder b = new StringBuilder();
    for (String part : s.split("<+", -1)) {
      if (!part.isEmpty()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(part);
      }
    }
    return b.toString();
  }

  static String trimFillers(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '<') {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Returns the index of its first character that is not {@code A–Z}, {@code 0–9} or {@code <}, or
   * -1.
   *
   * @param line a line
   */
  static int firstNonMrzCharacter(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<')) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> split(CharSequence text) {
    List<String> out = new ArrayList<>(Arrays.asList(text.toString().split("\r?\n", -1)));
    if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static ParseException failure(String rule, int line, int column, Object... args) {
    SourceLocation at = SourceLocation.unknown().withLine(line, column);
    // a ReadException: the rule's issue as data, with the rule's own reason
    return new org.mignet.formats.ReadException(MrzRules.issue(rule, at, args));
  }

  /** Shows the layout, the document code and the issuer, never the holder's data. */
  @Override
  public String toString() {
    Layout l = layout();
    return "Mrz["
        + format
        + ", "
        + trimFillers(l.code.of(lines))
        + ", "
        + trimFillers(l.state.of(lines))
        + "]";
  }
}

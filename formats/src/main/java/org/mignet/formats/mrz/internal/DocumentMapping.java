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
package org.mignet.formats.mrz.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.MignetException;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.IcaoCodes;
import org.mignet.core.model.DocumentType;
import org.mignet.core.model.IdentityDocument;
import org.mignet.core.model.MrzFormat;
import org.mignet.core.model.NameUse;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TravelDocument;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.ReadResult;
import org.mignet.formats.Transformation;
import org.mignet.formats.mrz.Mrz;
import org.mignet.formats.mrz.MrzCheck;
import org.mignet.formats.mrz.MrzCorrection;
import org.mignet.formats.mrz.MrzField;
import org.mignet.formats.mrz.MrzFields;
import org.mignet.formats.mrz.MrzRules;

/**
 * MRZ ⇄ {@link TravelDocument}: the reading of an MRZ's fields into the model, with every
 * read-level issue, and the writing of a travel document as an MRZ, with every change the MRZ
 * forces on it. Stateless.
 *
 * <p>The holder's part of a travel document (the {@code Person} data an MRZ carries) is its {@code
 * holderName} (primary identifier as the one family name, secondary identifier components as given
 * names), {@code nationality}, {@code birthDate} and {@code sex}. TD1's two optional fields are
 * kept in {@code optionalData} as written: the first padded with fillers to its width (15
 * characters, less an overflowing document number and its check digit), then the second.
 */
final class DocumentMapping {

  /**
   * The identifier system of records read from MRZs; the value is the source name and the record
   * number.
   */
  static final String SYSTEM = "urn:mignet:mrz";

  private static final IcaoCodes ICAO = IcaoCodes.instance();

  private DocumentMapping() {}

  // ---------------------------------------------------------------- reading

  /**
   * Returns the travel document with its warnings, or the errors that stop it.
   *
   * @param mrz the MRZ, as corrected
   * @param corrections the OCR corrections made, empty in the strict mode
   * @param at the record's location: source, record number and the line of its first MRZ line
   * @param today the day against which two-digit years are put in their century
   */
  static ReadResult read(
      Mrz mrz, List<MrzCorrection> corrections, SourceLocation at, LocalDate today) {
    List<Issue> issues = new ArrayList<>();
    long firstLine = at.lineNumber().orElse(1);
    for (MrzCorrection c : corrections) {
      issues.add(
          MrzRules.issue(
              c.basis() == MrzCorrection.Basis.CHECK_DIGIT
                  ? MrzRules.CORRECTED_BY_CHECK_DIGIT
                  : MrzRules.CORRECTED_BY_FIELD_TYPE,
              where(at, firstLine, c.line(), c.column(), c.field()),
              firstLine + c.line() - 1,
              c.column(),
              c.field().pointer()));
    }
    for (MrzCheck c : mrz.checks()) {
      SourceLocation w = where(at, firstLine, c.line(), c.column(), c.field());
      if (!c.holds()) {
        if (c.field() == MrzField.COMPOSITE) {
          issues.add(MrzRules.issue(MrzRules.COMPOSITE, w, firstLine + c.line() - 1, c.column()));
        } else {
          issues.add(
              MrzRules.issue(
                  MrzRules.CHECK_DIGIT,
                  w,
                  pointer(c.field()),
                  firstLine + c.line() - 1,
                  c.column()));
        }
      }
    }
    MrzFields f = mrz.fields();
    if (isLong(mrz)) {
      MrzCheck number = mrz.checks().get(0);
      issues.add(
          MrzRules.issue(
              number.overFiller() ? MrzRules.LONG_NUMBER_FILLER : MrzRules.LONG_NUMBER,
              where(at, firstLine, number.line(), number.column(), MrzField.DOCUMENT_NUMBER),
              firstLine + number.line() - 1,
              number.column()));
    }
    for (MrzField d : mrz.impossibleDates()) {
      int[] pos = position(mrz, d);
      issues.add(
          MrzRules.issue(
              MrzRules.IMPOSSIBLE_DATE,
              where(at, firstLine, pos[0], pos[1], d),
              d.pointer(),
              firstLine + pos[0] - 1,
              pos[1]));
    }
    characters(mrz, at, firstLine, issues);
    int[] namePos = position(mrz, MrzField.NAME);
    if (f.primaryIdentifier().isEmpty() && f.secondaryIdentifiers().isEmpty()) {
      issues.add(
          MrzRules.issue(
              MrzRules.NO_NAME,
              where(at, firstLine, namePos[0], namePos[1], MrzField.NAME),
              firstLine + namePos[0] - 1));
    } else if (mrz.isNamePossiblyTruncated()) {
      issues.add(
          MrzRules.issue(
              MrzRules.NAME_TRUNCATED,
              where(at, firstLine, namePos[0], namePos[1], MrzField.NAME),
              firstLine + namePos[0] - 1));
    }
    if (f.documentNumber().isEmpty()) {
      int[] pos = position(mrz, MrzField.DOCUMENT_NUMBER);
      issues.add(
          MrzRules.issue(
              MrzRules.NO_NUMBER,
              where(at, firstLine, pos[0], pos[1], MrzField.DOCUMENT_NUMBER),
              firstLine + pos[0] - 1));
    }
    code(mrz, MrzField.ISSUING_STATE, f.issuingState(), at, firstLine, issues);
    if (!f.nationality().isEmpty()) {
      code(mrz, MrzField.NATIONALITY, f.nationality(), at, firstLine, issues);
    }
    if (f.issuingState().equals("UTO")) {
      issues.add(MrzRules.issue(MrzRules.SPECIMEN, at.withPointer("/issuingState")));
    }
    Centuries.Dates dates = null;
    if (issues.stream().noneMatch(i -> i.severity().isBlocking())) {
      try {
        dates = Centuries.resolve(f.birthDate(), f.expiryDate(), today);
      } catch (java.time.DateTimeException | IllegalArgumentException e) {
        // 29 February of a year put in a century without it
        int[] pos = position(mrz, MrzField.BIRTH_DATE);
        issues.add(
            MrzRules.issue(
                MrzRules.IMPOSSIBLE_DATE,
                where(at, firstLine, pos[0], pos[1], MrzField.BIRTH_DATE),
                MrzField.BIRTH_DATE.pointer(),
                firstLine + pos[0] - 1,
                pos[1]));
      }
    }
    if (dates == null || issues.stream().anyMatch(i -> i.severity().isBlocking())) {
      return new ReadResult.Failed(at, issues);
    }
    List<String> family =
        f.primaryIdentifier().isEmpty() ? List.of() : List.of(f.primaryIdentifier());
    PersonName name =
        new PersonName(
            NameUse.PRIMARY,
            Optional.empty(),
            f.secondaryIdentifiers(),
            List.of(),
            family,
            Optional.empty(),
            Optional.empty());
    String optional = mrz.format() == MrzFormat.TD1 ? td1Optional(f) : f.optionalData();
    TravelDocument doc =
        new TravelDocument(
            RecordMeta.of(SYSTEM, at.source().orElse("mrz") + "#" + at.recordNumber().orElse(0)),
            typeOf(f.documentCode()),
            f.documentCode(),
            f.issuingState(),
            f.documentNumber(),
            name,
            f.nationality().isEmpty() ? Optional.empty() : Optional.of(f.nationality()),
            dates.birth(),
            sexOf(f.sex()),
            Optional.of(dates.expiry()),
            optional.isEmpty() ? Optional.empty() : Optional.of(optional),
            Optional.of(mrz.format()));
    return new ReadResult.Ok(doc, at, issues);
  }

  private static String pointer(MrzField field) {
    return field == MrzField.OPTIONAL_DATA ? "/optionalData" : field.pointer();
  }

  private static boolean isLong(Mrz mrz) {
    return (mrz.format() == MrzFormat.TD1 || mrz.format() == MrzFormat.TD2)
        && mrz.fields().documentNumber().length() > 9;
  }

  private static String td1Optional(MrzFields f) {
    int width = td1FirstOptionalWidth(f.documentNumber());
    if (f.optionalData2().isEmpty()) {
      return f.optionalData();
    }
    return f.optionalData() + "<".repeat(width - f.optionalData().length()) + f.optionalData2();
  }

  /**
   * Returns the width of TD1's first optional field after the document number: 15, less an
   * overflowing part of the number, its check digit and the filler that ends them.
   */
  private static int td1FirstOptionalWidth(String number) {
    return number.length() > 9 ? Math.max(0, 15 - (number.length() - 9) - 2) : 15;
  }

  static DocumentType typeOf(String code) {
    return switch (code.charAt(0)) {
      case 'P' -> DocumentType.PASSPORT;
      case 'V' -> DocumentType.VISA;
      case 'I', 'A', 'C' -> DocumentType.IDENTITY_CARD;
      default -> DocumentType.OTHER;
    };
  }

  private static Sex sexOf(char c) {
    return switch (c) {
      case 'M' -> Sex.MALE;
      case 'F' -> Sex.FEMALE;
      case 'X' -> Sex.OTHER;
      default -> Sex.UNKNOWN;
    };
  }

  private static void code(
      Mrz mrz, MrzField field, String code, SourceLocation at, long firstLine, List<Issue> issues) {
    int[] pos = position(mrz, field);
    if (code.isEmpty()) {
      issues.add(
          MrzRules.issue(
              MrzRules.UNKNOWN_CODE,
              Severity.ERROR,
              where(at, firstLine, pos[0], pos[1], field),
              field.pointer(),
              firstLine + pos[0] - 1,
              pos[1]));
      // nothing found, so no value to carry
    } else if (code.matches("[A-Z]+") && !ICAO.contains(code)) {
      issues.add(
          MrzRules.issueWithValue(
              MrzRules.UNKNOWN_CODE,
              where(at, firstLine, pos[0], pos[1], field),
              code,
              field.pointer(),
              firstLine + pos[0] - 1,
              pos[1]));
    }
  }

  /** Characters a field's type does not allow: the first in each field. */
  private static void characters(Mrz mrz, SourceLocation at, long firstLine, List<Issue> issues) {
    Map<MrzField, String> allowed = new LinkedHashMap<>();
    allowed.put(MrzField.DOCUMENT_CODE, "A-Z <");
    allowed.put(MrzField.ISSUING_STATE, "A-Z <");
    allowed.put(MrzField.NAME, "A-Z <");
    allowed.put(MrzField.NATIONALITY, "A-Z <");
    allowed.put(MrzField.SEX, "M F X <");
    for (Map.Entry<MrzField, String> e : allowed.entrySet()) {
      int[] pos = position(mrz, e.getKey());
      String text = text(mrz, e.getKey());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean ok =
            e.getKey() == MrzField.SEX
                ? "MFX<".indexOf(c) >= 0
                : (c >= 'A' && c <= 'Z') || c == '<';
        if (e.getKey() == MrzField.DOCUMENT_CODE && i == 0 && c == '<') {
          ok = false;
        }
        if (!ok) {
          issues.add(
              MrzRules.issueWithValue(
                  MrzRules.FIELD_CHARACTER,
                  where(at, firstLine, pos[0], pos[1] + i, e.getKey()),
                  text,
                  e.getKey().pointer(),
                  firstLine + pos[0] - 1,
                  pos[1] + i,
                  e.getValue()));
          break;
        }
      }
    }
  }

  /** Returns line and column, from 1, of a field's first character. */
  private static int[] position(Mrz mrz, MrzField field) {
    return Positions.of(mrz.format(), field);
  }

  private static String text(Mrz mrz, MrzField field) {
    int[] p = position(mrz, field);
    int len = Positions.length(mrz.format(), field);
    return mrz.lines().get(p[0] - 1).substring(p[1] - 1, p[1] - 1 + len);
  }

  private static SourceLocation where(
      SourceLocation at, long firstLine, int line, int column, MrzField field) {
    SourceLocation w = at.withLine(firstLine + line - 1, column);
    return field.pointer().isEmpty() ? w.withoutPointer() : w.withPointer(field.pointer());
  }

  // ---------------------------------------------------------------- writing

  /** An MRZ made from a travel document, and what the MRZ changed, by JSON Pointer. */
  record Written(Mrz mrz, Map<String, Transformation.Action> changes) {}

  /**
   * Returns the MRZ and the changes it forced.
   *
   * @param doc the travel document
   * @param today the day a reader will put two-digit years in their century against
   * @throws MignetException naming the member (never its value) if the document cannot be an MRZ: a
   *     name in a script with no ICAO transliteration, a number or optional data that does not fit,
   *     an expiry date without a day, no date of expiry
   */
  static Written write(TravelDocument doc, LocalDate today) {
    Map<String, Transformation.Action> changes = new LinkedHashMap<>();
    String code = trimFillers(doc.documentCode());
    MrzFormat format =
        doc.format()
            .orElse(
                code.startsWith("V")
                    ? MrzFormat.MRV_A
                    : code.startsWith("P") ? MrzFormat.TD3 : MrzFormat.TD1);
    if (typeOf(code) != doc.type()) {
      changes.put("/type", Transformation.Action.MRZ_TYPE_FROM_CODE);
    }
    PersonName n = doc.holderName();
    if (n.use() != NameUse.PRIMARY) {
      changes.put("/holderName/use", Transformation.Action.MRZ_NAME_USE);
    }
    List<String> familySource =
        n.familyNames().isEmpty() && n.givenNames().isEmpty() && n.middleNames().isEmpty()
            ? n.fullName().map(List::of).orElse(List.of())
            : n.familyNames();
    String primary =
        String.join(" ", transliterate(familySource, "/holderName/familyNames", changes));
    List<String> secondary =
        new ArrayList<>(transliterate(n.givenNames(), "/holderName/givenNames", changes));
    if (!n.middleNames().isEmpty()) {
      secondary.addAll(transliterate(n.middleNames(), "/holderName/middleNames", changes));
      changes.put("/holderName/middleNames", Transformation.Action.MRZ_JOINED);
    }
    secondary = splitComponents(secondary);
    int width = format == MrzFormat.TD1 ? 30 : format.lineLength() - 5;
    String nameText =
        primary.replace(' ', '<') + (secondary.isEmpty() ? "" : "<<" + String.join("<", secondary));
    if (nameText.isEmpty()) {
      throw new MignetException("the holder's name has no letters an MRZ can hold");
    }
    if (nameText.length() > width) {
      nameText = trimFillers(nameText.substring(0, width));
      changes.put("/holderName", Transformation.Action.MRZ_TRUNCATED);
      int sep = nameText.indexOf("<<");
      primary = (sep < 0 ? nameText : nameText.substring(0, sep)).replaceAll("<+", " ").trim();
      String rest = sep < 0 ? "" : nameText.substring(sep + 2);
      secondary = rest.isEmpty() ? List.of() : List.of(rest.split("<+"));
    }
    String birth = doc.birthDate().map(DocumentMapping::yymmdd).orElse("<<<<<<");
    PartialDate expiry =
        doc.expiryDate()
            .orElseThrow(() -> new MignetException("/expiryDate: an MRZ needs a date of expiry"));
    if (expiry.precision() != PartialDate.Precision.DAY) {
      throw new MignetException("/expiryDate: an MRZ date of expiry has a day and a month");
    }
    String exp = yymmdd(expiry);
    Centuries.Dates back = Centuries.resolve(birth, exp, today);
    if (doc.birthDate().isPresent() && !back.birth().equals(doc.birthDate())) {
      changes.put("/birthDate", Transformation.Action.MRZ_CENTURY);
    }
    if (!back.expiry().equals(expiry)) {
      changes.put("/expiryDate", Transformation.Action.MRZ_CENTURY);
    }
    String optional = doc.optionalData().orElse("");
    String optional2 = "";
    if (format == MrzFormat.TD1) {
      int w = td1FirstOptionalWidth(doc.number());
      if (optional.length() > w) {
        optional2 = optional.substring(Math.max(w, 0));
        optional = trimFillers(optional.substring(0, Math.max(w, 0)));
      }
    }
    char sex =
        switch (doc.sex()) {
          case MALE -> 'M';
          case FEMALE -> 'F';
          case OTHER -> 'X';
          case UNKNOWN -> '<';
        };
    MrzFields fields =
        new MrzFields(
            code,
            doc.issuingState(),
            primary,
            secondary,
            doc.number(),
            doc.nationality().orElse(""),
            birth,
            sex,
            exp,
            optional,
            optional2);
    try {
      return new Written(Mrz.of(format, fields), changes);
    } catch (IllegalArgumentException e) {
      // the message names the field and the form expected, never the value
      throw new MignetException("cannot be written as a " + format + " MRZ: " + e.getMessage());
    }
  }

  /**
   * Writes a person as the MRZ of the person's first document, joined by {@link
   * TravelDocument#of(Person, IdentityDocument, String, Optional, Optional)}: the document code and
   * layout follow the document's type (passport and other travel documents {@code P}, TD3; identity
   * cards and residence permits {@code I}, TD1; visas {@code V}, MRV-A). Changes are reported at
   * the person's pointers.
   *
   * @param person the holder
   * @param today the day a reader will put two-digit years in their century against
   * @return the MRZ and the changes it forced
   * @throws MignetException naming the member (never its value) if the person has no document, no
   *     name, a first document of a kind that has no MRZ or without an issuing state, or anything
   *     {@link #write(TravelDocument, LocalDate)} refuses
   */
  static Written write(Person person, LocalDate today) {
    if (person.documents().isEmpty()) {
      throw new MignetException(
          "/documents: an MRZ is written from a person's travel document, and there is none");
    }
    IdentityDocument document = person.documents().get(0);
    String code =
        switch (document.type()) {
          case PASSPORT,
              REFUGEE_TRAVEL_DOCUMENT,
              STATELESS_TRAVEL_DOCUMENT,
              EMERGENCY_TRAVEL_DOCUMENT ->
              "P";
          case IDENTITY_CARD, RESIDENCE_PERMIT -> "I";
          case VISA -> "V";
          default ->
              throw new MignetException(
                  "/documents/0/type: a "
                      + document.type()
                      + " has no machine-readable zone; expected a passport, identity card, residence permit, visa or travel"
                      + " document");
        };
    TravelDocument doc;
    try {
      doc = TravelDocument.of(person, document, code, Optional.empty(), Optional.empty());
    } catch (IllegalArgumentException e) {
      throw new MignetException(e.getMessage().replace("/documents/", "/documents/0/"));
    }
    Written w;
    try {
      w = write(doc, today);
    } catch (MignetException e) {
      throw new MignetException(personPointer(e.getMessage()));
    }
    Map<String, Transformation.Action> changes = new LinkedHashMap<>();
    w.changes().forEach((pointer, action) -> changes.put(personPointer(pointer), action));
    return new Written(w.mrz(), changes);
  }

  /** Returns the text with a travel document's pointer at its start turned into the holder's. */
  private static String personPointer(String text) {
    for (String[] p : PERSON_POINTERS) {
      if (text.startsWith(p[0])) {
        return p[1] + text.substring(p[0].length());
      }
    }
    return text;
  }

  private static final String[][] PERSON_POINTERS = {
    {"/holderName", "/names/0"},
    {"/nationality", "/citizenships/0"},
    {"/type", "/documents/0/type"},
    {"/number", "/documents/0/number"},
    {"/issuingState", "/documents/0/issuingState"},
    {"/expiryDate", "/documents/0/expiryDate"}
  };

  private static String trimFillers(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '<') {
      end--;
    }
    return s.substring(0, end);
  }

  private static List<String> splitComponents(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      for (String c : p.split(" +", -1)) {
        if (!c.isEmpty()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static String yymmdd(PartialDate d) {
    String yy = String.format(Locale.ROOT, "%02d", d.year() % 100);
    String mm = d.month() == 0 ? "<<" : String.format(Locale.ROOT, "%02d", d.month());
    String dd = d.day() == 0 ? "<<" : String.format(Locale.ROOT, "%02d", d.day());
    return yy + mm + dd;
  }

  /**
   * Names in capital Latin letters with single spaces between components (ICAO Doc 9303 Part 3 §6:
   * diacritics dropped, Ä Ö Ü Å Æ Ø Œ ß Þ written AE OE UE AA AE OE OE SS TH, apostrophes dropped,
   * hyphens and commas as fillers). A change is recorded under the pointer.
   *
   * @throws MignetException if a name holds letters of a script ICAO gives no transliteration for
   *     here
   */
  private static List<String> transliterate(
      List<String> names, String pointer, Map<String, Transformation.Action> changes) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      String t = transliterate(name, pointer);
      if (!t.equals(name)) {
        changes.putIfAbsent(pointer, Transformation.Action.MRZ_TRANSLITERATED);
      }
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static final Map<Character, String> SPECIAL =
      Map.ofEntries(
          Map.entry('Ä', "AE"),
          Map.entry('Ö', "OE"),
          Map.entry('Ü', "UE"),
          Map.entry('Å', "AA"),
          Map.entry('Æ', "AE"),
          Map.entry('Ø', "OE"),
          Map.entry('Œ', "OE"),
          Map.entry('ß', "SS"),
          Map.entry('Þ', "TH"),
          Map.entry('Ð', "D"),
          Map.entry('Đ', "D"),
          Map.entry('Ł', "L"),
          Map.entry('Ħ', "H"),
          Map.entry('Ŋ', "N"),
          Map.entry('Ŧ', "T"));

  static String transliterate(String name, String pointer) {
    StringBuilder b = new StringBuilder();
    String upper = name.toUpperCase(Locale.ROOT);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append(c);
      } else if (SPECIAL.containsKey(c)) {
        b.append(SPECIAL.get(c));
      } else if (c == ' ' || c == '-' || c == ',' || c == '<' || c == '.') {
        b.append(' ');
      } else if (c == '\'' || c == '’' || c == 'ʼ') {

      } else {
        String base =
            Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (base.length() == 1 && base.charAt(0) >= 'A' && base.charAt(0) <= 'Z') {
          b.append(base);
        } else if (Character.getType(c) == Character.NON_SPACING_MARK) {

        } else {
          throw new MignetException(
              pointer
                  + ": a name with characters that have no ICAO transliteration to the "
                  + "MRZ alphabet here; give its Latin form");
        }
      }
    }
    return b.toString().trim().replaceAll(" +", " ");
  }
}

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

import java.util.List;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;
import org.mignet.formats.internal.RuleTable;

/**
 * Read-level rules of machine-readable zones ({@code MG-MRZ-…}), reported by {@link
 * Mrz#parse(CharSequence)} and by the {@code mrz} format's reader. Ids are permanent. Messages name
 * lines, columns and the canonical member a field becomes, never a value: document numbers, names,
 * dates and nationalities are personal data. Thread-safe.
 */
public final class MrzRules {

  /** A block of lines (between blank lines) that is not 2 or 3 lines long. */
  public static final String BLOCK = "MG-MRZ-001";

  /** A line of a length no MRZ has, or not the length of the MRZ's first line. */
  public static final String LINE_LENGTH = "MG-MRZ-002";

  /** A character outside the MRZ alphabet {@code A–Z}, {@code 0–9}, {@code <}. */
  public static final String CHARACTER = "MG-MRZ-003";

  /** A field's check digit does not hold. */
  public static final String CHECK_DIGIT = "MG-MRZ-004";

  /** The composite check digit does not hold. */
  public static final String COMPOSITE = "MG-MRZ-005";

  /** A date field that is not a date. */
  public static final String IMPOSSIBLE_DATE = "MG-MRZ-006";

  /**
   * A character its field does not allow (a digit in a name, a letter in a date, a sex other than
   * M, F, X, &lt;).
   */
  public static final String FIELD_CHARACTER = "MG-MRZ-007";

  /** A TD1 or TD2 document number longer than 9 characters, continued in the optional data. */
  public static final String LONG_NUMBER = "MG-MRZ-008";

  /** A long document number whose check digit holds only when computed over its filler. */
  public static final String LONG_NUMBER_FILLER = "MG-MRZ-009";

  /** A name that fills its field: it may have been truncated. */
  public static final String NAME_TRUNCATED = "MG-MRZ-010";

  /** An issuing state or nationality that is not an ICAO Doc 9303 code. */
  public static final String UNKNOWN_CODE = "MG-MRZ-011";

  /** A document issued by Utopia (UTO), ICAO's specimen state. */
  public static final String SPECIMEN = "MG-MRZ-012";

  /** An OCR confusion corrected, confirmed by a check digit. */
  public static final String CORRECTED_BY_CHECK_DIGIT = "MG-MRZ-013";

  /**
   * An OCR confusion corrected in a field no check digit covers, where the field allows no other
   * reading.
   */
  public static final String CORRECTED_BY_FIELD_TYPE = "MG-MRZ-014";

  /** A name field of fillers only. */
  public static final String NO_NAME = "MG-MRZ-015";

  /** A document number of fillers only. */
  public static final String NO_NUMBER = "MG-MRZ-016";

  /** A line of text beside an MRZ (a caption, a page number) that is not part of it. */
  public static final String NOT_MRZ_LINE = "MG-MRZ-017";

  private static final RuleTable TABLE =
      new RuleTable(
              "ICAO Doc 9303 (8th ed., 2021), Parts 3 (common specifications, check digits §4.9), 4 (TD3), 5 (TD1), "
                  + "6 (TD2) and 7 (MRV-A, MRV-B)")
          .def(
              BLOCK,
              Severity.ERROR,
              "{0} line(s) together where an MRZ has 2 or 3 lines; MRZs are separated by blank lines.",
              "{0} ligne(s) ensemble alors qu''une ZLA a 2 ou 3 lignes ; les ZLA sont séparées par des lignes vides.",
              "{0} línea(s) juntas donde una ZLM tiene 2 o 3 líneas; las ZLM se separan con líneas en blanco.",
              "A TD1 has 3 lines; TD2, TD3, MRV-A and MRV-B have 2. Anything else is not an MRZ.")
          .def(
              LINE_LENGTH,
              Severity.ERROR,
              "Line {0} has {1} characters; expected {2}.",
              "La ligne {0} a {1} caractères ; {2} attendus.",
              "La línea {0} tiene {1} caracteres; se esperaban {2}.",
              "TD1 lines have 30 characters, TD2 and MRV-B lines 36, TD3 and MRV-A lines 44; an MRZ's lines are of one "
                  + "length.")
          .def(
              CHARACTER,
              Severity.ERROR,
              "Line {0}, column {1}: a character outside the MRZ alphabet (A-Z, 0-9, <).",
              "Ligne {0}, colonne {1} : un caractère hors de l''alphabet ZLA (A-Z, 0-9, <).",
              "Línea {0}, columna {1}: un carácter fuera del alfabeto de la ZLM (A-Z, 0-9, <).",
              "An MRZ is printed in OCR-B with capital Latin letters, digits and the filler < only (Part 3 §4.3).")
          .def(
              CHECK_DIGIT,
              Severity.ERROR,
              "The check digit of {0} (line {1}, column {2}) does not hold.",
              "Le chiffre de contrôle de {0} (ligne {1}, colonne {2}) est faux.",
              "El dígito de control de {0} (línea {1}, columna {2}) no es correcto.",
              "A check digit (weights 7, 3, 1) that does not hold means the field was misread or altered.")
          .def(
              COMPOSITE,
              Severity.ERROR,
              "The composite check digit (line {0}, column {1}) does not hold.",
              "Le chiffre de contrôle composite (ligne {0}, colonne {1}) est faux.",
              "El dígito de control compuesto (línea {0}, columna {1}) no es correcto.",
              "The composite digit covers the document number, the dates and the optional data together.")
          .def(
              IMPOSSIBLE_DATE,
              Severity.ERROR,
              "{0} (line {1}, column {2}) is not a date: expected YYMMDD with a month from 01 to 12 and a day that month "
                  + "has.",
              "{0} (ligne {1}, colonne {2}) n''est pas une date : AAMMJJ attendu, avec un mois de 01 à 12 et un jour que "
                  + "ce mois compte.",
              "{0} (línea {1}, columna {2}) no es una fecha: se esperaba AAMMDD con un mes de 01 a 12 y un día que ese "
                  + "mes tenga.",
              "A check digit that holds over a date that does not exist does not make it a date.")
          .def(
              FIELD_CHARACTER,
              Severity.ERROR,
              "{0} (line {1}, column {2}): a character the field does not allow; expected {3}.",
              "{0} (ligne {1}, colonne {2}) : un caractère que le champ n''admet pas ; {3} attendu.",
              "{0} (línea {1}, columna {2}): un carácter que el campo no admite; se esperaba {3}.",
              "Names and codes are letters, dates and check digits are digits, the sex is M, F, X or <; a character "
                  + "of the other kind is a misreading (the OCR-tolerant mode corrects those a check digit confirms).")
          .def(
              LONG_NUMBER,
              Severity.INFO,
              "The document number is longer than 9 characters and continues in the optional data (line {0}, column "
                  + "{1}); its check digit is computed without the < that ends its first 9 characters, as ICAO says.",
              "Le numéro du document dépasse 9 caractères et continue dans les données facultatives (ligne {0}, colonne "
                  + "{1}) ; son chiffre de contrôle est calculé sans le < qui clôt ses 9 premiers caractères, selon l''OACI.",
              "El número del documento tiene más de 9 caracteres y continúa en los datos opcionales (línea {0}, columna "
                  + "{1}); su dígito de control se calcula sin el < que cierra sus 9 primeros caracteres, según la OACI.",
              "ICAO Doc 9303 Parts 5 and 6 let TD1 and TD2 numbers overflow into the optional data.")
          .def(
              LONG_NUMBER_FILLER,
              Severity.WARNING,
              "The document number is longer than 9 characters; its check digit (line {0}, column {1}) holds only when "
                  + "computed with the < that ends its first 9 characters, as some issuers do; ICAO computes it without.",
              "Le numéro du document dépasse 9 caractères ; son chiffre de contrôle (ligne {0}, colonne {1}) n''est "
                  + "juste que calculé avec le < qui clôt ses 9 premiers caractères, comme le font certains émetteurs ; "
                  + "l''OACI le calcule sans.",
              "El número del documento tiene más de 9 caracteres; su dígito de control (línea {0}, columna {1}) solo es "
                  + "correcto calculado con el < que cierra sus 9 primeros caracteres, como hacen algunos emisores; la "
                  + "OACI lo calcula sin él.",
              "Both forms occur in real documents (EU PRADO specimens BEL-BO-03003 and BEL-BO-11005); a writer uses "
                  + "ICAO's.")
          .def(
              NAME_TRUNCATED,
              Severity.WARNING,
              "The name fills its field to the last character (line {0}): it may have been truncated.",
              "Le nom remplit son champ jusqu''au dernier caractère (ligne {0}) : il a pu être tronqué.",
              "El nombre llena su campo hasta el último carácter (línea {0}): puede estar truncado.",
              "ICAO truncates names that do not fit (Part 3 §4.6); the full name is in the visual zone only.")
          .def(
              UNKNOWN_CODE,
              Severity.WARNING,
              "{0} (line {1}, column {2}) is not an ICAO Doc 9303 code.",
              "{0} (ligne {1}, colonne {2}) n''est pas un code de l''OACI (Doc 9303).",
              "{0} (línea {1}, columna {2}) no es un código OACI (Doc 9303).",
              "Issuers and nationalities are ISO 3166-1 alpha-3 codes or the codes ICAO adds (D, XXA, UNO, EUE…).")
          .def(
              SPECIMEN,
              Severity.INFO,
              "Issued by UTO (Utopia), ICAO''s specimen state: a specimen, not a document.",
              "Émis par UTO (Utopie), l''État fictif des spécimens de l''OACI : un spécimen, pas un document.",
              "Emitido por UTO (Utopía), el Estado ficticio de los especímenes de la OACI: un espécimen, no un documento.",
              "ICAO Doc 9303 uses the imaginary state of Utopia in all its examples.")
          .def(
              CORRECTED_BY_CHECK_DIGIT,
              Severity.WARNING,
              "Line {0}, column {1} ({2}): an OCR confusion was corrected; the check digit confirms it.",
              "Ligne {0}, colonne {1} ({2}) : une confusion de l''OCR a été corrigée ; le chiffre de contrôle la confirme.",
              "Línea {0}, columna {1} ({2}): se corrigió una confusión del OCR; el dígito de control la confirma.",
              "OCR confuses O/0, I/1, B/8, S/5, Z/2, G/6 and </K; a correction is made only where a check digit "
                  + "confirms it, and reported.")
          .def(
              CORRECTED_BY_FIELD_TYPE,
              Severity.WARNING,
              "Line {0}, column {1} ({2}): an OCR confusion was corrected; the field allows no other reading, and no "
                  + "check digit covers it.",
              "Ligne {0}, colonne {1} ({2}) : une confusion de l''OCR a été corrigée ; le champ n''admet pas d''autre "
                  + "lecture, et aucun chiffre de contrôle ne le couvre.",
              "Línea {0}, columna {1} ({2}): se corrigió una confusión del OCR; el campo no admite otra lectura y ningún "
                  + "dígito de control lo cubre.",
              "A digit in a name or a code has only one reading as a letter; no check digit covers names, so the "
                  + "correction is reported for a person to confirm.")
          .def(
              NO_NAME,
              Severity.ERROR,
              "The name field (line {0}) holds fillers only.",
              "Le champ du nom (ligne {0}) ne contient que des caractères de remplissage.",
              "El campo del nombre (línea {0}) solo contiene caracteres de relleno.",
              "Every travel document names its holder.")
          .def(
              NO_NUMBER,
              Severity.ERROR,
              "The document number (line {0}) holds fillers only.",
              "Le numéro du document (ligne {0}) ne contient que des caractères de remplissage.",
              "El número del documento (línea {0}) solo contiene caracteres de relleno.",
              "Every travel document has a number.")
          .def(
              NOT_MRZ_LINE,
              Severity.WARNING,
              "Line {0} is not an MRZ line (not of an MRZ''s length, with characters no MRZ has); it is not read as part "
                  + "of an MRZ.",
              "La ligne {0} n''est pas une ligne de ZLA (pas de la longueur d''une ZLA, avec des caractères qu''aucune ZLA "
                  + "n''a) ; elle n''est pas lue comme partie d''une ZLA.",
              "La línea {0} no es una línea de ZLM (no tiene la longitud de una ZLM y tiene caracteres que ninguna ZLM "
                  + "tiene); no se lee como parte de una ZLM.",
              "Scans and exports put captions and page numbers next to MRZs; such a line (not of an MRZ length, with "
                  + "lower-case letters, spaces or punctuation) is named and set aside, never read as MRZ data nor "
                  + "dropped without a word.");

  private MrzRules() {}

  /** Returns the rule definitions, in id order. */
  public static List<RuleDefinition> all() {
    return TABLE.all();
  }

  /**
   * Returns an issue of that rule.
   *
   * @param id a rule id of this table
   * @param location where
   * @param args the message arguments (never personal data)
   */
  public static Issue issue(String id, SourceLocation location, Object... args) {
    return TABLE.issue(id, location, args);
  }

  /**
   * As {@link #issue(String, SourceLocation, Object...)} carrying the value found, withheld (the
   * issue masked) when the location's pointer is personal data of a travel document (its number,
   * the holder's name, nationality, birth date…), as the model's marks say.
   */
  public static Issue issueWithValue(
      String id, SourceLocation location, String value, Object... args) {
    return TABLE.issueWithValue(
        id, location, org.mignet.core.model.TravelDocument.class, value, args);
  }

  /**
   * As {@link #issue(String, SourceLocation, Object...)} carrying a count found (of lines, of
   * characters).
   */
  public static Issue issueWithCount(
      String id, SourceLocation location, long count, Object... args) {
    return TABLE.issueWithValue(id, location, Long.toString(count), false, args);
  }

  /** As {@link #issue(String, SourceLocation, Object...)} with another severity. */
  public static Issue issue(String id, Severity severity, SourceLocation location, Object... args) {
    return TABLE.issue(id, severity, location, args);
  }

  static String message(String id, Object... args) {
    return TABLE.message(id, args);
  }
}

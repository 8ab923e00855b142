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
package org.mignet.formats.htcds.internal;

import java.util.List;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;
import org.mignet.formats.internal.RuleTable;

/**
 * The read-level rules of the HTCDS readers ({@code htcds}, {@code htcds-xform}). Ids are
 * permanent: never renumbered or reused. Messages name columns, fields and codes, never the
 * personal value found.
 */
public final class HtcdsReadRules {

  /** A column that is not an HTCDS field. */
  public static final String UNKNOWN_COLUMN = "MG-HTCDS-001";

  /** A column read under an older or misspelt name. */
  public static final String ALIAS_COLUMN = "MG-HTCDS-002";

  /** A column of a field that v2.0 removed. */
  public static final String REMOVED_COLUMN = "MG-HTCDS-003";

  /** A column without a name in row 1. */
  public static final String UNNAMED_COLUMN = "MG-HTCDS-004";

  /** A header that mixes v1.0 (or earlier) names with v2.0 names. */
  public static final String MIXED_VERSIONS = "MG-HTCDS-005";

  /** A value that is neither a code nor a label of its code list. */
  public static final String UNKNOWN_CODE = "MG-HTCDS-006";

  /** A code of an earlier version, read as its v2.0 code. */
  public static final String OLD_CODE = "MG-HTCDS-007";

  /** A value that is not a date. */
  public static final String MALFORMED_DATE = "MG-HTCDS-008";

  /** A value that is not a number. */
  public static final String MALFORMED_NUMBER = "MG-HTCDS-009";

  /** A value that is not a checkbox value. */
  public static final String MALFORMED_BOOLEAN = "MG-HTCDS-010";

  /** A continuation row that repeats the case's person with different data. */
  public static final String CONFLICTING_PERSON = "MG-HTCDS-011";

  /** Not an HTCDS table or form instance at all. */
  public static final String NOT_HTCDS = "MG-HTCDS-012";

  /** Malformed XML or an unreadable workbook. */
  public static final String MALFORMED = "MG-HTCDS-013";

  /** Several values in a single-valued field. */
  public static final String SEVERAL_VALUES = "MG-HTCDS-014";

  /** A column named twice. */
  public static final String DUPLICATE_COLUMN = "MG-HTCDS-015";

  /** An XForm instance with the same element twice: which value holds cannot be known. */
  public static final String DUPLICATE_ELEMENT = "MG-HTCDS-016";

  /** An XForm element whose text is longer than the reader's limit. */
  public static final String TEXT_TOO_LONG = "MG-HTCDS-017";

  /** An XForm element nested deeper than the reader's limit. */
  public static final String TOO_DEEP = "MG-HTCDS-018";

  /** A data row with more cells than the header has columns. */
  public static final String ROW_WIDER_THAN_HEADER = "MG-HTCDS-019";

  private static final String SOURCE =
      "IOM HTCDS v2.0 field standards and toolkit (HTCDS.md §5, §8, §10)";
  private static final Set<String> PROFILES = Set.of("structural", "exchange", "htcds-core");
  private static final RuleTable TABLE = new RuleTable(SOURCE, PROFILES);

  static {
    TABLE.def(
        UNKNOWN_COLUMN,
        Severity.WARNING,
        "Column {0} is not an HTCDS field; its values are kept in meta.extensions.",
        "La colonne {0} n''est pas un champ HTCDS ; ses valeurs sont conservées dans meta.extensions.",
        "La columna {0} no es un campo HTCDS; sus valores se conservan en meta.extensions.",
        "An agency's own columns are carried, never dropped silently.");
    TABLE.def(
        ALIAS_COLUMN,
        Severity.INFO,
        "Column {0} is read as the HTCDS v2.0 field {1} ({2}).",
        "La colonne {0} est lue comme le champ HTCDS v2.0 {1} ({2}).",
        "La columna {0} se lee como el campo HTCDS v2.0 {1} ({2}).",
        "Older versions and the official toolkit files use other names for v2.0 fields.");
    TABLE.def(
        REMOVED_COLUMN,
        Severity.WARNING,
        "Column {0} is a field HTCDS v2.0 removed ({1}); kept in meta.extensions.",
        "La colonne {0} est un champ supprimé en HTCDS v2.0 ({1}) ; conservée dans meta.extensions.",
        "La columna {0} es un campo eliminado en HTCDS v2.0 ({1}); se conserva en meta.extensions.",
        "v2.0 consolidated the v1.0 consent fields into con_Consent without a deprecation row.");
    TABLE.def(
        UNNAMED_COLUMN,
        Severity.WARNING,
        "Column {0} has no field name in row 1; {1}.",
        "La colonne {0} n''a pas de nom de champ en ligne 1 ; {1}.",
        "La columna {0} no tiene nombre de campo en la fila 1; {1}.",
        "The v2.0 Excel templates leave the column of cas_ReasonForOutgoingReferral unnamed.");
    TABLE.def(
        MIXED_VERSIONS,
        Severity.WARNING,
        "The header mixes field names of HTCDS v1.0 or earlier ({0}) with names new in v2.0 ({1}).",
        "L''en-tête mêle des noms de champs HTCDS v1.0 ou antérieurs ({0}) et des noms nouveaux en v2.0 ({1}).",
        "El encabezado mezcla nombres de campos HTCDS v1.0 o anteriores ({0}) con nombres nuevos en v2.0 ({1}).",
        "A file mixing versions was probably merged from several templates; its codes may follow either.");
    TABLE.def(
        UNKNOWN_CODE,
        Severity.WARNING,
        "The value in {0} is not a code or label of {1}; closest valid codes: {2}. Kept in meta.extensions.",
        "La valeur de {0} n''est ni un code ni un libellé de {1} ; codes valides les plus proches : {2}. "
            + "Conservée dans meta.extensions.",
        "El valor de {0} no es un código ni una etiqueta de {1}; códigos válidos más cercanos: {2}. "
            + "Se conserva en meta.extensions.",
        "Codes are exchanged exactly as the standard lists them (HTCDS §6).");
    TABLE.def(
        OLD_CODE,
        Severity.INFO,
        "The value in {0} is read as the v2.0 code {1} ({2}).",
        "La valeur de {0} est lue comme le code v2.0 {1} ({2}).",
        "El valor de {0} se lee como el código v2.0 {1} ({2}).",
        "Codes of earlier HTCDS versions map onto v2.0 codes (HTCDS §10).");
    TABLE.def(
        MALFORMED_DATE,
        Severity.WARNING,
        "The value in {0} is not a date: expected yyyy-MM-dd (or yyyy, yyyy-MM, an Excel date number); kept in "
            + "meta.extensions.",
        "La valeur de {0} n''est pas une date : aaaa-MM-jj attendu (ou aaaa, aaaa-MM, un nombre de date Excel) ; "
            + "conservée dans meta.extensions.",
        "El valor de {0} no es una fecha: se esperaba aaaa-MM-dd (o aaaa, aaaa-MM, un número de fecha Excel); se "
            + "conserva en meta.extensions.",
        "HTCDS does not fix a date format; mignet reads ISO 8601 and Excel serial dates.");
    TABLE.def(
        MALFORMED_NUMBER,
        Severity.WARNING,
        "The value in {0} is not {1}; kept in meta.extensions.",
        "La valeur de {0} n''est pas {1} ; conservée dans meta.extensions.",
        "El valor de {0} no es {1}; se conserva en meta.extensions.",
        "Number fields hold numbers.");
    TABLE.def(
        MALFORMED_BOOLEAN,
        Severity.WARNING,
        "The value in {0} is not a checkbox value (TRUE/FALSE, yes/no, 1/0); kept in meta.extensions.",
        "La valeur de {0} n''est pas une case à cocher (TRUE/FALSE, oui/non, 1/0) ; conservée dans meta.extensions.",
        "El valor de {0} no es una casilla (TRUE/FALSE, sí/no, 1/0); se conserva en meta.extensions.",
        "Checkbox fields hold true or false.");
    TABLE.def(
        CONFLICTING_PERSON,
        Severity.WARNING,
        "Row {0} continues case {1} but gives different data in {2}; the first row''s value is kept.",
        "La ligne {0} continue le dossier {1} mais donne d''autres données dans {2} ; la valeur de la première "
            + "ligne est conservée.",
        "La fila {0} continúa el caso {1} pero da otros datos en {2}; se conserva el valor de la primera fila.",
        "A case has one person in an HTCDS table; repeated rows only add child records.");
    TABLE.def(
        NOT_HTCDS,
        Severity.FATAL,
        "Expected {0}; found {1}.",
        "{0} attendu ; {1} trouvé.",
        "Se esperaba {0}; se encontró {1}.",
        "An HTCDS file starts with HTCDS field names.");
    TABLE.def(
        MALFORMED,
        Severity.FATAL,
        "The file cannot be read: {0}.",
        "Le fichier ne peut pas être lu : {0}.",
        "El archivo no se puede leer: {0}.",
        "A reader cannot guess the structure of a broken file.");
    TABLE.def(
        SEVERAL_VALUES,
        Severity.WARNING,
        "{0} holds one value but several were given; the first is kept, all in meta.extensions.",
        "{0} contient une seule valeur mais plusieurs sont données ; la première est gardée, toutes dans "
            + "meta.extensions.",
        "{0} admite un solo valor pero se dieron varios; se conserva el primero, todos en meta.extensions.",
        "vic_ForcedLabourIndustry has been single-valued since v1.0, but the XLSForm makes it a multiple choice.");
    TABLE.def(
        DUPLICATE_COLUMN,
        Severity.FATAL,
        "Field {0} is named by columns {1}; the table cannot be read.",
        "Le champ {0} est nommé par les colonnes {1} ; le tableau ne peut pas être lu.",
        "El campo {0} aparece en las columnas {1}; la tabla no se puede leer.",
        "Which of two columns holds the value cannot be known; taking the first or the last is a guess.");
    TABLE.def(
        DUPLICATE_ELEMENT,
        Severity.ERROR,
        "Element {0} appears more than once in this instance; the instance " + "is not read.",
        "L''élément {0} apparaît plus d''une fois dans cette instance ; l''instance n''est pas lue.",
        "El elemento {0} aparece más de una vez en esta instancia; la instancia no se lee.",
        "An XForm instance holds one element per question outside repeats; taking the first or the last is a guess.");
    TABLE.limit(
        TEXT_TOO_LONG,
        Severity.ERROR,
        "Element {0} holds more than {1} characters, the reader''s limit; the "
            + "instance is not read.",
        "L''élément {0} contient plus de {1} caractères, la limite du lecteur ; l''instance n''est pas lue.",
        "El elemento {0} contiene más de {1} caracteres, el límite del lector; la instancia no se lee.",
        "A value cut at a limit would be an altered value; the limit keeps memory bounded.");
    TABLE.limit(
        TOO_DEEP,
        Severity.ERROR,
        "Element {0} is nested more than {1} levels deep, the reader''s limit; the "
            + "instance is not read.",
        "L''élément {0} est imbriqué sur plus de {1} niveaux, la limite du lecteur ; l''instance n''est pas lue.",
        "El elemento {0} está anidado a más de {1} niveles, el límite del lector; la instancia no se lee.",
        "HTCDS instances are shallow; deeper nesting is refused, not skipped.");
    TABLE.def(
        ROW_WIDER_THAN_HEADER,
        Severity.ERROR,
        "The row has {0} cells where the header names {1} columns; its values cannot be matched to their columns, so "
            + "the case is not read.",
        "La ligne compte {0} cellules alors que l''en-tête nomme {1} colonnes ; ses valeurs ne peuvent pas être "
            + "rattachées à leurs colonnes, le dossier n''est pas lu.",
        "La fila tiene {0} celdas y la cabecera nombra {1} columnas; sus valores no se pueden asociar a sus columnas, "
            + "así que el caso no se lee.",
        "A cell beyond the header means a value slipped (a stray delimiter): every later value of the row would land "
            + "in the wrong field, silently.");
  }

  private HtcdsReadRules() {}

  /** Returns the read-level rules. */
  public static List<RuleDefinition> all() {
    return TABLE.all();
  }

  /**
   * Returns the issue, in English.
   *
   * @param id a rule id of this class
   * @param location where
   * @param args message arguments, never personal values
   */
  public static Issue issue(String id, SourceLocation location, Object... args) {
    return TABLE.issue(id, location, args);
  }

  /**
   * Returns an issue with the value read, shown unless its pointer addresses personal data of a
   * trafficking case (then withheld).
   */
  public static Issue issueWithValue(
      String id, SourceLocation location, String value, Object... args) {
    return TABLE.issueWithValue(
        id, location, org.mignet.core.model.TraffickingCase.class, value, args);
  }
}

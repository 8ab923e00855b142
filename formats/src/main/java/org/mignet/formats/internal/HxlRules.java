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
package org.mignet.formats.internal;

import java.util.List;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;

/**
 * The read-level rules of HXL tables read by their hashtags ({@code MG-HXL-004} on; {@code
 * MG-HXL-001} to {@code 003} are in {@link TabularRules}) and of HXL schemas ({@code #valid_*}).
 * Ids are permanent: never renumbered or reused. Messages name columns by number and tag, never
 * echo a cell except a measure cell that is not a number (cut short). Used by the {@code hxl}
 * format of the tabular family and by the HXL package, so it lives in the formats-wide internal
 * package.
 */
public final class HxlRules {

  /** An untagged column that holds values: not carried. */
  public static final String UNTAGGED = "MG-HXL-004";

  /**
   * A tagged column whose role HXL does not tell (a hashtag outside the core schema, ...): not
   * carried.
   */
  public static final String ROLE_UNKNOWN = "MG-HXL-005";

  /** A column of free text or contact details: neither a dimension nor a measure, not carried. */
  public static final String FREE_TEXT = "MG-HXL-006";

  /** A column that repeats the tag of an earlier column: which holds the value cannot be known. */
  public static final String DUPLICATE_COLUMN = "MG-HXL-007";

  /** A column whose attributes give two values of one breakdown (+f and +m): not carried. */
  public static final String CONFLICTING_ATTRIBUTES = "MG-HXL-008";

  /** A measure cell that is not a number. */
  public static final String NOT_A_NUMBER = "MG-HXL-009";

  /** A date cell that is not a date: kept as written. */
  public static final String NOT_A_DATE = "MG-HXL-010";

  /** A table with no measure column: its rows yield no observation. */
  public static final String NO_MEASURE = "MG-HXL-011";

  /** How the data rows were accounted for (a summary at the end). */
  public static final String SUMMARY = "MG-HXL-012";

  /** HXL JSON that is neither an array of arrays nor an array of objects. */
  public static final String BAD_JSON = "MG-HXL-013";

  /** A member of an HXL JSON object that is not a column of the first object. */
  public static final String EXTRA_MEMBER = "MG-HXL-014";

  /** An HXL schema that cannot be used (unreadable, unsupported rule, bad pattern or number). */
  public static final String BAD_SCHEMA = "MG-HXL-015";

  /** A schema's #valid_required: a matching cell is empty. */
  public static final String VALID_REQUIRED = "MG-HXL-016";

  /** A schema's #valid_required: no column matches. */
  public static final String VALID_NO_COLUMN = "MG-HXL-017";

  /** A schema's #valid_datatype: a cell of another type. */
  public static final String VALID_DATATYPE = "MG-HXL-018";

  /** A schema's #valid_value+min / +max: a value out of range. */
  public static final String VALID_RANGE = "MG-HXL-019";

  /** A schema's #valid_value+list: a value not in the list. */
  public static final String VALID_LIST = "MG-HXL-020";

  /** A schema's #valid_value+regex: a value that does not match. */
  public static final String VALID_REGEX = "MG-HXL-021";

  /** A schema's #valid_unique: a value (or key) already seen. */
  public static final String VALID_UNIQUE = "MG-HXL-022";

  /** A schema's #valid_value+whitespace: leading, trailing or doubled spaces. */
  public static final String VALID_WHITESPACE = "MG-HXL-023";

  /** A schema's #valid_required+min / +max: too few or too many filled matching cells in a row. */
  public static final String VALID_COUNT = "MG-HXL-024";

  private static final String SOURCE =
      "HXL 1.1 standard (hxlstandard.org), HXL core schema; libhxl hxlvalidate";
  private static final RuleTable TABLE = new RuleTable(SOURCE, Set.of("structural", "exchange"));

  static {
    TABLE.def(
        UNTAGGED,
        Severity.WARNING,
        "Column {0} ({1}) has no hashtag; its values are not carried.",
        "La colonne {0} ({1}) n''a pas de hashtag ; ses valeurs ne sont pas reprises.",
        "La columna {0} ({1}) no tiene hashtag; sus valores no se trasladan.",
        "HXL 1.1: a column without a hashtag is outside the HXL data; it is said, never dropped silently.");
    TABLE.def(
        ROLE_UNKNOWN,
        Severity.WARNING,
        "Column {0}: HXL does not say what {1} is; its values are not carried.",
        "Colonne {0} : HXL ne dit pas ce qu''est {1} ; ses valeurs ne sont pas reprises.",
        "Columna {0}: HXL no dice qué es {1}; sus valores no se trasladan.",
        "Only the core schema's hashtags tell a column's role; guessing it could put values in the wrong place.");
    TABLE.def(
        FREE_TEXT,
        Severity.WARNING,
        "Column {0}: {1} holds free text or contact details, neither a dimension "
            + "nor a measure; its values are not carried.",
        "Colonne {0} : {1} contient du texte libre ou des coordonnées, ni dimension ni mesure ; ses valeurs ne sont "
            + "pas reprises.",
        "Columna {0}: {1} contiene texto libre o datos de contacto, ni dimensión ni medida; sus valores no se "
            + "trasladan.",
        "HXL core schema: #description, #contact and #meta describe a row; contact details may be personal data.");
    TABLE.def(
        DUPLICATE_COLUMN,
        Severity.WARNING,
        "Column {0} repeats {1} of column {2}; its values are not carried.",
        "La colonne {0} répète {1} de la colonne {2} ; ses valeurs ne sont pas reprises.",
        "La columna {0} repite {1} de la columna {2}; sus valores no se trasladan.",
        "Two columns with one tag give two values for one key: which is meant cannot be known.");
    TABLE.def(
        CONFLICTING_ATTRIBUTES,
        Severity.WARNING,
        "Column {0}: {1} gives more than one {2}; its values are not " + "carried.",
        "Colonne {0} : {1} donne plus d''un {2} ; ses valeurs ne sont pas reprises.",
        "Columna {0}: {1} da más de un {2}; sus valores no se trasladan.",
        "HXL 1.1 SADD attributes: a figure is for one sex and one age group; two are a contradiction.");
    TABLE.def(
        NOT_A_NUMBER,
        Severity.ERROR,
        "Column {0} ({1}): expected a number; found \"{2}\".",
        "Colonne {0} ({1}) : nombre attendu ; trouvé « {2} ».",
        "Columna {0} ({1}): se esperaba un número; se encontró \"{2}\".",
        "HXL core schema: #affected, #inneed, #targeted, #reached, #population and #value hold numbers.");
    TABLE.def(
        NOT_A_DATE,
        Severity.WARNING,
        "Column {0} ({1}): expected a date; the value is not one and is kept as " + "written.",
        "Colonne {0} ({1}) : date attendue ; la valeur n''en est pas une et est gardée telle quelle.",
        "Columna {0} ({1}): se esperaba una fecha; el valor no lo es y se conserva tal cual.",
        "HXL core schema: #date holds dates; one that cannot be read is said, not altered.");
    TABLE.def(
        NO_MEASURE,
        Severity.ERROR,
        "No column holds a measure (a number such as #affected, #inneed, "
            + "#population or +num); the {0} data rows yield no observation.",
        "Aucune colonne ne contient de mesure (un nombre comme #affected, #inneed, #population ou +num) ; les {0} "
            + "lignes de données ne donnent aucune observation.",
        "Ninguna columna contiene una medida (un número como #affected, #inneed, #population o +num); las {0} "
            + "filas de datos no dan ninguna observación.",
        "An observation is a figure; a table of places or names only (a gazetteer) is not a dataset.");
    TABLE.def(
        SUMMARY,
        Severity.INFO,
        "{0} data rows: {1} gave {2} observations, {3} had no value in any measure "
            + "column ({4} empty measure cells), {5} were rejected; {6} blank rows were skipped; "
            + "{7} measure cells were not numbers.",
        "{0} lignes de données : {1} ont donné {2} observations, {3} n''avaient aucune valeur de mesure ({4} cellules "
            + "de mesure vides), {5} ont été rejetées ; {6} lignes vides ont été ignorées ; {7} cellules de mesure "
            + "n''étaient pas des nombres.",
        "{0} filas de datos: {1} dieron {2} observaciones, {3} no tenían valor en ninguna medida ({4} celdas de "
            + "medida vacías), {5} fueron rechazadas; se omitieron {6} filas en blanco; {7} celdas de medida no eran "
            + "números.",
        "Every row and every measure cell is accounted for: empty measure cells are counted, not reported one by "
            + "one; a measure cell that is not a number is reported (MG-HXL-009) and counted here.");
    TABLE.def(
        BAD_JSON,
        Severity.FATAL,
        "Expected HXL JSON (an array of rows, each an array of cells or an object "
            + "keyed by hashtags); found {0}.",
        "JSON HXL attendu (un tableau de lignes, chacune un tableau de cellules ou un objet indexé par hashtags) ; "
            + "trouvé {0}.",
        "Se esperaba JSON HXL (un arreglo de filas, cada una un arreglo de celdas o un objeto con hashtags como "
            + "claves); se encontró {0}.",
        "libhxl reads HXL JSON as arrays of arrays with a hashtag row, or as objects keyed by tag specs.");
    TABLE.def(
        EXTRA_MEMBER,
        Severity.WARNING,
        "Member {0} is not a column of the first object; its value is not " + "carried.",
        "Le membre {0} n''est pas une colonne du premier objet ; sa valeur n''est pas reprise.",
        "El miembro {0} no es una columna del primer objeto; su valor no se traslada.",
        "The columns of an HXL JSON table of objects are those of its first object, so it can be read as a stream.");
    TABLE.def(
        BAD_SCHEMA,
        Severity.FATAL,
        "The HXL schema cannot be used: {0}.",
        "Le schéma HXL ne peut pas être utilisé : {0}.",
        "El esquema HXL no se puede usar: {0}.",
        "A schema rule that is not understood would pass data it was meant to stop: the schema is refused.");
    TABLE.def(
        VALID_REQUIRED,
        Severity.ERROR,
        "Column {0} ({1}) is required by the schema but empty.",
        "La colonne {0} ({1}) est exigée par le schéma mais vide.",
        "La columna {0} ({1}) es obligatoria según el esquema pero está vacía.",
        "hxlvalidate #valid_required.");
    TABLE.def(
        VALID_NO_COLUMN,
        Severity.ERROR,
        "No column matches {0}, which the schema requires.",
        "Aucune colonne ne correspond à {0}, exigé par le schéma.",
        "Ninguna columna corresponde a {0}, que el esquema exige.",
        "hxlvalidate #valid_required.");
    TABLE.def(
        VALID_DATATYPE,
        Severity.ERROR,
        "Column {0} ({1}): expected {2} as the schema says; the value is not.",
        "Colonne {0} ({1}) : {2} attendu selon le schéma ; la valeur n''en est pas.",
        "Columna {0} ({1}): se esperaba {2} según el esquema; el valor no lo es.",
        "hxlvalidate #valid_datatype.");
    TABLE.def(
        VALID_RANGE,
        Severity.ERROR,
        "Column {0} ({1}): the value is outside the schema''s range {2} to {3}.",
        "Colonne {0} ({1}) : la valeur est hors de l''intervalle {2} à {3} du schéma.",
        "Columna {0} ({1}): el valor está fuera del rango {2} a {3} del esquema.",
        "hxlvalidate #valid_value+min and +max.");
    TABLE.def(
        VALID_LIST,
        Severity.ERROR,
        "Column {0} ({1}): the value is not in the schema''s list.",
        "Colonne {0} ({1}) : la valeur n''est pas dans la liste du schéma.",
        "Columna {0} ({1}): el valor no está en la lista del esquema.",
        "hxlvalidate #valid_value+list.");
    TABLE.def(
        VALID_REGEX,
        Severity.ERROR,
        "Column {0} ({1}): the value does not match the schema''s pattern.",
        "Colonne {0} ({1}) : la valeur ne correspond pas au motif du schéma.",
        "Columna {0} ({1}): el valor no coincide con el patrón del esquema.",
        "hxlvalidate #valid_value+regex (RE2 syntax: linear time, no back-references).");
    TABLE.def(
        VALID_UNIQUE,
        Severity.ERROR,
        "Column {0} ({1}): the value repeats the one of line {2}; the schema " + "wants it unique.",
        "Colonne {0} ({1}) : la valeur répète celle de la ligne {2} ; le schéma la veut unique.",
        "Columna {0} ({1}): el valor repite el de la línea {2}; el esquema lo quiere único.",
        "hxlvalidate #valid_unique (+key).");
    TABLE.def(
        VALID_WHITESPACE,
        Severity.WARNING,
        "Column {0} ({1}): the value has leading, trailing or doubled " + "spaces.",
        "Colonne {0} ({1}) : la valeur a des espaces au début, à la fin ou doublés.",
        "Columna {0} ({1}): el valor tiene espacios al principio, al final o dobles.",
        "hxlvalidate #valid_value+whitespace.");
    TABLE.def(
        VALID_COUNT,
        Severity.ERROR,
        "{0} cells of this row match {1} and are filled; the schema wants {2} to " + "{3}.",
        "{0} cellules de cette ligne correspondent à {1} et sont remplies ; le schéma en veut de {2} à {3}.",
        "{0} celdas de esta fila corresponden a {1} y están llenas; el esquema quiere de {2} a {3}.",
        "hxlvalidate #valid_required+min and +max.");
  }

  private HxlRules() {}

  /** Returns the rules, by id. */
  public static List<RuleDefinition> all() {
    return TABLE.all();
  }

  /** Returns an issue of the rule's own severity. */
  public static Issue issue(String id, SourceLocation location, Object... args) {
    return TABLE.issue(id, location, args);
  }

  /**
   * Returns an issue of the rule's own severity carrying the value found, withheld (the issue
   * masked) when the reader says it is personal.
   */
  public static Issue issueWithValue(
      String id, SourceLocation location, String value, boolean personal, Object... args) {
    return TABLE.issueWithValue(id, location, value, personal, args);
  }

  /** Returns an issue of another severity (a schema's #valid_severity). */
  public static Issue issue(String id, Severity severity, SourceLocation location, Object... args) {
    return TABLE.issue(id, severity, location, args);
  }

  /**
   * As {@link #issueWithValue(String, SourceLocation, String, boolean, Object...)} with another
   * severity.
   */
  public static Issue issueWithValue(
      String id,
      Severity severity,
      SourceLocation location,
      String value,
      boolean personal,
      Object... args) {
    return TABLE.issueWithValue(id, severity, location, value, personal, args);
  }
}

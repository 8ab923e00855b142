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
import org.mignet.core.internal.Values;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;

/**
 * The read-level rules of the tabular formats (CSV, XLSX, HXL and mapping specs). Ids are
 * permanent: never renumbered or reused. Messages name what was expected and what kind of thing was
 * found; they quote a cell only where the cell is a code or a label of a non-personal column (a
 * country name, a number), cut short. Shared by the tabular, HXL and HTCDS readers, so it lives in
 * the formats-wide internal package.
 */
public final class TabularRules {

  /** CSV syntax that cannot be read (an unterminated quoted field). */
  public static final String CSV_SYNTAX = "MG-TAB-001";

  /** Not a readable XLSX workbook. */
  public static final String NOT_A_WORKBOOK = "MG-TAB-002";

  /** The sheet asked for is not in the workbook. */
  public static final String NO_SUCH_SHEET = "MG-TAB-003";

  /** The table ends before its header row. */
  public static final String NO_HEADER = "MG-TAB-004";

  /** A column the mapping spec needs is not in the header. */
  public static final String MISSING_COLUMN = "MG-TAB-005";

  /** A cell is not a number in the declared number format. */
  public static final String BAD_NUMBER = "MG-TAB-006";

  /** A cell is not a date in the declared date formats. */
  public static final String BAD_DATE = "MG-TAB-007";

  /** A cell names no code of the code list, by code, name or alias. */
  public static final String UNRESOLVED_CODE = "MG-TAB-008";

  /** A cell's value is not in the value map and the spec does not let it through. */
  public static final String UNMAPPED_VALUE = "MG-TAB-009";

  /** A required cell is empty or a missing-value marker. */
  public static final String MISSING_VALUE = "MG-TAB-010";

  /** The mapping spec itself is invalid. */
  public static final String BAD_SPEC = "MG-TAB-011";

  /** A flag that is not in the spec's observation-status map. */
  public static final String UNKNOWN_FLAG = "MG-TAB-012";

  /** A row the model rejects once mapped (a value out of range, an inconsistent record). */
  public static final String REJECTED = "MG-TAB-013";

  /** A row skipped as the spec asks (e.g. an aggregate of regions), counted but not converted. */
  public static final String SKIPPED = "MG-TAB-014";

  /** A column of the header that the spec does not map; kept or ignored as asked. */
  public static final String UNMAPPED_COLUMN = "MG-TAB-015";

  /** A cell too long for the target (XLSX: 32,767 characters). */
  public static final String CELL_TOO_LONG = "MG-TAB-016";

  /**
   * A canonical CSV column not named by a JSON Pointer into the record type, or a cell of the wrong
   * type.
   */
  public static final String BAD_CANONICAL_CELL = "MG-TAB-017";

  /**
   * A distinct value that did not resolve, with the number of rows it stopped (a summary at the
   * end).
   */
  public static final String UNRESOLVED_SUMMARY = "MG-TAB-018";

  /**
   * A cell that does not split into the parts the spec expects, or does not match the spec's
   * pattern.
   */
  public static final String BAD_PARTS = "MG-TAB-019";

  /** A cell that is not a boolean (true/false, yes/no, 1/0, oui/non, sí/no). */
  public static final String BAD_BOOLEAN = "MG-TAB-020";

  /** A header that names two or more columns alike: which one holds the value cannot be known. */
  public static final String DUPLICATE_HEADER = "MG-TAB-021";

  /** Bytes that do not decode in the declared or detected encoding. */
  public static final String UNDECODABLE = "MG-TAB-022";

  /** A JSON record (a spec's JSON source) with the same member twice. */
  public static final String DUPLICATE_MEMBER = "MG-TAB-023";

  /**
   * A row wider than a read limit ({@code maxColumns}: a column index or a number of cells); the
   * table stops.
   */
  public static final String TABLE_LIMIT = "MG-TAB-024";

  /**
   * A pointer (a canonical header, a mapping spec) naming a list index above {@code maxListIndex}.
   */
  public static final String INDEX_LIMIT = "MG-TAB-025";

  /** The columns of one kind past the first that was reported, counted in one warning. */
  public static final String MORE_COLUMNS = "MG-TAB-026";

  /**
   * Blank rows skipped, counted in one note (rows of empty cells, or of a template's row numbers
   * only).
   */
  public static final String BLANK_ROWS = "MG-TAB-027";

  /**
   * A header cell that is not what the mapping spec expects: the table is of another layout or
   * edition.
   */
  public static final String HEADER_MISMATCH = "MG-TAB-028";

  /**
   * An HXL hashtag row right under the header of a table read by column names (as HDX publishes
   * them): skipped.
   */
  public static final String HXL_ROW_SKIPPED = "MG-TAB-029";

  /**
   * A cell of a column a mapping spec's recordMeta takes a date from is not a date of the declared
   * form.
   */
  public static final String BAD_META_DATE = "MG-TAB-030";

  /** The file name does not give the record metadata a mapping spec's recordMeta takes from it. */
  public static final String META_NOT_IN_NAME = "MG-TAB-031";

  /**
   * A wide block's title is not found exactly once in its row: the table is of another layout or
   * edition.
   */
  public static final String BLOCK_TITLE = "MG-TAB-032";

  /**
   * A workbook cell holds a formula but no calculated value (written by a program that does not
   * calculate, never opened and saved in a spreadsheet application): its value cannot be read.
   */
  public static final String UNCALCULATED_FORMULA = "MG-TAB-033";

  /**
   * A row with a value past the columns its header names (a stray delimiter, or a value typed
   * beside the table): the row is not read.
   */
  public static final String PAST_HEADER = "MG-TAB-034";

  /** No hashtag row among the first rows of an HXL table. */
  public static final String NO_HASHTAG_ROW = "MG-HXL-001";

  /** A cell of the hashtag row that is not a valid hashtag with attributes. */
  public static final String BAD_HASHTAG = "MG-HXL-002";

  /** A hashtag that the HXL core schema does not know (kept; a warning). */
  public static final String UNKNOWN_HASHTAG = "MG-HXL-003";

  private static final String SOURCE =
      "RFC 4180 (CSV); ECMA-376 (XLSX); HXL 1.1 standard; mignet mapping spec";
  private static final Set<String> PROFILES = Set.of("structural", "exchange");
  private static final RuleTable TABLE = new RuleTable(SOURCE, PROFILES);

  static {
    TABLE.def(
        CSV_SYNTAX,
        Severity.FATAL,
        "The CSV cannot be read here: {0}.",
        "Le CSV ne peut être lu ici : {0}.",
        "El CSV no se puede leer aquí: {0}.",
        "A reader cannot guess where a broken quoted field ends.");
    TABLE.def(
        NOT_A_WORKBOOK,
        Severity.FATAL,
        "Expected an XLSX workbook; the input is not one ({0}).",
        "Classeur XLSX attendu ; l''entrée n''en est pas un ({0}).",
        "Se esperaba un libro XLSX; la entrada no lo es ({0}).",
        "Only Office Open XML workbooks are read.");
    TABLE.def(
        NO_SUCH_SHEET,
        Severity.FATAL,
        "The workbook has no sheet {0}; its sheets are {1}.",
        "Le classeur n''a pas de feuille {0} ; ses feuilles sont {1}.",
        "El libro no tiene la hoja {0}; sus hojas son {1}.",
        "A table is read from the sheet asked for.");
    TABLE.def(
        NO_HEADER,
        Severity.FATAL,
        "The table ends before its header row {0}.",
        "Le tableau se termine avant sa ligne d''en-tête {0}.",
        "La tabla termina antes de su fila de encabezado {0}.",
        "Columns are named by the header row.");
    TABLE.def(
        MISSING_COLUMN,
        Severity.FATAL,
        "The header has no column {0}, which the mapping spec needs.",
        "L''en-tête n''a pas de colonne {0}, requise par la spécification de correspondance.",
        "El encabezado no tiene la columna {0}, que la especificación necesita.",
        "A spec that maps a column that is not there would silently produce empty records.");
    TABLE.def(
        BAD_NUMBER,
        Severity.ERROR,
        "Expected a number ({0}) in column {1}; found \"{2}\".",
        "Nombre attendu ({0}) dans la colonne {1} ; trouvé « {2} ».",
        "Se esperaba un número ({0}) en la columna {1}; se encontró \"{2}\".",
        "A value that cannot be read as a number is reported, not guessed.");
    TABLE.def(
        BAD_DATE,
        Severity.ERROR,
        "Expected a date ({0}) in column {1}; found \"{2}\".",
        "Date attendue ({0}) dans la colonne {1} ; trouvé « {2} ».",
        "Se esperaba una fecha ({0}) en la columna {1}; se encontró \"{2}\".",
        "A value that cannot be read as a date is reported, not guessed.");
    TABLE.def(
        UNRESOLVED_CODE,
        Severity.ERROR,
        "Column {0}: \"{1}\" is no code, name or alias of {2}.",
        "Colonne {0} : « {1} » n''est ni un code, ni un nom, ni un alias de {2}.",
        "Columna {0}: \"{1}\" no es código, nombre ni alias de {2}.",
        "Codes are resolved by code, name in the six UN languages or alias; what does not resolve is reported.");
    TABLE.def(
        UNMAPPED_VALUE,
        Severity.ERROR,
        "Column {0}: \"{1}\" is not in the spec''s value map.",
        "Colonne {0} : « {1} » n''est pas dans la table de valeurs de la spécification.",
        "Columna {0}: \"{1}\" no está en el mapa de valores de la especificación.",
        "A value map lists every value it accepts; others are reported, not passed through.");
    TABLE.def(
        MISSING_VALUE,
        Severity.ERROR,
        "Column {0} is required but empty or marked missing.",
        "La colonne {0} est obligatoire mais vide ou marquée manquante.",
        "La columna {0} es obligatoria pero está vacía o marcada como faltante.",
        "A record cannot be built without its required parts.");
    TABLE.def(
        BAD_SPEC,
        Severity.FATAL,
        "The mapping spec is invalid: {0}.",
        "La spécification est invalide : {0}.",
        "La especificación no es válida: {0}.",
        "A spec is checked before any row is converted.");
    TABLE.def(
        UNKNOWN_FLAG,
        Severity.ERROR,
        "Column {0}: flag \"{1}\" is not in the spec''s observation-status map.",
        "Colonne {0} : le drapeau « {1} » n''est pas dans la table des statuts d''observation.",
        "Columna {0}: la marca \"{1}\" no está en el mapa de estados de observación.",
        "Observation flags change the meaning of a value; an unknown one is not dropped silently.");
    TABLE.def(
        REJECTED,
        Severity.ERROR,
        "The model rejects the {0} built from this row: {1}.",
        "Le modèle rejette l''objet {0} construit à partir de cette ligne : {1}.",
        "El modelo rechaza el {0} construido con esta fila: {1}.",
        "The model's records check their invariants when they are built.");
    TABLE.def(
        SKIPPED,
        Severity.INFO,
        "Row skipped as the mapping spec asks: {0}.",
        "Ligne ignorée comme le demande la spécification : {0}.",
        "Fila omitida como pide la especificación: {0}.",
        "Every row is accounted for, skipped ones too.");
    TABLE.def(
        UNMAPPED_COLUMN,
        Severity.WARNING,
        "Column {0} is not mapped; {1}.",
        "La colonne {0} n''est pas mise en correspondance ; {1}.",
        "La columna {0} no está asignada; {1}.",
        "A column the spec leaves out is said, not dropped silently.");
    TABLE.def(
        CELL_TOO_LONG,
        Severity.ERROR,
        "A cell is longer than {0} characters, the most the target holds.",
        "Une cellule dépasse {0} caractères, le maximum de la cible.",
        "Una celda supera los {0} caracteres, el máximo del destino.",
        "ECMA-376 / Excel cell limit.");
    TABLE.def(
        BAD_CANONICAL_CELL,
        Severity.ERROR,
        "Column {0}: {1}.",
        "Colonne {0} : {1}.",
        "Columna {0}: {1}.",
        "Canonical CSV columns are JSON Pointers into the record; each cell holds a value of the pointed type.");
    TABLE.def(
        UNRESOLVED_SUMMARY,
        Severity.INFO,
        "Column {0}: \"{1}\" did not resolve in {2} rows.",
        "Colonne {0} : « {1} » non résolu dans {2} lignes.",
        "Columna {0}: \"{1}\" no se resolvió en {2} filas.",
        "Each distinct unresolved value is listed once with its count, so that an alias can be added.");
    TABLE.def(
        BAD_PARTS,
        Severity.ERROR,
        "Column {0}: expected {1}; found \"{2}\".",
        "Colonne {0} : {1} attendu ; trouvé « {2} ».",
        "Columna {0}: se esperaba {1}; se encontró \"{2}\".",
        "A cell holding several values is split as the spec says; a cell that does not fit is reported.");
    TABLE.def(
        BAD_BOOLEAN,
        Severity.ERROR,
        "Expected a boolean (true/false, yes/no, 1/0) in column {0}; found \"{1}\".",
        "Booléen attendu (vrai/faux, oui/non, 1/0) dans la colonne {0} ; trouvé « {1} ».",
        "Se esperaba un booleano (verdadero/falso, sí/no, 1/0) en la columna {0}; se encontró \"{1}\".",
        "A value that cannot be read as a boolean is reported, not guessed.");
    TABLE.def(
        DUPLICATE_HEADER,
        Severity.FATAL,
        "The header names {0} in columns {1}; a value cannot be read from two columns.",
        "L''en-tête nomme {0} dans les colonnes {1} ; une valeur ne peut être lue dans deux colonnes.",
        "El encabezado nombra {0} en las columnas {1}; un valor no se puede leer de dos columnas.",
        "Taking the first or the last of two columns alike would be a guess that puts values in the wrong field.");
    TABLE.def(
        UNDECODABLE,
        Severity.FATAL,
        "Line {0} holds bytes that are not {1} text.",
        "La ligne {0} contient des octets qui ne sont pas du texte {1}.",
        "La línea {0} contiene bytes que no son texto {1}.",
        "Bytes that do not decode would become replacement characters or mojibake: altered values, not read ones. "
            + "Declare the encoding the file was written in.");
    TABLE.def(
        DUPLICATE_MEMBER,
        Severity.FATAL,
        "Member {0} appears more than once in this record; the rest cannot " + "be read.",
        "Le membre {0} apparaît plus d''une fois dans cet enregistrement ; la suite ne peut pas être lue.",
        "El miembro {0} aparece más de una vez en este registro; el resto no se puede leer.",
        "RFC 8259 leaves duplicate names undefined: taking the first or the last value is a guess.");
    TABLE.limit(
        TABLE_LIMIT,
        Severity.FATAL,
        "Row {0} goes past the read limit {1} ({2}) at column {3}; the rest of the "
            + "table is not read.",
        "La ligne {0} dépasse la limite de lecture {1} ({2}) à la colonne {3} ; la suite du tableau n''est pas lue.",
        "La fila {0} supera el límite de lectura {1} ({2}) en la columna {3}; el resto de la tabla no se lee.",
        "Limits protect readers from hostile or broken input (DESIGN §8): one cell reference such as ZZZZZZ1 or a "
            + "header of a million columns would otherwise fill the memory. ECMA-376 (XLSX) ends at column XFD, "
            + "16,384.");
    TABLE.limit(
        INDEX_LIMIT,
        Severity.ERROR,
        "The pointer {0} names list index {1}, above the read limit {2} ({3}).",
        "Le pointeur {0} désigne l''indice de liste {1}, au-delà de la limite de lecture {2} ({3}).",
        "El puntero {0} nombra el índice de lista {1}, por encima del límite de lectura {2} ({3}).",
        "A list is built item by item up to the index a pointer names; a huge index would fill the memory with "
            + "empty items (DESIGN §8).");
    TABLE.def(
        MORE_COLUMNS,
        Severity.WARNING,
        "{0} more columns of the same kind ({1}) are not listed one by one.",
        "{0} autres colonnes du même type ({1}) ne sont pas listées une à une.",
        "Otras {0} columnas del mismo tipo ({1}) no se enumeran una por una.",
        "One warning per kind of column, then a count: a wide header must not flood the report.");
    TABLE.def(
        BLANK_ROWS,
        Severity.INFO,
        "{0} blank rows were skipped (no value under any named column); they are "
            + "counted, not read as records.",
        "{0} lignes vides ont été ignorées (aucune valeur sous une colonne nommée) ; elles sont comptées, pas lues "
            + "comme enregistrements.",
        "Se omitieron {0} filas vacías (ningún valor bajo una columna con nombre); se cuentan, no se leen como "
            + "registros.",
        "An empty template or a sheet of formatted empty rows holds no records; each row is still accounted for.");
    TABLE.def(
        HEADER_MISMATCH,
        Severity.FATAL,
        "The table is not of the layout the mapping spec {0} reads: cell {1} "
            + "holds \"{2}\" where the spec expects \"{3}\"; no row is read.",
        "Le tableau n''a pas la disposition que lit la spécification {0} : la cellule {1} contient « {2} » là où "
            + "la spécification attend « {3} » ; aucune ligne n''est lue.",
        "La tabla no tiene la disposición que lee la especificación {0}: la celda {1} contiene \"{2}\" donde la "
            + "especificación espera \"{3}\"; no se lee ninguna fila.",
        "A spec that finds its columns by position would put the values of another edition or layout in the wrong "
            + "year, sex or measure without a word; it checks the header it was written for and refuses any other.");
    TABLE.def(
        HXL_ROW_SKIPPED,
        Severity.INFO,
        "The HXL hashtag row under the header (line {0}) was skipped; it "
            + "tags the columns and holds no data.",
        "La ligne de hashtags HXL sous l''en-tête (ligne {0}) a été ignorée ; elle étiquette les colonnes et ne "
            + "contient pas de données.",
        "Se omitió la fila de hashtags HXL bajo el encabezado (línea {0}); etiqueta las columnas y no contiene "
            + "datos.",
        "HDX publishes tables with a row of HXL hashtags under the header; read as data it would be a rejected row.");
    TABLE.def(
        BAD_META_DATE,
        Severity.ERROR,
        "The cell of column {0}, which gives the record''s {1}, is not a date "
            + "of the form {2}; the row is not read.",
        "La cellule de la colonne {0}, qui donne le champ {1} de l''enregistrement, n''est pas une date de la forme "
            + "{2} ; la ligne n''est pas lue.",
        "La celda de la columna {0}, que da el campo {1} del registro, no es una fecha de la forma {2}; la fila no "
            + "se lee.",
        "A date read in another form would put a record's creation or update on the wrong day, and the exchange "
            + "profile's retention and ordering on it; a row whose date cannot be read as the spec declares is "
            + "refused, not left undated.");
    TABLE.def(
        META_NOT_IN_NAME,
        Severity.WARNING,
        "The file name does not give the records'' {0} (the spec "
            + "looks for {1}, form {2}); the records are read without it.",
        "Le nom du fichier ne donne pas le champ {0} des enregistrements (la spécification cherche {1}, forme "
            + "{2}) ; les enregistrements sont lus sans lui.",
        "El nombre del archivo no da el campo {0} de los registros (la especificación busca {1}, forma {2}); los "
            + "registros se leen sin él.",
        "Files are renamed after download; a spec that takes a date from the name says when the name does not "
            + "have it, rather than leaving the field empty without a word or guessing it.");
    TABLE.def(
        BLOCK_TITLE,
        Severity.FATAL,
        "The table is not of the layout the mapping spec {0} reads: the block "
            + "title \"{1}\" is found {3} times in row {2}, where the spec expects it once; no row is read.",
        "Le tableau n''a pas la disposition que lit la spécification {0} : le titre de bloc « {1} » figure {3} "
            + "fois dans la ligne {2}, où la spécification l''attend une fois ; aucune ligne n''est lue.",
        "La tabla no tiene la disposición que lee la especificación {0}: el título de bloque \"{1}\" aparece {3} "
            + "veces en la fila {2}, donde la especificación lo espera una vez; no se lee ninguna fila.",
        "Editions move and rename their blocks of columns (both sexes, males, females); a block found by its "
            + "title reads the columns under it wherever they are, and a title not there refuses the table rather "
            + "than reading another block's values under its sex.");
    TABLE.def(
        UNCALCULATED_FORMULA,
        Severity.FATAL,
        "Cell {0} of row {1} holds a formula with no calculated value (the workbook was written by a "
            + "program that does not calculate); open and save it in a spreadsheet application, then read it again.",
        "La cellule {0} de la ligne {1} contient une formule sans valeur calculée (le classeur a été écrit par un "
            + "programme qui ne calcule pas) ; ouvrez-le et enregistrez-le dans un tableur, puis relisez-le.",
        "La celda {0} de la fila {1} contiene una fórmula sin valor calculado (el libro lo escribió un programa "
            + "que no calcula); ábralo y guárdelo en una hoja de cálculo y vuelva a leerlo.",
        "A formula's value is what the cell means; read without it, the cell would be taken for empty.");
    TABLE.def(
        PAST_HEADER,
        Severity.ERROR,
        "The row has a value in column {0}, past the {1} columns its header names; the row is not read.",
        "La ligne a une valeur en colonne {0}, au-delà des {1} colonnes que nomme son en-tête ; la ligne n''est "
            + "pas lue.",
        "La fila tiene un valor en la columna {0}, más allá de las {1} columnas que nombra su encabezado; la fila "
            + "no se lee.",
        "A value with no column cannot be read, and one that a stray delimiter pushed there means the row's other "
            + "values sit in the wrong columns: the row is refused, never read with the value dropped.");
    TABLE.def(
        NO_HASHTAG_ROW,
        Severity.FATAL,
        "No HXL hashtag row among the first {0} rows.",
        "Aucune ligne de hashtags HXL parmi les {0} premières lignes.",
        "No hay fila de hashtags HXL entre las primeras {0} filas.",
        "HXL 1.1: a table is HXL when one of its first rows holds hashtags.");
    TABLE.def(
        BAD_HASHTAG,
        Severity.WARNING,
        "Column {0}: \"{1}\" is not a hashtag with attributes; column left untagged.",
        "Colonne {0} : « {1} » n''est pas un hashtag avec attributs ; colonne non étiquetée.",
        "Columna {0}: \"{1}\" no es un hashtag con atributos; columna sin etiquetar.",
        "HXL 1.1: a hashtag is # followed by a letter and letters, digits or underscores; attributes follow +.");
    TABLE.def(
        UNKNOWN_HASHTAG,
        Severity.INFO,
        "Column {0}: hashtag {1} is not in the HXL core schema.",
        "Colonne {0} : le hashtag {1} n''est pas dans le schéma de base HXL.",
        "Columna {0}: el hashtag {1} no está en el esquema básico HXL.",
        "HXL allows hashtags outside the core schema; they are kept and said.");
  }

  private TabularRules() {}

  /** Returns the rules, by id. */
  public static List<RuleDefinition> all() {
    return TABLE.all();
  }

  /** Returns the rule with that id. */
  public static RuleDefinition get(String id) {
    return TABLE.get(id);
  }

  /** Returns the English message of a rule with its arguments. */
  public static String message(String id, Object... args) {
    return TABLE.message(id, args);
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

  /** Returns a value cut to at most 60 characters, for a message. */
  public static String cut(String value) {
    return Values.cut(value, 60);
  }
}

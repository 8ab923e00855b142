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
package org.mignet.formats.ctdc.internal;

import java.util.List;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;
import org.mignet.formats.internal.RuleTable;

/**
 * The read-level rules of the {@code ctdc} reader and writer. Ids are permanent: never renumbered
 * or reused. Messages name columns and codes, never the value of a cell (CTDC rows are sensitive
 * personal data).
 */
public final class CtdcReadRules {

  /** A column that is not a CTDC variable. */
  public static final String UNKNOWN_COLUMN = "MG-CTDC-001";

  /** A column read under a variant name (codebook spelling, truncated header, misspelling). */
  public static final String ALIAS_COLUMN = "MG-CTDC-002";

  /** A column that only repeats other columns (the {@code *Concatenated} lists). */
  public static final String DERIVED_COLUMN = "MG-CTDC-003";

  /** A value that is not a code or label of the column's list. */
  public static final String UNKNOWN_CODE = "MG-CTDC-004";

  /** A value of the wrong form (a year that is not a year, a flag that is not 0/1/-99). */
  public static final String MALFORMED_VALUE = "MG-CTDC-005";

  /** Not a CTDC table at all. */
  public static final String NOT_CTDC = "MG-CTDC-006";

  /** An unreadable file. */
  public static final String MALFORMED = "MG-CTDC-007";

  /** A column named twice. */
  public static final String DUPLICATE_COLUMN = "MG-CTDC-008";

  /** A value generalised by a k-anonymising writer (an M49 region, a wide age band). */
  public static final String GENERALISED_VALUE = "MG-CTDC-009";

  /** A single-valued model field given several values by flags. */
  public static final String SEVERAL_VALUES = "MG-CTDC-010";

  /** More rows than the writer may buffer. */
  public static final String TOO_MANY_ROWS = "MG-CTDC-011";

  /** A data row with more cells than the header has columns. */
  public static final String ROW_WIDER_THAN_HEADER = "MG-CTDC-012";

  /**
   * A header cell that is CTDC's terms-of-use notice, not a variable (the 2020 Global Dataset's
   * first cell).
   */
  public static final String TERMS_NOTICE = "MG-CTDC-013";

  private static final String SOURCE =
      "CTDC Data Codebook v6 (2017), Global Dataset data dictionary (2018), Global Synthetic Data Codebook v2 "
          + "(2024); CTDC.md §3, §4, §5";
  private static final Set<String> PROFILES = Set.of("structural", "exchange");
  private static final RuleTable TABLE = new RuleTable(SOURCE, PROFILES);

  static {
    TABLE.def(
        UNKNOWN_COLUMN,
        Severity.WARNING,
        "Column {0} is not a CTDC variable; its values are kept in meta.extensions.",
        "La colonne {0} n''est pas une variable CTDC ; ses valeurs sont conservées dans meta.extensions.",
        "La columna {0} no es una variable CTDC; sus valores se conservan en meta.extensions.",
        "A contributor's own columns are carried, never dropped silently.");
    TABLE.def(
        ALIAS_COLUMN,
        Severity.INFO,
        "Column {0} is read as the CTDC variable {1}.",
        "La colonne {0} est lue comme la variable CTDC {1}.",
        "La columna {0} se lee como la variable CTDC {1}.",
        "Codebooks, data files and third-party copies spell some variables differently (CTDC.md §3, §4).");
    TABLE.def(
        DERIVED_COLUMN,
        Severity.INFO,
        "Column {0} repeats the flags of other columns; it is not read (the flags are).",
        "La colonne {0} répète les indicateurs d''autres colonnes ; elle n''est pas lue (les indicateurs le sont).",
        "La columna {0} repite los indicadores de otras columnas; no se lee (los indicadores sí).",
        "The Concatenated variables are human-readable lists of the positive flags (CB6).");
    TABLE.def(
        UNKNOWN_CODE,
        Severity.WARNING,
        "The value in {0} is not a code of {1}; closest valid codes: {2}. The row is read and the value kept in "
            + "meta.extensions.",
        "La valeur de {0} n''est pas un code de {1} ; codes valides les plus proches : {2}. La ligne est lue et la "
            + "valeur conservée dans meta.extensions.",
        "El valor de {0} no es un código de {1}; códigos válidos más cercanos: {2}. La fila se lee y el valor se "
            + "conserva en meta.extensions.",
        "CTDC variables take the values listed in the codebooks.");
    TABLE.def(
        MALFORMED_VALUE,
        Severity.WARNING,
        "The value in {0} is not {1}; the row is read and the value kept in meta.extensions.",
        "La valeur de {0} n''est pas {1} ; la ligne est lue et la valeur conservée dans meta.extensions.",
        "El valor de {0} no es {1}; la fila se lee y el valor se conserva en meta.extensions.",
        "Years are four digits; flags are 0, 1 or -99 (2017-2020) or 1 or empty (synthetic data).");
    TABLE.def(
        NOT_CTDC,
        Severity.FATAL,
        "Expected {0}; found {1}.",
        "{0} attendu ; {1} trouvé.",
        "Se esperaba {0}; se encontró {1}.",
        "A CTDC file starts with a header row of CTDC variable names.");
    TABLE.def(
        MALFORMED,
        Severity.FATAL,
        "The file cannot be read: {0}.",
        "Le fichier ne peut pas être lu : {0}.",
        "El archivo no se puede leer: {0}.",
        "A reader cannot guess the structure of a broken file.");
    TABLE.def(
        DUPLICATE_COLUMN,
        Severity.FATAL,
        "Variable {0} is named by columns {1}; the file cannot be read.",
        "La variable {0} est nommée par les colonnes {1} ; le fichier ne peut pas être lu.",
        "La variable {0} aparece en las columnas {1}; el archivo no se puede leer.",
        "Which of two columns holds the value cannot be known; taking the first or the last is a guess.");
    TABLE.def(
        GENERALISED_VALUE,
        Severity.INFO,
        "The value in {0} was generalised for k-anonymity ({1}); it is kept in meta.extensions.",
        "La valeur de {0} a été généralisée pour la k-anonymat ({1}) ; elle est conservée dans meta.extensions.",
        "El valor de {0} se generalizó para la k-anonimidad ({1}); se conserva en meta.extensions.",
        "mignet's CTDC writer generalises countries to UN M49 regions and age bands to wider bands (CTDC.md §5).");
    TABLE.def(
        SEVERAL_VALUES,
        Severity.INFO,
        "{0} holds one value but flags {1} give several; the first is kept, the others in meta.extensions.",
        "{0} contient une seule valeur mais les indicateurs {1} en donnent plusieurs ; la première est gardée, les "
            + "autres dans meta.extensions.",
        "{0} admite un solo valor pero los indicadores {1} dan varios; se conserva el primero, los demás en "
            + "meta.extensions.",
        "CTDC flags may be set together; the model's field is single-valued.");
    TABLE.limit(
        TOO_MANY_ROWS,
        Severity.FATAL,
        "The CTDC writer holds at most {0} rows in memory to apply k-anonymity; raise max-buffered-rows or split the "
            + "input.",
        "L''écrivain CTDC garde au plus {0} lignes en mémoire pour appliquer la k-anonymat ; augmentez "
            + "max-buffered-rows ou découpez l''entrée.",
        "El escritor CTDC guarda como máximo {0} filas en memoria para aplicar la k-anonimidad; aumente "
            + "max-buffered-rows o divida la entrada.",
        "k-anonymity needs every row's equivalence class before any row can be written (DESIGN §8).");
    TABLE.def(
        ROW_WIDER_THAN_HEADER,
        Severity.ERROR,
        "The row has {0} cells where the header names {1} columns; its values cannot be matched to their columns, so "
            + "the row is not read.",
        "La ligne compte {0} cellules alors que l''en-tête nomme {1} colonnes ; ses valeurs ne peuvent pas être "
            + "rattachées à leurs colonnes, la ligne n''est pas lue.",
        "La fila tiene {0} celdas y la cabecera nombra {1} columnas; sus valores no se pueden asociar a sus columnas, "
            + "así que la fila no se lee.",
        "A cell beyond the header means a value slipped (a stray delimiter): every later value of the row would land "
            + "in the wrong variable, silently.");
    TABLE.def(
        TERMS_NOTICE,
        Severity.INFO,
        "The header of column {0} is CTDC''s terms-of-use notice ({1}), not a variable: the terms apply to this data; "
            + "the column is read as unnamed and the records name CTDC as their source.",
        "L''en-tête de la colonne {0} est l''avis des conditions d''utilisation de CTDC ({1}), pas une variable : ces "
            + "conditions s''appliquent aux données ; la colonne est lue sans nom et les enregistrements citent CTDC "
            + "comme source.",
        "La cabecera de la columna {0} es el aviso de condiciones de uso de CTDC ({1}), no una variable: esas "
            + "condiciones se aplican a los datos; la columna se lee sin nombre y los registros citan a CTDC como "
            + "fuente.",
        "The 2020 Global Dataset writes its terms of use in its first header cell, above a column that is empty in "
            + "every row; it states who published the file.");
  }

  private CtdcReadRules() {}

  /** Returns the rules. */
  public static List<RuleDefinition> all() {
    return TABLE.all();
  }

  /**
   * Returns the English message.
   *
   * @param id a rule id of this class
   * @param args message arguments, never cell values
   */
  public static String message(String id, Object... args) {
    return TABLE.message(id, args);
  }

  /**
   * Returns the issue, in English.
   *
   * @param id a rule id of this class
   * @param location where
   * @param args message arguments, never cell values
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

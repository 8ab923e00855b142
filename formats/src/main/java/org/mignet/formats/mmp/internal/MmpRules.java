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
package org.mignet.formats.mmp.internal;

import java.util.List;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;
import org.mignet.formats.internal.RuleTable;

/**
 * Read-level rules of the Missing Migrants Project reader ({@code MG-MMP-…}). Ids are permanent.
 * Messages name columns and expected forms, never the value found.
 */
public final class MmpRules {

  /**
   * The input is not an MMP export: a required column or key is missing, or the syntax is broken.
   */
  public static final String NOT_MMP = "MG-MMP-001";

  /** A column or key the reader does not know; its values are kept in meta.extensions. */
  public static final String UNKNOWN_COLUMN = "MG-MMP-002";

  /** A row with another number of fields than the header. */
  public static final String FIELD_COUNT = "MG-MMP-003";

  /** A count that is not a whole number. */
  public static final String NOT_A_COUNT = "MG-MMP-004";

  /** A date in none of the forms MMP exports use. */
  public static final String BAD_DATE = "MG-MMP-005";

  /** Coordinates not in the form "latitude, longitude". */
  public static final String BAD_COORDINATES = "MG-MMP-006";

  /** A record without an incident id. */
  public static final String NO_ID = "MG-MMP-007";

  /** A region, route or cause of death not in the MMP code lists; kept as written. */
  public static final String UNKNOWN_CODE = "MG-MMP-008";

  /** A record without any date (incident date, reported date or year). */
  public static final String NO_DATE = "MG-MMP-009";

  /** Malformed CSV or JSON: the rest of the file cannot be read. */
  public static final String MALFORMED = "MG-MMP-010";

  /** A country of origin that resolves to no ISO 3166 country; kept in meta.extensions. */
  public static final String UNKNOWN_COUNTRY = "MG-MMP-011";

  /** A source quality that is not a whole number. */
  public static final String BAD_QUALITY = "MG-MMP-012";

  /** The model rejected the record (a value out of range). */
  public static final String REJECTED = "MG-MMP-013";

  /**
   * A header that names one field (or one unknown column) twice: which column holds the value
   * cannot be known.
   */
  public static final String DUPLICATE_COLUMN = "MG-MMP-014";

  /** An API object with the same key twice. */
  public static final String DUPLICATE_KEY = "MG-MMP-015";

  /** Bytes that do not decode in the detected encoding. */
  public static final String UNDECODABLE = "MG-MMP-016";

  /** A year or month column that does not agree with the date it goes with. */
  public static final String DATE_DISAGREES = "MG-MMP-017";

  /**
   * A column of a known layout that has no field in the model (the 2017 "reliability"); kept in
   * meta.extensions.
   */
  public static final String NOT_CARRIED = "MG-MMP-018";

  /** A day/month/year date (the 2017 "date") that is not one. */
  public static final String BAD_DAY_FIRST_DATE = "MG-MMP-019";

  /** A position in two columns (the 2017 "lat" and "lon") that is not a pair of decimal degrees. */
  public static final String BAD_POSITION = "MG-MMP-020";

  private static final RuleTable TABLE =
      new RuleTable(
              "IOM Missing Migrants Project downloads and API (missingmigrants.iom.int/downloads); RFC 4180")
          .def(
              NOT_MMP,
              Severity.FATAL,
              "Not a Missing Migrants Project export: {0}.",
              "Pas un export du Missing Migrants Project : {0}.",
              "No es una exportación del Missing Migrants Project: {0}.",
              "The layout is recognised by its header names or keys; without an id and a date no record can be read.")
          .def(
              UNKNOWN_COLUMN,
              Severity.WARNING,
              "Unknown column {0}; its values are kept in meta.extensions under {1}.",
              "Colonne inconnue {0} ; ses valeurs sont conservées dans meta.extensions sous {1}.",
              "Columna desconocida {0}; sus valores se conservan en meta.extensions como {1}.",
              "MMP adds and renames columns between exports; nothing is dropped silently.")
          .def(
              FIELD_COUNT,
              Severity.ERROR,
              "The row has {0} fields; the header has {1}.",
              "La ligne a {0} champs ; l''en-tête en a {1}.",
              "La fila tiene {0} campos; la cabecera tiene {1}.",
              "A row that does not line up with the header cannot be read column by column.")
          .def(
              NOT_A_COUNT,
              Severity.ERROR,
              "Column {0}: expected a whole number of people.",
              "Colonne {0} : nombre entier de personnes attendu.",
              "Columna {0}: se esperaba un número entero de personas.",
              "Counts of dead, missing, survivors, females, males and children are whole numbers.")
          .def(
              BAD_DATE,
              Severity.ERROR,
              "Column {0}: expected a date such as \"August 31, 2021\", \"Thu, 01/01/2026 - 12:00\" or \"2023-12-31\".",
              "Colonne {0} : date attendue, par ex. « August 31, 2021 », « Thu, 01/01/2026 - 12:00 » ou « 2023-12-31 ».",
              "Columna {0}: se esperaba una fecha como \"August 31, 2021\", \"Thu, 01/01/2026 - 12:00\" o \"2023-12-31\".",
              "These are the date forms of the 2021 and 2023-2026 exports and of the API.")
          .def(
              BAD_COORDINATES,
              Severity.ERROR,
              "Column {0}: expected \"latitude, longitude\" in decimal degrees.",
              "Colonne {0} : « latitude, longitude » en degrés décimaux attendu.",
              "Columna {0}: se esperaba \"latitud, longitud\" en grados decimales.",
              "MMP writes a position as one \"lat, lon\" string (WGS 84).")
          .def(
              NO_ID,
              Severity.ERROR,
              "The record has no incident id ({0}).",
              "L''enregistrement n''a pas d''identifiant d''incident ({0}).",
              "El registro no tiene identificador de incidente ({0}).",
              "Without its id an incident cannot be traced back to MMP or deduplicated.")
          .def(
              UNKNOWN_CODE,
              Severity.WARNING,
              "Column {0}: the value is not in the MMP code list {1}; closest: {2}. "
                  + "Kept as written.",
              "Colonne {0} : la valeur n''est pas dans la liste de codes MMP {1} ; la plus proche : {2}. Conservée telle "
                  + "quelle.",
              "Columna {0}: el valor no está en la lista de códigos MMP {1}; la más cercana: {2}. Se conserva tal cual.",
              "Statistics by region, route and cause need the MMP categories; unknown spellings are worth an alias.")
          .def(
              NO_DATE,
              Severity.ERROR,
              "The record has no date: {0} are all empty.",
              "L''enregistrement n''a pas de date : {0} sont tous vides.",
              "El registro no tiene fecha: {0} están vacíos.",
              "An incident without a date cannot be counted in any period.")
          .def(
              MALFORMED,
              Severity.FATAL,
              "The input is not well-formed {0} here; the rest cannot be read.",
              "L''entrée n''est pas un {0} bien formé ici ; la suite ne peut pas être lue.",
              "La entrada no es {0} bien formado aquí; el resto no se puede leer.",
              "A reader cannot guess the structure of broken syntax.")
          .def(
              UNKNOWN_COUNTRY,
              Severity.WARNING,
              "Column {0}: an entry is not an ISO 3166 country; the text is kept in meta.extensions under {1}.",
              "Colonne {0} : une entrée n''est pas un pays ISO 3166 ; le texte est conservé dans meta.extensions sous {1}.",
              "Columna {0}: una entrada no es un país ISO 3166; el texto se conserva en meta.extensions como {1}.",
              "Countries are exchanged as ISO 3166-1 alpha-3 codes.")
          .def(
              BAD_QUALITY,
              Severity.ERROR,
              "Column {0}: expected a source quality from 1 to 5.",
              "Colonne {0} : qualité de source de 1 à 5 attendue.",
              "Columna {0}: se esperaba una calidad de fuente de 1 a 5.",
              "MMP grades sources from 1 (one unverified source) to 5 (official or verified).")
          .def(
              REJECTED,
              Severity.ERROR,
              "The model rejects this incident: {0}.",
              "Le modèle rejette cet incident : {0}.",
              "El modelo rechaza este incidente: {0}.",
              "The model's records check their invariants when built.")
          .def(
              DUPLICATE_COLUMN,
              Severity.FATAL,
              "Column {0} is named by columns {1}; the file cannot be read.",
              "La colonne {0} est nommée par les colonnes {1} ; le fichier ne peut pas être lu.",
              "La columna {0} aparece en las columnas {1}; el archivo no se puede leer.",
              "Which of two columns holds the value cannot be known; taking the first or the last is a guess.")
          .def(
              DUPLICATE_KEY,
              Severity.ERROR,
              "Key {0} appears more than once in this object.",
              "La clé {0} apparaît plus d''une fois dans cet objet.",
              "La clave {0} aparece más de una vez en este objeto.",
              "RFC 8259 leaves duplicate names undefined: which value holds cannot be known.")
          .def(
              UNDECODABLE,
              Severity.FATAL,
              "Line {0} holds bytes that are not {1} text.",
              "La ligne {0} contient des octets qui ne sont pas du texte {1}.",
              "La línea {0} contiene bytes que no son texto {1}.",
              "Bytes that do not decode would become replacement characters: altered values, not read ones.")
          .def(
              DATE_DISAGREES,
              Severity.ERROR,
              "Column {0} does not agree with the date in column {1}; which of them is right cannot be known.",
              "La colonne {0} ne concorde pas avec la date de la colonne {1} ; on ne peut pas savoir laquelle est "
                  + "juste.",
              "La columna {0} no concuerda con la fecha de la columna {1}; no se puede saber cuál es la correcta.",
              "The year and month columns repeat the date; when they differ, taking either one is a guess.")
          .def(
              NOT_CARRIED,
              Severity.WARNING,
              "Column {0} has no field in the model; its values are kept in meta.extensions under {1}.",
              "La colonne {0} n''a pas de champ dans le modèle ; ses valeurs sont conservées dans meta.extensions sous "
                  + "{1}.",
              "La columna {0} no tiene campo en el modelo; sus valores se conservan en meta.extensions como {1}.",
              "The 2017 dataset graded reports Verified, Partially Verified or Unverified; the 1-5 source quality of "
                  + "later exports is another scale, so one is never read as the other.")
          .def(
              BAD_DAY_FIRST_DATE,
              Severity.ERROR,
              "Column {0}: expected a date written day/month/year, such as \"31/08/2017\".",
              "Colonne {0} : date jour/mois/année attendue, par ex. « 31/08/2017 ».",
              "Columna {0}: se esperaba una fecha día/mes/año, como \"31/08/2017\".",
              "The 2017 dataset writes its dates day first (05/11/2015 is 5 November 2015, as the later exports "
                  + "show for the same incident).")
          .def(
              BAD_POSITION,
              Severity.ERROR,
              "Columns {0} and {1}: expected a latitude and a longitude in decimal degrees, both or neither.",
              "Colonnes {0} et {1} : latitude et longitude en degrés décimaux attendues, les deux ou aucune.",
              "Columnas {0} y {1}: se esperaban una latitud y una longitud en grados decimales, ambas o ninguna.",
              "Half a position places an incident nowhere; a position is read whole or reported.");

  private MmpRules() {}

  /** Returns the rule definitions. */
  public static List<RuleDefinition> all() {
    return TABLE.all();
  }

  /** Returns an issue of one of these rules. */
  public static Issue issue(String id, SourceLocation location, Object... args) {
    return TABLE.issue(id, location, args);
  }

  /** Returns an issue with the offending value of an incident (none of which is personal data). */
  public static Issue issueWithValue(
      String id, SourceLocation location, String value, Object... args) {
    return TABLE.issueWithValue(id, location, org.mignet.core.model.Incident.class, value, args);
  }
}

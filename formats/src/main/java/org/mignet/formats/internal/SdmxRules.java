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

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Optional;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;

/**
 * Read-level and structure rules of the SDMX and JSON-stat formats ({@code MG-SDMX-…}). Ids are
 * permanent. Shared by the public {@code sdmx} structure validator, the SDMX codecs and the
 * JSON-stat reader, so it lives in the formats-wide internal package rather than in one of theirs.
 */
public final class SdmxRules {

  /** Malformed CSV, JSON or XML: the rest cannot be read. */
  public static final String MALFORMED = "MG-SDMX-001";

  /** Not an SDMX message of the expected kind (missing header columns, members or elements). */
  public static final String NOT_SDMX = "MG-SDMX-002";

  /** A row with another number of fields than the header. */
  public static final String FIELD_COUNT = "MG-SDMX-003";

  /** An observation value that is not a number. */
  public static final String NOT_A_NUMBER = "MG-SDMX-004";

  /** An index or key that points outside the structure (SDMX-JSON, JSON-stat). */
  public static final String BAD_INDEX = "MG-SDMX-005";

  /** A dimension value not in the dimension's codelist (structure given). */
  public static final String NOT_IN_CODELIST = "MG-SDMX-010";

  /** A mandatory attribute without a value (structure given). */
  public static final String MANDATORY_ATTRIBUTE = "MG-SDMX-011";

  /** Two observations with the same series key and period (structure given or not). */
  public static final String DUPLICATE_KEY = "MG-SDMX-012";

  /**
   * A dimension of the structure missing from an observation, or a dimension the structure does not
   * have.
   */
  public static final String DIMENSIONS = "MG-SDMX-013";

  /** A dimension value excluded by a content constraint. */
  public static final String CONSTRAINED = "MG-SDMX-014";

  /** An attribute value not in the attribute's codelist. */
  public static final String ATTRIBUTE_NOT_IN_CODELIST = "MG-SDMX-015";

  /**
   * Something in a structure message that cannot be used (an item without id, a bad position); it
   * is skipped.
   */
  public static final String STRUCTURE_CONTENT = "MG-SDMX-016";

  /** A dataset whose data structure is not in the structure message given: it is not checked. */
  public static final String NO_STRUCTURE = "MG-SDMX-017";

  /**
   * A codelist that a structure refers to but the message does not hold: its values are not
   * checked.
   */
  public static final String CODELIST_MISSING = "MG-SDMX-018";

  /**
   * A data set member (links, attributes) after observations already read, so not applied to them.
   */
  public static final String LATE_MEMBER = "MG-SDMX-019";

  /**
   * An SDMX-CSV header that names one component twice: which column holds its value cannot be
   * known.
   */
  public static final String DUPLICATE_COLUMN = "MG-SDMX-020";

  /** A JSON object (SDMX-JSON, JSON-stat) with the same member twice. */
  public static final String DUPLICATE_MEMBER = "MG-SDMX-021";

  /** Bytes that are not UTF-8 (SDMX-CSV 2.0 is UTF-8). */
  public static final String UNDECODABLE = "MG-SDMX-022";

  /**
   * A JSON-stat {@code size} that cannot be a cube's: not a whole number from 1, or not one per
   * dimension.
   */
  public static final String BAD_SIZE = "MG-SDMX-023";

  /** A JSON-stat cube with more cells than the read limit {@code maxCubeCells}. */
  public static final String CUBE_LIMIT = "MG-SDMX-024";

  /** A JSON-stat {@code value} or {@code status} with a position outside the cube. */
  public static final String OUTSIDE_CUBE = "MG-SDMX-025";

  /**
   * A multi-lingual value (SDMX-JSON localised text, SDMX-CSV {@code ATTR[en;fr]}) of which one
   * language is read.
   */
  public static final String LOCALISED_TEXT = "MG-SDMX-046";

  /** Measures besides the primary one, carried as observation attributes. */
  public static final String SEVERAL_MEASURES = "MG-SDMX-047";

  /** SDMX-CSV read without a structure: some columns take their role from their place. */
  public static final String ROLE_FROM_POSITION = "MG-SDMX-048";

  /** An SDMX-CSV column whose header cannot be a component id (a custom column): not read. */
  public static final String CUSTOM_COLUMN = "MG-SDMX-049";

  /** An SDMX-CSV column that is not a component of the row's structure: not read. */
  public static final String NOT_IN_STRUCTURE = "MG-SDMX-050";

  /** An SDMX-CSV dimension column that holds labels, not codes. */
  public static final String LABEL_VALUES = "MG-SDMX-051";

  /**
   * SDMX-CSV without a structure and without an {@code OBS_VALUE} column: the measure cannot be
   * known.
   */
  public static final String NO_MEASURE = "MG-SDMX-052";

  /**
   * An SDMX-CSV row whose action is not one that carries observations ({@code D} delete, or
   * unknown).
   */
  public static final String ACTION_NOT_READ = "MG-SDMX-053";

  /** SDMX-CSV dimension labels read as the codes of the structure's codelist that they name. */
  public static final String LABELS_RESOLVED = "MG-SDMX-054";

  /** An SDMX-CSV dimension label that names no code (or several) of the structure's codelist. */
  public static final String LABEL_UNRESOLVED = "MG-SDMX-055";

  /**
   * SDMX-CSV rows of several measures (an SDMX 3.0 structure) read as one observation per measure.
   */
  public static final String MEASURES_AS_OBSERVATIONS = "MG-SDMX-060";

  /**
   * A component of an SDMX-ML 3.0 observation that may be a measure or an attribute, read as an
   * attribute (no structure given).
   */
  public static final String ROLE_MEASURE_OR_ATTRIBUTE = "MG-SDMX-061";

  // SDMX-ML data messages (MG-SDMX-026..045)
  /** A component whose role the message does not give, read as a dimension (no structure given). */
  public static final String ROLE_AS_DIMENSION = "MG-SDMX-026";

  /**
   * A component whose role the message does not give, read as an attribute by the SDMX cross-domain
   * concepts.
   */
  public static final String ROLE_AS_ATTRIBUTE = "MG-SDMX-027";

  /** A structure message given as data. */
  public static final String STRUCTURE_AS_DATA = "MG-SDMX-028";

  /** An XML message that is not one of the SDMX-ML data messages read. */
  public static final String NOT_A_DATA_MESSAGE = "MG-SDMX-029";

  /** An observation without a value for the dimension at the observation level. */
  public static final String NO_OBS_DIMENSION = "MG-SDMX-030";

  /** An explicit measure ({@code xsi:type}) whose measure dimension cannot be known. */
  public static final String NO_MEASURE_DIMENSION = "MG-SDMX-031";

  /** An observation value that is not a number, read as a text value (SDMX string measures). */
  public static final String TEXT_VALUE = "MG-SDMX-032";

  /**
   * A generic-data Value element that names no component (no id, no concept): its value is not
   * read.
   */
  public static final String VALUE_WITHOUT_ID = "MG-SDMX-033";

  private static final RuleTable TABLE =
      new RuleTable(
              "SDMX 2.1 Information Model and SDMX-ML 2.1; SDMX-CSV 2.0; SDMX-JSON 2.0; JSON-stat 2.0")
          .def(
              MALFORMED,
              Severity.FATAL,
              "The input is not well-formed {0} here; the rest cannot be read.",
              "L''entrée n''est pas un {0} bien formé ici ; la suite ne peut pas être lue.",
              "La entrada no es {0} bien formado aquí; el resto no se puede leer.",
              "A reader cannot guess the structure of broken syntax.")
          .def(
              NOT_SDMX,
              Severity.FATAL,
              "Not a {0} message: {1}.",
              "Pas un message {0} : {1}.",
              "No es un mensaje {0}: {1}.",
              "Each SDMX format has a fixed frame (header columns, message members or elements).")
          .def(
              FIELD_COUNT,
              Severity.ERROR,
              "The row has {0} fields; the header has {1}.",
              "La ligne a {0} champs ; l''en-tête en a {1}.",
              "La fila tiene {0} campos; la cabecera tiene {1}.",
              "A row that does not line up with the header cannot be read column by column.")
          .def(
              NOT_A_NUMBER,
              Severity.ERROR,
              "{0}: expected a number (or an empty value with a status).",
              "{0} : nombre attendu (ou valeur vide avec un statut).",
              "{0}: se esperaba un número (o un valor vacío con estado).",
              "SDMX observation values of these dataflows are numeric; a missing value is empty with OBS_STATUS.")
          .def(
              BAD_INDEX,
              Severity.ERROR,
              "{0}: index {1} is outside the {2} values of the structure.",
              "{0} : l''index {1} est hors des {2} valeurs de la structure.",
              "{0}: el índice {1} está fuera de los {2} valores de la estructura.",
              "SDMX-JSON and JSON-stat refer to dimension and attribute values by position in the structure.")
          .def(
              NOT_IN_CODELIST,
              Severity.ERROR,
              "Dimension {0}: the value is not in codelist {1}.",
              "Dimension {0} : la valeur n''est pas dans la liste de codes {1}.",
              "Dimensión {0}: el valor no está en la lista de códigos {1}.",
              "SDMX 2.1 Information Model §5.3: a coded dimension takes its values from its codelist.")
          .def(
              MANDATORY_ATTRIBUTE,
              Severity.ERROR,
              "The mandatory attribute {0} has no value.",
              "L''attribut obligatoire {0} n''a pas de valeur.",
              "El atributo obligatorio {0} no tiene valor.",
              "SDMX 2.1 Information Model §5.3: an attribute with assignmentStatus Mandatory must be reported.")
          .def(
              DUPLICATE_KEY,
              Severity.ERROR,
              "A second value for the same series key and period (first at {0}).",
              "Une seconde valeur pour la même clé de série et période (première à {0}).",
              "Un segundo valor para la misma clave de serie y período (primero en {0}).",
              "SDMX 2.1 Information Model §5.4: one observation per series key and time period.")
          .def(
              DIMENSIONS,
              Severity.ERROR,
              "The observation does not match the dimensions of {0}: missing {1}; not in the "
                  + "structure {2}.",
              "L''observation ne correspond pas aux dimensions de {0} : manquantes {1} ; hors structure {2}.",
              "La observación no corresponde a las dimensiones de {0}: faltan {1}; fuera de la estructura {2}.",
              "SDMX 2.1 Information Model §5.3: a series key has one value for each dimension of the structure.")
          .def(
              CONSTRAINED,
              Severity.ERROR,
              "Dimension {0}: the value is excluded by content constraint {1}.",
              "Dimension {0} : la valeur est exclue par la contrainte de contenu {1}.",
              "Dimensión {0}: el valor está excluido por la restricción de contenido {1}.",
              "SDMX 2.1 Information Model §10: a content constraint restricts the codes valid for a dataflow.")
          .def(
              ATTRIBUTE_NOT_IN_CODELIST,
              Severity.ERROR,
              "Attribute {0}: the value is not in codelist {1}.",
              "Attribut {0} : la valeur n''est pas dans la liste de codes {1}.",
              "Atributo {0}: el valor no está en la lista de códigos {1}.",
              "SDMX 2.1 Information Model §5.3: a coded attribute takes its values from its codelist.")
          .def(
              STRUCTURE_CONTENT,
              Severity.WARNING,
              "Structure message: {0}; skipped.",
              "Message de structure : {0} ; ignoré.",
              "Mensaje de estructura: {0}; omitido.",
              "SDMX-ML 2.1 structure messages identify every artefact and component; what cannot be identified cannot "
                  + "be used for validation.")
          .def(
              NO_STRUCTURE,
              Severity.WARNING,
              "No data structure for {0} in the structure message; the data is not "
                  + "checked against a structure.",
              "Pas de structure de données pour {0} dans le message de structure ; les données ne sont pas vérifiées.",
              "No hay estructura de datos para {0} en el mensaje de estructura; los datos no se verifican.",
              "Validation against a structure needs the data structure of the dataflow; a silent pass would mislead.")
          .def(
              CODELIST_MISSING,
              Severity.INFO,
              "Codelist {0} of {1} is not in the structure message; its values are not "
                  + "checked.",
              "La liste de codes {0} de {1} n''est pas dans le message de structure ; ses valeurs ne sont pas vérifiées.",
              "La lista de códigos {0} de {1} no está en el mensaje de estructura; sus valores no se verifican.",
              "Structure messages may refer to codelists without holding them (e.g. ISTAT's DSD-only messages).")
          .def(
              LATE_MEMBER,
              Severity.WARNING,
              "The data set''s {0} come after observations already read; they are not "
                  + "applied to those observations.",
              "Les {0} du jeu de données viennent après des observations déjà lues ; elles ne leur sont pas appliquées.",
              "Los {0} del conjunto de datos vienen después de observaciones ya leídas; no se les aplican.",
              "SDMX-JSON 2.0 puts a data set's links and attributes before its observations; a streaming reader cannot "
                  + "go back to observations it has already passed on.")
          .def(
              DUPLICATE_COLUMN,
              Severity.FATAL,
              "Component {0} is named by columns {1}; the file cannot be read.",
              "Le composant {0} est nommé par les colonnes {1} ; le fichier ne peut pas être lu.",
              "El componente {0} aparece en las columnas {1}; el archivo no se puede leer.",
              "SDMX-CSV 2.0: one column per component; with two, which holds the value cannot be known.")
          .def(
              DUPLICATE_MEMBER,
              Severity.FATAL,
              "Member {0} appears more than once in this object; the rest cannot be " + "read.",
              "Le membre {0} apparaît plus d''une fois dans cet objet ; la suite ne peut pas être lue.",
              "El miembro {0} aparece más de una vez en este objeto; el resto no se puede leer.",
              "RFC 8259 leaves duplicate names undefined: taking the first or the last value is a guess.")
          .def(
              UNDECODABLE,
              Severity.FATAL,
              "Line {0} holds bytes that are not {1} text.",
              "La ligne {0} contient des octets qui ne sont pas du texte {1}.",
              "La línea {0} contiene bytes que no son texto {1}.",
              "SDMX-CSV 2.0 is UTF-8; bytes that do not decode would become replacement characters.")
          .def(
              BAD_SIZE,
              Severity.ERROR,
              "size[{0}] is {1}; a JSON-stat size is a whole number from 1, one for each of "
                  + "the {2} dimensions.",
              "size[{0}] vaut {1} ; une taille JSON-stat est un entier à partir de 1, une pour chacune des {2} "
                  + "dimensions.",
              "size[{0}] es {1}; un tamaño JSON-stat es un número entero desde 1, uno para cada una de las {2} "
                  + "dimensiones.",
              "JSON-stat 2.0: size gives the number of categories of each dimension, in the order of id.")
          .limit(
              CUBE_LIMIT,
              Severity.ERROR,
              "The JSON-stat cube has {0} cells, above the read limit {1} ({2}).",
              "Le cube JSON-stat a {0} cellules, au-delà de la limite de lecture {1} ({2}).",
              "El cubo JSON-stat tiene {0} celdas, por encima del límite de lectura {1} ({2}).",
              "Limits protect readers from hostile or broken input (DESIGN §8): a few bytes of size can describe a "
                  + "cube that fills the memory.")
          .def(
              OUTSIDE_CUBE,
              Severity.ERROR,
              "{0} has a position {1} outside the cube of {2} cells.",
              "{0} a une position {1} hors du cube de {2} cellules.",
              "{0} tiene una posición {1} fuera del cubo de {2} celdas.",
              "JSON-stat 2.0: value and status hold one entry per cell of the cube, in row-major order.")
          .def(
              ROLE_AS_DIMENSION,
              Severity.WARNING,
              "Component {0}: the message does not say whether it is a dimension "
                  + "or an attribute; it is read as a dimension. Give the data structure (--structure) to read it by its role.",
              "Composant {0} : le message ne dit pas s''il est une dimension ou un attribut ; il est lu comme une "
                  + "dimension. Donnez la structure de données (--structure) pour le lire selon son rôle.",
              "Componente {0}: el mensaje no dice si es una dimensión o un atributo; se lee como dimensión. Indique la "
                  + "estructura de datos (--structure) para leerlo según su función.",
              "SDMX-ML 2.1 structure-specific and 2.0 compact data name components without their role; only the data "
                  + "structure says which are dimensions. Reading a dimension as an attribute would merge distinct "
                  + "series, so an unknown component is kept in the key and reported.")
          .def(
              ROLE_AS_ATTRIBUTE,
              Severity.WARNING,
              "Component {0}: the message does not say whether it is a dimension "
                  + "or an attribute; it is read as an attribute, as the SDMX cross-domain concept of that name is. Give the "
                  + "data structure (--structure) to read it by its role.",
              "Composant {0} : le message ne dit pas s''il est une dimension ou un attribut ; il est lu comme un "
                  + "attribut, comme le concept transversal SDMX de ce nom. Donnez la structure de données (--structure) "
                  + "pour le lire selon son rôle.",
              "Componente {0}: el mensaje no dice si es una dimensión o un atributo; se lee como atributo, como el "
                  + "concepto transversal SDMX de ese nombre. Indique la estructura de datos (--structure) para leerlo "
                  + "según su función.",
              "SDMX Content-Oriented Guidelines, cross-domain concepts: OBS_STATUS, UNIT_MULT, DECIMALS, TITLE… are "
                  + "attributes in the structures that use them; the message itself does not say so.")
          .def(
              STRUCTURE_AS_DATA,
              Severity.FATAL,
              "This is an {0} message (structural metadata), not data: give it as the "
                  + "structure of the data (--structure) and read a data message.",
              "Ceci est un message {0} (métadonnées structurelles), pas des données : donnez-le comme structure des "
                  + "données (--structure) et lisez un message de données.",
              "Esto es un mensaje {0} (metadatos estructurales), no datos: indíquelo como estructura de los datos "
                  + "(--structure) y lea un mensaje de datos.",
              "SDMX-ML structure messages hold codelists and data structures, no observations; reading one as data "
                  + "would report an empty success.")
          .def(
              NOT_A_DATA_MESSAGE,
              Severity.FATAL,
              "{0} is not an SDMX-ML data message that can be read here (SDMX-ML 2.1 "
                  + "GenericData, GenericTimeSeriesData, StructureSpecificData, StructureSpecificTimeSeriesData; SDMX-ML 2.0 "
                  + "GenericData, CompactData).",
              "{0} n''est pas un message de données SDMX-ML lisible ici (SDMX-ML 2.1 GenericData, GenericTimeSeriesData, "
                  + "StructureSpecificData, StructureSpecificTimeSeriesData ; SDMX-ML 2.0 GenericData, CompactData).",
              "{0} no es un mensaje de datos SDMX-ML que se pueda leer aquí (SDMX-ML 2.1 GenericData, "
                  + "GenericTimeSeriesData, StructureSpecificData, StructureSpecificTimeSeriesData; SDMX-ML 2.0 "
                  + "GenericData, CompactData).",
              "Each SDMX-ML message type has its own layout; reading another type as one of these would lose or "
                  + "mislabel its content.")
          .def(
              NO_OBS_DIMENSION,
              Severity.ERROR,
              "The observation has no value for {0}, the dimension at the observation " + "level.",
              "L''observation n''a pas de valeur pour {0}, la dimension au niveau de l''observation.",
              "La observación no tiene valor para {0}, la dimensión al nivel de la observación.",
              "SDMX-ML 2.1: in series data each observation gives the value of the dimension at the observation level "
                  + "(dimensionAtObservation in the header); without it observations of a series cannot be told apart.")
          .def(
              NO_MEASURE_DIMENSION,
              Severity.ERROR,
              "The observation gives the explicit measure {0}, but which dimension is "
                  + "the measure dimension is not known here; give the data structure (--structure).",
              "L''observation donne la mesure explicite {0}, mais on ne sait pas ici quelle dimension est la dimension "
                  + "de mesure ; donnez la structure de données (--structure).",
              "La observación da la medida explícita {0}, pero aquí no se sabe qué dimensión es la dimensión de medida; "
                  + "indique la estructura de datos (--structure).",
              "SDMX-ML 2.1 explicit measures: the xsi:type of an observation is the value of the measure dimension, "
                  + "which only the data structure names in flat data.")
          .def(
              TEXT_VALUE,
              Severity.WARNING,
              "{0} holds values that are not numbers (first here); they are read as text "
                  + "values, not as numbers.",
              "{0} contient des valeurs qui ne sont pas des nombres (première ici) ; elles sont lues comme des valeurs "
                  + "textuelles, pas comme des nombres.",
              "{0} contiene valores que no son números (el primero aquí); se leen como valores de texto, no como "
                  + "números.",
              "SDMX 2.1 Information Model: a primary measure may have a non-numeric representation (codes, strings); a "
                  + "decimal comma or a footnote in a numeric measure would also land here, so it is reported.")
          .def(
              VALUE_WITHOUT_ID,
              Severity.WARNING,
              "A Value element names no component (no id or concept attribute); "
                  + "its value is not read.",
              "Un élément Value ne nomme aucun composant (ni attribut id ni concept) ; sa valeur n''est pas lue.",
              "Un elemento Value no nombra ningún componente (ni atributo id ni concept); su valor no se lee.",
              "SDMX-ML generic data names each key and attribute value by its component; a value without one cannot be "
                  + "placed, and dropping it without a word would lose data silently.")
          .def(
              LOCALISED_TEXT,
              Severity.WARNING,
              "{0} has text in several languages; only the {1} text is read.",
              "{0} a un texte en plusieurs langues ; seul le texte {1} est lu.",
              "{0} tiene texto en varios idiomas; solo se lee el texto {1}.",
              "SDMX-JSON 2.0 and SDMX-CSV 2.0 carry multi-lingual attribute values; a mignet attribute holds one text.")
          .def(
              SEVERAL_MEASURES,
              Severity.WARNING,
              "Measures {0} besides {1} are carried as attributes of each "
                  + "observation: a mignet observation has one value.",
              "Les mesures {0} en plus de {1} sont portées comme attributs de chaque observation : une observation "
                  + "mignet a une seule valeur.",
              "Las medidas {0} además de {1} se llevan como atributos de cada observación: una observación mignet "
                  + "tiene un solo valor.",
              "SDMX 3.0 allows several measures per observation; dropping the others would lose data silently.")
          .def(
              ROLE_FROM_POSITION,
              Severity.WARNING,
              "Without a structure, columns [{0}] are read as dimensions and "
                  + "[{1}] as attributes from their place before or after {2}; give --structure to read them by their data "
                  + "structure.",
              "Sans structure, les colonnes [{0}] sont lues comme dimensions et [{1}] comme attributs d''après leur "
                  + "place avant ou après {2} ; donnez --structure pour les lire selon leur structure de données.",
              "Sin estructura, las columnas [{0}] se leen como dimensiones y [{1}] como atributos por su lugar antes o "
                  + "después de {2}; indique --structure para leerlas según su estructura de datos.",
              "SDMX-CSV headers name components but not their roles; only the data structure says which is a "
                  + "dimension.")
          .def(
              CUSTOM_COLUMN,
              Severity.WARNING,
              "Column {0} is not an SDMX component (its header cannot be a component "
                  + "id); its values are not read.",
              "La colonne {0} n''est pas un composant SDMX (son en-tête ne peut pas être un identifiant de composant) ; "
                  + "ses valeurs ne sont pas lues.",
              "La columna {0} no es un componente SDMX (su cabecera no puede ser un identificador de componente); sus "
                  + "valores no se leen.",
              "SDMX-CSV 2.0 allows custom columns (e.g. Eurostat's LAST UPDATE); they are not part of the data.")
          .def(
              NOT_IN_STRUCTURE,
              Severity.WARNING,
              "Column {0} is not a dimension, attribute or primary measure of "
                  + "{1}; its values are not read.",
              "La colonne {0} n''est ni une dimension, ni un attribut, ni la mesure primaire de {1} ; ses valeurs ne "
                  + "sont pas lues.",
              "La columna {0} no es una dimensión, un atributo ni la medida primaria de {1}; sus valores no se leen.",
              "With a structure, the roles of the columns come from it; a column it does not define cannot be placed.")
          .def(
              LABEL_VALUES,
              Severity.ERROR,
              "A labels-only export: dimension columns {0} hold labels, not codes "
                  + "(column and line of the first label), and a label is never read as a code; give the dataflow''s "
                  + "structure with --structure (its codelists turn the labels into codes) or export the data with codes "
                  + "(or labels=both).",
              "Export en libellés seuls : les colonnes de dimension {0} contiennent des libellés, pas des codes (colonne "
                  + "et ligne du premier libellé), et un libellé n''est jamais lu comme un code ; donnez la structure du "
                  + "dataflow avec --structure (ses listes de codes traduisent les libellés en codes) ou exportez les "
                  + "données avec les codes (ou labels=both).",
              "Exportación solo con etiquetas: las columnas de dimensión {0} contienen etiquetas, no códigos (columna y "
                  + "línea de la primera etiqueta), y una etiqueta nunca se lee como código; dé la estructura del "
                  + "dataflow con --structure (sus listas de códigos convierten las etiquetas en códigos) o exporte los "
                  + "datos con códigos (o labels=both).",
              "A label read as a code puts values under the wrong key (e.g. the Eurostat data browser's labels-only "
                  + "export).")
          .def(
              MEASURES_AS_OBSERVATIONS,
              Severity.INFO,
              "The {0} measures of {1} are read as one observation each, "
                  + "keyed by the dimension {2} holding the measure''s id.",
              "Les {0} mesures de {1} sont lues comme une observation chacune, repérée par la dimension {2} qui porte "
                  + "l''identifiant de la mesure.",
              "Las {0} medidas de {1} se leen como una observación cada una, identificada por la dimensión {2} que "
                  + "lleva el identificador de la medida.",
              "An observation holds one measure in mignet's model; an SDMX 3.0 structure may give a row several. Each "
                  + "becomes its own observation, so no measure is dropped or carried as an attribute, and its id says "
                  + "which it is.")
          .def(
              ROLE_MEASURE_OR_ATTRIBUTE,
              Severity.WARNING,
              "Component {0} of the observations: the message does not say whether it is a measure "
                  + "or an attribute; it is read as an attribute, not as the value. Give the data structure "
                  + "(--structure) to read it by its role.",
              "Composant {0} des observations : le message ne dit pas s''il est une mesure ou un attribut ; il est lu "
                  + "comme un attribut, pas comme la valeur. Donnez la structure de données (--structure) pour le lire "
                  + "selon son rôle.",
              "Componente {0} de las observaciones: el mensaje no dice si es una medida o un atributo; se lee como "
                  + "atributo, no como el valor. Indique la estructura de datos (--structure) para leerlo según su "
                  + "función.",
              "SDMX-ML 3.0 structure-specific data: an observation may carry several measures and attributes alike, "
                  + "as XML attributes named by component id; only the data structure says which are measures. Kept "
                  + "as an attribute, the value is carried and reported, never taken for the measure.")
          .def(
              NO_MEASURE,
              Severity.ERROR,
              "No column is known as the measure: without a structure only {0} is; give "
                  + "--structure.",
              "Aucune colonne n''est connue comme mesure : sans structure, seule {0} l''est ; donnez --structure.",
              "Ninguna columna se conoce como medida: sin estructura solo {0} lo es; indique --structure.",
              "SDMX-CSV 2.0 measures may have any id; only the data structure says which columns hold them.")
          .def(
              ACTION_NOT_READ,
              Severity.ERROR,
              "The action {0} does not carry observations to read: Information, Append, Replace and Merge "
                  + "(I, A, R, M) do; Delete (D) deletes data.",
              "L''action {0} ne porte pas d''observations à lire : Information, Append, Replace et Merge (I, A, R, M) "
                  + "en portent ; Delete (D) supprime des données.",
              "La acción {0} no lleva observaciones que leer: Information, Append, Replace y Merge (I, A, R, M) las "
                  + "llevan; Delete (D) borra datos.",
              "SDMX-CSV 2.0, SDMX-ML and SDMX-JSON: a Delete row or data set deletes data; reading it as observations "
                  + "would turn a deletion into data.")
          .def(
              LABELS_RESOLVED,
              Severity.INFO,
              "Dimension column {0} holds labels; each is read as the code of {1} "
                  + "that it names.",
              "La colonne de dimension {0} contient des libellés ; chacun est lu comme le code de {1} qu''il nomme.",
              "La columna de dimensión {0} contiene etiquetas; cada una se lee como el código de {1} que nombra.",
              "Data-browser exports may carry labels; with the structure's codelist, a name of exactly one code "
                  + "identifies it.")
          .def(
              LABEL_UNRESOLVED,
              Severity.ERROR,
              "Dimension column {0} holds labels, and this one is the name of no "
                  + "code (or of several codes) of {1}.",
              "La colonne de dimension {0} contient des libellés, et celui-ci n''est le nom d''aucun code (ou de "
                  + "plusieurs codes) de {1}.",
              "La columna de dimensión {0} contiene etiquetas, y esta no es el nombre de ningún código (o lo es de "
                  + "varios) de {1}.",
              "A label that does not name exactly one code cannot be turned into a code without guessing.");

  private SdmxRules() {}

  /** Returns the rule definitions. */
  public static List<RuleDefinition> all() {
    return TABLE.all();
  }

  /** Returns the definition of one rule. */
  public static RuleDefinition get(String id) {
    return TABLE.get(id);
  }

  /** Returns an issue of one of these rules. */
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

  /**
   * Returns the issue of a number Jackson cannot make a BigDecimal of (an exponent beyond an int:
   * {@code 1e99999999999}), which its tree reader throws as a {@link NumberFormatException}: not
   * well-formed JSON here ({@code MG-SDMX-001}) at the parser's line and column.
   *
   * @param parser the parser that read the number
   * @param at where the reader was
   */
  public static Issue jsonNumberFailure(
      com.fasterxml.jackson.core.JsonParser parser, SourceLocation at) {
    com.fasterxml.jackson.core.JsonLocation l = parser.currentLocation();
    return issue(
        MALFORMED, at.withLine(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())), "JSON");
  }

  /**
   * Returns why it failed: a member given twice ({@code MG-SDMX-021}, with its pointer) or
   * malformed JSON ({@code MG-SDMX-001}), at the parser's line and column (the issue's location).
   *
   * @param e what stopped a JSON parser with strict duplicate detection (SDMX-JSON, JSON-stat)
   * @param at where the reader was
   */
  public static Issue jsonFailure(JsonProcessingException e, SourceLocation at) {
    SourceLocation where =
        e.getLocation() == null
            ? at
            : at.withLine(
                Math.max(0, e.getLocation().getLineNr()),
                Math.max(0, e.getLocation().getColumnNr()));
    Optional<Issue> limit = LimitErrors.issue(e, where);
    if (limit.isPresent()) {
      return limit.get();
    }
    Optional<String> twice = DuplicateMembers.pointer(e);
    if (twice.isEmpty()) {
      return issue(MALFORMED, where, "JSON");
    }
    SourceLocation member = where.withPointer(twice.get());
    return issue(DUPLICATE_MEMBER, member, DuplicateMembers.name(twice.get()));
  }
}

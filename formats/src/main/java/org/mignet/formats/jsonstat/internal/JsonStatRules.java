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
package org.mignet.formats.jsonstat.internal;

import java.util.ArrayList;
import java.util.List;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;
import org.mignet.formats.internal.RuleTable;
import org.mignet.formats.internal.SdmxRules;

/**
 * The read-level rules of the {@code json-stat} reader ({@code MG-JSTAT-…}). Ids are permanent:
 * never renumbered or reused. The reader also reports the JSON-stat rules that predate this table
 * ({@code MG-SDMX-001}, {@code -021} and {@code -023} to {@code -025}: malformed JSON, a member
 * given twice, impossible sizes, cubes over the cell limit, positions outside the cube). Messages
 * name members, dimension ids and positions, never a cell's value. Read-only after class
 * initialisation; thread-safe.
 */
public final class JsonStatRules {

  /**
   * The root is not a JSON-stat response (not an object, or an object with nothing JSON-stat in
   * it).
   */
  public static final String NOT_JSON_STAT = "MG-JSTAT-001";

  /**
   * A response or collection item of a class that holds no data ({@code dimension}, or a class not
   * known).
   */
  public static final String NO_DATA_CLASS = "MG-JSTAT-002";

  /**
   * A collection item that links to a dataset without embedding it: it is reported, never fetched.
   */
  public static final String LINKED_ITEM = "MG-JSTAT-003";

  /** A collection or bundle with no dataset in it. */
  public static final String NO_DATASET = "MG-JSTAT-004";

  /**
   * A dataset without a member JSON-stat requires ({@code id}, {@code size}, {@code dimension},
   * {@code value}…).
   */
  public static final String MISSING_MEMBER = "MG-JSTAT-005";

  /** A member of the wrong JSON type. */
  public static final String WRONG_TYPE = "MG-JSTAT-006";

  /**
   * {@code id}, {@code size} or {@code role} given both at the root (2.0) and in {@code dimension}
   * (1.x), differently.
   */
  public static final String VERSIONS_DISAGREE = "MG-JSTAT-007";

  /**
   * Two dimensions that would be read under one id (listed twice, differing in case only, or
   * renamed by a role).
   */
  public static final String DUPLICATE_DIMENSION = "MG-JSTAT-008";

  /** A dimension whose categories do not give one id for each position of its size. */
  public static final String CATEGORIES = "MG-JSTAT-009";

  /**
   * A dimension of more than one category without {@code category.index}: the order cannot be
   * known.
   */
  public static final String NO_INDEX = "MG-JSTAT-010";

  /** A role that names something that is not a dimension of the dataset. */
  public static final String ROLE_UNKNOWN_DIMENSION = "MG-JSTAT-011";

  /** A role given to several dimensions: none takes the SDMX id. */
  public static final String ROLE_SHARED = "MG-JSTAT-012";

  /** A role whose SDMX id is already another dimension's own id. */
  public static final String ROLE_ID_TAKEN = "MG-JSTAT-013";

  /** A role given to a dimension whose own id is another SDMX id: the explicit id is kept. */
  public static final String ROLE_KEEPS_SDMX_ID = "MG-JSTAT-014";

  /**
   * No time role: the dimension whose id is {@code time} is read as {@code TIME_PERIOD}, by its id.
   */
  public static final String TIME_BY_ID = "MG-JSTAT-015";

  /**
   * No time role and no dimension with the id {@code time}: nothing is read as {@code TIME_PERIOD}.
   */
  public static final String NO_TIME = "MG-JSTAT-016";

  /**
   * Cells whose value is a text, not a number: read as {@code Observation.textValue}, said once per
   * dataset.
   */
  public static final String TEXT_VALUES = "MG-JSTAT-017";

  /** Numbers written as JSON strings, read as numbers. */
  public static final String NUMBERS_AS_TEXT = "MG-JSTAT-018";

  /** A cell value that is neither a number, a text nor null. */
  public static final String BAD_VALUE = "MG-JSTAT-019";

  /** A cell status that is not a text. */
  public static final String BAD_STATUS = "MG-JSTAT-020";

  /**
   * A member of a sparse {@code value} or {@code status} object whose name is not a cell position.
   */
  public static final String BAD_POSITION = "MG-JSTAT-021";

  /** A {@code value} or {@code status} array shorter than the cube: the dataset is refused. */
  public static final String SHORT_ARRAY = "MG-JSTAT-022";

  /**
   * Parts of a dataset the model cannot carry (labels, hierarchies, coordinates, notes of
   * dimensions…).
   */
  public static final String NOT_CARRIED = "MG-JSTAT-023";

  /** Members that are not JSON-stat, kept in {@code meta.extensions}. */
  public static final String KEPT_IN_EXTENSIONS = "MG-JSTAT-024";

  /** An {@code updated} stamp that is not a date or a date-time with a time zone. */
  public static final String UPDATED_UNCLEAR = "MG-JSTAT-025";

  /** A response that reports an error instead of data. */
  public static final String ERROR_RESPONSE = "MG-JSTAT-026";

  /** Units given by several dimensions: which applies to a cell cannot be known. */
  public static final String UNITS_SEVERAL = "MG-JSTAT-027";

  /** Units given by a dimension without the metric role: applied to its cells, said once. */
  public static final String UNITS_WITHOUT_METRIC = "MG-JSTAT-028";

  private static final RuleTable TABLE =
      new RuleTable("JSON-stat 2.0 (json-stat.org/full), JSON-stat 1.x");

  static {
    TABLE.def(
        NOT_JSON_STAT,
        Severity.FATAL,
        "Not a JSON-stat response: the root is {0}, not a dataset, a collection or a 1.x bundle of datasets.",
        "Pas une réponse JSON-stat : la racine est {0}, ni un jeu de données, ni une collection, ni un paquet 1.x.",
        "No es una respuesta JSON-stat: la raíz es {0}, no un conjunto de datos, una colección ni un paquete 1.x.",
        "JSON-stat 2.0 responses declare their class; 1.x responses are objects of named datasets.");
    TABLE.def(
        NO_DATA_CLASS,
        Severity.ERROR,
        "Class {0} holds no data; only datasets are read.",
        "La classe {0} ne contient pas de données ; seuls les jeux de données sont lus.",
        "La clase {0} no contiene datos; solo se leen conjuntos de datos.",
        "JSON-stat 2.0 classes: dataset, collection, dimension; only a dataset has values.");
    TABLE.def(
        LINKED_ITEM,
        Severity.ERROR,
        "The collection item links to {0} without embedding its data; mignet does not fetch it.",
        "L''élément de la collection renvoie à {0} sans en inclure les données ; mignet ne le télécharge pas.",
        "El elemento de la colección enlaza a {0} sin incluir sus datos; mignet no lo descarga.",
        "JSON-stat 2.0 collections may link to datasets or embed them; a reader that fetched links would reach "
            + "out to the network on the data's say.");
    TABLE.def(
        NO_DATASET,
        Severity.ERROR,
        "This {0} holds no dataset.",
        "Ce {0} ne contient aucun jeu de données.",
        "Este {0} no contiene ningún conjunto de datos.",
        "A response that carries no data says so, rather than reading as nothing.");
    TABLE.def(
        MISSING_MEMBER,
        Severity.ERROR,
        "The dataset has no {0}; JSON-stat requires it.",
        "Le jeu de données n''a pas de {0} ; JSON-stat l''exige.",
        "El conjunto de datos no tiene {0}; JSON-stat lo exige.",
        "JSON-stat 2.0: id, size, dimension and value are required (in 1.x, id and size sit in dimension).");
    TABLE.def(
        WRONG_TYPE,
        Severity.ERROR,
        "{0} is a JSON {1}; expected {2}.",
        "{0} est un {1} JSON ; attendu : {2}.",
        "{0} es un {1} JSON; se esperaba {2}.",
        "JSON-stat gives each member one JSON type (or a closed set of them).");
    TABLE.def(
        VERSIONS_DISAGREE,
        Severity.ERROR,
        "{0} is given at the root and in dimension, and they differ; which applies cannot be known.",
        "{0} figure à la racine et dans dimension, et ils diffèrent ; on ne peut pas savoir lequel s''applique.",
        "{0} aparece en la raíz y en dimension, y difieren; no se puede saber cuál se aplica.",
        "JSON-stat 2.0 moved id, size and role to the root and advises giving both during the transition; they "
            + "must then agree.");
    TABLE.def(
        DUPLICATE_DIMENSION,
        Severity.ERROR,
        "Dimensions {0} would all be read as {1}; the dataset cannot be read.",
        "Les dimensions {0} seraient toutes lues comme {1} ; le jeu de données ne peut pas être lu.",
        "Las dimensiones {0} se leerían todas como {1}; el conjunto de datos no se puede leer.",
        "An observation holds one value per dimension id; two dimensions under one id would overwrite each other.");
    TABLE.def(
        CATEGORIES,
        Severity.ERROR,
        "Dimension {0} has size {1} but its categories give {2} distinct positions from 0 to {3}.",
        "La dimension {0} a la taille {1} mais ses catégories donnent {2} positions distinctes de 0 à {3}.",
        "La dimensión {0} tiene tamaño {1} pero sus categorías dan {2} posiciones distintas de 0 a {3}.",
        "JSON-stat 2.0: category.index gives each category of a dimension its own position, one for each of size.");
    TABLE.def(
        NO_INDEX,
        Severity.ERROR,
        "Dimension {0} has {1} categories and no category.index; their order, and so each value''s category, "
            + "cannot be known.",
        "La dimension {0} a {1} catégories et pas de category.index ; leur ordre, donc la catégorie de chaque valeur, "
            + "ne peut pas être connu.",
        "La dimensión {0} tiene {1} categorías y no tiene category.index; su orden, y por tanto la categoría de cada "
            + "valor, no se puede saber.",
        "JSON-stat 2.0: index is required unless the dimension has a single category.");
    TABLE.def(
        ROLE_UNKNOWN_DIMENSION,
        Severity.WARNING,
        "Role {0} names {1}, which is not a dimension of the dataset; it is ignored.",
        "Le rôle {0} désigne {1}, qui n''est pas une dimension du jeu de données ; il est ignoré.",
        "El rol {0} nombra {1}, que no es una dimensión del conjunto de datos; se ignora.",
        "JSON-stat 2.0: role lists dimension ids.");
    TABLE.def(
        ROLE_SHARED,
        Severity.WARNING,
        "Role {0} is given to the dimensions {1}; none is read as {2}, each keeps its own id.",
        "Le rôle {0} est donné aux dimensions {1} ; aucune n''est lue comme {2}, chacune garde son identifiant.",
        "El rol {0} se da a las dimensiones {1}; ninguna se lee como {2}, cada una conserva su identificador.",
        "JSON-stat 2.0: a role can be shared (origin and destination are both geo); an SDMX key has one "
            + "dimension of each id, and which one is meant cannot be known.");
    TABLE.def(
        ROLE_ID_TAKEN,
        Severity.WARNING,
        "Dimension {0} has role {1} but keeps its own id: {2} is already the id of dimension {3}.",
        "La dimension {0} a le rôle {1} mais garde son identifiant : {2} est déjà l''identifiant de la dimension {3}.",
        "La dimensión {0} tiene el rol {1} pero conserva su identificador: {2} ya es el identificador de la "
            + "dimensión {3}.",
        "A dimension named with an SDMX id by its publisher is never overridden by a role given to another one.");
    TABLE.def(
        ROLE_KEEPS_SDMX_ID,
        Severity.WARNING,
        "Dimension {0} has role {1}, which would read it as {2}; it keeps its own SDMX id {0}.",
        "La dimension {0} a le rôle {1}, qui la lirait comme {2} ; elle garde son identifiant SDMX {0}.",
        "La dimensión {0} tiene el rol {1}, que la leería como {2}; conserva su identificador SDMX {0}.",
        "An id that is already an SDMX id was chosen by the publisher; a role never overrides it silently.");
    TABLE.def(
        TIME_BY_ID,
        Severity.INFO,
        "No dimension has the time role; dimension {0} is read as TIME_PERIOD because of its id.",
        "Aucune dimension n''a le rôle time ; la dimension {0} est lue comme TIME_PERIOD à cause de son identifiant.",
        "Ninguna dimensión tiene el rol time; la dimensión {0} se lee como TIME_PERIOD por su identificador.",
        "Eurostat and others publish JSON-stat without roles, naming the time dimension time; the reader says "
            + "when it relies on the id rather than a role.");
    TABLE.def(
        NO_TIME,
        Severity.INFO,
        "No dimension has the time role or the id time; no dimension is read as TIME_PERIOD (the dimensions keep "
            + "their ids: {0}).",
        "Aucune dimension n''a le rôle time ni l''identifiant time ; aucune n''est lue comme TIME_PERIOD (les "
            + "dimensions gardent leurs identifiants : {0}).",
        "Ninguna dimensión tiene el rol time ni el identificador time; ninguna se lee como TIME_PERIOD (las "
            + "dimensiones conservan sus identificadores: {0}).",
        "JSON-stat 2.0: dimension ids have no special meaning; a dimension named year is not the time unless a "
            + "role says so.");
    TABLE.def(
        TEXT_VALUES,
        Severity.INFO,
        "{0} cells hold a text, not a number (first at {1}); they are read as text values.",
        "{0} cellules contiennent un texte, pas un nombre (première à {1}) ; elles sont lues comme valeurs textuelles.",
        "{0} celdas contienen un texto, no un número (la primera en {1}); se leen como valores de texto.",
        "JSON-stat 2.0 values may be numbers or strings (order.json); a reader that expects numbers learns where "
            + "the texts are.");
    TABLE.def(
        NUMBERS_AS_TEXT,
        Severity.INFO,
        "{0} values are numbers written as text (first at {1}); they are read as numbers.",
        "{0} valeurs sont des nombres écrits comme du texte (première à {1}) ; elles sont lues comme des nombres.",
        "{0} valores son números escritos como texto (el primero en {1}); se leen como números.",
        "Some publishers quote numbers; a reader that reads them as numbers says so.");
    TABLE.def(
        BAD_VALUE,
        Severity.ERROR,
        "The cell''s value is a JSON {0}; expected a number, a text or null.",
        "La valeur de la cellule est un {0} JSON ; attendu : un nombre, un texte ou null.",
        "El valor de la celda es un {0} JSON; se esperaba un número, un texto o null.",
        "JSON-stat 2.0: value holds numbers, strings or nulls.");
    TABLE.def(
        BAD_STATUS,
        Severity.ERROR,
        "The cell''s status is a JSON {0}; expected a text or null.",
        "Le statut de la cellule est un {0} JSON ; attendu : un texte ou null.",
        "El estado de la celda es un {0} JSON; se esperaba un texto o null.",
        "JSON-stat 2.0: status holds strings.");
    TABLE.def(
        BAD_POSITION,
        Severity.ERROR,
        "{0} has a member {1} that is not a cell position (a whole number from 0).",
        "{0} a un membre {1} qui n''est pas une position de cellule (un entier à partir de 0).",
        "{0} tiene un miembro {1} que no es una posición de celda (un número entero desde 0).",
        "JSON-stat 2.0: a sparse value or status object is keyed by cell positions in row-major order.");
    TABLE.def(
        SHORT_ARRAY,
        Severity.ERROR,
        "{0} has {1} entries for a cube of {2} cells; which cell each entry belongs to cannot be known, so the "
            + "dataset is not read.",
        "{0} a {1} entrées pour un cube de {2} cellules ; la cellule de chaque entrée ne peut pas être connue, le "
            + "jeu de données n''est donc pas lu.",
        "{0} tiene {1} entradas para un cubo de {2} celdas; no se puede saber a qué celda pertenece cada entrada, "
            + "así que el conjunto de datos no se lee.",
        "JSON-stat 2.0: a value or status array has one entry for each cell of the cube; a shorter one may lack "
            + "entries anywhere, and every entry after a gap would be read into the wrong cell.");
    TABLE.def(
        NOT_CARRIED,
        Severity.INFO,
        "The model cannot carry these parts of the dataset; they are not read: {0}.",
        "Le modèle ne peut pas porter ces parties du jeu de données ; elles ne sont pas lues : {0}.",
        "El modelo no puede llevar estas partes del conjunto de datos; no se leen: {0}.",
        "A mignet dataset holds codes, values and attributes; labels, hierarchies, coordinates and notes of "
            + "dimensions have no place in it, and are named rather than dropped silently.");
    TABLE.def(
        KEPT_IN_EXTENSIONS,
        Severity.INFO,
        "Members {0} are not JSON-stat; they are kept in meta.extensions under jsonstat.",
        "Les membres {0} ne sont pas du JSON-stat ; ils sont conservés dans meta.extensions sous jsonstat.",
        "Los miembros {0} no son JSON-stat; se conservan en meta.extensions bajo jsonstat.",
        "A publisher's own members (Eurostat's wsVersion, title…) are carried, never dropped.");
    TABLE.def(
        UPDATED_UNCLEAR,
        Severity.WARNING,
        "updated is not a date, nor a date-time with a time zone; it is kept as text in meta.extensions "
            + "(jsonstat.updated).",
        "updated n''est ni une date, ni une date-heure avec fuseau horaire ; il est conservé comme texte dans "
            + "meta.extensions (jsonstat.updated).",
        "updated no es una fecha ni una fecha-hora con zona horaria; se conserva como texto en meta.extensions "
            + "(jsonstat.updated).",
        "JSON-stat 2.0: updated is an ISO 8601 date as ECMA-262 Date.parse reads it; a date-time without zone is "
            + "local time somewhere unknown.");
    TABLE.def(
        ERROR_RESPONSE,
        Severity.ERROR,
        "The response reports an error instead of data ({0}).",
        "La réponse signale une erreur au lieu de données ({0}).",
        "La respuesta informa de un error en lugar de datos ({0}).",
        "JSON-stat 1.1 suggested an error member; 2.0 an error class.");
    TABLE.def(
        UNITS_SEVERAL,
        Severity.WARNING,
        "The dimensions {0} all give units; which applies to a cell cannot be known, so none is applied.",
        "Les dimensions {0} donnent toutes des unités ; on ne peut pas savoir laquelle s''applique à une cellule, "
            + "aucune n''est donc appliquée.",
        "Las dimensiones {0} dan todas unidades; no se puede saber cuál se aplica a una celda, así que no se aplica "
            + "ninguna.",
        "JSON-stat 2.0: units belong to the categories of the metric dimension.");
    TABLE.def(
        UNITS_WITHOUT_METRIC,
        Severity.INFO,
        "Dimension {0} gives units without having the metric role; they are applied to its categories'' cells.",
        "La dimension {0} donne des unités sans avoir le rôle metric ; elles sont appliquées aux cellules de ses "
            + "catégories.",
        "La dimensión {0} da unidades sin tener el rol metric; se aplican a las celdas de sus categorías.",
        "JSON-stat 2.0: units belong to the metric dimension; a publisher that omits the role still ties each unit "
            + "to a category.");
  }

  private JsonStatRules() {}

  /** Returns this table's rules and the earlier SDMX-table rules the JSON-stat reader reports. */
  public static List<RuleDefinition> all() {
    List<RuleDefinition> out = new ArrayList<>();
    for (String id :
        List.of(
            SdmxRules.MALFORMED,
            SdmxRules.UNDECODABLE,
            SdmxRules.DUPLICATE_MEMBER,
            SdmxRules.BAD_SIZE,
            SdmxRules.CUBE_LIMIT,
            SdmxRules.OUTSIDE_CUBE)) {
      out.add(SdmxRules.get(id));
    }
    out.addAll(TABLE.all());
    return List.copyOf(out);
  }

  /**
   * Returns an issue of one of this table's rules, or of the SDMX-table rules the reader reports.
   */
  public static Issue issue(String id, SourceLocation location, Object... args) {
    return id.startsWith("MG-SDMX-")
        ? SdmxRules.issue(id, location, args)
        : TABLE.issue(id, location, args);
  }

  /** As {@link #issue}, carrying the value found (statistics: never personal) */
  public static Issue issueWithValue(
      String id, SourceLocation location, String value, Object... args) {
    return id.startsWith("MG-SDMX-")
        ? SdmxRules.issueWithValue(id, location, value, false, args)
        : TABLE.issueWithValue(id, location, value, false, args);
  }
}

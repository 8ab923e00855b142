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
 * The generic read-level rules ({@code MG-READ-…}), first those of the canonical JSON readers;
 * other readers report what they share with them here (the SDMX-JSON reader its size limit, {@link
 * #LIMIT}), which is why this table lives in the formats-wide internal package. Ids are permanent:
 * never renumbered or reused. Messages name what was expected and what kind of thing was found,
 * never the value found.
 */
public final class ReadRules {

  /** Malformed JSON. */
  public static final String MALFORMED = "MG-READ-001";

  /** Wrong JSON type at a pointer. */
  public static final String WRONG_TYPE = "MG-READ-002";

  /** Unknown recordType. */
  public static final String UNKNOWN_RECORD_TYPE = "MG-READ-003";

  /** Missing recordType. */
  public static final String MISSING_RECORD_TYPE = "MG-READ-004";

  /** Unknown member (strict). */
  public static final String UNKNOWN_MEMBER = "MG-READ-005";

  /** Unknown member kept in extensions (lenient). */
  public static final String UNKNOWN_MEMBER_KEPT = "MG-READ-006";

  /** A value of the right JSON type that is not a valid partial date, instant or code. */
  public static final String INVALID_VALUE = "MG-READ-007";

  /** An object the model's canonical constructor rejected. */
  public static final String REJECTED = "MG-READ-008";

  /** A required member is missing or null. */
  public static final String MISSING_MEMBER = "MG-READ-009";

  /** The input ends inside a value. */
  public static final String TRUNCATED = "MG-READ-010";

  /** A read limit was exceeded. */
  public static final String LIMIT = "MG-READ-011";

  /** A member appears twice in one object. */
  public static final String DUPLICATE_MEMBER = "MG-READ-012";

  /** Not a record document, bundle or NDJSON stream. */
  public static final String NOT_MIGNET = "MG-READ-013";

  /** An NDJSON line whose bytes are not UTF-8 (RFC 8259 §8.1). */
  public static final String UNDECODABLE = "MG-READ-014";

  private static final String SOURCE = "RFC 8259 (JSON); mignet canonical JSON (DESIGN §5, §8)";
  private static final Set<String> PROFILES = Set.of("structural", "exchange");

  private static final RuleTable TABLE = new RuleTable(SOURCE, PROFILES);

  static {
    TABLE.def(
        MALFORMED,
        Severity.FATAL,
        "The input is not well-formed JSON at this line and column.",
        "L''entrée n''est pas un JSON bien formé à cette ligne et colonne.",
        "La entrada no es JSON bien formado en esta línea y columna.",
        "A reader cannot guess the structure of broken syntax.");
    TABLE.def(
        WRONG_TYPE,
        Severity.ERROR,
        "Expected {0} but found {1}.",
        "{0} attendu, {1} trouvé.",
        "Se esperaba {0}, se encontró {1}.",
        "Each member of the canonical JSON has one JSON type; another type cannot be read.");
    TABLE.def(
        UNKNOWN_RECORD_TYPE,
        Severity.ERROR,
        "Unknown recordType; expected one of {0}.",
        "recordType inconnu ; valeurs attendues : {0}.",
        "recordType desconocido; se esperaba uno de {0}.",
        "A record is read by the type its recordType names.");
    TABLE.def(
        MISSING_RECORD_TYPE,
        Severity.ERROR,
        "A record document needs a \"recordType\" string member.",
        "Un document d''enregistrement doit avoir un membre « recordType ».",
        "Un documento de registro necesita un miembro \"recordType\".",
        "A record is read by the type its recordType names.");
    TABLE.def(
        UNKNOWN_MEMBER,
        Severity.ERROR,
        "Unknown member for {0}; agency fields belong in meta.extensions.",
        "Membre inconnu pour {0} ; les champs propres à une agence vont dans meta.extensions.",
        "Miembro desconocido para {0}; los campos propios van en meta.extensions.",
        "A strict reader does not drop data silently: a misspelt member would be lost.");
    TABLE.def(
        UNKNOWN_MEMBER_KEPT,
        Severity.WARNING,
        "Unknown member for {0}, kept in meta.extensions under {1}.",
        "Membre inconnu pour {0}, conservé dans meta.extensions sous {1}.",
        "Miembro desconocido para {0}, conservado en meta.extensions como {1}.",
        "A lenient reader keeps what it does not know so that it round-trips.");
    TABLE.def(
        INVALID_VALUE,
        Severity.ERROR,
        "Expected {0}; the value found is not one.",
        "{0} attendu ; la valeur trouvée n''en est pas.",
        "Se esperaba {0}; el valor encontrado no lo es.",
        "Dates, instants and codes have one written form in the canonical JSON.");
    TABLE.def(
        REJECTED,
        Severity.ERROR,
        "The model rejects this {0}: a value is out of range or inconsistent.",
        "Le modèle rejette cet objet {0} : une valeur est hors limites ou incohérente.",
        "El modelo rechaza este {0}: un valor está fuera de rango o es incoherente.",
        "The model's records check their invariants when they are built.");
    TABLE.def(
        MISSING_MEMBER,
        Severity.ERROR,
        "The required member {0} of {1} is missing or null.",
        "Le membre obligatoire {0} de {1} est absent ou nul.",
        "Falta el miembro obligatorio {0} de {1} o es nulo.",
        "The model cannot be built without its required parts.");
    TABLE.def(
        TRUNCATED,
        Severity.FATAL,
        "The input ends inside a value: the file seems truncated.",
        "L''entrée se termine au milieu d''une valeur : le fichier semble tronqué.",
        "La entrada termina dentro de un valor: el archivo parece truncado.",
        "A cut transfer must not pass for a complete file.");
    TABLE.limit(
        LIMIT,
        Severity.FATAL,
        "A read limit was exceeded: {0} (limit {1}).",
        "Une limite de lecture a été dépassée : {0} (limite {1}).",
        "Se superó un límite de lectura: {0} (límite {1}).",
        "Limits protect readers from hostile or broken input (DESIGN §8).");
    TABLE.def(
        DUPLICATE_MEMBER,
        Severity.ERROR,
        "The member appears more than once in this object.",
        "Le membre apparaît plusieurs fois dans cet objet.",
        "El miembro aparece más de una vez en este objeto.",
        "RFC 8259 §4: names within an object should be unique; which one wins is not interoperable.");
    TABLE.def(
        NOT_MIGNET,
        Severity.FATAL,
        "Expected {0} but found {1}.",
        "{0} attendu, {1} trouvé.",
        "Se esperaba {0}, se encontró {1}.",
        "A mignet JSON source is a record document, a bundle or NDJSON lines of record documents.");
    TABLE.def(
        UNDECODABLE,
        Severity.ERROR,
        "Line {0} holds bytes that are not UTF-8 text.",
        "La ligne {0} contient des octets qui ne sont pas du texte UTF-8.",
        "La línea {0} contiene bytes que no son texto UTF-8.",
        "RFC 8259 §8.1: JSON exchanged between systems is UTF-8; a line that is not (overlong forms, lone "
            + "surrogates, stray continuation bytes) is named as such, not as broken syntax.");
  }

  private ReadRules() {}

  /** Returns the read-level rules, by id. */
  public static List<RuleDefinition> all() {
    return TABLE.all();
  }

  /** Returns the rule with that id. */
  public static RuleDefinition get(String id) {
    return TABLE.get(id);
  }

  /**
   * Returns an issue with the English message.
   *
   * @param id a rule id of this class
   * @param location where; its pointer, if any, becomes the issue's pointer
   * @param args the message arguments
   */
  public static Issue issue(String id, SourceLocation location, Object... args) {
    return TABLE.issue(id, location, args);
  }

  static Issue issue(String id, Severity severity, SourceLocation location, Object... args) {
    return TABLE.issue(id, severity, location, args);
  }
}

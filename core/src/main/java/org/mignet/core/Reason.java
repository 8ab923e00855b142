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
package org.mignet.core;

/**
 * Why an issue was raised, as a value a program can act on without reading the message (which is
 * for people, in their language). Each rule's issues carry the reason that fits; a reader can, for
 * example, tell a value of the wrong type from a value missing from a code list without parsing
 * text. New constants may be added.
 */
public enum Reason {
  /** The input is not well-formed in its format (JSON, CSV, XML, workbook, mapping spec). */
  SYNTAX,
  /** Bytes that do not decode in the declared or detected character encoding. */
  ENCODING,
  /** A value of the wrong type: text where a number was expected, an object where a string was. */
  WRONG_TYPE,
  /** A required member, column, element or value is absent. */
  MISSING,
  /** A member, column, element or record type that the format or model does not know. */
  UNKNOWN,
  /** The same member, column, key or element given twice. */
  DUPLICATE,
  /** A value of the right type that cannot be read: an impossible date, a malformed number. */
  INVALID_VALUE,
  /** A code that is not in its code list. */
  NOT_IN_CODE_LIST,
  /** A configured limit (size, depth, count) was exceeded. */
  LIMIT,
  /**
   * The data does not match its declared structure (an SDMX data structure, a mapping spec's
   * header).
   */
  STRUCTURE,
  /** A structural or semantic rule of the model is broken. */
  RULE,
  /** A record type or field the target format cannot carry. */
  NOT_CARRIED,
  /** A record was rejected, for the reasons given by the issues before it. */
  REJECTED,
  /** Something worth knowing that changes nothing: a value kept, an alias resolved. */
  NOTICE;
}

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
package org.mignet.core.validation;

import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;

/**
 * What a {@link CrossRecordRule.Scope} sees of the record it checks, and how it reports. Used by
 * one thread for one call; not to be kept.
 */
public interface CrossRecordContext {

  /**
   * Returns where the record is: source (file name), record number and line, as the reader gave
   * them.
   */
  SourceLocation location();

  /** Returns the record being checked. */
  MignetRecord record();

  /**
   * Reports an issue of the rule on this record, without a value.
   *
   * @param pointer a JSON Pointer into the record's canonical JSON ({@code ""} for the whole
   *     record)
   * @param arguments the message's positional arguments; never personal data
   */
  void report(String pointer, Object... arguments);

  /**
   * Reports an issue of the rule on this record with the offending value, which is withheld (the
   * issue says it was masked) when the pointer addresses personal data or the record's type carries
   * personal data anywhere but in its metadata's extensions, so that an identifier of a person or a
   * case is never echoed.
   *
   * @param pointer a JSON Pointer into the record's canonical JSON
   * @param value the offending value; may be null
   * @param arguments the message's positional arguments; never personal data
   */
  void reportValue(String pointer, Object value, Object... arguments);
}

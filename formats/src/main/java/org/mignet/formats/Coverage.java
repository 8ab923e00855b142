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
package org.mignet.formats;

import java.util.Optional;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Term;

/**
 * What parts of the model a format can carry, so that a conversion reports every populated field
 * the target drops. Paths are JSON Pointers into the canonical form with every list index replaced
 * by {@code *}, e.g. <code>/victims/&#42;/methodsOfControl</code>.
 */
@FunctionalInterface
public interface Coverage {

  /** A format that carries everything (canonical JSON). */
  Coverage EVERYTHING = (type, path) -> Optional.empty();

  /**
   * Returns why the format cannot carry it, as a term rendered in the reader's language where the
   * loss is shown ({@link Loss#reason(java.util.Locale)}), or empty if it can.
   *
   * @param type the record's type
   * @param path the normalised path of a populated value
   */
  Optional<Term> lossReason(RecordType type, String path);

  /**
   * How many items of a list the format carries, for formats with a fixed number of slots (HTCDS
   * has one victim and one consent per case). Items beyond it are reported as lost.
   *
   * @param type the record's type
   * @param listPath the normalised path of a list, e.g. {@code /victims}
   * @return the number of items carried, empty if all are
   */
  default java.util.OptionalInt maxItems(RecordType type, String listPath) {
    return java.util.OptionalInt.empty();
  }
}

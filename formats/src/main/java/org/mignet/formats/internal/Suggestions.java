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

import java.util.Objects;
import java.util.function.Supplier;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.model.MignetRecord;

/**
 * The "closest valid codes" a reader may offer when a value is not in its code list, and the one
 * place that decides whether they may be shown. Near codes are computed from the value found, so
 * for a field that is personal data (a gender, a citizenship, an age band) they would echo it;
 * whether a field is personal is read from the model's marks at the pointer the value was meant
 * for, never from a list kept by a format. Stateless and thread-safe.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the suggestions, or {@link Words#SUGGESTIONS_WITHHELD} if the field is personal data.
   *
   * @param type the record type the value was read into; not null
   * @param pointer the JSON Pointer of the field the value was meant for, in a record of that type;
   *     not null. An empty pointer or one that leaves the model counts as personal data (fail
   *     closed)
   * @param codes computes the suggestions, only when they may be shown
   */
  public static Object closest(
      Class<? extends MignetRecord> type, String pointer, Supplier<String> codes) {
    Objects.requireNonNull(codes, "codes");
    return isPersonal(type, pointer) ? Words.SUGGESTIONS_WITHHELD : codes.get();
  }

  /**
   * Returns whether suggestions for the field at the pointer would echo personal data.
   *
   * @param type the record type; not null
   * @param pointer the pointer; not null
   */
  public static boolean isPersonal(Class<? extends MignetRecord> type, String pointer) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(pointer, "pointer");
    return pointer.isEmpty() || RecordModel.of(type).categoryAt(pointer).isPresent();
  }
}

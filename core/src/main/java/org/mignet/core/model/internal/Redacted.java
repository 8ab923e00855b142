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
package org.mignet.core.model.internal;

import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.Walk;

/**
 * {@code toString()} for model records that never shows personal data: a component marked {@link
 * org.mignet.core.privacy.PersonalData} is shown as {@code <category>} when present, so that logs
 * say what is there without saying what it is. Reads the record through its {@link RecordModel}.
 */
public final class Redacted {

  private Redacted() {}

  /** Returns {@code Type[component=value, personalComponent=<DIRECT_IDENTIFIER>, ...]}. */
  public static String toString(Record record) {
    StringBuilder b = new StringBuilder(record.getClass().getSimpleName()).append('[');
    boolean first = true;
    for (Component c : RecordModel.of(record.getClass()).components()) {
      Object value = c.get(record);
      if (value == null || (Walk.isAbsent(value) && !(value instanceof Enum<?>))) {
        continue;
      }
      if (!first) {
        b.append(", ");
      }
      first = false;
      b.append(c.name()).append('=');
      if (c.isPersonal()) {
        b.append('<').append(c.mark().get()).append('>');
      } else if (value instanceof java.util.Optional<?> o) {
        b.append(o.get());
      } else {
        b.append(value);
      }
    }
    return b.append(']').toString();
  }
}

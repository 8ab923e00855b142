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
package org.mignet.core.code;

import java.util.Objects;

/**
 * One entry of a {@link CodeList}: its canonical code and a display label.
 *
 * @param code the canonical code, never null or blank; codes are permanent public API
 * @param label the display label (in English unless the list says otherwise), never null, may be
 *     empty
 */
public record Code(String code, String label) {

  /**
   * Checks the entry.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the code is blank
   */
  public Code {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
  }
}

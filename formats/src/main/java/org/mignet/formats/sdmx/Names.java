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
package org.mignet.formats.sdmx;

import java.util.Map;
import java.util.Optional;

/** Picks a name by language from an SDMX multilingual name map. */
final class Names {

  private Names() {}

  static Optional<String> pick(Map<String, String> names, String language) {
    if (names.containsKey(language)) {
      return Optional.of(names.get(language));
    }
    if (names.containsKey("en")) {
      return Optional.of(names.get("en"));
    }
    return names.values().stream().findFirst();
  }
}

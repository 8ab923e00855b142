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

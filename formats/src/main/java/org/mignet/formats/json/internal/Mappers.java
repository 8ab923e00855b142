package org.mignet.formats.json.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Shared plain mappers (no modules, no default typing), used as tree codecs only. */
final class Mappers {
  static final ObjectMapper PLAIN = new ObjectMapper();

  private Mappers() {}
}

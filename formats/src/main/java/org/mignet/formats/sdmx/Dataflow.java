package org.mignet.formats.sdmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDMX dataflow: a named use of a data structure. Immutable.
 *
 * @param ref agency, id and version, e.g. {@code OECD.ELS.IMD:DSD_MIG@DF_MIG(1.0)}; not null
 * @param names names by language; never null
 * @param structure the data structure definition it uses, if the message says
 */
public record Dataflow(SdmxRef ref, Map<String, String> names, Optional<SdmxRef> structure) {

  /** Rejects a null reference, copies the names. */
  public Dataflow {
    Objects.requireNonNull(ref, "ref");
    names = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
    structure = structure == null ? Optional.empty() : structure;
  }

  /** Returns the name in a language, falling back to English, then to any name. */
  public Optional<String> name(String language) {
    return Names.pick(names, language);
  }
}

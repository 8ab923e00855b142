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

import java.util.Objects;

/**
 * A reference to a maintainable SDMX artefact (dataflow, data structure, codelist, concept scheme,
 * constraint): maintenance agency, id and version. {@link #toString()} gives {@code
 * AGENCY:ID(VERSION)}, which {@link #parse(CharSequence)} reads back. Immutable and thread-safe.
 *
 * @param agencyId the maintenance agency, e.g. {@code OECD.ELS.IMD}; not blank
 * @param id the artefact's id, e.g. {@code DSD_MIG}; not blank
 * @param version the version, e.g. {@code 1.0}; not blank ({@code 1.0} when a message leaves it
 *     out)
 */
public record SdmxRef(String agencyId, String id, String version) {

  /** Rejects blank parts. */
  public SdmxRef {
    for (String s : new String[] {agencyId, id, version}) {
      if (Objects.requireNonNull(s, "agencyId, id and version").isBlank()) {
        throw new IllegalArgumentException("agencyId, id and version must not be blank");
      }
    }
  }

  /** Returns a reference. */
  public static SdmxRef of(String agencyId, String id, String version) {
    return new SdmxRef(agencyId, id, version);
  }

  /**
   * Reads {@code AGENCY:ID(VERSION)}, {@code AGENCY:ID} (version 1.0) or an SDMX URN such as {@code
   * urn:sdmx:org.sdmx.infomodel.codelist.Codelist=SDMX:CL_SEX(2.1)}.
   *
   * @param text the reference; not null
   * @return the reference
   * @throws IllegalArgumentException if the text has no agency or id
   */
  public static SdmxRef parse(CharSequence text) {
    String s = text.toString().strip();
    int eq = s.indexOf('=');
    if (s.startsWith("urn:") && eq > 0) {
      s = s.substring(eq + 1);
    }
    int colon = s.indexOf(':');
    if (colon <= 0 || colon == s.length() - 1) {
      throw new IllegalArgumentException("expected AGENCY:ID(VERSION)");
    }
    String agency = s.substring(0, colon);
    String rest = s.substring(colon + 1);
    String version = "1.0";
    int open = rest.indexOf('(');
    if (open > 0 && rest.indexOf(')', open) > open) {
      version = rest.substring(open + 1, rest.indexOf(')', open));
      rest = rest.substring(0, open);
    }
    return new SdmxRef(agency, rest, version);
  }

  /** Returns {@code AGENCY:ID(VERSION)}. */
  @Override
  public String toString() {
    return agencyId + ":" + id + "(" + version + ")";
  }
}

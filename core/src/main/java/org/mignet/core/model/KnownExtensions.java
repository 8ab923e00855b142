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
package org.mignet.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * The {@linkplain RecordMeta#extensions() extension} keys that mignet's own readers write, and
 * whose content mignet therefore knows.
 *
 * <p>An agency's extension is opaque to mignet, so it counts as sensitive personal data: a record
 * that carries one needs a legal basis to be exchanged (the {@code exchange} profile's
 * MG-META-012). The keys below are the exception, and only on the record type that their reader
 * makes, which can hold no person: they keep a published value that the model carries only in part
 * (a Missing Migrants Project cause of death or country as written) or a statistical message's own
 * metadata (an SDMX structure kind, preparation time or action; a JSON-stat dataset's members). On
 * any other record type they count as every other extension does.
 *
 * <p>The keys are namespaced ({@code prefix:name}), as the {@code exchange} profile asks of every
 * extension key, and permanent.
 */
public final class KnownExtensions {

  /**
   * An MMP incident's Cause of Death as written, where its MMP categories ({@link
   * Incident#causesOfDeath()}) differ from the text.
   */
  public static final String MMP_CAUSE_OF_DEATH = "mmp:causeOfDeath";

  /** An MMP incident's Country of Incident as written, where it is no ISO 3166 country. */
  public static final String MMP_COUNTRY_OF_INCIDENT = "mmp:countryOfIncident";

  /** An MMP incident's Country of Origin as written, where a part is no ISO 3166 country. */
  public static final String MMP_COUNTRY_OF_ORIGIN = "mmp:countryOfOrigin";

  /** The verification status of the MMP 2017 dataset ({@code Verified}, …), another scale. */
  public static final String MMP_RELIABILITY = "mmp:reliability";

  /**
   * The kind of SDMX structure a data set's {@link Dataset#dataflow()} names: {@code dataflow},
   * {@code datastructure} or {@code dataprovision}.
   */
  public static final String SDMX_STRUCTURE = "sdmx:structure";

  /** An SDMX message's preparation time as written, where it has no time zone. */
  public static final String SDMX_PREPARED = "sdmx:prepared";

  /**
   * What an SDMX data set asks of its receiver other than information: {@code Append}, {@code
   * Replace} or {@code Merge}.
   */
  public static final String SDMX_ACTION = "sdmx:action";

  /**
   * The namespace of a JSON-stat dataset's own members that the model has no place for ({@code
   * jsonstat:note}, {@code jsonstat:extension}, …).
   */
  public static final String JSON_STAT_PREFIX = "jsonstat:";

  private static final Set<String> INCIDENT =
      Set.of(MMP_CAUSE_OF_DEATH, MMP_COUNTRY_OF_INCIDENT, MMP_COUNTRY_OF_ORIGIN, MMP_RELIABILITY);

  private static final Set<String> DATASET = Set.of(SDMX_STRUCTURE, SDMX_PREPARED, SDMX_ACTION);

  private KnownExtensions() {}

  /**
   * Whether an extension key, on that record, holds a value mignet knows not to be personal data.
   *
   * @param record the record that carries the extension; not null
   * @param key the extension key; not null
   * @return true only for the keys above on the record type whose reader writes them
   */
  public static boolean isNotPersonal(MignetRecord record, String key) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(key, "key");
    if (record instanceof Incident) {
      return INCIDENT.contains(key);
    }
    if (record instanceof Dataset) {
      return DATASET.contains(key)
          || (key.startsWith(JSON_STAT_PREFIX) && key.length() > JSON_STAT_PREFIX.length());
    }
    return false;
  }
}

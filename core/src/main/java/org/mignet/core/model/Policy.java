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

import static org.mignet.core.model.internal.Checks.list;
import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;
import static org.mignet.core.model.internal.Checks.text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.constraints.InCodeList;

/**
 * A country's policy instrument on migration and the GCM objectives and SDG targets it addresses.
 *
 * @param meta the record's metadata; required
 * @param title the instrument's title; not blank
 * @param country the adopting country, ISO 3166-1 alpha-3 (or a regional body's code in {@code
 *     extensions})
 * @param instrument the kind of instrument: law, regulation, strategy, action plan, bilateral
 *     agreement…
 * @param adopted when it was adopted
 * @param gcmObjectives GCM objectives it addresses
 * @param sdgTargets SDG targets it addresses, e.g. {@code 10.7}, {@code 8.8}, {@code 16.2}
 * @param url where the text is published
 */
public record Policy(
    @Valid RecordMeta meta,
    String title,
    @InCodeList(value = "iso3166", message = "{MG-CODE-001}") String country,
    Optional<String> instrument,
    Optional<PartialDate> adopted,
    List<GcmObjective> gcmObjectives,
    List<@Pattern(regexp = "([1-9]|1[0-7])\\.([1-9]|[a-c])", message = "{MG-POL-002}") String>
        sdgTargets,
    Optional<String> url)
    implements MignetRecord {

  /** Checks required parts and copies lists. */
  public Policy {
    required(meta, "meta");
    text(title, "title");
    required(country, "country");
    instrument = optional(instrument);
    adopted = optional(adopted);
    gcmObjectives = list(gcmObjectives, "gcmObjectives");
    sdgTargets = list(sdgTargets, "sdgTargets");
    url = optional(url);
  }
}

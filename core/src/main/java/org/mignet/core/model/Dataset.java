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
import static org.mignet.core.model.internal.Checks.orderedMap;
import static org.mignet.core.model.internal.Checks.required;
import static org.mignet.core.model.internal.Checks.text;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A statistical dataset shaped as in SDMX: the dataflow it belongs to, the ordered dimensions of
 * its key, its dataset-level attributes and its observations. Aggregates only; published datasets
 * pass disclosure control first.
 *
 * @param meta the record's metadata; required
 * @param dataflow the dataflow, {@code AGENCY:ID(VERSION)}, e.g. {@code
 *     OECD.ELS.IMD:DSD_MIG@DF_MIG(1.0)}; not blank
 * @param title a human-readable title
 * @param dimensionIds the dimension ids in key order; every observation has exactly these
 * @param attributes dataset-level attributes by id
 * @param observations the observations
 */
public record Dataset(
    @Valid RecordMeta meta,
    String dataflow,
    Optional<String> title,
    List<String> dimensionIds,
    Map<String, String> attributes,
    List<@Valid Observation> observations)
    implements MignetRecord {

  /** Checks required parts and copies collections. */
  public Dataset {
    required(meta, "meta");
    text(dataflow, "dataflow");
    title = optional(title);
    dimensionIds = list(dimensionIds, "dimensionIds");
    attributes = orderedMap(attributes, "attributes");
    observations = list(observations, "observations");
  }
}

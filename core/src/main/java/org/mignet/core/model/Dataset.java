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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

  /**
   * Returns a builder with nothing but the metadata set.
   *
   * @param meta the record's metadata; not null
   */
  public static Builder builder(RecordMeta meta) {
    return new Builder(meta);
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(meta);
    b.dataflow = dataflow;
    b.title = title.orElse(null);
    b.dimensionIds.addAll(dimensionIds);
    b.attributes.putAll(attributes);
    b.observations.addAll(observations);
    return b;
  }

  /**
   * A mutable builder for {@link Dataset}; not thread-safe. Setters of optional parts accept {@code
   * null} for "not known"; list setters add. Required: {@code dataflow}.
   */
  public static final class Builder {
    private RecordMeta meta;
    private @Nullable String dataflow;
    private @Nullable String title;
    private final List<String> dimensionIds = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Observation> observations = new ArrayList<>();

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with the dataflow set (required). */
    public Builder dataflow(String value) {
      dataflow = value;
      return this;
    }

    /** Returns this builder with the title set; null for none. */
    public Builder title(@Nullable String value) {
      title = value;
      return this;
    }

    /** Returns this builder with dimension ids added. */
    public Builder dimensionId(String... values) {
      dimensionIds.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with an entry of the attributes put. */
    public Builder attribute(String key, String value) {
      attributes.put(key, value);
      return this;
    }

    /** Returns this builder with observations added. */
    public Builder observation(Observation... values) {
      observations.addAll(List.of(values));
      return this;
    }

    /**
     * Returns the dataset; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public Dataset build() {
      return new Dataset(
          meta,
          Objects.requireNonNull(dataflow, "dataset.dataflow is required and must not be null"),
          Optional.ofNullable(title),
          dimensionIds,
          attributes,
          observations);
    }
  }
}

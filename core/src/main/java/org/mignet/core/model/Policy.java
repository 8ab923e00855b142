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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    b.title = title;
    b.country = country;
    b.instrument = instrument.orElse(null);
    b.adopted = adopted.orElse(null);
    b.gcmObjectives.addAll(gcmObjectives);
    b.sdgTargets.addAll(sdgTargets);
    b.url = url.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link Policy}; not thread-safe. Setters of optional parts accept {@code
   * null} for "not known"; list setters add. Required: {@code title}, {@code country}.
   */
  public static final class Builder {
    private RecordMeta meta;
    private @Nullable String title;
    private @Nullable String country;
    private @Nullable String instrument;
    private @Nullable PartialDate adopted;
    private final List<GcmObjective> gcmObjectives = new ArrayList<>();
    private final List<String> sdgTargets = new ArrayList<>();
    private @Nullable String url;

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with the title set (required). */
    public Builder title(String value) {
      title = value;
      return this;
    }

    /** Returns this builder with the country set (required). */
    public Builder country(String value) {
      country = value;
      return this;
    }

    /** Returns this builder with the instrument set; null for none. */
    public Builder instrument(@Nullable String value) {
      instrument = value;
      return this;
    }

    /** Returns this builder with the adopted set; null for none. */
    public Builder adopted(@Nullable PartialDate value) {
      adopted = value;
      return this;
    }

    /** Returns this builder with gcm objectives added. */
    public Builder gcmObjective(GcmObjective... values) {
      gcmObjectives.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with sdg targets added. */
    public Builder sdgTarget(String... values) {
      sdgTargets.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the url set; null for none. */
    public Builder url(@Nullable String value) {
      url = value;
      return this;
    }

    /**
     * Returns the policy; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public Policy build() {
      return new Policy(
          meta,
          Objects.requireNonNull(title, "policy.title is required and must not be null"),
          Objects.requireNonNull(country, "policy.country is required and must not be null"),
          Optional.ofNullable(instrument),
          Optional.ofNullable(adopted),
          gcmObjectives,
          sdgTargets,
          Optional.ofNullable(url));
    }
  }
}

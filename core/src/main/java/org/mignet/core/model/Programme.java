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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.constraints.InCodeList;

/**
 * A programme, typically a Migration Multi-Partner Trust Fund joint programme: participating UN
 * organisations, partners, budget, period, the GCM objectives and guiding principles it serves,
 * markers and results.
 *
 * @param meta the record's metadata; required
 * @param title the programme's title; not blank
 * @param fund the fund it is financed from, e.g. {@code Migration MPTF}
 * @param thematicArea the fund's thematic area
 * @param participatingOrganizations the participating UN organisations (recipients of funds)
 * @param partners implementing partners: governments, civil society, private sector, academia…
 * @param countries countries where it runs, ISO 3166-1 alpha-3
 * @param budget the total budget
 * @param start the start date
 * @param end the end date
 * @param gcmObjectives the GCM objectives it serves
 * @param guidingPrinciples the GCM guiding principles it applies
 * @param markers markers and their scores
 * @param results its results framework
 */
public record Programme(
    @Valid RecordMeta meta,
    String title,
    Optional<String> fund,
    Optional<String> thematicArea,
    List<OrganizationRef> participatingOrganizations,
    List<OrganizationRef> partners,
    List<@InCodeList(value = "iso3166", message = "{MG-CODE-001}") String> countries,
    Optional<@Valid Money> budget,
    Optional<PartialDate> start,
    Optional<PartialDate> end,
    List<GcmObjective> gcmObjectives,
    List<GuidingPrinciple> guidingPrinciples,
    List<@Valid Marker> markers,
    List<@Valid ProgrammeResult> results)
    implements MignetRecord {

  /** Checks required parts and copies lists. */
  public Programme {
    required(meta, "meta");
    text(title, "title");
    fund = optional(fund);
    thematicArea = optional(thematicArea);
    participatingOrganizations = list(participatingOrganizations, "participatingOrganizations");
    partners = list(partners, "partners");
    countries = list(countries, "countries");
    budget = optional(budget);
    start = optional(start);
    end = optional(end);
    gcmObjectives = list(gcmObjectives, "gcmObjectives");
    guidingPrinciples = list(guidingPrinciples, "guidingPrinciples");
    markers = list(markers, "markers");
    results = list(results, "results");
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
    b.fund = fund.orElse(null);
    b.thematicArea = thematicArea.orElse(null);
    b.participatingOrganizations.addAll(participatingOrganizations);
    b.partners.addAll(partners);
    b.countries.addAll(countries);
    b.budget = budget.orElse(null);
    b.start = start.orElse(null);
    b.end = end.orElse(null);
    b.gcmObjectives.addAll(gcmObjectives);
    b.guidingPrinciples.addAll(guidingPrinciples);
    b.markers.addAll(markers);
    b.results.addAll(results);
    return b;
  }

  /**
   * A mutable builder for {@link Programme}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code title}.
   */
  public static final class Builder {
    private RecordMeta meta;
    private @Nullable String title;
    private @Nullable String fund;
    private @Nullable String thematicArea;
    private final List<OrganizationRef> participatingOrganizations = new ArrayList<>();
    private final List<OrganizationRef> partners = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private @Nullable Money budget;
    private @Nullable PartialDate start;
    private @Nullable PartialDate end;
    private final List<GcmObjective> gcmObjectives = new ArrayList<>();
    private final List<GuidingPrinciple> guidingPrinciples = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<ProgrammeResult> results = new ArrayList<>();

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

    /** Returns this builder with the fund set; null for none. */
    public Builder fund(@Nullable String value) {
      fund = value;
      return this;
    }

    /** Returns this builder with the thematic area set; null for none. */
    public Builder thematicArea(@Nullable String value) {
      thematicArea = value;
      return this;
    }

    /** Returns this builder with participating organizations added. */
    public Builder participatingOrganization(OrganizationRef... values) {
      participatingOrganizations.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with partners added. */
    public Builder partner(OrganizationRef... values) {
      partners.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with countries added. */
    public Builder country(String... values) {
      countries.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the budget set; null for none. */
    public Builder budget(@Nullable Money value) {
      budget = value;
      return this;
    }

    /** Returns this builder with the start set; null for none. */
    public Builder start(@Nullable PartialDate value) {
      start = value;
      return this;
    }

    /** Returns this builder with the end set; null for none. */
    public Builder end(@Nullable PartialDate value) {
      end = value;
      return this;
    }

    /** Returns this builder with gcm objectives added. */
    public Builder gcmObjective(GcmObjective... values) {
      gcmObjectives.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with guiding principles added. */
    public Builder guidingPrinciple(GuidingPrinciple... values) {
      guidingPrinciples.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with markers added. */
    public Builder marker(Marker... values) {
      markers.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with results added. */
    public Builder result(ProgrammeResult... values) {
      results.addAll(List.of(values));
      return this;
    }

    /**
     * Returns the programme; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public Programme build() {
      return new Programme(
          meta,
          Objects.requireNonNull(title, "programme.title is required and must not be null"),
          Optional.ofNullable(fund),
          Optional.ofNullable(thematicArea),
          participatingOrganizations,
          partners,
          countries,
          Optional.ofNullable(budget),
          Optional.ofNullable(start),
          Optional.ofNullable(end),
          gcmObjectives,
          guidingPrinciples,
          markers,
          results);
    }
  }
}

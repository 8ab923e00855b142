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

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;

/**
 * An incident of death or disappearance on a migration route, covering every column of IOM's
 * Missing Migrants Project (MMP) exports: counts of dead, missing and survivors with sex and child
 * breakdowns, cause of death, place with coordinates and their precision, route, region and country
 * of origin, and sources with their quality. Build with {@link #builder(RecordMeta)}.
 *
 * @param meta the record's metadata (the MMP web or incident id is the identifier); required
 * @param mainId the MMP "Main ID" grouping incidents split across rows, if different from the
 *     identifier
 * @param date when the incident happened (MMP "Incident Date" or "Reported Date")
 * @param reportedDate when it was reported, if recorded separately
 * @param place where it happened: description, country, coordinates
 * @param region the MMP region of the incident, e.g. {@code Mediterranean}, {@code North Africa}
 * @param unsdGrouping the UNSD geographical grouping of the location
 * @param route the migration route, e.g. {@code Central Mediterranean}
 * @param dead number of dead
 * @param missing minimum estimated number of missing
 * @param totalDeadAndMissing total dead and missing as reported (must equal dead + missing)
 * @param survivors number of survivors
 * @param females number of females among the dead and missing
 * @param males number of males among the dead and missing
 * @param children number of children among the dead and missing
 * @param causesOfDeath causes of death as MMP categories
 * @param regionsOfOrigin MMP regions of origin of the people concerned
 * @param countriesOfOrigin ISO 3166-1 alpha-3 countries of origin of the people concerned
 * @param sources information sources (organisations or media, never individuals' names)
 * @param urls source URLs
 * @param sourceQuality MMP source quality, 1 (one unverified source) to 5 (official or verified)
 */
public record Incident(
    @Valid RecordMeta meta,
    Optional<String> mainId,
    Optional<PartialDate> date,
    Optional<PartialDate> reportedDate,
    Optional<@Valid Place> place,
    Optional<String> region,
    Optional<String> unsdGrouping,
    Optional<String> route,
    Optional<@PositiveOrZero(message = "{MG-INC-002}") Integer> dead,
    Optional<@PositiveOrZero(message = "{MG-INC-002}") Integer> missing,
    Optional<@PositiveOrZero(message = "{MG-INC-002}") Integer> totalDeadAndMissing,
    Optional<@PositiveOrZero(message = "{MG-INC-002}") Integer> survivors,
    Optional<@PositiveOrZero(message = "{MG-INC-002}") Integer> females,
    Optional<@PositiveOrZero(message = "{MG-INC-002}") Integer> males,
    Optional<@PositiveOrZero(message = "{MG-INC-002}") Integer> children,
    List<String> causesOfDeath,
    List<String> regionsOfOrigin,
    List<@InCodeList(value = "iso3166", message = "{MG-CODE-001}") String> countriesOfOrigin,
    List<String> sources,
    List<String> urls,
    Optional<
            @Min(value = 1, message = "{MG-INC-005}") @Max(value = 5, message = "{MG-INC-005}")
            Integer>
        sourceQuality)
    implements MignetRecord {

  /** Checks required parts, normalises absent ones and copies lists. */
  public Incident {
    required(meta, "meta");
    mainId = optional(mainId);
    date = optional(date);
    reportedDate = optional(reportedDate);
    place = optional(place);
    region = optional(region);
    unsdGrouping = optional(unsdGrouping);
    route = optional(route);
    dead = optional(dead);
    missing = optional(missing);
    totalDeadAndMissing = optional(totalDeadAndMissing);
    survivors = optional(survivors);
    females = optional(females);
    males = optional(males);
    children = optional(children);
    causesOfDeath = list(causesOfDeath, "causesOfDeath");
    regionsOfOrigin = list(regionsOfOrigin, "regionsOfOrigin");
    countriesOfOrigin = list(countriesOfOrigin, "countriesOfOrigin");
    sources = list(sources, "sources");
    urls = list(urls, "urls");
    sourceQuality = optional(sourceQuality);
  }

  /**
   * Returns the number of dead and missing: the reported total, else dead + missing where either is
   * known.
   */
  public Optional<Integer> deadAndMissing() {
    if (totalDeadAndMissing.isPresent()) {
      return totalDeadAndMissing;
    }
    if (dead.isEmpty() && missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(dead.orElse(0) + missing.orElse(0));
  }

  /** Returns a builder with the metadata set. */
  public static Builder builder(RecordMeta meta) {
    return new Builder(meta);
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(meta);
    b.mainId = mainId.orElse(null);
    b.date = date.orElse(null);
    b.reportedDate = reportedDate.orElse(null);
    b.place = place.orElse(null);
    b.region = region.orElse(null);
    b.unsdGrouping = unsdGrouping.orElse(null);
    b.route = route.orElse(null);
    b.dead = dead.orElse(null);
    b.missing = missing.orElse(null);
    b.totalDeadAndMissing = totalDeadAndMissing.orElse(null);
    b.survivors = survivors.orElse(null);
    b.females = females.orElse(null);
    b.males = males.orElse(null);
    b.children = children.orElse(null);
    b.causesOfDeath.addAll(causesOfDeath);
    b.regionsOfOrigin.addAll(regionsOfOrigin);
    b.countriesOfOrigin.addAll(countriesOfOrigin);
    b.sources.addAll(sources);
    b.urls.addAll(urls);
    b.sourceQuality = sourceQuality.orElse(null);
    return b;
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /** A mutable builder for {@link Incident}; not thread-safe. */
  public static final class Builder {
    private final RecordMeta meta;
    private @Nullable String mainId;
    private @Nullable PartialDate date;
    private @Nullable PartialDate reportedDate;
    private @Nullable Place place;
    private @Nullable String region;
    private @Nullable String unsdGrouping;
    private @Nullable String route;
    private @Nullable Integer dead;
    private @Nullable Integer missing;
    private @Nullable Integer totalDeadAndMissing;
    private @Nullable Integer survivors;
    private @Nullable Integer females;
    private @Nullable Integer males;
    private @Nullable Integer children;
    private final List<String> causesOfDeath = new ArrayList<>();
    private final List<String> regionsOfOrigin = new ArrayList<>();
    private final List<String> countriesOfOrigin = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private @Nullable Integer sourceQuality;

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the MMP main id. */
    public Builder mainId(@Nullable String value) {
      mainId = value;
      return this;
    }

    /** Returns this builder with the incident date. */
    public Builder date(@Nullable PartialDate value) {
      date = value;
      return this;
    }

    /** Returns this builder with the reported date. */
    public Builder reportedDate(@Nullable PartialDate value) {
      reportedDate = value;
      return this;
    }

    /** Returns this builder with the place. */
    public Builder place(@Nullable Place value) {
      place = value;
      return this;
    }

    /** Returns this builder with the region. */
    public Builder region(@Nullable String value) {
      region = value;
      return this;
    }

    /** Returns this builder with the UNSD grouping. */
    public Builder unsdGrouping(@Nullable String value) {
      unsdGrouping = value;
      return this;
    }

    /** Returns this builder with the route. */
    public Builder route(@Nullable String value) {
      route = value;
      return this;
    }

    /** Returns this builder with dead, missing and the reported total (each may be null). */
    public Builder counts(Integer deadCount, Integer missingCount, Integer total) {
      dead = deadCount;
      missing = missingCount;
      totalDeadAndMissing = total;
      return this;
    }

    /** Returns this builder with the number of survivors. */
    public Builder survivors(@Nullable Integer value) {
      survivors = value;
      return this;
    }

    /** Returns this builder with the sex and child breakdown (each may be null). */
    public Builder breakdown(Integer femaleCount, Integer maleCount, Integer childCount) {
      females = femaleCount;
      males = maleCount;
      children = childCount;
      return this;
    }

    /** Returns this builder with causes of death added. */
    public Builder causeOfDeath(String... values) {
      causesOfDeath.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with regions of origin added. */
    public Builder regionOfOrigin(String... values) {
      regionsOfOrigin.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with countries of origin added. */
    public Builder countryOfOrigin(String... alpha3) {
      countriesOfOrigin.addAll(List.of(alpha3));
      return this;
    }

    /** Returns this builder with information sources added. */
    public Builder source(String... values) {
      sources.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with URLs added. */
    public Builder url(String... values) {
      urls.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the source quality. */
    public Builder sourceQuality(@Nullable Integer value) {
      sourceQuality = value;
      return this;
    }

    /** Returns the incident. */
    public Incident build() {
      return new Incident(
          meta,
          Optional.ofNullable(mainId),
          Optional.ofNullable(date),
          Optional.ofNullable(reportedDate),
          Optional.ofNullable(place),
          Optional.ofNullable(region),
          Optional.ofNullable(unsdGrouping),
          Optional.ofNullable(route),
          Optional.ofNullable(dead),
          Optional.ofNullable(missing),
          Optional.ofNullable(totalDeadAndMissing),
          Optional.ofNullable(survivors),
          Optional.ofNullable(females),
          Optional.ofNullable(males),
          Optional.ofNullable(children),
          causesOfDeath,
          regionsOfOrigin,
          countriesOfOrigin,
          sources,
          urls,
          Optional.ofNullable(sourceQuality));
    }
  }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A migrant-smuggling case under the Smuggling of Migrants Protocol: the smuggled migrants, the
 * smugglers and their roles, the journey, fees paid, services provided, the interception or rescue
 * and aggravating circumstances.
 *
 * @param meta the record's metadata; required
 * @param migrants the smuggled migrants (who are not criminally liable for having been smuggled,
 *     Art. 5)
 * @param smugglers the smugglers
 * @param legs the journey's legs in travel order
 * @param routeName the route, e.g. {@code Eastern Mediterranean}
 * @param fees fees paid
 * @param services services provided by the smugglers
 * @param interception how the journey was stopped, if it was
 * @param aggravatingCircumstances aggravating circumstances (Art. 6(3))
 */
public record SmugglingCase(
    @Valid RecordMeta meta,
    List<@Valid Person> migrants,
    List<@Valid Smuggler> smugglers,
    @PersonalData(PersonalDataCategory.SENSITIVE) List<@Valid Leg> legs,
    Optional<String> routeName,
    List<@Valid FeePayment> fees,
    List<SmugglingService> services,
    Optional<@Valid Interception> interception,
    List<AggravatingCircumstance> aggravatingCircumstances)
    implements MignetRecord {

  /** Checks required parts and copies lists. */
  public SmugglingCase {
    required(meta, "meta");
    migrants = list(migrants, "migrants");
    smugglers = list(smugglers, "smugglers");
    legs = list(legs, "legs");
    routeName = optional(routeName);
    fees = list(fees, "fees");
    services = list(services, "services");
    interception = optional(interception);
    aggravatingCircumstances = list(aggravatingCircumstances, "aggravatingCircumstances");
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
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
    b.migrants.addAll(migrants);
    b.smugglers.addAll(smugglers);
    b.legs.addAll(legs);
    b.routeName = routeName.orElse(null);
    b.fees.addAll(fees);
    b.services.addAll(services);
    b.interception = interception.orElse(null);
    b.aggravatingCircumstances.addAll(aggravatingCircumstances);
    return b;
  }

  /**
   * A mutable builder for {@link SmugglingCase}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add.
   */
  public static final class Builder {
    private RecordMeta meta;
    private final List<Person> migrants = new ArrayList<>();
    private final List<Smuggler> smugglers = new ArrayList<>();
    private final List<Leg> legs = new ArrayList<>();
    private @Nullable String routeName;
    private final List<FeePayment> fees = new ArrayList<>();
    private final List<SmugglingService> services = new ArrayList<>();
    private @Nullable Interception interception;
    private final List<AggravatingCircumstance> aggravatingCircumstances = new ArrayList<>();

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with migrants added. */
    public Builder migrant(Person... values) {
      migrants.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with smugglers added. */
    public Builder smuggler(Smuggler... values) {
      smugglers.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with legs added. */
    public Builder leg(Leg... values) {
      legs.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the route name set; null for none. */
    public Builder routeName(@Nullable String value) {
      routeName = value;
      return this;
    }

    /** Returns this builder with fees added. */
    public Builder fee(FeePayment... values) {
      fees.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with services added. */
    public Builder service(SmugglingService... values) {
      services.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the interception set; null for none. */
    public Builder interception(@Nullable Interception value) {
      interception = value;
      return this;
    }

    /** Returns this builder with aggravating circumstances added. */
    public Builder aggravatingCircumstance(AggravatingCircumstance... values) {
      aggravatingCircumstances.addAll(List.of(values));
      return this;
    }

    /**
     * Returns the smuggling case; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public SmugglingCase build() {
      return new SmugglingCase(
          meta,
          migrants,
          smugglers,
          legs,
          Optional.ofNullable(routeName),
          fees,
          services,
          Optional.ofNullable(interception),
          aggravatingCircumstances);
    }
  }
}

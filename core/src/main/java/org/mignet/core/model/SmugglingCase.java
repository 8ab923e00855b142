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
import java.util.List;
import java.util.Optional;
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
}

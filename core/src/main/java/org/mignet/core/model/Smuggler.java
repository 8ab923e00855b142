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

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A smuggler in a smuggling case.
 *
 * @param person the smuggler as a person record, if identified
 * @param kind individual or organisation
 * @param roles the smuggler's roles
 * @param nationalities ICAO nationality codes
 * @param sex sex; {@link Sex#UNKNOWN} when not known
 * @param ageBand approximate age
 */
public record Smuggler(
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) Optional<@Valid Person> person,
    PerpetratorKind kind,
    List<SmugglerRole> roles,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        List<@InCodeList(value = "icao-nationality", message = "{MG-CODE-002}") String>
            nationalities,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Sex sex,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<AgeRange> ageBand) {

  /** Normalises absent parts and copies lists. */
  public Smuggler {
    person = optional(person);
    kind = kind == null ? PerpetratorKind.UNKNOWN : kind;
    roles = list(roles, "smuggler.roles");
    nationalities = list(nationalities, "smuggler.nationalities");
    sex = sex == null ? Sex.UNKNOWN : sex;
    ageBand = optional(ageBand);
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }
}

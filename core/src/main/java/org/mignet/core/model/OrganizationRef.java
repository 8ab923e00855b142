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

import static org.mignet.core.model.internal.Checks.optional;

import java.util.Optional;

/**
 * A reference to an organisation from inside another record: by identifier where the organisation
 * is an exchanged {@link Organization} record, by name and type otherwise.
 *
 * @param id the organisation's identifier ({@code system|value}, see {@link Identifier#toString()})
 *     or acronym
 * @param name the organisation's name
 * @param type the organisation's type
 */
public record OrganizationRef(
    Optional<String> id, Optional<String> name, Optional<OrganizationType> type) {

  /** Normalises absent parts; at least one of id and name is required. */
  public OrganizationRef {
    id = optional(id);
    name = optional(name);
    type = optional(type);
    if (id.isEmpty() && name.isEmpty()) {
      throw new IllegalArgumentException("an organisation reference needs an id or a name");
    }
  }

  /** Returns a reference by identifier or acronym. */
  public static OrganizationRef id(String id) {
    return new OrganizationRef(Optional.of(id), Optional.empty(), Optional.empty());
  }

  /** Returns a reference by name and type. */
  public static OrganizationRef named(String name, OrganizationType type) {
    return new OrganizationRef(Optional.empty(), Optional.of(name), Optional.ofNullable(type));
  }

  /** Returns a reference by id, name and type. */
  public static OrganizationRef of(String id, String name, OrganizationType type) {
    return new OrganizationRef(Optional.of(id), Optional.of(name), Optional.ofNullable(type));
  }
}

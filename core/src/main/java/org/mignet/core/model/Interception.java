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
import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;

/**
 * How a smuggling journey was stopped: an interception by authorities or a rescue at sea or on
 * land.
 *
 * @param kind interception or rescue; required
 * @param date when
 * @param place where
 * @param authority who intercepted or rescued
 * @param peopleConcerned how many people were intercepted or rescued
 */
public record Interception(
    Kind kind,
    Optional<PartialDate> date,
    Optional<@Valid Place> place,
    Optional<OrganizationRef> authority,
    Optional<@PositiveOrZero(message = "{MG-SOM-003}") Integer> peopleConcerned) {

  /** Interception or rescue. */
  public enum Kind {
    /** Stopped by authorities. */
    INTERCEPTION,
    /** Rescued from distress. */
    RESCUE
  }

  /** Checks required parts. */
  public Interception {
    required(kind, "interception.kind");
    date = optional(date);
    place = optional(place);
    authority = optional(authority);
    peopleConcerned = optional(peopleConcerned);
  }
}

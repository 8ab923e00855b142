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

import java.util.Optional;

/**
 * An age as reported when the birth date is unknown: an exact age or a band, and the date it refers
 * to.
 *
 * @param range the age in completed years; required
 * @param asOf the date on which the person had that age, if known
 */
public record ReportedAge(AgeRange range, Optional<PartialDate> asOf) {

  /** Checks that the range is present. */
  public ReportedAge {
    required(range, "age.range");
    asOf = optional(asOf);
  }

  /** Returns an age with the date it refers to. */
  public static ReportedAge of(AgeRange range, PartialDate asOf) {
    return new ReportedAge(range, Optional.of(asOf));
  }
}

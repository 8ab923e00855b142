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
package org.mignet.core.validation;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A named selection of rules. A rule is active in a profile if the rule lists the profile, or lists
 * a profile that this profile includes (transitively). Profile names are lower-case and permanent.
 *
 * @param name the name, e.g. {@code structural}, {@code exchange}, {@code htcds-core}
 * @param description what the profile is for
 * @param includes names of the profiles whose rules this profile also applies
 */
public record Profile(String name, String description, Set<String> includes) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  /**
   * The default profile, {@code structural}: structure, codes and consistency of one record. Every
   * {@link Validation} knows it.
   */
  public static final Profile STRUCTURAL =
      of("structural", "Structure, codes and consistency of one record (the default).");

  /**
   * The profile fit to send to another agency, {@code exchange}: {@link #STRUCTURAL}, plus complete
   * metadata and resolvable codes. Every {@link Validation} knows it.
   */
  public static final Profile EXCHANGE =
      of(
          "exchange",
          "Fit to send to another agency: structural rules, complete metadata, "
              + "current schema version, resolvable codes and namespaced extensions.",
          STRUCTURAL.name());

  /** Checks the name form and copies the includes. */
  public Profile {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a profile name is lower-case letters, digits and dashes");
    }
    Objects.requireNonNull(description, "description");
    includes = Set.copyOf(includes);
  }

  /** Returns a profile that applies its own rules and those of the included profiles. */
  public static Profile of(String name, String description, String... includes) {
    return new Profile(name, description, Set.of(includes));
  }

  // equals and hashCode by hand, component by component as a record's own: the generated ones are
  // bootstrapped through ObjectMethods on first use, about 5 ms of start-up per record class (20
  // for the first). RecordEqualityTest checks that every component counts.

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || (o instanceof Profile p
            && name.equals(p.name)
            && description.equals(p.description)
            && includes.equals(p.includes));
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + description.hashCode()) * 31 + includes.hashCode();
  }
}

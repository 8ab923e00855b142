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
package org.mignet.core;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The permanent id of a rule, e.g. {@code MG-INC-001}: what an {@link
 * org.mignet.core.validation.Issue} and a {@link ParseException} name, what a rule catalogue is
 * searched by. Ids are public API: never changed, never reused.
 *
 * <p>Two forms: mignet's own rules are {@code MG-<AREA>-<three digits>} ({@code MG-PERSON-003},
 * {@code MG-READ-011}); an agency's rules ({@link org.mignet.core.validation.RuleProvider}) are
 * upper-case words and numbers joined by dashes under the agency's own prefix, never {@code MG}
 * ({@code IOM-GHA-001}, {@code ACME-XREC-001}). {@link #toString()} gives the id as written, which
 * {@link #parse(CharSequence)} reads back. Immutable and thread-safe.
 *
 * @param value the id as written
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final String MIGNET_PREFIX = "MG-";
  private static final Pattern MIGNET = Pattern.compile("MG-[A-Z]+-[0-9]{3}");
  private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException if the value is not a mignet id ({@code MG-AREA-000}) or an
   *     agency id (upper-case words and numbers joined by dashes)
   */
  public RuleId {
    Objects.requireNonNull(value, "value");
    if (value.startsWith(MIGNET_PREFIX)
        ? !MIGNET.matcher(value).matches()
        : !AGENCY.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a rule id is MG-<AREA>-<three digits> for mignet's rules (MG-PERSON-003), or upper-case"
              + " words and numbers joined by dashes for an agency's (IOM-GHA-001), not '"
              + org.mignet.core.internal.Values.cut(value, 40)
              + "'");
    }
  }

  /**
   * Returns the id written so.
   *
   * @param value e.g. {@code MG-INC-001}; not null
   * @throws IllegalArgumentException if it is not a rule id's form
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /**
   * Returns the id {@link #toString()} wrote, e.g. read from a report or a command line.
   *
   * @param text e.g. {@code MG-INC-001}; not null
   * @throws IllegalArgumentException if it is not a rule id's form
   */
  public static RuleId parse(CharSequence text) {
    return new RuleId(Objects.requireNonNull(text, "text").toString());
  }

  /** Returns whether this is one of mignet's own rules ({@code MG-…}), not an agency's. */
  public boolean isMignet() {
    return value.startsWith(MIGNET_PREFIX);
  }

  /** Orders ids by their text. */
  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id as written, e.g. {@code MG-INC-001}. */
  @Override
  public String toString() {
    return value;
  }

  // equals and hashCode by hand, as a record's own: the generated ones are bootstrapped through
  // ObjectMethods on first use, about 5 ms of start-up per record class (20 for the first).
  // RecordEqualityTest checks that every component counts.

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof RuleId other && value.equals(other.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}

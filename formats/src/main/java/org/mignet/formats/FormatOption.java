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
package org.mignet.formats;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed key for an option that a format understands, such as the mapping spec of a tabular format
 * or the sharing policy of a writer. Formats declare their own options as constants; the well-known
 * ones are in {@link FormatOptions}.
 *
 * @param name the option's stable name, lower-case with dashes (also the CLI option without {@code
 *     --})
 * @param type the type of its value
 * @param <T> the type of its value
 */
public record FormatOption<T>(String name, Class<T> type) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  /** Checks the name form. */
  public FormatOption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("an option name is lower-case letters, digits and dashes");
    }
  }

  /** Returns a new option key. */
  public static <T> FormatOption<T> of(String name, Class<T> type) {
    return new FormatOption<>(name, type);
  }

  // equals and hashCode by hand, component by component as a record's own: the generated ones are
  // bootstrapped through ObjectMethods on first use, about 5 ms of start-up per record class (20
  // for the first). RecordEqualityTest checks that every component counts.

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || (o instanceof FormatOption<?> other && name.equals(other.name) && type == other.type);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }
}

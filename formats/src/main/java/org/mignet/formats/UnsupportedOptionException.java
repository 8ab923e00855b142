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

import java.util.List;
import org.mignet.core.MignetException;

/**
 * A usage error: an option was given to a format's reader or writer that does not take it. Thrown
 * before anything is read or written. The message names the option, the format, its reader or
 * writer and the options that end does take; it never contains option values.
 */
public final class UnsupportedOptionException extends MignetException {
  private static final long serialVersionUID = 1L;

  private final String option;
  private final String format;
  private final FormatOptions.Direction direction;
  private final transient List<String> taken;

  /**
   * @param option the option given; not null
   * @param format the format whose end does not take it; not null
   * @param direction which end; not null
   */
  UnsupportedOptionException(
      FormatOption<?> option, Format format, FormatOptions.Direction direction) {
    super(message(option.name(), format.name(), direction, taken(format, direction)));
    this.option = option.name();
    this.format = format.name();
    this.direction = direction;
    this.taken = taken(format, direction);
  }

  private static List<String> taken(Format format, FormatOptions.Direction direction) {
    return direction.options(format).stream().map(FormatOption::name).sorted().toList();
  }

  private static String message(
      String option, String format, FormatOptions.Direction direction, List<String> taken) {
    return "the "
        + format
        + " "
        + direction
        + " does not take the option '"
        + option
        + "'; "
        + (taken.isEmpty() ? "it takes no options" : "it takes: " + String.join(", ", taken));
  }

  /** Returns the name of the option given, e.g. {@code lenient}. */
  public String option() {
    return option;
  }

  /** Returns the name of the format, e.g. {@code sdmx-csv}. */
  public String format() {
    return format;
  }

  /** Returns whether the format's reader or writer refused the option. */
  public FormatOptions.Direction direction() {
    return direction;
  }

  /** Returns the names of the options that end does take, sorted; possibly empty. */
  public List<String> taken() {
    return taken;
  }
}

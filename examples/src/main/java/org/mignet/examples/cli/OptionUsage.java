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
package org.mignet.examples.cli;

import java.util.List;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.UnsupportedOptionException;

/**
 * How commands check the format options they build: an option the chosen formats do not take is a
 * usage error naming the command-line option, the format that refuses it and the formats that take
 * it.
 */
final class OptionUsage {

  private OptionUsage() {}

  /**
   * @return the options, checked for the reader of a format
   * @throws CliException if the reader does not take one of them
   */
  static FormatOptions forReader(FormatOptions options, Format format) {
    try {
      return options.checkFor(format, FormatOptions.Direction.READER);
    } catch (UnsupportedOptionException e) {
      throw usage(e);
    }
  }

  /**
   * @return the options, checked for the writer of a format
   * @throws CliException if the writer does not take one of them
   */
  static FormatOptions forWriter(FormatOptions options, Format format) {
    try {
      return options.checkFor(format, FormatOptions.Direction.WRITER);
    } catch (UnsupportedOptionException e) {
      throw usage(e);
    }
  }

  /**
   * @return the options, checked and bound for a conversion
   * @throws CliException if neither the source's reader nor the target's writer takes one of them
   */
  static FormatOptions forConversion(FormatOptions options, Format from, Format to) {
    try {
      return options.forConversion(from, to);
    } catch (UnsupportedOptionException e) {
      throw usage(e);
    }
  }

  private static CliException usage(UnsupportedOptionException e) {
    List<String> taking =
        Formats.all().stream()
            .filter(
                f -> e.direction().options(f).stream().anyMatch(o -> o.name().equals(e.option())))
            .map(Format::name)
            .sorted()
            .toList();
    return new CliException(
        "--"
            + e.option()
            + " is not taken by the "
            + e.format()
            + " "
            + e.direction()
            + "; "
            + (taking.isEmpty()
                ? "no installed format takes it"
                : "it is taken by the " + e.direction() + "s of " + String.join(", ", taking)),
        e);
  }
}

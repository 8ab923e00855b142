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
package org.mignet.formats.mrz;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.MrzFormat;

/**
 * Where each field of an ICAO Doc 9303 MRZ sits (Part 4 §4.2.2 for TD3, Part 5 for TD1, Part 6 for
 * TD2, Part 7 for MRV-A and MRV-B). Positions are 0-based, ends exclusive. Immutable.
 */
final class Layout {

  /** A run of characters on one line. */
  record Span(int line, int start, int end) {
    int length() {
      return end - start;
    }

    String of(List<String> lines) {
      return lines.get(line).substring(start, end);
    }
  }

  final MrzFormat format;
  final Span code;
  final Span state;
  final Span name;
  final Span number;
  final Span numberCheck;
  final Span nationality;
  final Span birth;
  final Span birthCheck;
  final Span sex;
  final Span expiry;
  final Span expiryCheck;

  /** TD3's personal number, TD1's first optional field, TD2's and the visas' optional data. */
  final Span optional;

  /** TD3 only; null elsewhere. */
  final @Nullable Span optionalCheck;

  /** TD1 only; null elsewhere. */
  final @Nullable Span optional2;

  /** null for visas. */
  final @Nullable Span composite;

  /** What the composite check digit covers, in order; empty for visas. */
  final List<Span> compositeOver;

  private Layout(
      MrzFormat format,
      Span code,
      Span state,
      Span name,
      Span number,
      Span numberCheck,
      Span nationality,
      Span birth,
      Span birthCheck,
      Span sex,
      Span expiry,
      Span expiryCheck,
      Span optional,
      @Nullable Span optionalCheck,
      @Nullable Span optional2,
      @Nullable Span composite,
      List<Span> compositeOver) {
    this.format = format;
    this.code = code;
    this.state = state;
    this.name = name;
    this.number = number;
    this.numberCheck = numberCheck;
    this.nationality = nationality;
    this.birth = birth;
    this.birthCheck = birthCheck;
    this.sex = sex;
    this.expiry = expiry;
    this.expiryCheck = expiryCheck;
    this.optional = optional;
    this.optionalCheck = optionalCheck;
    this.optional2 = optional2;
    this.composite = composite;
    this.compositeOver = compositeOver;
  }

  private static final Layout TD1 =
      new Layout(
          MrzFormat.TD1,
          new Span(0, 0, 2),
          new Span(0, 2, 5),
          new Span(2, 0, 30),
          new Span(0, 5, 14),
          new Span(0, 14, 15),
          new Span(1, 15, 18),
          new Span(1, 0, 6),
          new Span(1, 6, 7),
          new Span(1, 7, 8),
          new Span(1, 8, 14),
          new Span(1, 14, 15),
          new Span(0, 15, 30),
          null,
          new Span(1, 18, 29),
          new Span(1, 29, 30),
          List.of(new Span(0, 5, 30), new Span(1, 0, 7), new Span(1, 8, 15), new Span(1, 18, 29)));

  private static final Layout TD2 = twoLine(MrzFormat.TD2, 36, true);
  private static final Layout TD3 = twoLine(MrzFormat.TD3, 44, true);
  private static final Layout MRV_A = twoLine(MrzFormat.MRV_A, 44, false);
  private static final Layout MRV_B = twoLine(MrzFormat.MRV_B, 36, false);

  private static Layout twoLine(MrzFormat format, int width, boolean composite) {
    boolean td3 = format == MrzFormat.TD3;
    int optionalEnd = composite ? (td3 ? width - 2 : width - 1) : width;
    return new Layout(
        format,
        new Span(0, 0, 2),
        new Span(0, 2, 5),
        new Span(0, 5, width),
        new Span(1, 0, 9),
        new Span(1, 9, 10),
        new Span(1, 10, 13),
        new Span(1, 13, 19),
        new Span(1, 19, 20),
        new Span(1, 20, 21),
        new Span(1, 21, 27),
        new Span(1, 27, 28),
        new Span(1, 28, optionalEnd),
        td3 ? new Span(1, width - 2, width - 1) : null,
        null,
        composite ? new Span(1, width - 1, width) : null,
        composite
            ? List.of(new Span(1, 0, 10), new Span(1, 13, 20), new Span(1, 21, width - 1))
            : List.of());
  }

  static Layout of(MrzFormat format) {
    return switch (format) {
      case TD1 -> TD1;
      case TD2 -> TD2;
      case TD3 -> TD3;
      case MRV_A -> MRV_A;
      case MRV_B -> MRV_B;
    };
  }

  /**
   * Returns the layout of an MRZ of that shape, or null if no layout has it.
   *
   * @param lineCount the number of lines
   * @param width the length of the first line
   * @param firstChar the first character of the first line
   */
  static @Nullable MrzFormat formatOf(int lineCount, int width, char firstChar) {
    if (lineCount == 3 && width == 30) {
      return MrzFormat.TD1;
    }
    if (lineCount == 2 && width == 44) {
      return firstChar == 'V' ? MrzFormat.MRV_A : MrzFormat.TD3;
    }
    if (lineCount == 2 && width == 36) {
      return firstChar == 'V' ? MrzFormat.MRV_B : MrzFormat.TD2;
    }
    return null;
  }
}

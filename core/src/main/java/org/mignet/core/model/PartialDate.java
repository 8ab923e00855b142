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

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date known to the year, the month or the day: a birth date given only as a year, an
 * incident reported for a month. Written as ISO 8601 {@code 1990}, {@code 1990-05} or {@code
 * 1990-05-17}.
 *
 * <p>Comparisons are interval comparisons: {@code 1990} stands for every day of 1990, so {@link
 * #isDefinitelyBefore(PartialDate)} is true only when every day of this date falls before every day
 * of the other. Immutable and thread-safe; {@link #toString()} and {@link #parse(CharSequence)} are
 * inverses.
 *
 * @param year the year, 1 to 9999
 * @param month the month 1–12, or 0 when only the year is known
 * @param day the day of the month, or 0 when only the year or the month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  /** How precisely a partial date is known. */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and the month. */
    MONTH,
    /** The full date. */
    DAY
  }

  /** Checks that the parts form a real calendar date. */
  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be between 1 and 9999");
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month must be 1-12, or 0 when unknown");
    }
    if (day != 0) {
      if (month == 0) {
        throw new IllegalArgumentException("a day needs a month");
      }
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        throw new IllegalArgumentException("day out of range for " + YearMonth.of(year, month));
      }
    }
  }

  /** Returns a date known to the year. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /** Returns a date known to the month. */
  public static PartialDate ofMonth(int year, int month) {
    if (month == 0) {
      throw new IllegalArgumentException("month must be 1-12");
    }
    return new PartialDate(year, month, 0);
  }

  /** Returns a full date. */
  public static PartialDate of(int year, int month, int day) {
    if (month == 0 || day == 0) {
      throw new IllegalArgumentException("a full date needs month and day");
    }
    return new PartialDate(year, month, day);
  }

  /** Returns the full date as a partial date of precision {@link Precision#DAY}. */
  public static PartialDate from(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the ISO 8601 form; not null
   * @return the partial date
   * @throws DateTimeParseException if the text is not one of those forms or is not a real date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    // by hand, not by regex: this runs once per date of every record read. Only ASCII digits count
    // (as \d does)
    int n = text.length();
    boolean shaped =
        (n == 4 || n == 7 || n == 10)
            && digits(text, 0, 4)
            && (n == 4
                || (text.charAt(4) == '-'
                    && digits(text, 5, 7)
                    && (n == 7 || (text.charAt(7) == '-' && digits(text, 8, 10)))));
    if (!shaped) {
      throw new DateTimeParseException(
          "expected yyyy, yyyy-MM or yyyy-MM-dd", cut(text.toString()), 0);
    }
    int year = number(text, 0, 4);
    try {
      return switch (n) {
        case 4 -> ofYear(year);
        case 7 -> ofMonth(year, number(text, 5, 7));
        default -> of(year, number(text, 5, 7), number(text, 8, 10));
      };
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new DateTimeParseException(
          "not a real date: expected yyyy, yyyy-MM or yyyy-MM-dd", cut(text.toString()), 0, e);
    }
  }

  /**
   * Returns whether the characters from {@code from} (inclusive) to {@code to} (exclusive) are
   * ASCII digits.
   */
  private static boolean digits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the number written in ASCII digits from {@code from} (inclusive) to {@code to}
   * (exclusive).
   */
  private static int number(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static String cut(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }

  /** Returns how precisely this date is known. */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** Returns the first day this date may stand for. */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** Returns the last day this date may stand for. */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /**
   * Returns whether every day this date stands for is before every day {@code other} stands for.
   */
  public boolean isDefinitelyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /** Returns whether every day this date stands for is after the given day. */
  public boolean isDefinitelyAfter(LocalDate other) {
    return earliest().isAfter(other);
  }

  /**
   * Returns the ages, in completed years, that a person born on this date can be on another date:
   * from the latest possible birth day to the earliest day of {@code on}, up to the earliest birth
   * day to the latest day of {@code on}, kept to the ages an {@link AgeRange} holds (0 to 150).
   *
   * @param on the later date; not null
   * @return the range; empty if no age from 0 to 150 is possible (every day {@code on} stands for
   *     is before every possible birth day, or more than 150 years after)
   */
  public Optional<AgeRange> ageRangeOn(PartialDate on) {
    long min = ChronoUnit.YEARS.between(latest(), on.earliest());
    long max = ChronoUnit.YEARS.between(earliest(), on.latest());
    if (max < 0 || min > AgeRange.MAX_AGE) {
      return Optional.empty();
    }
    return Optional.of(new AgeRange((int) Math.max(0, min), (int) Math.min(AgeRange.MAX_AGE, max)));
  }

  /** Returns a copy truncated to the given precision (never more precise than this date). */
  public PartialDate truncatedTo(Precision precision) {
    return switch (precision) {
      case YEAR -> ofYear(year);
      case MONTH -> month == 0 ? this : ofMonth(year, month);
      case DAY -> this;
    };
  }

  /** Orders by earliest day, then by precision (less precise first). */
  @Override
  public int compareTo(PartialDate other) {
    int c = earliest().compareTo(other.earliest());
    return c != 0 ? c : precision().compareTo(other.precision());
  }

  /** Returns {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  @Override
  public String toString() {
    // by hand, not String.format: writers call this for every date they write
    char[] out = new char[day != 0 ? 10 : month != 0 ? 7 : 4];
    put(out, 0, year, 4);
    if (month != 0) {
      out[4] = '-';
      put(out, 5, month, 2);
    }
    if (day != 0) {
      out[7] = '-';
      put(out, 8, day, 2);
    }
    return new String(out);
  }

  /** Writes a non-negative number as exactly {@code width} digits, zero-padded on the left. */
  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}

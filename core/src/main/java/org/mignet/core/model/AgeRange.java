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

/**
 * An age in completed years known exactly ({@code min == max}) or as a band such as CTDC's {@code
 * 9--17}.
 *
 * @param min the lowest age in the band, {@code >= 0}
 * @param max the highest age in the band, {@code >= min} and at most 150
 */
public record AgeRange(int min, int max) {

  /** The age of majority under the Palermo Protocol, Art. 3(d): a child is a person under 18. */
  public static final int ADULT_AGE = 18;

  /** The highest age a range holds. */
  public static final int MAX_AGE = 150;

  /** Checks {@code 0 <= min <= max <= 150}. */
  public AgeRange {
    if (min < 0 || max < min || max > MAX_AGE) {
      throw new IllegalArgumentException("an age range needs 0 <= min <= max <= 150");
    }
  }

  /** Returns the exact age. */
  public static AgeRange exactly(int years) {
    return new AgeRange(years, years);
  }

  /** Returns the band {@code min..max}. */
  public static AgeRange of(int min, int max) {
    return new AgeRange(min, max);
  }

  /** Returns whether the whole band is under 18. */
  public boolean isChild() {
    return max < ADULT_AGE;
  }

  /** Returns whether the whole band is 18 or over. */
  public boolean isAdult() {
    return min >= ADULT_AGE;
  }

  /** Returns whether the band contains the age. */
  public boolean contains(int years) {
    return years >= min && years <= max;
  }

  /** Returns whether the two bands share an age. */
  public boolean overlaps(AgeRange other) {
    return min <= other.max && other.min <= max;
  }

  /** Returns {@code 34} or {@code 9-17}, the form {@link #parse(CharSequence)} reads. */
  @Override
  public String toString() {
    return min == max ? Integer.toString(min) : min + "-" + max;
  }

  /**
   * Returns the range.
   *
   * @param text {@code 34}, {@code 9-17} or CTDC's {@code 9--17}; not null
   * @throws IllegalArgumentException if the text is not such a form
   */
  public static AgeRange parse(CharSequence text) {
    String s = text.toString().trim();
    try {
      int dash = s.indexOf('-');
      if (dash < 0) {
        return exactly(Integer.parseInt(s));
      }
      String tail = s.substring(dash + 1);
      while (tail.startsWith("-")) {
        tail = tail.substring(1);
      }
      return of(Integer.parseInt(s.substring(0, dash).trim()), Integer.parseInt(tail.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("an age is written 34 or 9-17", e);
    }
  }
}

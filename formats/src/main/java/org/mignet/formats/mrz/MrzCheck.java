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

/**
 * One check digit of an MRZ and whether it holds (ICAO Doc 9303 Part 3 §4.9: weights 7, 3, 1 over
 * the field, digits as themselves, A–Z as 10–35, {@code <} as 0).
 *
 * @param field the field the digit covers ({@link MrzField#COMPOSITE} for the composite digit)
 * @param line the digit's line, from 1
 * @param column the digit's column, from 1
 * @param found the character found in the MRZ
 * @param expected the check digit computed over the field as written
 * @param holds whether the digit holds (over a field of fillers only, {@code <} and {@code 0} both
 *     hold)
 * @param overFiller for a TD1 or TD2 document number longer than 9 characters: the digit holds only
 *     when computed over the number with the {@code <} that ends its first 9 characters, as some
 *     issuers compute it (ICAO computes it without); false otherwise
 */
public record MrzCheck(
    MrzField field,
    int line,
    int column,
    char found,
    char expected,
    boolean holds,
    boolean overFiller) {

  /** Shows the field and position and whether the digit holds, never the digits. */
  @Override
  public String toString() {
    return "MrzCheck["
        + field
        + " at "
        + line
        + ":"
        + column
        + (holds ? ", holds" : ", fails")
        + (overFiller ? ", over filler" : "")
        + "]";
  }
}

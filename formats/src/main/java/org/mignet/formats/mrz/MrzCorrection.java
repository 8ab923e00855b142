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
 * A character that the OCR-tolerant reading ({@link Mrz#parseCorrecting(CharSequence)}) changed:
 * one of the confusions {@code O/0}, {@code I/1}, {@code B/8}, {@code S/5}, {@code Z/2}, {@code
 * G/6} and {@code </K}.
 *
 * @param field the field the character belongs to
 * @param line the line, from 1
 * @param column the column, from 1
 * @param found the character as read
 * @param corrected the character put in its place
 * @param basis what confirmed the correction
 */
public record MrzCorrection(
    MrzField field, int line, int column, char found, char corrected, Basis basis) {

  /** What confirmed a correction. */
  public enum Basis {
    /**
     * The field's check digit (or, for the composite digit, the composite) holds after the
     * correction and did not before; the character found is not allowed in the field either (a
     * letter in a date or a check digit).
     */
    CHECK_DIGIT,
    /**
     * The character found is not allowed in a field that no check digit covers (a digit in a name,
     * a state code or the document code): no other reading exists. For a state code, the corrected
     * code is an ICAO code.
     */
    FIELD_TYPE
  }

  /** Shows the field, the position and the basis, never the characters. */
  @Override
  public String toString() {
    return "MrzCorrection[" + field + " at " + line + ":" + column + ", " + basis + "]";
  }
}

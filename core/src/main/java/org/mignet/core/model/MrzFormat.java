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

/** The ICAO Doc 9303 machine-readable-zone layouts. */
public enum MrzFormat {
  /** Size-1 card: 3 lines of 30 characters. */
  TD1(3, 30),
  /** Size-2 card or document: 2 lines of 36 characters. */
  TD2(2, 36),
  /** Passport booklet: 2 lines of 44 characters. */
  TD3(2, 44),
  /** Full-size visa: 2 lines of 44 characters. */
  MRV_A(2, 44),
  /** Small visa: 2 lines of 36 characters. */
  MRV_B(2, 36);

  private final int lines;
  private final int lineLength;

  MrzFormat(int lines, int lineLength) {
    this.lines = lines;
    this.lineLength = lineLength;
  }

  /** Returns the number of lines. */
  public int lines() {
    return lines;
  }

  /** Returns the characters per line. */
  public int lineLength() {
    return lineLength;
  }
}

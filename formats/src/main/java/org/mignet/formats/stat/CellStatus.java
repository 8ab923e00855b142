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
package org.mignet.formats.stat;

/**
 * What disclosure control did to a cell, with its SDMX {@code CONF_STATUS} code (code list {@code
 * CL_CONF_STATUS}).
 */
public enum CellStatus {
  /** Published ({@code F}: free). */
  FREE("F"),
  /**
   * Suppressed because the count is above 0 and below the threshold ({@code A}: primary, small
   * counts).
   */
  PRIMARY("A"),
  /**
   * Suppressed so that a primary cell cannot be worked out from the rest ({@code D}: secondary).
   */
  SECONDARY("D");

  private final String confStatus;

  CellStatus(String confStatus) {
    this.confStatus = confStatus;
  }

  /** Returns the SDMX {@code CONF_STATUS} code. */
  public String confStatus() {
    return confStatus;
  }

  /** Returns whether the cell's value is withheld. */
  public boolean isSuppressed() {
    return this != FREE;
  }
}

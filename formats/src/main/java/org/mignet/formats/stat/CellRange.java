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

import java.util.List;

/**
 * One line of a disclosure audit: for a suppressed cell, the range an intruder can derive from the
 * published cells and totals of the same table (by linear programming over non-negative tables),
 * and whether that range is wide enough. A primary cell is protected when the range reaches from 0
 * to the threshold (so an intruder cannot tell whether the cell is empty or not small at all); a
 * secondary cell when its range is not a single value.
 *
 * @param key the cell's codes ({@value CountTable#TOTAL} for totals)
 * @param status primary or secondary
 * @param lower the smallest value the cell can have
 * @param upper the largest ({@link Double#POSITIVE_INFINITY} if unbounded)
 * @param protectedEnough whether the range is wide enough
 */
public record CellRange(
    List<String> key, CellStatus status, double lower, double upper, boolean protectedEnough) {

  /** Copies the key. */
  public CellRange {
    key = List.copyOf(key);
  }

  /** Returns whether an intruder can work out the cell's value exactly. */
  public boolean isExact() {
    return upper - lower < DisclosureControl.TOLERANCE;
  }
}

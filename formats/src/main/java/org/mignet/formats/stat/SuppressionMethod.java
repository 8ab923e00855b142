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

/** How secondary suppression chooses the cells it suppresses. */
public enum SuppressionMethod {
  /**
   * No secondary suppression: primary cells only (leaks wherever a total is published; for
   * comparison).
   */
  NONE,
  /**
   * The hypercube method (Repsilber's GHMITER, as in tau-ARGUS): for each primary cell, the
   * cheapest box of 2^d cells (one other code, or the total, per dimension) whose corners can
   * absorb the cell's protection levels; any number of dimensions. A cell no box protects falls
   * back to {@link #LINEAR}.
   */
  HYPERCUBE,
  /**
   * A linear-programming heuristic in the spirit of tau-ARGUS's modular and network methods: for
   * each primary cell not yet protected, the cheapest move of the whole table (cost: 1 + count per
   * unit, 0 for cells already suppressed) that takes the cell to its protection level; every cell
   * that moves is suppressed.
   */
  LINEAR,
  /**
   * The fewest suppressions (Fischetti and Salazar's mixed-integer model, solved exactly with
   * ojalgo): for small tables of one or two dimensions only ({@link
   * DisclosureControl#OPTIMAL_MAX_CELLS} cells), to measure the heuristics against.
   */
  OPTIMAL
}

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

import java.util.Arrays;
import java.util.List;

/**
 * A table after disclosure control: the status of every cell and the audit of every suppressed one.
 * Immutable and thread-safe.
 */
public final class ProtectedTable {

  private final CountTable table;
  private final CellStatus[] status;
  private final SuppressionMethod method;
  private final int threshold;
  private final List<CellRange> audit;

  ProtectedTable(
      CountTable table,
      CellStatus[] status,
      SuppressionMethod method,
      int threshold,
      List<CellRange> audit) {
    this.table = table;
    this.status = status.clone();
    this.method = method;
    this.threshold = threshold;
    this.audit = List.copyOf(audit);
  }

  /** Returns the table (all counts, suppressed ones included: never publish it as such). */
  public CountTable table() {
    return table;
  }

  /** Returns the status of a cell. */
  public CellStatus status(int cell) {
    return status[cell];
  }

  /** Returns the method that chose the secondary cells. */
  public SuppressionMethod method() {
    return method;
  }

  /** Returns the threshold: counts above 0 and below it were primary. */
  public int threshold() {
    return threshold;
  }

  /** Returns how many cells have the status. */
  public long count(CellStatus s) {
    return Arrays.stream(status).filter(x -> x == s).count();
  }

  /** Returns the audit: one range per suppressed cell, in cell order. */
  public List<CellRange> audit() {
    return audit;
  }

  /** Returns whether the audit found every suppressed cell protected. */
  public boolean isSafe() {
    return audit.stream().allMatch(CellRange::protectedEnough);
  }

  @Override
  public String toString() {
    return "ProtectedTable["
        + table
        + ", "
        + method
        + ", primary="
        + count(CellStatus.PRIMARY)
        + ", secondary="
        + count(CellStatus.SECONDARY)
        + ", safe="
        + isSafe()
        + "]";
  }
}

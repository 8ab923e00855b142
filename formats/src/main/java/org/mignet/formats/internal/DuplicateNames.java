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
package org.mignet.formats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the names a header gives to more than one column. Table readers that map columns by name
 * share it: with two columns for one name a reader could only guess which one holds the value, so
 * each such name is an error. Stateless and thread-safe.
 */
public final class DuplicateNames {

  /**
   * One name and the columns that carry it.
   *
   * @param name the name as the reader keys it (a field or a header text), never a cell value
   * @param columns the 1-based columns, in order; at least two
   */
  public record Duplicate(String name, List<Integer> columns) {
    /** Copies the columns. */
    public Duplicate {
      columns = List.copyOf(columns);
    }

    /** Returns the columns as a message argument, e.g. {@code "2, 5"}. */
    public String columnList() {
      StringBuilder b = new StringBuilder();
      for (int c : columns) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(c);
      }
      return b.toString();
    }

    /** Returns the first column after the first, where the duplicate is found. */
    public int second() {
      return columns.get(1);
    }
  }

  private DuplicateNames() {}

  /**
   * Returns each key that stands in two or more columns, in the order of its first column; empty if
   * none.
   *
   * @param keys the key of each column in order (0-based index = column - 1); null or empty for a
   *     column that is not keyed (an empty header cell)
   */
  public static List<Duplicate> in(List<String> keys) {
    Map<String, List<Integer>> columns = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (k != null && !k.isEmpty()) {
        columns.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i + 1);
      }
    }
    List<Duplicate> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
      if (e.getValue().size() > 1) {
        out.add(new Duplicate(e.getKey(), e.getValue()));
      }
    }
    return out;
  }
}

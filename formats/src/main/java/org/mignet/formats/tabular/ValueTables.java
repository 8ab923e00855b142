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
package org.mignet.formats.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Value tables shipped with mignet that a spec column names with {@code valuesFrom} (e.g. the
 * Eurostat labels of regions and aggregates and their SDMX codes). Each is a UTF-8 resource {@code
 * mappings/values/NAME.csv}: lines starting with {@code #} are comments (the first cites the
 * table's source), then {@code label,code} lines; a label holding a comma is double-quoted. Labels
 * are matched as the column's {@code values} are: trimmed, any case.
 */
final class ValueTables {

  /** The names of the shipped tables. */
  static final List<String> NAMES = List.of("eurostat-aggregates");

  private ValueTables() {}

  /**
   * Returns its entries, labels lower-cased, or empty if no table has that name.
   *
   * @param name a table's name
   */
  static Optional<Map<String, String>> named(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in =
        ValueTables.class.getResourceAsStream("mappings/values/" + name + ".csv")) {
      if (in == null) {
        return Optional.empty();
      }
      Map<String, String> out = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int comma = line.lastIndexOf(',');
        String label = line.substring(0, comma).strip();
        if (label.startsWith("\"") && label.endsWith("\"") && label.length() > 1) {
          label = label.substring(1, label.length() - 1).replace("\"\"", "\"");
        }
        out.put(label.toLowerCase(Locale.ROOT), line.substring(comma + 1).strip());
      }
      return Optional.of(Map.copyOf(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

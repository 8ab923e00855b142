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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mignet.formats.tabular.SharedData;

/**
 * The MRZ vectors of {@code ../shared/data/mrz}, read in place and independently of mignet: the
 * JSON with a plain Jackson tree walk, the verdicts TSV by splitting its lines at tabs.
 */
final class MrzVectors {

  /**
   * One vector: its id, layout name, kind, lines, the fields its source expects, and mignet's
   * verdict.
   */
  record Vector(
      String id,
      String format,
      String kind,
      List<String> lines,
      JsonNode expectedFields,
      boolean valid,
      Set<String> failing) {

    String text() {
      return String.join("\n", lines);
    }
  }

  private MrzVectors() {}

  static Path dir() {
    return SharedData.data("mrz");
  }

  static JsonNode json() {
    try {
      return new ObjectMapper().readTree(dir().resolve("mrz-test-vectors.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return verdict rows by id: valid, then the failing parts
   */
  static Map<String, String[]> verdicts() {
    try {
      Map<String, String[]> out = new LinkedHashMap<>();
      List<String> lines =
          Files.readAllLines(dir().resolve("expected-verdicts.tsv"), StandardCharsets.UTF_8);
      for (String l : lines.subList(1, lines.size())) {
        if (l.isBlank()) {
          continue;
        }
        String[] cells = l.split("\t", -1);
        out.put(cells[0], new String[] {cells[3], cells.length > 4 ? cells[4] : ""});
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Vector> all() {
    Map<String, String[]> verdicts = verdicts();
    List<Vector> out = new ArrayList<>();
    for (JsonNode v : json().get("vectors")) {
      List<String> lines = new ArrayList<>();
      v.get("mrz").forEach(n -> lines.add(n.asText()));
      String[] verdict = verdicts.get(v.get("id").asText());
      Set<String> failing = new LinkedHashSet<>();
      for (String f : verdict[1].split(",")) {
        if (!f.isBlank()) {
          failing.add(f.trim());
        }
      }
      out.add(
          new Vector(
              v.get("id").asText(),
              v.get("format").asText(),
              v.get("kind").asText(),
              lines,
              v.get("expected_fields_as_in_source"),
              Boolean.parseBoolean(verdict[0]),
              failing));
    }
    return out;
  }
}

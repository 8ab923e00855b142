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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.RecordType;

/**
 * The columns of a row-per-record mapping spec proposed for a table whose header is known: one
 * entry per filled header (or HXL hashtag), its target guessed from the record type's top-level
 * components (read from the record metamodel) by normalised name, else {@code null} with a comment
 * saying what to fill in. What {@code mignet inspect --record-type T} prints. It only ever sees
 * header cells, never data values. Stateless.
 */
public final class RecordSpecSkeleton {

  private static final Set<String> FILLERS =
      Set.of(
          "number",
          "of",
          "the",
          "a",
          "an",
          "no",
          "nr",
          "num",
          "count",
          "total",
          "estimated",
          "minimum",
          "maximum",
          "min",
          "max",
          "and",
          "de",
          "du",
          "des",
          "la",
          "le",
          "les",
          "nombre",
          "numero",
          "número");

  private RecordSpecSkeleton() {}

  /**
   * Returns the column entries, in column order, as JSON-ready maps ({@code column} or {@code
   * hashtag}, {@code to}, and a {@code comment} where something is left to the user).
   *
   * @param type the record type the rows become; not null
   * @param header the header cells, {@code ""} where blank; not null
   * @param tags the HXL hashtags by column, {@code ""} where none (may be shorter or empty); not
   *     null
   * @param empty for each column, whether it holds no value in the rows seen (may be shorter); not
   *     null
   */
  public static List<Map<String, Object>> columns(
      RecordType type, List<String> header, List<String> tags, List<Boolean> empty) {
    Objects.requireNonNull(type, "type");
    List<String> components = new ArrayList<>();
    Map<String, ValueType> kinds = new LinkedHashMap<>();
    for (Component c : RecordModel.of(type.javaType()).components()) {
      if (!c.name().equals("meta")) {
        components.add(c.name());
        kinds.put(c.name(), c.type());
      }
    }
    List<Map<String, Object>> columns = new ArrayList<>();
    int width = Math.max(header.size(), tags.size());
    for (int c = 0; c < width; c++) {
      String name = c < header.size() ? header.get(c) : "";
      String tag = c < tags.size() ? tags.get(c) : "";
      if (name.isBlank() && tag.isBlank()) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      if (!tag.isBlank()) {
        m.put("hashtag", tag);
      } else {
        m.put("column", name);
      }
      String target = guessComponent(name.isBlank() ? tag : name, components);
      ValueType kind = target == null ? null : kinds.get(target);
      ValueType inner =
          kind == null ? null : kind.kind() == ValueType.Kind.OPTIONAL ? kind.element() : kind;
      if (inner != null && inner.kind() == ValueType.Kind.RECORD) {
        m.put("to", null);
        m.put(
            "comment",
            "/"
                + target
                + " is an object: set \"to\" to one of its members, e.g. /"
                + target
                + "/name");
      } else if (inner != null && inner.kind() == ValueType.Kind.LIST) {
        m.put("to", "/" + target + "/0");
        m.put(
            "comment",
            "/"
                + target
                + " is a list: for several values in a cell, set \"to\" to /"
                + target
                + " and give \"split\" (e.g. \",\")");
      } else {
        m.put("to", target == null ? null : "/" + target);
      }
      if (target == null) {
        m.put(
            "comment",
            "set \"to\" to a JSON Pointer of the "
                + type.typeName()
                + " canonical JSON, or remove this entry (then list the header in ignoreColumns)");
      } else if (!m.containsKey("comment") && (c >= empty.size() || empty.get(c))) {
        m.put("comment", "the column is empty in this file");
      }
      columns.add(m);
    }
    return columns;
  }

  /**
   * Returns the component whose normalised name is the header's (also without filler words such as
   * "Number of", or with a plural s), else the longest component (of 4 letters or more) the header
   * ends with; null if none.
   */
  static @Nullable String guessComponent(String header, List<String> components) {
    String whole = normalise(header);
    StringBuilder kept = new StringBuilder();
    for (String word : header.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (!word.isEmpty() && !FILLERS.contains(word)) {
        kept.append(word);
      }
    }
    String content = kept.toString();
    @Nullable String best = null;
    for (String c : components) {
      String n = normalise(c);
      if (n.equals(whole)
          || n.equals(content)
          || n.equals(whole + "s")
          || n.equals(content + "s")
          || (n + "s").equals(whole)) {
        return c;
      }
      if (n.length() >= 4
          && whole.endsWith(n)
          && (best == null || n.length() > normalise(best).length())) {
        best = c;
      }
    }
    return best;
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}

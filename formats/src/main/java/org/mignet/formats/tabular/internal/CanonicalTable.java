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
package org.mignet.formats.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.ParseException;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.tabular.TableWriter;

/**
 * The generic flattening of any record into one table row whose columns are JSON Pointers into the
 * record's canonical JSON ({@code /recordType}, {@code /meta/identifier/value}, {@code
 * /victims/0/person/sex}); see {@code mapping-spec.md}, "Canonical tables". A leaf's text is its
 * JSON value without quotes; an empty cell is an absent member; a pointer segment of digits is an
 * array index. Reading back types each cell by the model: the row's {@code /recordType} names the
 * record type, and the component at the pointer says whether the cell is a number, a boolean or
 * text ({@link RecordSchema}), so a table reads back the same in any process. Thread-safe.
 */
public final class CanonicalTable {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(new JsonNodeFactory(true));

  /** Extension values are free JSON: each is one cell holding its JSON text. */
  private static final String EXTENSIONS = "/meta/extensions/";

  private static final CanonicalJson CANONICAL = CanonicalJson.standard();

  private CanonicalTable() {}

  /** Returns the record's leaves by JSON Pointer, in document order. */
  public static Map<String, String> flatten(MignetRecord record) {
    try {
      JsonNode tree = MAPPER.readTree(CANONICAL.toJson(record));
      Map<String, String> out = new LinkedHashMap<>();
      flatten(tree, "", out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flatten(JsonNode n, String at, Map<String, String> out) {
    if (isExtension(at)) {
      out.put(at, n.toString());
      return;
    }
    if (n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(e.getValue(), org.mignet.core.internal.Pointers.append(at, e.getKey()), out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        flatten(n.get(i), at + "/" + i, out);
      }
    } else if (!n.isNull()) {
      out.put(at, n.isNumber() ? n.decimalValue().toPlainString() : n.asText());
    }
  }

  /**
   * Returns the record.
   *
   * @param header the pointers
   * @param cells the cells, in the header's order
   * @param sourceName for messages
   * @throws ParseException if the cells do not make a valid record
   */
  public static MignetRecord unflatten(List<String> header, List<String> cells, String sourceName) {
    Optional<RecordType> type = Optional.empty();
    int typeColumn = header.indexOf("/recordType");
    if (typeColumn >= 0 && typeColumn < cells.size()) {
      type = RecordType.named(cells.get(typeColumn));
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < header.size(); i++) {
      String cell = i < cells.size() ? cells.get(i) : "";
      if (!cell.isEmpty() && header.get(i).startsWith("/")) {
        put(root, header.get(i), cell, type);
      }
    }
    try {
      return CANONICAL.fromJson(MAPPER.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns whether the pointer names one value of a meta.extensions map, at any depth. */
  private static boolean isExtension(String pointer) {
    int i = pointer.lastIndexOf(EXTENSIONS);
    return i >= 0 && pointer.indexOf('/', i + EXTENSIONS.length()) < 0;
  }

  private static void put(ObjectNode root, String pointer, String text, Optional<RecordType> type) {
    // the reader checked the header against the limit (MG-TAB-025); this is the last guard against
    // padding
    org.mignet.formats.internal.JsonPointers.put(
        root,
        pointer,
        leaf(pointer, text, type),
        org.mignet.formats.ReadLimits.defaults().maxListIndex());
  }

  /**
   * The JSON value of a cell, typed by the model: the kind of value the record type's component at
   * the pointer holds ({@link RecordModel#typeAt(String)}, the record metamodel). A cell that does
   * not parse as its kind stays text, so that the canonical reader reports it with its rule and
   * location.
   */
  private static JsonNode leaf(String pointer, String text, Optional<RecordType> type) {
    if (isExtension(pointer)) {
      try {
        return MAPPER.readTree(text);
      } catch (IOException | NumberFormatException e) {
        // not JSON, or a number no BigDecimal holds (1e99999999999): the cell stays text
        return JsonNodeFactory.instance.textNode(text);
      }
    }
    Kind kind =
        type.flatMap(t -> RecordModel.of(t.javaType()).typeAt(pointer))
            .map(CanonicalTable::kind)
            .orElse(Kind.TEXT);
    switch (kind) {
      case INTEGER, NUMBER -> {
        // an XLSX writer that neutralises formula injection writes "-90.0" (not a plain spreadsheet
        // number) as
        // text behind an apostrophe; a number component cannot hold an apostrophe, so it is that
        // neutralisation
        String number =
            text.startsWith("'") && TableWriter.isDangerous(text.substring(1))
                ? text.substring(1)
                : text;
        try {
          return JsonNodeFactory.instance.numberNode(new BigDecimal(number));
        } catch (NumberFormatException e) {
          return JsonNodeFactory.instance.textNode(text);
        }
      }
      case BOOLEAN -> {
        if ("true".equals(text) || "false".equals(text)) {
          return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text));
        }
        return JsonNodeFactory.instance.textNode(text);
      }
      default -> {
        return JsonNodeFactory.instance.textNode(text);
      }
    }
  }

  /** What a cell's text is read as. */
  private enum Kind {
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN
  }

  private static Kind kind(ValueType t) {
    Class<?> c = t.raw();
    if (c == Integer.class
        || c == int.class
        || c == Long.class
        || c == long.class
        || c == org.mignet.core.code.GcmObjective.class) {
      return Kind.INTEGER;
    }
    if (c == Double.class || c == double.class || c == BigDecimal.class) {
      return Kind.NUMBER;
    }
    if (c == Boolean.class || c == boolean.class) {
      return Kind.BOOLEAN;
    }
    return Kind.TEXT;
  }
}

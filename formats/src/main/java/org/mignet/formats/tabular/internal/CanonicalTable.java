package org.mignet.formats.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mignet.core.ParseException;
import org.mignet.core.model.MignetRecord;
import org.mignet.formats.json.CanonicalJson;

/**
 * The generic flattening of any record into one table row whose columns are JSON Pointers into the record's
 * canonical JSON ({@code /recordType}, {@code /meta/identifier/value}, {@code /victims/0/person/sex}); see
 * {@code mapping-spec.md}, "Canonical tables". A leaf's text is its JSON value without quotes; an empty cell is an
 * absent member; a pointer segment of digits is an array index. Reading back learns, by pointer shape, which leaves
 * are numbers or booleans from the canonical reader's type errors, so the types need no extra row. Thread-safe.
 */
public final class CanonicalTable {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  /** Extension values are free JSON: each is one cell holding its JSON text. */
  private static final String EXTENSIONS = "/meta/extensions/";
  private static final CanonicalJson CANONICAL = CanonicalJson.standard();
  /** Pointer shape (indexes as *) to "number" or "boolean", learned while reading. */
  private static final Map<String, String> TYPES = new ConcurrentHashMap<>();

  private CanonicalTable() {}

  /** @return the record's leaves by JSON Pointer, in document order */
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
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        flatten(n.get(i), at + "/" + i, out);
      }
    } else if (!n.isNull()) {
      out.put(at, n.isNumber() ? n.decimalValue().toPlainString() : n.asText());
      if (n.isNumber() || n.isBoolean()) {
        TYPES.putIfAbsent(shape(at), n.isNumber() ? "number" : "boolean");
      }
    }
  }

  /**
   * @param header the pointers
   * @param cells the cells, in the header's order
   * @param sourceName for messages
   * @return the record
   * @throws ParseException if the cells do not make a valid record
   */
  public static MignetRecord unflatten(List<String> header, List<String> cells, String sourceName) {
    for (int attempt = 0; ; attempt++) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < header.size(); i++) {
        String cell = i < cells.size() ? cells.get(i) : "";
        if (!cell.isEmpty() && header.get(i).startsWith("/")) {
          put(root, header.get(i), cell);
        }
      }
      try {
        return CANONICAL.fromJson(MAPPER.writeValueAsString(root));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ParseException e) {
        String pointer = e.location().pointer().orElse("");
        String msg = e.getMessage();
        if (attempt < header.size() && "MG-READ-002".equals(e.ruleId()) && !pointer.isEmpty()
            && !TYPES.containsKey(shape(pointer))) {
          if (msg.contains("Expected a number")) {
            TYPES.put(shape(pointer), "number");
            continue;
          }
          if (msg.contains("Expected a boolean")) {
            TYPES.put(shape(pointer), "boolean");
            continue;
          }
        }
        throw e;
      }
    }
  }

  /** @return whether the pointer names one value of a meta.extensions map, at any depth */
  private static boolean isExtension(String pointer) {
    int i = pointer.lastIndexOf(EXTENSIONS);
    return i >= 0 && pointer.indexOf('/', i + EXTENSIONS.length()) < 0;
  }

  private static String shape(String pointer) {
    return pointer.replaceAll("/[0-9]+(?=/|$)", "/*");
  }

  private static void put(ObjectNode root, String pointer, String text) {
    String[] parts = pointer.substring(1).split("/", -1);
    JsonNode node = root;
    for (int i = 0; i < parts.length; i++) {
      String key = parts[i].replace("~1", "/").replace("~0", "~");
      boolean last = i == parts.length - 1;
      boolean nextIsIndex = !last && parts[i + 1].matches("[0-9]+");
      if (node instanceof ObjectNode o) {
        if (last) {
          o.set(key, leaf(pointer, text));
        } else {
          JsonNode child = o.get(key);
          if (child == null) {
            child = nextIsIndex ? o.putArray(key) : o.putObject(key);
          }
          node = child;
        }
      } else if (node instanceof ArrayNode a) {
        int index = Integer.parseInt(key);
        while (a.size() <= index) {
          a.addNull();
        }
        if (last) {
          a.set(index, leaf(pointer, text));
        } else {
          JsonNode child = a.get(index);
          if (child == null || child.isNull()) {
            child = nextIsIndex ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
            a.set(index, child);
          }
          node = child;
        }
      }
    }
  }

  private static JsonNode leaf(String pointer, String text) {
    if (isExtension(pointer)) {
      try {
        return MAPPER.readTree(text);
      } catch (IOException e) {
        return JsonNodeFactory.instance.textNode(text);
      }
    }
    String type = TYPES.get(shape(pointer));
    if ("number".equals(type)) {
      try {
        return JsonNodeFactory.instance.numberNode(new BigDecimal(text));
      } catch (NumberFormatException e) {
        return JsonNodeFactory.instance.textNode(text);
      }
    }
    if ("boolean".equals(type) && ("true".equals(text) || "false".equals(text))) {
      return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text));
    }
    return JsonNodeFactory.instance.textNode(text);
  }
}

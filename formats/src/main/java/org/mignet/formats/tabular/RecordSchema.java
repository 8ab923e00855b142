package org.mignet.formats.tabular;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.mignet.core.model.RecordType;
import org.mignet.formats.json.JsonSchemas;

/**
 * Walks the JSON Schema of the canonical JSON ({@link JsonSchemas}) along a JSON Pointer, so that a mapping spec's
 * target paths are checked when the spec is read (not once per row) and each leaf's JSON type is known: a cell
 * mapped to {@code /dead} becomes a JSON number, to {@code /stateless} a boolean, to {@code /birthDate} a partial
 * date. Thread-safe.
 */
final class RecordSchema {

  /** The kind of JSON value a pointer names. */
  public enum Kind { TEXT, INTEGER, NUMBER, BOOLEAN, DATE, INSTANT, ANY, ARRAY, OBJECT }

  private static volatile JsonNode defs;

  private RecordSchema() {}

  private static JsonNode defs() {
    JsonNode d = defs;
    if (d == null) {
      try {
        d = new ObjectMapper().readTree(JsonSchemas.schema()).path("$defs");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defs = d;
    }
    return d;
  }

  /**
   * @param type the record type
   * @param pointer a JSON Pointer into its canonical JSON; digits (or {@code -}) name array items
   * @return the kind of value it names, or empty if the record type has no such path
   */
  public static Optional<Kind> kind(RecordType type, String pointer) {
    if (!pointer.startsWith("/") || pointer.equals("/recordType")) {
      return Optional.empty();
    }
    JsonNode node = defs().path(type.typeName());
    String refName = type.typeName();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String seg = org.mignet.core.internal.Pointers.unescape(raw);
      String[] name = {refName};
      node = resolve(node, name);
      refName = name[0];
      if (node == null) {
        return Optional.empty();
      }
      if (isType(node, "array")) {
        if (!seg.matches("[0-9]+|-")) {
          return Optional.empty();
        }
        node = node.path("items");
      } else if (node.has("properties")) {
        if (!node.path("properties").has(seg)) {
          return Optional.empty();
        }
        node = node.path("properties").get(seg);
      } else if (isType(node, "object") && !node.has("properties")) {
        JsonNode ap = node.get("additionalProperties");
        if (ap == null || ap.isBoolean()) {
          return seg.isEmpty() ? Optional.empty() : Optional.of(Kind.ANY);
        }
        node = ap;
      } else {
        return Optional.empty();
      }
      refName = null;
    }
    String[] name = {refName};
    node = resolve(node, name);
    if (node == null) {
      return Optional.empty();
    }
    if (name[0] != null && name[0].startsWith("PartialDate")) {
      return Optional.of(Kind.DATE);
    }
    if (name[0] != null && name[0].startsWith("Instant")) {
      return Optional.of(Kind.INSTANT);
    }
    if (isType(node, "array")) {
      return Optional.of(Kind.ARRAY);
    }
    if (isType(node, "object") || node.has("properties")) {
      return Optional.of(Kind.OBJECT);
    }
    if (isType(node, "integer")) {
      return Optional.of(Kind.INTEGER);
    }
    if (isType(node, "number")) {
      return Optional.of(Kind.NUMBER);
    }
    if (isType(node, "boolean")) {
      return Optional.of(Kind.BOOLEAN);
    }
    return Optional.of(node.isEmpty() ? Kind.ANY : Kind.TEXT);
  }

  /** Follows $ref and the non-null branch of anyOf; name[0] is set to the last $defs name followed. */
  private static JsonNode resolve(JsonNode node, String[] name) {
    for (int guard = 0; guard < 16 && node != null; guard++) {
      if (node.has("$ref")) {
        String ref = node.get("$ref").asText();
        if (!ref.startsWith("#/$defs/")) {
          return null;
        }
        name[0] = ref.substring(8);
        node = defs().get(name[0]);
      } else if (node.has("anyOf") || node.has("oneOf")) {
        JsonNode next = null;
        for (JsonNode branch : node.has("anyOf") ? node.get("anyOf") : node.get("oneOf")) {
          if (!"null".equals(branch.path("type").asText())) {
            next = branch;
            break;
          }
        }
        node = next;
      } else {
        return node;
      }
    }
    return node;
  }

  private static boolean isType(JsonNode node, String type) {
    JsonNode t = node.get("type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (type.equals(x.asText())) {
          return true;
        }
      }
      return false;
    }
    return type.equals(t.asText());
  }
}

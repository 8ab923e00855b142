package org.mignet.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mignet.core.internal.Pointers;

/** Building a JSON tree by RFC 6901 pointers, for the readers that map table columns to the canonical form. */
public final class JsonPointers {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private JsonPointers() {}

  /**
   * Sets the value at a JSON Pointer, making the objects and arrays on the way: a token of digits (or {@code -},
   * the end) names an array item, anything else an object member; a value in the way that is not a container is
   * replaced.
   *
   * @param root the tree; not null
   * @param pointer a non-empty pointer; not null
   * @param value the value; not null
   */
  public static void put(ObjectNode root, String pointer, JsonNode value) {
    List<String> parts = Pointers.tokens(pointer);
    JsonNode node = root;
    for (int i = 0; i < parts.size(); i++) {
      String key = parts.get(i);
      boolean last = i == parts.size() - 1;
      boolean nextIsIndex = !last && (Pointers.isIndex(parts.get(i + 1)) || parts.get(i + 1).equals("-"));
      if (node instanceof ObjectNode o) {
        if (last) {
          o.set(key, value);
        } else {
          JsonNode child = o.get(key);
          if (child == null || !child.isContainerNode()) {
            child = nextIsIndex ? o.putArray(key) : o.putObject(key);
          }
          node = child;
        }
      } else if (node instanceof ArrayNode a) {
        int index = key.equals("-") ? a.size() : Integer.parseInt(key);
        while (a.size() <= index) {
          a.addNull();
        }
        if (last) {
          a.set(index, value);
        } else {
          JsonNode child = a.get(index);
          if (child == null || !child.isContainerNode()) {
            child = nextIsIndex ? NODES.arrayNode() : NODES.objectNode();
            a.set(index, child);
          }
          node = child;
        }
      }
    }
  }
}

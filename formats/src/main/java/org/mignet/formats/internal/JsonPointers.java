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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;
import org.mignet.core.internal.Pointers;

/**
 * Building a JSON tree by RFC 6901 pointers, for the readers that map table columns to the
 * canonical form.
 */
public final class JsonPointers {

  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

  private JsonPointers() {}

  /** A list index above the limit: the list would be padded with that many empty items. */
  public static final class IndexLimitExceeded extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final long index;

    IndexLimitExceeded(long index) {
      super("list index " + index + " is above the limit");
      this.index = index;
    }

    /** Returns the index named (saturated at {@link Long#MAX_VALUE}). */
    public long index() {
      return index;
    }
  }

  /**
   * The first list index above a limit that a pointer names, for checking a header or a spec before
   * any tree is built. A token of digits counts as a list index, except the key right after {@code
   * extensions} (a map's key).
   *
   * @param pointer a pointer; not null
   * @param maxListIndex the highest index allowed
   * @return the index (saturated at {@link Long#MAX_VALUE}), or empty if there is none above the
   *     limit
   */
  public static OptionalLong indexAbove(String pointer, int maxListIndex) {
    List<String> parts;
    try {
      parts = Pointers.tokens(pointer);
    } catch (IllegalArgumentException e) {
      return OptionalLong.empty();
    }
    for (int i = 0; i < parts.size(); i++) {
      String t = parts.get(i);
      if (Pointers.isIndex(t) && (i == 0 || !parts.get(i - 1).equals("extensions"))) {
        long index = index(t);
        if (index > maxListIndex) {
          return OptionalLong.of(index);
        }
      }
    }
    return OptionalLong.empty();
  }

  private static long index(String digits) {
    // more than 18 digits cannot be a long; it is above any limit an int can hold anyway
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  /**
   * Sets the value at a JSON Pointer, making the objects and arrays on the way: a token of digits
   * (or {@code -}, the end) names an array item, anything else an object member; a value in the way
   * that is not a container is replaced.
   *
   * @param root the tree; not null
   * @param pointer a non-empty pointer; not null
   * @param value the value; not null
   * @param maxListIndex the highest array index the pointer may name (an array is padded with nulls
   *     up to it)
   * @throws IndexLimitExceeded if the pointer names an array index above {@code maxListIndex};
   *     nothing is padded
   */
  public static void put(ObjectNode root, String pointer, JsonNode value, int maxListIndex) {
    List<String> parts = Pointers.tokens(pointer);
    JsonNode node = root;
    for (int i = 0; i < parts.size(); i++) {
      String key = parts.get(i);
      boolean last = i == parts.size() - 1;
      boolean nextIsIndex =
          !last && (Pointers.isIndex(parts.get(i + 1)) || parts.get(i + 1).equals("-"));
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
        long wanted = key.equals("-") ? a.size() : index(key);
        if (wanted > maxListIndex) {
          throw new IndexLimitExceeded(wanted);
        }
        int index = (int) wanted;
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

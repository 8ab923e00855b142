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
package org.mignet.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6901 JSON Pointers over the canonical form, and their normalised form, in which every list
 * index is {@code *} (the form {@code Coverage}, losses, transformations and sharing policies use).
 * Stateless.
 */
public final class Pointers {

  /** The token that stands for any list index in a normalised pointer. */
  public static final String ANY_INDEX = "*";

  private Pointers() {}

  /** Returns the token escaped for a pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Returns the token unescaped: {@code ~1} as {@code /}, then {@code ~0} as {@code ~}. */
  public static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** Returns {@code pointer + "/" + escape(token)}. */
  public static String append(String pointer, String token) {
    return pointer + "/" + escape(token);
  }

  /** Returns {@code pointer + "/" + index}. */
  public static String append(String pointer, int index) {
    return pointer + "/" + index;
  }

  /**
   * Returns its reference tokens, unescaped.
   *
   * @param pointer an RFC 6901 pointer ({@code ""} for the whole document); not null
   * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}
   */
  public static List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer is empty or starts with /");
    }
    List<String> out = new ArrayList<>();
    int start = 1;
    for (int i = 1; i <= pointer.length(); i++) {
      if (i == pointer.length() || pointer.charAt(i) == '/') {
        out.add(unescape(pointer.substring(start, i)));
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * Returns whether a token is a list index: ASCII digits, without a leading zero unless it is 0.
   */
  public static boolean isIndex(String token) {
    if (token.isEmpty() || (token.length() > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the pointer with every list index replaced by {@code *}, e.g. {@code /victims/0/person}
   * → <code>/victims/&#42;/person</code>; tokens are not otherwise touched (so a map key of digits
   * is kept only where the model says it is a map key, see {@link RecordModel#normalise(String)}).
   *
   * @param pointer a pointer into a record; not null
   */
  public static String normaliseIndices(String pointer) {
    StringBuilder b = new StringBuilder(pointer.length());
    for (String t : tokens(pointer)) {
      b.append('/').append(isIndex(t) ? ANY_INDEX : escape(t));
    }
    return b.toString();
  }

  /**
   * Returns whether {@code path} is {@code normalised} itself or lies below it.
   *
   * @param normalised a normalised path, possibly a prefix such as {@code /victims}
   * @param path a normalised path
   */
  public static boolean covers(String normalised, String path) {
    return path.equals(normalised)
        || (path.startsWith(normalised)
            && path.length() > normalised.length()
            && path.charAt(normalised.length()) == '/')
        || normalised.isEmpty();
  }
}

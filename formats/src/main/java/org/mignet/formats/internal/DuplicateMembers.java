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

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.util.Optional;

/**
 * Where a JSON reader met a member twice in one object. The JSON readers that parse with {@link
 * StreamReadFeature#STRICT_DUPLICATE_DETECTION} on share it: Jackson then stops at the second
 * member instead of letting the last one win without a word. Stateless and thread-safe.
 */
public final class DuplicateMembers {

  // jackson-core's JsonReadContext reports a duplicate with this text and no type of its own
  private static final String JACKSON_DUPLICATE = "Duplicate field '";

  private DuplicateMembers() {}

  /**
   * Returns the JSON Pointer of the repeated member if that is what stopped the parser; empty for
   * any other failure.
   *
   * @param e a failure of a parser with strict duplicate detection; not null
   */
  public static Optional<String> pointer(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (!(e instanceof JsonParseException pe)
        || m == null
        || !m.startsWith(JACKSON_DUPLICATE)
        || pe.getProcessor() == null) {
      return Optional.empty();
    }
    JsonParser p = pe.getProcessor();
    return Optional.of(p.getParsingContext().pathAsPointer().toString());
  }

  /**
   * Returns its last reference token, unescaped, cut to 60 characters: the member's name for a
   * message.
   *
   * @param pointer a JSON Pointer
   */
  public static String name(String pointer) {
    String last =
        org.mignet.core.internal.Pointers.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    return last.length() > 60 ? last.substring(0, 57) + "..." : last;
  }
}

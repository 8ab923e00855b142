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
package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * The short strings one writer meets again and again (the dimension ids and codes of a statistics
 * table, a unit, a status), each encoded once: a string seen a second time in its slot is written
 * from its bytes, with no per-char escape check. Only strings of printable ASCII that no JSON
 * generator escapes (no quote, backslash or slash) are kept, so their encoded form is their chars
 * whatever the generator's quoting and escaping settings; a generator with its own character
 * escapes gets none. Memory is bounded ({@value #SLOTS} slots of at most {@value #MAX_LENGTH}
 * chars). Not thread-safe: one per writer.
 */
final class RepeatedStrings {

  /** The slots, a power of two: a string goes to one slot by its hash, replacing what was there. */
  static final int SLOTS = 4096;

  /** The longest string kept. */
  static final int MAX_LENGTH = 64;

  /** Marks a slot whose string needs escaping: written as text each time. */
  private static final SerializedString ESCAPED = new SerializedString("");

  private final String[] seen = new String[SLOTS];
  private final @Nullable SerializedString[] encoded = new SerializedString[SLOTS];

  private RepeatedStrings() {}

  /**
   * Returns a cache for the generator, or null if the generator escapes chars of its own (its
   * encoded strings would then differ from ours).
   */
  static @Nullable RepeatedStrings forGenerator(JsonGenerator g) {
    return g.getCharacterEscapes() == null ? new RepeatedStrings() : null;
  }

  /**
   * Returns the string encoded, if it was the last string of its slot and needs no escaping; else
   * null, and the string is remembered in its slot.
   */
  @SuppressWarnings("ReferenceEquality") // an identity hit is only a shortcut before equals
  @Nullable SerializedString encoded(String s) {
    if (s.length() > MAX_LENGTH) {
      return null;
    }
    int h = s.hashCode();
    int i = (h ^ (h >>> 16)) & (SLOTS - 1);
    String k = seen[i];
    if (k == s || s.equals(k)) {
      SerializedString e = encoded[i];
      if (e == null) {
        e = plain(s) ? new SerializedString(s) : ESCAPED;
        encoded[i] = e;
      }
      return e == ESCAPED ? null : e;
    }
    seen[i] = s;
    encoded[i] = null;
    return null;
  }

  /** Returns whether every char is printable ASCII that JSON writers leave as it is. */
  static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '"' || c == '\\' || c == '/') {
        return false;
      }
    }
    return true;
  }

  /** Writes a string value, from its bytes if it repeats. */
  static void writeString(JsonGenerator g, String s, @Nullable RepeatedStrings strings)
      throws java.io.IOException {
    SerializedString e = strings == null ? null : strings.encoded(s);
    if (e != null) {
      g.writeString(e);
    } else {
      g.writeString(s);
    }
  }

  /** Writes a member name, from its bytes if it repeats. */
  static void writeFieldName(JsonGenerator g, String s, @Nullable RepeatedStrings strings)
      throws java.io.IOException {
    SerializedString e = strings == null ? null : strings.encoded(s);
    if (e != null) {
      g.writeFieldName(e);
    } else {
      g.writeFieldName(s);
    }
  }
}

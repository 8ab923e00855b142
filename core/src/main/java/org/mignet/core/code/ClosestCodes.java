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
package org.mignet.core.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.core.code.internal.Text;

/**
 * {@link CodeList#closest(String, int)} for a fixed list (as a reader suggests codes for many
 * values), with the comparison key of every code and label worked out once instead of at each call:
 * the same codes in the same order. Holds only the list's own codes, nothing of the values looked
 * up. Immutable and thread-safe.
 */
public final class ClosestCodes {

  private final String[] codes;
  private final String[] codeKeys;
  // null where the label is the code itself
  private final @Nullable String[] labelKeys;

  /**
   * Works out the keys of every code of a list.
   *
   * @param list a list whose codes do not change; not null
   */
  public ClosestCodes(CodeList list) {
    List<Code> all = list.codes();
    codes = new String[all.size()];
    codeKeys = new String[all.size()];
    labelKeys = new String[all.size()];
    for (int i = 0; i < codes.length; i++) {
      Code c = all.get(i);
      codes[i] = c.code();
      codeKeys[i] = Text.key(c.code());
      labelKeys[i] = c.label().equals(c.code()) ? null : Text.key(c.label());
    }
  }

  /**
   * Returns the codes closest to the input, as {@link CodeList#closest(String, int)} does.
   *
   * @param input the value; not null
   * @param max how many codes at most; not negative
   */
  public List<String> closest(String input, int max) {
    Objects.requireNonNull(input, "input must not be null");
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    // the input's key and match masks once for every code, not once per code
    Text.DistanceFrom from = new Text.DistanceFrom(Text.key(input), 64);
    Map<String, Integer> best = new LinkedHashMap<>();
    for (int i = 0; i < codes.length; i++) {
      int d = from.to(codeKeys[i]);
      String label = labelKeys[i];
      if (label != null) {
        d = Math.min(d, from.to(label));
      }
      best.merge(codes[i], d, Math::min);
    }
    // a stable sort by distance, as the stream's sorted() on the map's order
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(best.entrySet());
    entries.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
    List<String> out = new ArrayList<>(Math.min(max, entries.size()));
    for (int i = 0; i < entries.size() && i < max; i++) {
      out.add(entries.get(i).getKey());
    }
    return Collections.unmodifiableList(out);
  }
}

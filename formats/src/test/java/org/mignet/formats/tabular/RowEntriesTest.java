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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowEntriesTest {

  @Test
  void keepsTheOrderAndReplacementsOfALinkedHashMapRowAfterRow() {
    // equal keys that are not the same instance, so that the identity shortcut is not enough
    String[] pool = {
      "REF_AREA", new String("REF_AREA"), "SEX", "AGE", new String("AGE"), "TIME_PERIOD", "X", "Y"
    };
    Random random = new Random(11);
    RowEntries entries = new RowEntries();
    List<String> replay = new ArrayList<>();
    for (int row = 0; row < 2_000; row++) {
      entries.reset();
      Map<String, String> expected = new LinkedHashMap<>();
      // most rows repeat the keys of the row before, as a table's rows do; some change them
      List<String> keys = new ArrayList<>(replay);
      if (keys.isEmpty() || random.nextInt(4) == 0) {
        keys.clear();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
          keys.add(pool[random.nextInt(pool.length)]);
        }
      }
      for (String k : keys) {
        String v = Integer.toString(random.nextInt(5));
        assertThat(entries.put(k, v)).isEqualTo(expected.put(k, v));
      }
      replay = keys;
      assertThat(new ArrayList<>(entries.entrySet()))
          .isEqualTo(new ArrayList<>(expected.entrySet()));
      assertThat(entries).isEqualTo(expected);
      assertThat(entries.hashCode()).isEqualTo(expected.hashCode());
      assertThat(entries.keyList()).containsExactlyElementsOf(expected.keySet());
      assertThat(entries.keysAre(List.copyOf(expected.keySet()))).isTrue();
      List<String> forEach = new ArrayList<>();
      entries.forEach((k, v) -> forEach.add(k + "=" + v));
      assertThat(forEach).hasSize(expected.size());
    }
  }

  @Test
  void copiesAnotherAndThenSearchesItsKeys() {
    RowEntries dims = new RowEntries();
    dims.reset();
    dims.put("A", "1");
    dims.put("B", "2");
    RowEntries wide = new RowEntries();
    wide.setTo(dims);
    wide.put("B", "3");
    wide.put("C", "4");
    assertThat(wide).containsExactly(Map.entry("A", "1"), Map.entry("B", "3"), Map.entry("C", "4"));
    assertThat(dims).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
  }

  @Test
  void comparesItsKeysWithAListOfIds() {
    RowEntries d = new RowEntries();
    d.reset();
    d.put("A", "1");
    d.put("B", "2");
    assertThat(d.keysAre(List.of("A", "B"))).isTrue();
    assertThat(d.keysAre(List.of("B", "A"))).isFalse();
    assertThat(d.keysAre(List.of("A"))).isFalse();
    assertThat(d.keysAre(null)).isFalse();
  }
}

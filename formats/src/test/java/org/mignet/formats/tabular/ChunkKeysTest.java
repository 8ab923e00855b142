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

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChunkKeysTest {

  @Test
  void findsWhatAHashSetFindsAcrossGrowthAndClearing() {
    Random random = new Random(7);
    ChunkKeys keys = new ChunkKeys();
    for (int chunk = 0; chunk < 20; chunk++) {
      keys.clear();
      Set<Map<String, String>> expected = new HashSet<>();
      for (int i = 0; i < 1_500; i++) {
        Map<String, String> key =
            Map.of("REF_AREA", "C" + random.nextInt(300), "SEX", "S" + random.nextInt(3));
        assertThat(keys.contains(key, key.hashCode())).isEqualTo(expected.contains(key));
        keys.add(key, key.hashCode());
        expected.add(key);
        assertThat(keys.contains(key, key.hashCode())).isTrue();
      }
    }
  }

  @Test
  void comparesTheMapsWhereHashesCollide() {
    ChunkKeys keys = new ChunkKeys();
    // "Aa" and "BB" have the same String hash code, so these maps have the same hash code
    Map<String, String> a = Map.of("K", "Aa");
    Map<String, String> b = Map.of("K", "BB");
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    keys.add(a, a.hashCode());
    assertThat(keys.contains(b, b.hashCode())).isFalse();
    keys.add(b, b.hashCode());
    assertThat(keys.contains(b, b.hashCode())).isTrue();
    assertThat(keys.contains(Map.of("K", "Aa"), a.hashCode())).isTrue();
  }
}

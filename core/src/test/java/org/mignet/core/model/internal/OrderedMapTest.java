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
package org.mignet.core.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model's ordered maps (an observation's dimensions, a record's attributes and extensions)
 * behave as the unmodifiable {@code LinkedHashMap} copies they were before, whatever their size.
 */
class OrderedMapTest {

  private static Map<String, String> source(int n) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = n; i > 0; i--) {
      m.put("K" + i, "v" + i);
    }
    return m;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 8, 9, 20})
  void keepsTheOrderAndIsEqualToTheMapItCopies(int n) {
    Map<String, String> in = source(n);

    Map<String, String> m = Checks.orderedMap(in, "m");

    assertThat(m).isEqualTo(in).hasSameHashCodeAs(in);
    assertThat(in).isEqualTo(m);
    assertThat(new HashMap<>(in)).isEqualTo(m);
    assertThat(m.toString()).isEqualTo(in.toString());
    assertThat(List.copyOf(m.keySet())).isEqualTo(List.copyOf(in.keySet()));
    assertThat(List.copyOf(m.values())).isEqualTo(List.copyOf(in.values()));
    List<String> walked = new ArrayList<>();
    m.forEach((k, v) -> walked.add(k + "=" + v));
    assertThat(walked).isEqualTo(in.entrySet().stream().map(Object::toString).toList());
    assertThat(m.get("K1")).isEqualTo("v1");
    assertThat(m.get("K0")).isNull();
    assertThat(m.get(null)).isNull();
    assertThat(m.containsKey("K" + n)).isTrue();
    assertThat(m.containsValue("v" + n)).isTrue();
    assertThat(m).hasSize(n);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 9})
  void cannotBeChangedNorChangesWithItsSource(int n) {
    Map<String, String> in = source(n);
    Map<String, String> m = Checks.orderedMap(in, "m");

    in.put("K1", "changed");
    in.put("new", "x");

    assertThat(m.get("K1")).isEqualTo("v1");
    assertThat(m).doesNotContainKey("new");
    assertThatThrownBy(() -> m.put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove("K1")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.keySet().remove("K1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(m.get("K1")).isEqualTo("v1");
  }

  @Test
  void mapsOfTheSameEntriesInAnotherOrderAreEqual() {
    Map<String, String> ab = Checks.orderedMap(Map.of("a", "1"), "m");
    Map<String, String> one = new LinkedHashMap<>();
    one.put("a", "1");
    one.put("b", "2");
    Map<String, String> other = new LinkedHashMap<>();
    other.put("b", "2");
    other.put("a", "1");

    assertThat(Checks.orderedMap(one, "m")).isEqualTo(Checks.orderedMap(other, "m"));
    assertThat(Checks.orderedMap(one, "m").hashCode())
        .isEqualTo(Checks.orderedMap(other, "m").hashCode());
    assertThat(Checks.orderedMap(one, "m")).isNotEqualTo(ab);
    other.put("a", "3");
    assertThat(Checks.orderedMap(one, "m")).isNotEqualTo(Checks.orderedMap(other, "m"));
  }

  @Test
  void refusesANullKeyOrValueNamingTheComponent() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("a", null);

    assertThatThrownBy(() -> Checks.orderedMap(nullValue, "observation.dimensions"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("observation.dimensions");
  }

  @Test
  void equalKeysOfAnIdentityMapBecomeOneEntryAsInAnyOtherMap() {
    Map<String, String> in = new IdentityHashMap<>();
    in.put(new String("a"), "1");
    in.put(new String("a"), "2");

    assertThat(Checks.orderedMap(in, "m")).hasSize(1).containsKey("a");
  }

  @Test
  void refusesAMapThatWalksMoreOrFewerEntriesThanItsSize() {
    // a map changed while it is copied: its size and its entries disagree
    Map<String, String> more = sized(1, Map.of("a", "1", "b", "2"));
    Map<String, String> fewer = sized(3, Map.of("a", "1", "b", "2"));

    assertThatThrownBy(() -> Checks.orderedMap(more, "m"))
        .isInstanceOf(java.util.ConcurrentModificationException.class);
    assertThatThrownBy(() -> Checks.orderedMap(fewer, "m"))
        .isInstanceOf(java.util.ConcurrentModificationException.class);
  }

  /** Returns a map of the entries that claims the size given. */
  private static Map<String, String> sized(int size, Map<String, String> entries) {
    return new java.util.AbstractMap<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public java.util.Set<Map.Entry<String, String>> entrySet() {
        return entries.entrySet();
      }
    };
  }
}

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
package org.mignet.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps every model type immutable: checked by reflection over the whole model package. */
class ModelImmutabilityTest {

  private static final Set<Class<?>> VALUE_TYPES =
      Set.of(
          String.class,
          Integer.class,
          Long.class,
          Double.class,
          Boolean.class,
          BigDecimal.class,
          Instant.class,
          LocalDate.class,
          int.class,
          long.class,
          double.class,
          boolean.class,
          Object.class);

  static List<Class<?>> modelTypes() {
    return ModelSamples.modelRecordTypes();
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void componentTypesAreImmutableValuesRecordsEnumsOrUnmodifiableContainers(Class<?> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      assertImmutableType(type.getSimpleName() + "." + c.getName(), c.getGenericType());
    }
  }

  private static void assertImmutableType(String where, Type t) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      assertThat(raw).as(where).isIn(Optional.class, List.class, Map.class);
      for (Type arg : p.getActualTypeArguments()) {
        assertImmutableType(where + "<>", arg);
      }
      return;
    }
    Class<?> c = (Class<?>) t;
    assertThat(c.isArray()).as(where + " must not be an array").isFalse();
    boolean ok = VALUE_TYPES.contains(c) || c.isEnum() || c.isRecord();
    assertThat(ok)
        .as(where + " has type " + c.getName() + ", which is not known to be immutable")
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void fieldsArePrivateAndFinal(Class<?> type) {
    assertThat(Modifier.isFinal(type.getModifiers())).as(type + " is final").isTrue();
    for (var f : type.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        assertThat(Modifier.isFinal(f.getModifiers()) && Modifier.isPrivate(f.getModifiers()))
            .as(type.getSimpleName() + "." + f.getName())
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void copiesCollectionsOnConstructionAndExposesThemUnmodifiable(Class<?> type) throws Exception {
    ModelSamples samples = new ModelSamples();
    Object instance = samples.sample(type);
    Object before = instance.toString();
    int hashBefore = instance.hashCode();
    // Change every list the constructors were given: the record must not see it.
    for (List<?> passed : samples.passedLists()) {
      passed.clear();
    }
    assertThat(instance.hashCode())
        .as("hash after changing the lists passed in")
        .isEqualTo(hashBefore);
    assertThat(instance.toString()).isEqualTo(before);
    for (RecordComponent c : type.getRecordComponents()) {
      Object value = c.getAccessor().invoke(instance);
      if (value instanceof Collection<?> col) {
        assertThatThrownBy(() -> col.clear())
            .as(type.getSimpleName() + "." + c.getName())
            .isInstanceOf(UnsupportedOperationException.class);
      }
      if (value instanceof Map<?, ?> map) {
        assertThatThrownBy(() -> map.clear())
            .as(type.getSimpleName() + "." + c.getName())
            .isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void toStringNeverShowsPersonalData(Class<?> type) {
    ModelSamples samples = new ModelSamples();
    String text = samples.sample(type).toString();
    for (String token : samples.personalTokens()) {
      assertThat(text)
          .as(type.getSimpleName() + ".toString() leaks a personal value")
          .doesNotContain(token);
    }
  }
}

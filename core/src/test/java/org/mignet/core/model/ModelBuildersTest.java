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

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.code.GcmObjective;

/**
 * Every aggregate of the model (a record of four components or more) has a builder and {@code
 * toBuilder()}, so that no caller writes a long positional constructor call; {@code
 * toBuilder().build()} gives back an equal record, every component included.
 */
class ModelBuildersTest {

  /** Records with this many components or more are aggregates and have a builder. */
  static final int AGGREGATE_COMPONENTS = 4;

  static Stream<Class<?>> aggregates() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c : ModelSamples.modelRecordTypes()) {
      if (c.getRecordComponents().length >= AGGREGATE_COMPONENTS) {
        out.add(c);
      }
    }
    return out.stream();
  }

  @Test
  void theAggregatesAreTheBigRecords() {
    assertThat(aggregates().map(Class::getSimpleName))
        .contains(
            "Person",
            "Incident",
            "TraffickingCase",
            "Victim",
            "Policy",
            "Programme",
            "TravelDocument",
            "ReturnCase",
            "Referral",
            "RecordMeta",
            "Place")
        .doesNotContain("Coordinates", "AgeRange", "Money");
  }

  @ParameterizedTest
  @MethodSource("aggregates")
  void everyAggregateHasABuilderAndToBuilder(Class<?> type) throws Exception {
    Method toBuilder = type.getMethod("toBuilder");
    Method build = toBuilder.getReturnType().getMethod("build");
    assertThat(build.getReturnType()).isEqualTo(type);
    assertThat(
            Stream.of(type.getMethods())
                .filter(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers())))
        .as("a static builder(...) on %s", type.getSimpleName())
        .isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("aggregates")
  void toBuilderThenBuildGivesAnEqualRecordWithEveryComponent(Class<?> type) throws Exception {
    Object sample = new ModelSamples().sample(type);
    Object builder = type.getMethod("toBuilder").invoke(sample);
    Object built = builder.getClass().getMethod("build").invoke(builder);
    assertThat(built).isEqualTo(sample).isNotSameAs(sample);
  }

  @Test
  void aPolicyIsBuiltByNameAndAChangedCopyLeavesTheOriginalAlone() {
    Policy p =
        Policy.builder(RecordMeta.of("gov", "pol-1"))
            .title("National action plan")
            .country("NGA")
            .gcmObjective(GcmObjective.of(10))
            .sdgTarget("10.7", "16.2")
            .build();

    assertThat(p.sdgTargets()).containsExactly("10.7", "16.2");
    assertThat(p.instrument()).isEmpty();
    Policy changed = p.toBuilder().sdgTarget("8.7").url("https://example.org").build();
    assertThat(changed.sdgTargets()).containsExactly("10.7", "16.2", "8.7");
    assertThat(changed.url()).contains("https://example.org");
    assertThat(p.sdgTargets()).containsExactly("10.7", "16.2");
    assertThat(p.url()).isEmpty();
  }

  @Test
  void aMissingRequiredPartIsNamedWhenBuilt() {
    assertThatThrownBy(() -> Policy.builder(RecordMeta.of("gov", "pol-1")).country("NGA").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy.title");
  }

  @Test
  void recordMetaStartsAsOfDoes() {
    Identifier id = new Identifier("gov", "x-1");
    assertThat(RecordMeta.builder().identifier(id).build()).isEqualTo(RecordMeta.of(id));
  }
}

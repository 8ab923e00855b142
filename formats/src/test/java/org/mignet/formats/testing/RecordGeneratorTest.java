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
package org.mignet.formats.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mignet.core.model.RecordType;

/**
 * The generator is deterministic. (Its records pass the model's constructors and single-component
 * constraints; cross-field rules of the structural profile, such as dates in order, are not aimed
 * at: codecs do not check them.)
 */
class RecordGeneratorTest {

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void theSameSeedGivesTheSameRecordsAndFullOnesHaveEveryComponent(RecordType type) {
    assertThat(new RecordGenerator(5L).records(type, 10))
        .isEqualTo(new RecordGenerator(5L).records(type, 10));
    Record full = (Record) new RecordGenerator(5L).next(type);
    for (java.lang.reflect.RecordComponent c : full.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(full);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      assertThat(v)
          .as("%s.%s", type, c.getName())
          .isNotNull()
          .isNotEqualTo(java.util.Optional.empty())
          .isNotEqualTo(java.util.List.of())
          .isNotEqualTo(java.util.Map.of());
    }
  }
}

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
package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The format records whose {@code equals} and {@code hashCode} are written by hand (for a fast
 * start) are equal exactly when every component is, as a record's generated ones: one variant per
 * component, each differing from the base in that component alone, is unequal to it.
 */
class RecordEqualityTest {

  static <T extends Record> void assertEqualByEveryComponent(
      T base, T equalCopy, List<T> oneChangedComponentEach) {
    assertThat(oneChangedComponentEach)
        .as("one variant per component of %s", base.getClass().getSimpleName())
        .hasSize(base.getClass().getRecordComponents().length);
    assertThat(equalCopy).isNotSameAs(base).isEqualTo(base).hasSameHashCodeAs(base);
    assertThat(base).isEqualTo(base).isNotEqualTo(null).isNotEqualTo(new Object());
    for (T variant : oneChangedComponentEach) {
      assertThat(variant).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(variant);
    }
  }

  @Test
  void aFormatOptionIsEqualByNameAndType() {
    assertEqualByEveryComponent(
        FormatOption.of("structure", String.class),
        FormatOption.of("structure", String.class),
        List.of(
            FormatOption.of("structures", String.class),
            FormatOption.of("structure", Integer.class)));
  }

  @Test
  void readLimitsAreEqualByEveryLimit() {
    ReadLimits d = ReadLimits.defaults();
    assertEqualByEveryComponent(
        d,
        limits(d, -1),
        List.of(
            limits(d, 0),
            limits(d, 1),
            limits(d, 2),
            limits(d, 3),
            limits(d, 4),
            limits(d, 5),
            limits(d, 6),
            limits(d, 7),
            limits(d, 8)));
  }

  /** A copy of {@code d} with the limit at {@code index} one higher; none raised for -1. */
  private static ReadLimits limits(ReadLimits d, int index) {
    return new ReadLimits(
        d.maxNestingDepth() + (index == 0 ? 1 : 0),
        d.maxStringLength() + (index == 1 ? 1 : 0),
        d.maxNumberLength() + (index == 2 ? 1 : 0),
        d.maxRecordBytes() + (index == 3 ? 1 : 0),
        d.maxRecords() + (index == 4 ? 1 : 0),
        d.maxColumns() + (index == 5 ? 1 : 0),
        d.maxListIndex() + (index == 6 ? 1 : 0),
        d.maxCubeCells() + (index == 7 ? 1 : 0),
        d.maxSharedStrings() + (index == 8 ? 1 : 0));
  }
}

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The precomputed "did you mean" gives what {@link CodeList#closest} gives, code for code. */
class ClosestCodesTest {

  /** A list that keeps the interface's own {@code closest}. */
  private record Plain(List<Code> codes) implements CodeList {
    @Override
    public String id() {
      return "plain";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public String source() {
      return "test";
    }

    @Override
    public boolean contains(String canonicalCode) {
      return codes.stream().anyMatch(c -> c.code().equals(canonicalCode));
    }

    @Override
    public Optional<Code> get(String canonicalCode) {
      return codes.stream().filter(c -> c.code().equals(canonicalCode)).findFirst();
    }

    @Override
    public Resolution resolve(String input) {
      return Resolution.unresolved(input);
    }
  }

  @Test
  void givesTheCodesTheListGivesForEveryInput() {
    List<Code> codes = new ArrayList<>(Countries.instance().codes());
    // a code twice (the closer of its two labels counts), and a label that is the code
    codes.add(new Code("FRA", "Gaul"));
    codes.add(new Code("XYZ", "XYZ"));
    Plain list = new Plain(codes);
    ClosestCodes closest = new ClosestCodes(list);
    SplittableRandom random = new SplittableRandom(3);
    List<String> inputs = new ArrayList<>(List.of("", "gaul", "Côte d’Ivoire", "x".repeat(90)));
    for (int n = 0; n < 400; n++) {
      String label = codes.get(random.nextInt(codes.size())).label();
      StringBuilder b = new StringBuilder(label);
      for (int k = random.nextInt(4); k > 0 && b.length() > 0; k--) {
        int at = random.nextInt(b.length());
        if (random.nextBoolean()) {
          b.deleteCharAt(at);
        } else {
          b.insert(at, "aeé &-7".charAt(random.nextInt(7)));
        }
      }
      inputs.add(b.toString());
    }
    for (String input : inputs) {
      for (int max : new int[] {0, 1, 3, 1000}) {
        assertThat(closest.closest(input, max))
            .as("%s, %d", input, max)
            .isEqualTo(list.closest(input, max));
      }
    }
    assertThatThrownBy(() -> closest.closest("a", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}

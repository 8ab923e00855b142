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
package org.mignet.formats.mmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.code.Code;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.Resolution;

/** The MMP lists' "did you mean", with the codes' keys worked out once, is the interface's. */
class MmpCodeListClosestTest {

  /** The list with the interface's own {@code closest}. */
  private record Plain(MmpCodeList list) implements CodeList {
    @Override
    public String id() {
      return list.id();
    }

    @Override
    public String version() {
      return list.version();
    }

    @Override
    public String source() {
      return list.source();
    }

    @Override
    public List<Code> codes() {
      return list.codes();
    }

    @Override
    public boolean contains(String canonicalCode) {
      return list.contains(canonicalCode);
    }

    @Override
    public Optional<Code> get(String canonicalCode) {
      return list.get(canonicalCode);
    }

    @Override
    public Resolution resolve(String input) {
      return list.resolve(input);
    }
  }

  @Test
  void offersTheCodesTheInterfaceOffers() {
    List<String> inputs =
        List.of(
            "Unknown (presumed sickness)",
            "Presumed hyperthermia/dehydration",
            "Fell from border wall",
            "drowing",
            "Central Med",
            "",
            "Sub-Saharan Afrika");
    for (MmpCodeList list :
        List.of(
            MmpCodeList.causesOfDeath(),
            MmpCodeList.regions(),
            MmpCodeList.routes(),
            MmpCodeList.regionsOfOrigin())) {
      for (String input : inputs) {
        assertThat(list.closest(input, 3))
            .as("%s %s", list.id(), input)
            .isEqualTo(new Plain(list).closest(input, 3));
      }
    }
  }
}

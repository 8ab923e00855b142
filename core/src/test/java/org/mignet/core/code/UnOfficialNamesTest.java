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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UN's official short names, which differ from the JDK's CLDR names, resolve as aliases. */
class UnOfficialNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "République arabe syrienne|SYR",
        "Iran (République islamique d')|IRN",
        "República Árabe Siria|SYR",
        "Bolivia (Plurinational State of)|BOL",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|GBR",
        "Federación de Rusia|RUS",
        "Democratic People's Republic of Korea|PRK",
        "République-Unie de Tanzanie|TZA"
      })
  void resolvesUnOfficialNames(String name, String alpha3) {
    assertThat(Countries.instance().resolve(name).code()).contains(alpha3);
  }
}

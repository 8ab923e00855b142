package org.mignet.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UN's official short names, which differ from the JDK's CLDR names, resolve as aliases. */
class UnOfficialNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "République arabe syrienne|SYR", "Iran (République islamique d')|IRN", "República Árabe Siria|SYR",
      "Bolivia (Plurinational State of)|BOL", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|GBR",
      "Federación de Rusia|RUS", "Democratic People's Republic of Korea|PRK", "République-Unie de Tanzanie|TZA"})
  void resolvesUnOfficialNames(String name, String alpha3) {
    assertThat(Countries.instance().resolve(name).code()).contains(alpha3);
  }
}

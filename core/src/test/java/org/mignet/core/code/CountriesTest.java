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

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

  private final Countries countries = Countries.instance();

  @Test
  void has249EntriesWithAlpha3AsCanonicalCode() {
    assertThat(countries.codes()).hasSize(249);
    assertThat(countries.id()).isEqualTo("iso3166");
    assertThat(countries.version()).contains("2024-06-30");
    assertThat(countries.source()).contains("M49");
    assertThat(countries.codes()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z]{3}"));
  }

  @Test
  void alphaCodesAgreeWithTheJdk() {
    Set<String> a2 =
        countries.countries().stream().map(Country::alpha2).collect(Collectors.toSet());
    Set<String> a3 =
        countries.countries().stream().map(Country::alpha3).collect(Collectors.toSet());
    assertThat(a2).isEqualTo(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    assertThat(a3).isEqualTo(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    assertThat(countries.countries())
        .allSatisfy(
            c ->
                assertThat(new Locale.Builder().setRegion(c.alpha2()).build().getISO3Country())
                    .isEqualTo(c.alpha3()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DE",
        "DEU",
        "276",
        "Germany",
        "Allemagne",
        "Alemania",
        "Германия",
        "德国",
        "ألمانيا",
        "de",
        " deu\u00A0",
        "GERMANY",
        "Germany (until 1990 former territory of the FRG)",
        "DDR"
      })
  void resolvesGermanyInManyForms(String input) {
    assertThat(countries.resolve(input).code()).contains("DEU");
  }

  @Test
  void saysHowTheInputWasMatched() {
    assertThat(countries.resolve("DEU").kind()).isEqualTo(ResolutionKind.EXACT);
    assertThat(countries.resolve("deu").kind()).isEqualTo(ResolutionKind.CASE_INSENSITIVE);
    assertThat(countries.resolve("DE").kind()).isEqualTo(ResolutionKind.ALIAS);
    assertThat(countries.resolve("Allemagne").kind()).isEqualTo(ResolutionKind.NAME);
  }

  @Test
  void resolvesNumericCodesWithOrWithoutZeroPadding() {
    assertThat(countries.resolve("076").code()).contains("BRA");
    assertThat(countries.resolve("76").code()).contains("BRA");
    assertThat(countries.resolve("4").code()).contains("AFG");
    assertThat(countries.byNumeric("8")).map(Country::alpha3).contains("ALB");
    assertThat(countries.byNumeric("1234")).isEmpty();
  }

  @Test
  void resolvesWithdrawnCodesAsAliasesWithANote() {
    Resolution rom = countries.resolve("ROM");
    assertThat(rom.code()).contains("ROU");
    assertThat(rom.kind()).isEqualTo(ResolutionKind.ALIAS);
    assertThat(rom.note()).hasValueSatisfying(n -> assertThat(n).contains("ROM").contains("ROU"));
    assertThat(countries.resolve("ZAR").code()).contains("COD");
    assertThat(countries.resolve("TMP").code()).contains("TLS");
    assertThat(countries.resolve("BUR").code()).contains("MMR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SU", "YU", "CS", "SCG", "AN"})
  void leavesCodesOfSeveralSuccessorStatesUnresolvedWithANote(String input) {
    Resolution r = countries.resolve(input);
    assertThat(r.isResolved()).isFalse();
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("no single"));
  }

  @Test
  void resolvesCommonVariantsAndEurostatLabels() {
    assertThat(countries.resolve("UK").code()).contains("GBR");
    assertThat(countries.resolve("Türkiye").code()).contains("TUR");
    assertThat(countries.resolve("Turkiye").code()).contains("TUR");
    assertThat(countries.resolve("Czechia").code()).contains("CZE");
    assertThat(countries.resolve("Russia").code()).contains("RUS");
    assertThat(countries.resolve("Iran").code()).contains("IRN");
    assertThat(countries.resolve("Syria").code()).contains("SYR");
    assertThat(countries.resolve("Bolivia").code()).contains("BOL");
    assertThat(countries.resolve("Tanzania").code()).contains("TZA");
    assertThat(countries.resolve("Venezuela").code()).contains("VEN");
    assertThat(countries.resolve("Vietnam").code()).contains("VNM");
    assertThat(countries.resolve("Laos").code()).contains("LAO");
    assertThat(countries.resolve("South Korea").code()).contains("KOR");
    assertThat(countries.resolve("North Korea").code()).contains("PRK");
    assertThat(countries.resolve("Moldova").code()).contains("MDA");
    assertThat(countries.resolve("Palestine").code()).contains("PSE");
    assertThat(countries.resolve("State of Palestine").code()).contains("PSE");
    assertThat(countries.resolve("Côte d'Ivoire").code()).contains("CIV");
    assertThat(countries.resolve("COTE D’IVOIRE").code()).contains("CIV");
    assertThat(countries.resolve("Ivory Coast").code()).contains("CIV");
    assertThat(countries.resolve("Cape Verde").code()).contains("CPV");
    assertThat(countries.resolve("Swaziland").code()).contains("SWZ");
    assertThat(countries.resolve("Macedonia").code()).contains("MKD");
    assertThat(countries.resolve("Former Yugoslav Republic of Macedonia, the").code())
        .contains("MKD");
    assertThat(countries.resolve("Burma").code()).contains("MMR");
    assertThat(countries.resolve("DR Congo").code()).contains("COD");
    assertThat(countries.resolve("Democratic Republic of the Congo").code()).contains("COD");
    assertThat(countries.resolve("Congo-Brazzaville").code()).contains("COG");
    assertThat(countries.resolve("Congo").code()).contains("COG");
    assertThat(countries.resolve("EL").code()).contains("GRC");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "XK",
        "XKX",
        "RKS",
        "Kosovo",
        "Kosovo*",
        "Kosovo (under United Nations Security Council Resolution 1244/99)"
      })
  void resolvesKosovoToTheNonIsoExtensionCode(String input) {
    Resolution r = countries.resolve(input);
    assertThat(r.code()).contains("XKX");
    assertThat(r.kind()).isEqualTo(ResolutionKind.ALIAS);
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("user-assigned"));
    assertThat(countries.contains("XKX")).isFalse();
    assertThat(countries.isKnownNonIso("XKX")).isTrue();
    assertThat(countries.isKnownNonIso("DEU")).isFalse();
  }

  @Test
  void leavesAggregatesUnresolvedWithAnAggregateNote() {
    Resolution r = countries.resolve("European Union (28 countries)");
    assertThat(r.isResolved()).isFalse();
    assertThat(r.kind()).isEqualTo(ResolutionKind.UNRESOLVED);
    assertThat(r.note())
        .hasValueSatisfying(n -> assertThat(n).contains("aggregate, not a country"));
    assertThat(countries.aggregateCode("European Union (28 countries)")).contains("EU28");
    assertThat(countries.aggregateCode("EU27_2020")).contains("EU27_2020");
    assertThat(countries.aggregateCode("Total")).contains("TOTAL");
    assertThat(countries.aggregateCode("Extra-EU27")).contains("EXT_EU27_2020");
    assertThat(countries.aggregateCode("EFTA")).contains("EFTA");
    assertThat(countries.aggregateCode("Germany")).isEmpty();
    assertThat(countries.resolve("EA19").isResolved()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "\u00A0", "zzzz", "Atlantis", "12345", "!!!", "\u0000", "ÿ\uD800"})
  void leavesGarbageUnresolvedWithoutThrowing(String input) {
    Resolution r = countries.resolve(input);
    assertThat(r.kind()).isEqualTo(ResolutionKind.UNRESOLVED);
    assertThat(r.code()).isEmpty();
  }

  @Test
  void handlesVeryLongInputWithoutThrowing() {
    String longInput = "Germany".repeat(100_000);
    assertThat(countries.resolve(longInput).isResolved()).isFalse();
    assertThat(countries.closest(longInput, 3)).hasSize(3);
    assertThat(countries.resolve(longInput).toString()).hasSizeLessThan(200);
  }

  @Test
  void rejectsNullWithAClearMessage() {
    assertThatThrownBy(() -> countries.resolve(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("iso3166");
  }

  @Test
  void suggestsTheClosestCodesForMisspellings() {
    assertThat(countries.closest("Germny", 3)).contains("DEU");
    assertThat(countries.closest("Germny", 0)).isEmpty();
    assertThatThrownBy(() -> countries.closest("x", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void looksUpByEachCodeSystem() {
    Country de = countries.byAlpha2("de").orElseThrow();
    assertThat(de.alpha3()).isEqualTo("DEU");
    assertThat(de.numeric()).isEqualTo("276");
    assertThat(de.m49Region()).contains("150");
    assertThat(de.m49RegionName()).contains("Europe");
    assertThat(de.m49SubRegion()).contains("155");
    assertThat(de.m49SubRegionName()).contains("Western Europe");
    assertThat(de.m49IntermediateRegion()).isEmpty();
    assertThat(countries.byAlpha3("DEU")).contains(de);
    assertThat(countries.byNumeric("276")).contains(de);
    assertThat(countries.country("DEU")).contains(de);
    assertThat(countries.country("deu")).isEmpty();
    assertThat(countries.byAlpha2("ZZ")).isEmpty();
    assertThat(countries.byAlpha3("AGO").flatMap(Country::m49IntermediateRegionName))
        .contains("Middle Africa");
    assertThat(countries.byAlpha3("ATA").flatMap(Country::m49Region)).isEmpty();
  }

  @Test
  void givesNamesInTheSixUnLanguagesAndFallsBackToEnglish() {
    Country de = countries.country("DEU").orElseThrow();
    assertThat(de.name(Locale.FRENCH)).isEqualTo("Allemagne");
    assertThat(de.name(Locale.forLanguageTag("ru"))).isEqualTo("Германия");
    assertThat(de.name(Locale.CHINESE)).isEqualTo("德国");
    assertThat(de.name(Locale.forLanguageTag("ar"))).isEqualTo("ألمانيا");
    assertThat(de.name(Locale.forLanguageTag("es"))).isEqualTo("Alemania");
    assertThat(de.name(Locale.GERMAN)).isEqualTo("Germany");
  }

  @Test
  void rejectsMalformedCountryValues() {
    assertThatThrownBy(
            () ->
                new Country(
                    "de",
                    "DEU",
                    "276",
                    "Germany",
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyIsoNameAndCodeResolvesToItsOwnCountry() {
    for (Country c : countries.countries()) {
      assertThat(countries.resolve(c.englishName()).code())
          .as(c.englishName())
          .contains(c.alpha3());
      assertThat(countries.resolve(c.alpha2()).code()).contains(c.alpha3());
      assertThat(countries.resolve(c.numeric()).code()).contains(c.alpha3());
    }
    assertThat(Arrays.asList("AFG", "ZWE"))
        .allSatisfy(c -> assertThat(countries.contains(c)).isTrue());
  }
}

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OtherCodeListsTest {

  @Test
  void icaoMapsGermanysDToDeuAndKeepsIsoCodes() {
    IcaoCodes icao = IcaoCodes.instance();
    assertThat(icao.contains("D")).isTrue();
    assertThat(icao.toIso("D")).contains("DEU");
    assertThat(icao.toIso("D<<")).contains("DEU");
    assertThat(icao.toIso("FRA")).contains("FRA");
    assertThat(icao.toIso("XXA")).isEmpty();
    assertThat(icao.toIso("UNO")).isEmpty();
    assertThat(icao.toIso("nonsense")).isEmpty();
  }

  @Test
  void icaoKnowsStatelessRefugeeAndOrganisationCodes() {
    IcaoCodes icao = IcaoCodes.instance();
    assertThat(icao.isStatelessOrRefugee("XXA")).isTrue();
    assertThat(icao.isStatelessOrRefugee("xxb")).isTrue();
    assertThat(icao.isStatelessOrRefugee("XXC")).isTrue();
    assertThat(icao.isStatelessOrRefugee("XXX")).isFalse();
    assertThat(icao.isStatelessOrRefugee("DEU")).isFalse();
    for (String code :
        List.of(
            "UNO", "UNA", "UNK", "EUE", "GBD", "GBN", "GBO", "GBP", "GBS", "RKS", "XXX", "XBA",
            "XIM", "XCC", "XCE", "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "ANT", "NTZ",
            "UTO", "IAO")) {
      assertThat(icao.contains(code)).as(code).isTrue();
    }
    assertThat(icao.resolve("KS").code()).contains("RKS");
  }

  @Test
  void icaoContainsEveryIsoAlpha3Code() {
    assertThat(IcaoCodes.instance().codes().stream().map(Code::code))
        .containsAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  }

  @Test
  void gcmHas23ObjectivesNumberedOneTo23() {
    assertThat(GcmObjective.values()).hasSize(23);
    Set<Integer> numbers = new HashSet<>();
    for (GcmObjective o : GcmObjective.values()) {
      numbers.add(o.number());
      assertThat(GcmObjective.of(o.number())).isSameAs(o);
      assertThat(o.code()).isEqualTo(Integer.toString(o.number()));
      assertThat(GcmObjective.parse(o.title())).contains(o);
      assertThat(GcmObjective.parse(o.shortLabel())).contains(o);
    }
    assertThat(numbers).hasSize(23).allSatisfy(n -> assertThat(n).isBetween(1, 23));
    assertThat(GcmObjective.ERADICATE_TRAFFICKING.title())
        .isEqualTo(
            "Prevent, combat and eradicate trafficking in persons in the context of international migration");
    assertThatThrownBy(() -> GcmObjective.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GcmObjective.of(24)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gcmParsesNumbersPrefixesAndObjective13sOtherWording() {
    for (String s : List.of("1", "GCM 1", "Objective 1", "GCM-01", "gcm1", "Data")) {
      assertThat(GcmObjective.parse(s)).as(s).contains(GcmObjective.ACCURATE_DATA);
    }
    assertThat(GcmObjective.parse("Objective 23")).contains(GcmObjective.INTERNATIONAL_COOPERATION);
    Resolution r =
        GcmObjective.codeList()
            .resolve(
                "Use immigration detention only as a measure of last resort and work towards alternatives");
    assertThat(r.code()).contains("13");
    assertThat(r.kind()).isEqualTo(ResolutionKind.ALIAS);
    assertThat(GcmObjective.parse("24")).isEmpty();
    assertThat(GcmObjective.parse("")).isEmpty();
    assertThat(GcmObjective.codeList().id()).isEqualTo("gcm-objective");
  }

  @Test
  void tenGuidingPrinciplesLetteredAToJ() {
    assertThat(GuidingPrinciple.values()).hasSize(10);
    assertThat(Arrays.stream(GuidingPrinciple.values()).map(GuidingPrinciple::code))
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    assertThat(GuidingPrinciple.parse("(d)"))
        .contains(GuidingPrinciple.RULE_OF_LAW_AND_DUE_PROCESS);
    assertThat(GuidingPrinciple.parse("H")).contains(GuidingPrinciple.CHILD_SENSITIVE);
    assertThat(GuidingPrinciple.parse("People-centered")).contains(GuidingPrinciple.PEOPLE_CENTRED);
    assertThat(GuidingPrinciple.parse("Whole-of-society approach"))
        .contains(GuidingPrinciple.WHOLE_OF_SOCIETY_APPROACH);
    assertThat(GuidingPrinciple.parse("k")).isEmpty();
    assertThat(GuidingPrinciple.codeList().id()).isEqualTo("gcm-principle");
  }

  @Test
  void languagesResolveIso6391BibliographicCodesAndNames() {
    Languages languages = Languages.instance();
    assertThat(languages.resolve("en").code()).contains("eng");
    assertThat(languages.resolve("ger").code()).contains("deu");
    assertThat(languages.resolve("fre").code()).contains("fra");
    assertThat(languages.resolve("chi").code()).contains("zho");
    assertThat(languages.resolve("per").code()).contains("fas");
    assertThat(languages.resolve("Urdu").code()).contains("urd");
    assertThat(languages.resolve("deu").kind()).isEqualTo(ResolutionKind.EXACT);
    for (String code :
        List.of("prs", "pbu", "pbt", "ckb", "kmr", "rhg", "tig", "bcc", "hno", "und")) {
      assertThat(languages.contains(code)).as(code).isTrue();
    }
    assertThat(languages.resolve("Dari").code()).contains("prs");
    assertThat(languages.codes()).allSatisfy(c -> assertThat(c.code()).matches("[a-z]{3}"));
  }

  @Test
  void currenciesComeFromTheJdkWithNumericAliases() {
    Currencies currencies = Currencies.instance();
    assertThat(currencies.contains("EUR")).isTrue();
    assertThat(currencies.resolve("978").code()).contains("EUR");
    assertThat(currencies.resolve("usd").code()).contains("USD");
    assertThat(currencies.resolve("Euro").code()).contains("EUR");
    assertThat(currencies.get("CHF").map(Code::label)).contains("Swiss Franc");
  }

  @Test
  void currenciesAndLanguagesContainExactlyTheCodesOfTheirTables() {
    // contains() answers from the codes alone, before the named table is built: every three-letter
    // string must get the answer the table's codes give
    for (CodeList list : List.of(Currencies.instance(), Languages.instance())) {
      Set<String> fromTable = new HashSet<>();
      list.codes().forEach(c -> fromTable.add(c.code()));
      assertThat(fromTable).as(list.id()).hasSizeGreaterThan(100);
      List<String> disagree = new java.util.ArrayList<>();
      for (char a = 'A'; a <= 'z'; a++) {
        for (char b = 'A'; b <= 'z'; b++) {
          for (char c = 'A'; c <= 'z'; c++) {
            String code = new String(new char[] {a, b, c});
            if (list.contains(code) != fromTable.contains(code)) {
              disagree.add(code);
            }
          }
        }
      }
      assertThat(disagree).as(list.id()).isEmpty();
      assertThat(list.contains("")).isFalse();
      assertThatThrownBy(() -> list.contains(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void aNameSharedByTwoCodesStaysUnresolvedWhateverTheOrder() {
    CodeTable t =
        CodeTable.builder("t", "1", "test")
            .code("AAA", "Alpha")
            .code("BBB", "Beta")
            .name("Shared Name", "AAA")
            .name("shared-name", "BBB")
            .name("SHARED NAME", "AAA")
            .name("Only A", "AAA")
            .unresolvable("Nowhere", "first note")
            .unresolvable("nowhere!", "second note")
            .build();
    assertThat(t.contains("AAA")).isTrue();
    assertThat(t.resolve("shared name").isResolved()).isFalse();
    assertThat(t.resolve("only a").code()).contains("AAA");
    assertThat(t.resolve("beta").code()).contains("BBB");
    assertThat(t.unresolvableNote("NOWHERE")).contains("first note");
  }

  @Test
  void registryFindsEveryListByAUniqueId() {
    CodeLists registry = CodeLists.standard();
    assertThat(CodeLists.standard()).isSameAs(registry);
    List<String> ids = registry.all().stream().map(CodeList::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids)
        .contains(
            "iso3166",
            "icao-nationality",
            "iso639",
            "iso4217",
            "gcm-objective",
            "gcm-principle",
            "htcds:vic_MethodsOfControl",
            "htcds:org_Type");
    assertThat(ids).hasSize(6 + 21);
    for (String id : ids) {
      assertThat(registry.named(id)).isPresent();
      assertThat(registry.named(id).orElseThrow().id()).isEqualTo(id);
      assertThat(registry.require(id)).isSameAs(registry.named(id).orElseThrow());
      assertThat(id).matches("[a-z0-9-]+|htcds:[a-z]{3}_[A-Za-z]+");
      CodeList list = registry.require(id);
      assertThat(list.version()).isNotBlank();
      assertThat(list.source()).isNotBlank();
      assertThat(list.codes()).isNotEmpty().doesNotHaveDuplicates();
      assertThat(list.codes().stream().map(Code::code)).doesNotHaveDuplicates();
      assertThatThrownBy(() -> list.codes().add(new Code("x", "y")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(registry.named("nope")).isEmpty();
    assertThatThrownBy(() -> registry.require("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iso3166");
  }

  @Test
  void resolutionAndCodeRejectInconsistentValues() {
    assertThatThrownBy(() -> new Code(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Resolution(
                    "x",
                    java.util.Optional.of("X"),
                    ResolutionKind.UNRESOLVED,
                    java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    Resolution u = Resolution.unresolved("x");
    assertThat(u.isResolved()).isFalse();
    assertThat(u.note()).isEmpty();
  }
}

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
package org.mignet.formats.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Incident;
import org.mignet.core.model.Observation;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.ReadResult;

/** Records → tables with totals, disclosure control and the accounting of every record. */
class AggregationTest {

  static int ids;

  static TraffickingCase trafficking(int year, Object... victims) {
    TraffickingCase.Builder b =
        TraffickingCase.builder(RecordMeta.of("urn:test", "case-" + ids++))
            .opened(PartialDate.ofYear(year));
    for (int i = 0; i < victims.length; i += 3) {
      Person p =
          Person.builder(RecordMeta.of("urn:test", "p-" + ids++))
              .sex((Sex) victims[i])
              .citizenship((String) victims[i + 1])
              .build();
      b.victim(Victim.builder(p).exploitationType(((String) victims[i + 2]).split(",")).build());
    }
    return b.build();
  }

  /**
   * 7 victims from NGA (6 F, 1 M), 6 from UKR (3 F, 3 M), 1 from ROU (F): 14 victims in 4 cases.
   */
  static List<TraffickingCase> cases() {
    List<TraffickingCase> out = new ArrayList<>();
    out.add(
        trafficking(
            2023,
            Sex.FEMALE,
            "NGA",
            "SexualExploitation",
            Sex.FEMALE,
            "NGA",
            "SexualExploitation",
            Sex.FEMALE,
            "NGA",
            "SexualExploitation"));
    out.add(
        trafficking(
            2023,
            Sex.FEMALE,
            "NGA",
            "SexualExploitation",
            Sex.FEMALE,
            "NGA",
            "ForcedLabour",
            Sex.FEMALE,
            "NGA",
            "ForcedLabour,SexualExploitation",
            Sex.MALE,
            "NGA",
            "ForcedLabour"));
    out.add(
        trafficking(
            2024,
            Sex.FEMALE,
            "UKR",
            "ForcedLabour",
            Sex.FEMALE,
            "UKR",
            "ForcedLabour",
            Sex.FEMALE,
            "UKR",
            "ForcedLabour",
            Sex.MALE,
            "UKR",
            "ForcedLabour",
            Sex.MALE,
            "UKR",
            "ForcedLabour",
            Sex.MALE,
            "UKR",
            "ForcedLabour"));
    out.add(trafficking(2024, Sex.FEMALE, "ROU", "SexualExploitation"));
    return out;
  }

  static Optional<Observation> cell(Dataset d, String... codes) {
    return d.observations().stream()
        .filter(
            o ->
                List.copyOf(o.dimensions().values())
                    .subList(0, codes.length)
                    .equals(List.of(codes)))
        .findFirst();
  }

  @Test
  void countsVictimsWithMarginalAndGrandTotalsAndSuppressesByDefault() {
    Aggregation a = Aggregation.of(RecordType.TRAFFICKING_CASE, List.of("CITIZENSHIP", "SEX"));
    int n = 1;
    for (TraffickingCase c : cases()) {
      assertThat(a.add(c, "cases.json", n++)).isTrue();
    }
    Aggregation.Result r = a.result();
    Dataset d = r.dataset();
    assertThat(d.dimensionIds()).containsExactly("CITIZENSHIP", "SEX");
    // (3 citizenships + total) x (2 sexes + total)
    assertThat(d.observations()).hasSize(12);
    assertThat(r.unitsIn()).isEqualTo(14);
    assertThat(cell(d, "_T", "_T").orElseThrow().value()).contains(BigDecimal.valueOf(14));
    CountTable t = r.table().table();
    assertThat(t.count(t.cell(0, 0))).as("NGA/F").isEqualTo(6);
    assertThat(t.count(t.cell(3, 0))).as("_T/F").isEqualTo(10);
    assertThat(t.count(t.cell(0, 2))).as("NGA/_T").isEqualTo(7);
    // threshold 5 by default for personal data: NGA/M 1, ROU/F 1, ROU/_T 1, UKR/F 3, UKR/M 3, _T/M
    // 4 are primary
    assertThat(cell(d, "NGA", "M").orElseThrow().confidentiality()).contains("A");
    assertThat(cell(d, "NGA", "M").orElseThrow().value()).isEmpty();
    assertThat(cell(d, "NGA", "M").orElseThrow().status()).contains("O");
    assertThat(r.table().count(CellStatus.PRIMARY)).isEqualTo(6);
    assertThat(d.observations())
        .allSatisfy(
            o -> {
              assertThat(o.confidentiality()).isPresent();
              assertThat(o.status()).isPresent();
              assertThat(o.value().isPresent()).isEqualTo(o.confidentiality().get().equals("F"));
            });
    assertThat(r.table().isSafe()).isTrue();
    assertThat(r.audit()).isNotEmpty().noneMatch(CellRange::isExact);
    ValidationReport report = Validation.standard().validate(d);
    assertThat(report.issues())
        .as(report.toString())
        .noneMatch(i -> i.ruleId().value().startsWith("MG-STAT"));
  }

  @Test
  void aVictimWithSeveralExploitationTypesCountsOnceAsMultiple() {
    Aggregation a =
        Aggregation.of(RecordType.TRAFFICKING_CASE, List.of("EXPLOITATION_TYPE"))
            .with(DisclosureControl.threshold(0));
    int n = 1;
    for (TraffickingCase c : cases()) {
      a.add(c, "cases.json", n++);
    }
    Dataset d = a.result().dataset();
    assertThat(cell(d, "MULTIPLE").orElseThrow().value()).contains(BigDecimal.ONE);
    assertThat(cell(d, "ForcedLabour").orElseThrow().value()).contains(BigDecimal.valueOf(8));
    assertThat(cell(d, "SexualExploitation").orElseThrow().value()).contains(BigDecimal.valueOf(5));
    assertThat(cell(d, "_T").orElseThrow().value()).contains(BigDecimal.valueOf(14));
  }

  @Test
  void namesARecordOfAnotherTypeAsLeftOut() {
    Aggregation a = Aggregation.of(RecordType.INCIDENT, List.of("ROUTE"));
    assertThat(a.add(cases().get(0), "mixed.json", 3)).isFalse();
    assertThat(a.result().leftOut())
        .containsExactly(new LeftOut("mixed.json", 3, List.of("MG-CONV-001")));
  }

  @Test
  void refusesUnknownDimensionsAndTypes() {
    assertThatThrownBy(() -> Aggregation.of(RecordType.TRAFFICKING_CASE, List.of("ROUTE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown dimension ROUTE");
    assertThatThrownBy(() -> Aggregation.of(RecordType.PERSON, List.of("SEX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot aggregate");
  }

  static List<Incident> mmp2021() throws Exception {
    Path file =
        StatisticsConformanceTest.shared()
            .resolve("data/missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv");
    List<Incident> out = new ArrayList<>();
    for (ReadResult r : StatisticsConformanceTest.read("mmp", file)) {
      assertThat(r).isInstanceOf(ReadResult.Ok.class);
      out.add((Incident) ((ReadResult.Ok) r).record());
    }
    return out;
  }

  /**
   * The 2021 export holds 43,518 dead and missing in 8,810 incidents. Aggregated without a profile
   * every one is published. Under the structural profile 192 incidents are left out (their
   * coordinates are out of range, MG-GEO-001), which is where the 43,311 came from: the 207 dead
   * and missing in them, each incident named.
   */
  @Test
  void accountsForEveryIncidentAndEveryPersonOfTheMmp2021Export() throws Exception {
    List<Incident> incidents = mmp2021();
    assertThat(incidents).hasSize(8810);
    long source = incidents.stream().mapToLong(i -> i.deadAndMissing().orElse(0)).sum();
    assertThat(source).isEqualTo(43_518);

    Aggregation all = Aggregation.of(RecordType.INCIDENT, List.of("TIME_PERIOD"));
    for (int i = 0; i < incidents.size(); i++) {
      all.add(incidents.get(i), "mmp", i + 1);
    }
    assertThat(all.result().publishedTotal()).contains(43_518L);
    assertThat(all.result().leftOut()).isEmpty();

    Validation validation = Validation.standard();
    Aggregation structural = Aggregation.of(RecordType.INCIDENT, List.of("TIME_PERIOD"));
    long leftOutPeople = 0;
    for (int i = 0; i < incidents.size(); i++) {
      ValidationReport v = validation.validate(incidents.get(i), Profile.STRUCTURAL);
      if (v.hasErrors()) {
        structural.leftOut(
            "mmp",
            i + 1,
            v.issues().stream()
                .filter(x -> x.severity().isBlocking())
                .map(x -> x.ruleId().value())
                .distinct()
                .toList());
        leftOutPeople += incidents.get(i).deadAndMissing().orElse(0);
      } else {
        structural.add(incidents.get(i), "mmp", i + 1);
      }
    }
    Aggregation.Result r = structural.result();
    // 188 coordinates out of range, 4 with more females and males than dead and missing
    assertThat(r.leftOut())
        .hasSize(192)
        .allSatisfy(
            l -> assertThat(l.rules()).hasSize(1).containsAnyOf("MG-GEO-001", "MG-INC-003"));
    assertThat(r.leftOut()).filteredOn(l -> l.rules().contains("MG-GEO-001")).hasSize(188);
    assertThat(r.counted() + r.leftOut().size()).isEqualTo(8810);
    assertThat(r.publishedTotal()).contains(43_311L);
    assertThat(leftOutPeople).isEqualTo(207);
    assertThat(r.publishedTotal().get() + leftOutPeople).isEqualTo(source);
  }

  @Test
  void bySexLeavesOutIncidentsWhoseFemalesAndMalesExceedTheTotalAndSaysWhich() throws Exception {
    List<Incident> incidents = mmp2021();
    Aggregation bySex = Aggregation.of(RecordType.INCIDENT, List.of("TIME_PERIOD", "SEX"));
    long leftOutPeople = 0;
    for (int i = 0; i < incidents.size(); i++) {
      if (!bySex.add(incidents.get(i), "mmp", i + 1)) {
        leftOutPeople += incidents.get(i).deadAndMissing().orElse(0);
      }
    }
    Aggregation.Result r = bySex.result();
    assertThat(r.leftOut())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.rules()).containsExactly("MG-INC-003"));
    assertThat(r.publishedTotal().orElseThrow() + leftOutPeople).isEqualTo(43_518);
    assertThat(r.dataset().observations())
        .allSatisfy(o -> assertThat(o.dimensions()).containsEntry("MEASURE", "DEAD_MISSING"));
    ValidationReport report = Validation.standard().validate(r.dataset());
    assertThat(report.issues()).noneMatch(i -> i.ruleId().value().startsWith("MG-STAT"));
    System.out.println(
        "MMP 2021 by TIME_PERIOD x SEX: "
            + r.leftOut().size()
            + " incidents left out (MG-INC-003) "
            + "holding "
            + leftOutPeople
            + " dead and missing; "
            + r.publishedTotal().get()
            + " published");
  }

  @Test
  void deadAndMissingAddUpToTheirTotalAsAMeasure() {
    Incident i =
        Incident.builder(RecordMeta.of("urn:test", "i1")).counts(2, 3, 5).route("X").build();
    Aggregation a = Aggregation.of(RecordType.INCIDENT, List.of("ROUTE"));
    a.add(i, "x", 1);
    Dataset d = a.result().dataset();
    assertThat(d.dimensionIds()).containsExactly("ROUTE", "MEASURE");
    assertThat(cell(d, "X", "_T").orElseThrow().value()).contains(BigDecimal.valueOf(5));
    assertThat(d.observations()).hasSize(6);
    assertThat(Map.copyOf(cell(d, "_T", "MISSING").orElseThrow().dimensions()))
        .containsEntry("ROUTE", "_T");
  }

  @Test
  void countsReturneesAndSmuggledMigrantsByTheirOwnDimensions() {
    Person a =
        Person.builder(RecordMeta.of("urn:test", "r1")).sex(Sex.FEMALE).citizenship("NGA").build();
    Person b =
        Person.builder(RecordMeta.of("urn:test", "r2")).sex(Sex.MALE).citizenship("NGA").build();
    org.mignet.core.model.ReturnCase r =
        new org.mignet.core.model.ReturnCase(
            RecordMeta.of("urn:test", "rc1"),
            a,
            org.mignet.core.model.ReturnType.ASSISTED_VOLUNTARY,
            "ROU",
            "NGA",
            null,
            Optional.of(PartialDate.ofYear(2024)),
            null,
            null,
            null,
            null);
    Aggregation returns =
        Aggregation.of(
                RecordType.RETURN_CASE, List.of("RETURN_TYPE", "HOST_COUNTRY", "TIME_PERIOD"))
            .with(DisclosureControl.threshold(0));
    assertThat(returns.add(r, "r", 1)).isTrue();
    Dataset rd = returns.result().dataset();
    assertThat(cell(rd, "ASSISTED_VOLUNTARY", "ROU", "2024").orElseThrow().value())
        .contains(BigDecimal.ONE);

    org.mignet.core.model.SmugglingCase sm =
        new org.mignet.core.model.SmugglingCase(
            RecordMeta.of("urn:test", "s1"),
            List.of(a, b),
            null,
            null,
            Optional.of("Eastern Mediterranean"),
            null,
            null,
            null,
            null);
    Aggregation smuggling =
        Aggregation.of(RecordType.SMUGGLING_CASE, List.of("ROUTE", "SEX"))
            .with(DisclosureControl.threshold(0));
    assertThat(smuggling.add(sm, "s", 1)).isTrue();
    Aggregation.Result s = smuggling.result();
    assertThat(s.unitsIn()).isEqualTo(2);
    assertThat(cell(s.dataset(), "Eastern Mediterranean", "F").orElseThrow().value())
        .contains(BigDecimal.ONE);
    assertThat(cell(s.dataset(), "_T", "_T").orElseThrow().value()).contains(BigDecimal.valueOf(2));
  }

  static TraffickingCase genderOnly(String... genders) {
    TraffickingCase.Builder b =
        TraffickingCase.builder(RecordMeta.of("urn:test", "case-" + ids++))
            .opened(PartialDate.ofYear(2020));
    for (String g : genders) {
      Person.Builder p = Person.builder(RecordMeta.of("urn:test", "p-" + ids++)).citizenship("COL");
      if (g != null) {
        p.gender(g);
      }
      b.victim(Victim.builder(p.build()).exploitationType("SexualExploitation").build());
    }
    return b.build();
  }

  @Test
  void countingBySexPeopleWhoseOnlyGenderIsRecordedWarnsWithTheirNumber() {
    Aggregation a =
        Aggregation.of(RecordType.TRAFFICKING_CASE, List.of("SEX"))
            .with(DisclosureControl.threshold(0));
    a.add(genderOnly("Feminine", "Feminine", "Masculine", "NonSpecifiedUnknown", null), "c", 1);
    a.add(trafficking(2020, Sex.FEMALE, "NGA", "ForcedLabour"), "c", 2);
    Aggregation.Result r = a.result();
    // the table is what the records say: sex unknown is _U ...
    assertThat(cell(r.dataset(), "_U").orElseThrow().value()).contains(BigDecimal.valueOf(5));
    // ... but the three people with a gender and no sex are named, not silently folded into _U
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.ruleId().value()).isEqualTo("MG-STAT-008");
              assertThat(w.message(java.util.Locale.ENGLISH))
                  .startsWith(
                      "Counted by SEX, 3 of 6 people have no sex " + "recorded but a gender")
                  .contains("count by GENDER");
            });
  }

  @Test
  void countsByGenderWithUnknownAndNoneAsUnknownAndWarnsNothing() {
    Aggregation a =
        Aggregation.of(RecordType.TRAFFICKING_CASE, List.of("GENDER"))
            .with(DisclosureControl.threshold(0));
    a.add(genderOnly("Feminine", "Feminine", "Masculine", "NonSpecifiedUnknown", null), "c", 1);
    Aggregation.Result r = a.result();
    assertThat(cell(r.dataset(), "Feminine").orElseThrow().value()).contains(BigDecimal.valueOf(2));
    assertThat(cell(r.dataset(), "Masculine").orElseThrow().value()).contains(BigDecimal.ONE);
    assertThat(cell(r.dataset(), "_U").orElseThrow().value()).contains(BigDecimal.valueOf(2));
    assertThat(cell(r.dataset(), "_T").orElseThrow().value()).contains(BigDecimal.valueOf(5));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void countingBySexWhereSexIsRecordedWarnsNothing() {
    Aggregation a = Aggregation.of(RecordType.TRAFFICKING_CASE, List.of("SEX"));
    cases().forEach(c -> a.add(c, "c", 1));
    assertThat(a.result().warnings()).isEmpty();
  }
}

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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Conformance with the HTCDS code lists as extracted from the standard's own spreadsheets ({@code
 * shared/data/htcds/derived/htcds-codelists-all-versions.csv}: v0.2, v1.0 and v2.0 Field
 * Standards).
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class HtcdsCodeListsConformanceTest {

  /** One row of the derived CSV. */
  record Row(String version, String field, int position, String name, String label) {}

  /** Old codes that deliberately have no v2.0 counterpart (field/code). */
  private static final Set<String> KNOWN_UNMAPPED =
      Set.of(
          "prs_Gender/Transgender/NonConforming",
          "vic_MethodOfRecruitment/InternetSocialMediaOnlineAdvertisement",
          "vic_MethodOfRecruitment/PublicArea",
          "vic_MethodOfRecruitment/Shelter",
          "vic_MethodOfRecruitment/Unknown",
          "vic_TypeOfExploitation/IllicitActivities");

  private static List<Row> rows;
  private final HtcdsCodeLists htcds = HtcdsCodeLists.instance();

  @BeforeAll
  static void readDerivedCsv() throws IOException {
    List<String> lines =
        Files.readAllLines(
            SharedFiles.resolve("data/htcds/derived/htcds-codelists-all-versions.csv"),
            StandardCharsets.UTF_8);
    assertThat(parseCsvLine(lines.get(0)))
        .containsExactly("version", "field", "position", "value_name", "value_label");
    rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> c = parseCsvLine(line);
      assertThat(c).as(line).hasSize(5);
      rows.add(new Row(c.get(0), c.get(1), Integer.parseInt(c.get(2)), c.get(3), c.get(4)));
    }
  }

  /** RFC 4180 fields of one line: quoted fields may contain commas and doubled quotes. */
  static List<String> parseCsvLine(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static Map<String, List<Row>> byField(String version) {
    Map<String, List<Row>> m = new LinkedHashMap<>();
    rows.stream()
        .filter(r -> r.version().equals(version))
        .sorted(java.util.Comparator.comparing(Row::field).thenComparingInt(Row::position))
        .forEach(r -> m.computeIfAbsent(r.field(), f -> new ArrayList<>()).add(r));
    return m;
  }

  @Test
  void quotedCsvFieldsKeepTheirCommas() {
    assertThat(parseCsvLine("2.0,f,1,A_X,\"Agriculture, forestry and fishing\""))
        .containsExactly("2.0", "f", "1", "A_X", "Agriculture, forestry and fishing");
  }

  @Test
  void hasACodeListForEveryV2FieldAndNoOther() {
    assertThat(htcds.fields()).containsExactlyInAnyOrderElementsOf(byField("2.0").keySet());
    assertThat(htcds.fields()).hasSize(21);
  }

  @Test
  void everyV2ListHasExactlyTheStandardsCodesInOrderWithTrimmedLabels() {
    byField("2.0")
        .forEach(
            (field, expected) -> {
              CodeList list = htcds.forField(field).orElseThrow();
              assertThat(list.id()).isEqualTo("htcds:" + field);
              assertThat(list.version()).isEqualTo("2.0");
              List<Code> want =
                  expected.stream()
                      .map(
                          r ->
                              new Code(
                                  r.name(), r.label().strip().replaceAll("\u00A0+$", "").strip()))
                      .toList();
              assertThat(list.codes()).as(field).containsExactlyElementsOf(want);
            });
  }

  @Test
  void everyV2CodeResolvesExactlyAndEveryLabelResolvesWithAndWithoutTrailingNbsp() {
    byField("2.0")
        .forEach(
            (field, expected) -> {
              CodeList list = htcds.forField(field).orElseThrow();
              for (Row r : expected) {
                assertThat(list.resolve(r.name()).kind()).isEqualTo(ResolutionKind.EXACT);
                Resolution raw = list.resolve(r.label());
                assertThat(raw.code()).as(field + " label " + r.label()).contains(r.name());
                String trimmed = r.label().replace("\u00A0", "").strip();
                assertThat(list.resolve(trimmed).code()).contains(r.name());
                assertThat(list.resolve(trimmed + "\u00A0").code()).contains(r.name());
              }
            });
  }

  @Test
  void everyOlderCodeResolvesOrIsAKnownUnmappedCode() {
    Set<String> unmappedSeen = new java.util.HashSet<>();
    for (String version : List.of("0.2", "1.0")) {
      byField(version)
          .forEach(
              (field, old) -> {
                CodeList list = htcds.forField(field).orElseThrow();
                for (Row r : old) {
                  Resolution res = list.resolve(r.name());
                  String key = field + "/" + r.name();
                  if (KNOWN_UNMAPPED.contains(key)) {
                    assertThat(res.isResolved()).as(key).isFalse();
                    assertThat(res.note())
                        .as(key)
                        .hasValueSatisfying(
                            n -> assertThat(n).contains("v" + version).contains("no"));
                    unmappedSeen.add(key);
                  } else {
                    assertThat(res.kind()).as(key).isIn(ResolutionKind.EXACT, ResolutionKind.ALIAS);
                    if (res.kind() == ResolutionKind.ALIAS) {
                      assertThat(res.note())
                          .as(key)
                          .hasValueSatisfying(n -> assertThat(n).contains("v" + version));
                    }
                  }
                }
              });
    }
    assertThat(unmappedSeen).isEqualTo(KNOWN_UNMAPPED);
  }

  @Test
  void mapsRenamedOlderCodesToTheirV2Successors() {
    CodeList exploitation = htcds.forField("vic_TypeOfExploitation").orElseThrow();
    assertThat(exploitation.resolve("IllegalAdoption").code()).contains("ForcedAdoption");
    assertThat(exploitation.resolve("ForcedMilitaryService").code())
        .contains("ForcedMilitaryByNonStateActors");
    assertThat(htcds.forField("prs_Gender").orElseThrow().resolve("Male").code())
        .contains("Masculine");
  }

  @Test
  void keepsForcedCriminalityAsASeparateExtension() {
    CodeList exploitation = htcds.forField("vic_TypeOfExploitation").orElseThrow();
    assertThat(exploitation.contains("ForcedCriminality")).isFalse();
    Resolution r = exploitation.resolve("Forced criminality");
    assertThat(r.code()).contains("ForcedCriminality");
    assertThat(r.kind()).isEqualTo(ResolutionKind.ALIAS);
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("mignet extension"));
    assertThat(htcds.isExtension("vic_TypeOfExploitation", "ForcedCriminality")).isTrue();
    assertThat(htcds.isExtension("vic_TypeOfExploitation", "ForcedLabour")).isFalse();
    assertThat(htcds.isExtension("vic_MethodsOfControl", "ForcedCriminality")).isFalse();
  }

  @Test
  void keepsTheStandardsOwnSpellings() {
    assertThat(htcds.forField("vic_RelationshipToTrafficker").orElseThrow().contains("Unaquainted"))
        .isTrue();
    assertThat(htcds.forField("vic_RecruitmentWebsitesAndApps").orElseThrow().contains("4Sale"))
        .isTrue();
    assertThat(htcds.forField("prs_Citizenship")).isEmpty();
  }
}

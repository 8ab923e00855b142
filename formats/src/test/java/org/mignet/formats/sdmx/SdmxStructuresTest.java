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
package org.mignet.formats.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.formats.tabular.SharedData;

/**
 * Conformance of the structure reader on the real SDMX-ML 2.1 structure messages in
 * ../shared/data/sdmx.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class SdmxStructuresTest {

  static Path shared() {
    return SharedData.dir();
  }

  static Path sdmx(String file) {
    return shared().resolve("data/sdmx").resolve(file);
  }

  static SdmxStructures oecd() {
    return SdmxStructures.read(sdmx("oecd-imd-dsd_mig/DSD_MIG_dataflow_metadata.xml"));
  }

  @Test
  void readsOecdDsdMigWithItsElevenCodelists() {
    SdmxStructures s = oecd();
    assertThat(s.dataflows()).hasSize(1);
    assertThat(s.dataStructures()).hasSize(1);
    assertThat(s.codelists()).hasSize(11);
    assertThat(s.codeCount()).isEqualTo(1596);
    assertThat(s.conceptSchemes()).hasSize(1);
    assertThat(s.constraints()).hasSize(2);
    assertThat(s.issues()).isEmpty();
    assertThat(s.codelist(SdmxRef.parse("OECD:CL_AREA(1.3)")).orElseThrow().codes()).hasSize(505);
    assertThat(s.codelist("CL_SEX").orElseThrow().codes()).hasSize(7);
    assertThat(s.codelist("CL_MEASURE_MIG").orElseThrow().codes())
        .hasSize(12)
        .containsKeys("B11", "B14", "B15");

    Dataflow flow = s.dataflows().get(0);
    assertThat(flow.ref()).hasToString("OECD.ELS.IMD:DSD_MIG@DF_MIG(1.0)");
    assertThat(flow.structure()).contains(SdmxRef.of("OECD.ELS.IMD", "DSD_MIG", "1.0"));
    assertThat(flow.name("fr")).contains("Base de données sur les migrations internationales");

    DataStructure dsd = s.structureFor("OECD.ELS.IMD:DSD_MIG@DF_MIG(1.0)").orElseThrow();
    assertThat(dsd.dimensionIds())
        .containsExactly(
            "REF_AREA",
            "CITIZENSHIP",
            "FREQ",
            "MEASURE",
            "SEX",
            "BIRTH_PLACE",
            "EDUCATION_LEV",
            "UNIT_MEASURE",
            "TIME_PERIOD");
    assertThat(dsd.timeDimension().map(SdmxDimension::id)).contains("TIME_PERIOD");
    SdmxDimension citizenship = dsd.dimension("CITIZENSHIP").orElseThrow();
    assertThat(citizenship.position()).isEqualTo(2);
    assertThat(citizenship.codelist()).contains(SdmxRef.of("OECD", "CL_AREA", "1.3"));
    assertThat(citizenship.concept().map(ConceptRef::toString))
        .contains("OECD.ELS.IMD:CS_MIG(1.0).CITIZENSHIP");
    assertThat(dsd.attributes())
        .extracting(SdmxAttribute::id)
        .containsExactly("OBS_STATUS", "UNIT_MULT", "DECIMALS");
    SdmxAttribute decimals = dsd.attribute("DECIMALS").orElseThrow();
    assertThat(decimals.assignment()).isEqualTo(SdmxAttribute.Assignment.CONDITIONAL);
    assertThat(decimals.level()).isEqualTo(SdmxAttribute.AttachmentLevel.DIMENSIONS);
    assertThat(decimals.dimensions()).hasSize(8).startsWith("REF_AREA");
    assertThat(dsd.attribute("OBS_STATUS").orElseThrow().level())
        .isEqualTo(SdmxAttribute.AttachmentLevel.OBSERVATION);
    assertThat(dsd.primaryMeasure()).isEqualTo("OBS_VALUE");
  }

  @Test
  void readsCodeNamesInTheirLanguagesAndParentCodes() {
    Codelist area = oecd().codelist("CL_AREA").orElseThrow();
    SdmxCode afg = area.code("AFG").orElseThrow();
    assertThat(afg.names())
        .containsEntry("en", "Afghanistan")
        .containsEntry("ar", "أفغانستان")
        .hasSize(4);
    assertThat(afg.parent()).contains("WXOECD");
    assertThat(area.code("AUS").orElseThrow().name("fr")).contains("Australie");
    assertThat(area.contains("W")).isTrue();
  }

  @Test
  void readsOecdContentConstraintsAsCubeRegions() {
    SdmxStructures s = oecd();
    ContentConstraint allowed = s.allowedConstraintsFor("OECD.ELS.IMD:DSD_MIG@DF_MIG(1.0)").get(0);
    assertThat(allowed.ref().id()).isEqualTo("CR_DSD_MIG@DF_MIG");
    assertThat(allowed.cubeRegions()).hasSize(1);
    assertThat(allowed.cubeRegions().get(0).values().get("MEASURE"))
        .containsExactly("B11", "B12", "B13", "B15", "B16");
    ContentConstraint actual =
        s.constraints().stream()
            .filter(c -> c.type() == ContentConstraint.Type.ACTUAL)
            .findFirst()
            .orElseThrow();
    assertThat(actual.cubeRegions().get(0).values().get("REF_AREA"))
        .hasSize(41)
        .contains("AUS", "USA");
    assertThat(actual.cubeRegions().get(0).timeRange().orElseThrow().start())
        .contains("1995-01-01T00:00:00");
    assertThat(actual.excludedDimension(java.util.Map.of("TIME_PERIOD", "1990")))
        .contains("TIME_PERIOD");
    assertThat(actual.excludedDimension(java.util.Map.of("TIME_PERIOD", "2024-Q4"))).isEmpty();
  }

  @Test
  void findsArtefactsByUrn() {
    SdmxStructures s = oecd();
    assertThat(s.find("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=OECD:CL_AREA(1.3)"))
        .containsInstanceOf(Codelist.class);
    assertThat(
            s.find(
                "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=OECD.ELS.IMD:DSD_MIG(1.0)"))
        .containsInstanceOf(DataStructure.class);
    assertThat(s.find("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=OECD:CL_AREA(9.9)")).isEmpty();
  }

  @Test
  void readsTheIstatStructureThatOnlyRefersToItsCodelists() {
    SdmxStructures s = SdmxStructures.read(sdmx("istat-resident-population/22_289-structure.xml"));
    assertThat(s.dataflows()).isEmpty();
    assertThat(s.codelists()).isEmpty();
    DataStructure dsd = s.dataStructures().get(0);
    assertThat(dsd.ref()).hasToString("IT1:DCIS_POPRES1(1.0)");
    assertThat(dsd.dimensionIds())
        .containsExactly(
            "FREQ", "REF_AREA", "DATA_TYPE", "SEX", "AGE", "MARITAL_STATUS", "TIME_PERIOD");
    assertThat(dsd.attribute("NOTE_DS").orElseThrow().level())
        .isEqualTo(SdmxAttribute.AttachmentLevel.DATASET);
    assertThat(s.issues()).extracting(ri -> ri.ruleId().value()).containsOnly("MG-SDMX-018");
    assertThat(s.issues()).hasSize(12);
    assertThat(s.structureFor("IT1:22_289(1.0)")).contains(dsd);
  }

  @Test
  void readsUnicefSexCodelistAndKeySetConstraint() {
    SdmxStructures s = SdmxStructures.read(sdmx("unicef-structure/GLOBAL_DATAFLOW-structure.xml"));
    assertThat(s.dataflows()).hasSize(1);
    assertThat(s.dataStructures()).hasSize(1);
    assertThat(s.codelists()).hasSize(21);
    assertThat(s.codeCount()).isEqualTo(73);
    Codelist sex =
        s.codelist(SdmxRef.parse("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=SDMX:CL_SEX(2.1)"))
            .orElseThrow();
    assertThat(sex.codes().keySet()).containsExactly("F", "M", "_N", "_O", "_T", "_U", "_Z");
    assertThat(sex.code("_T").flatMap(c -> c.name("en"))).contains("Total");
    DataStructure dsd = s.structureFor("UNICEF:GLOBAL_DATAFLOW(1.0)").orElseThrow();
    assertThat(dsd.attribute("UNIT_MEASURE").orElseThrow().isMandatory()).isTrue();
    ContentConstraint c = s.allowedConstraintsFor("UNICEF:GLOBAL_DATAFLOW(1.0)").get(0);
    assertThat(c.keySets().get(0).keys()).hasSize(3);
    assertThat(c.excludedDimension(java.util.Map.of("SEX", "_U"))).contains("SEX");
    assertThat(c.excludedDimension(java.util.Map.of("SEX", "_T"))).isEmpty();
  }

  @Test
  void takesCodelistsFromConceptsWhenAComponentHasNoLocalRepresentation() {
    SdmxStructures s = fixture();
    assertThat(s.dataStructures().get(0).dimension("SEX").orElseThrow().codelist())
        .contains(SdmxRef.of("TEST", "CL_SEX", "1.0"));
    assertThat(s.conceptSchemes().get(0).concept("REF_AREA").flatMap(c -> c.name("en")))
        .contains("Reference area");
  }

  @Test
  void throwsAParseExceptionForBrokenXmlAndReportsSkippedItems() {
    assertThatThrownBy(
            () ->
                SdmxStructures.read(
                    in("<mes:Structure xmlns:mes='m'><a></mes:Structure>"), "bad.xml"))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> assertThat(((ParseException) e).ruleId().value()).isEqualTo("MG-SDMX-001"));
    assertThatThrownBy(() -> SdmxStructures.read(in("<Data/>"), "data.xml"))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> assertThat(((ParseException) e).ruleId().value()).isEqualTo("MG-SDMX-002"));
    SdmxStructures s =
        SdmxStructures.read(
            in(
                "<Structure><Structures><Codelists><Codelist id='X'>"
                    + "<Code id='A'/></Codelist><Codelist id='Y' agencyID='T'><Code/><Code id='B'/></Codelist></Codelists>"
                    + "</Structures></Structure>"),
            "skips.xml");
    assertThat(s.codelists()).hasSize(1);
    assertThat(s.codelists().get(0).codes().keySet()).containsExactly("B");
    assertThat(s.issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-SDMX-016", "MG-SDMX-016");
    assertThat(s.issues().get(0).location().lineNumber()).isPresent();
  }

  @Test
  void reportsANameGivenTwiceInOneLanguageAndAConceptGivenTwiceWithTheirLines() {
    SdmxStructures s =
        SdmxStructures.read(
            in(
                "<Structure><Structures><Codelists>\n"
                    + "<Codelist id='Y' agencyID='T'><Name xml:lang='en'>Sex</Name>\n<Name xml:lang='en'>Gender</Name>\n"
                    + "<Code id='F'><Name xml:lang='fr'>Femmes</Name><Name xml:lang='fr'>Femme</Name></Code></Codelist>\n"
                    + "</Codelists><Concepts><ConceptScheme id='C' agencyID='T'><Concept id='SEX'/>\n<Concept id='SEX'/>"
                    + "</ConceptScheme></Concepts></Structures></Structure>"),
            "twice.xml");
    assertThat(s.issues())
        .extracting(ri -> ri.ruleId().value())
        .containsOnly("MG-SDMX-016")
        .hasSize(3);
    assertThat(s.issues()).extracting(i -> i.location().line()).containsExactly(3L, 4L, 6L);
    assertThat(s.issues().get(2).message()).contains("concept SEX twice");
  }

  @Test
  void refusesDoctypesSoExternalEntitiesAreNeverFetched() {
    String xxe =
        "<?xml version='1.0'?><!DOCTYPE s [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            + "<Structure><Structures><Codelists><Codelist id='X' agencyID='T'><Code id='A'><Name>&x;</Name></Code>"
            + "</Codelist></Codelists></Structures></Structure>";
    try {
      SdmxStructures s = SdmxStructures.read(in(xxe), "xxe.xml");
      assertThat(s.codelists().get(0).code("A").flatMap(c -> c.name("en")).orElse(""))
          .doesNotContain("root:");
    } catch (ParseException e) {
      assertThat(e.ruleId().value()).isEqualTo("MG-SDMX-001");
    }
  }

  @Test
  void parsesReferencesAndUrnsBackFromTheirText() {
    SdmxRef r = SdmxRef.parse("OECD.ELS.IMD:DSD_MIG@DF_MIG(1.0)");
    assertThat(SdmxRef.parse(r.toString())).isEqualTo(r);
    assertThat(SdmxRef.parse("SDMX:CL_SEX")).isEqualTo(SdmxRef.of("SDMX", "CL_SEX", "1.0"));
    assertThatThrownBy(() -> SdmxRef.parse("nothing")).isInstanceOf(IllegalArgumentException.class);
  }

  static SdmxStructures fixture() {
    try (InputStream in = SdmxStructuresTest.class.getResourceAsStream("test-structure.xml")) {
      return SdmxStructures.read(in, "test-structure.xml");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}

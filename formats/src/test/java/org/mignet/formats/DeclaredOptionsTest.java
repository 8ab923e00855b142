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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Incident;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.formats.FormatOptions.Direction;
import org.mignet.formats.ctdc.Ctdc;
import org.mignet.formats.htcds.Htcds;
import org.mignet.formats.sdmx.SdmxOptions;
import org.mignet.formats.sdmx.SdmxStructures;
import org.mignet.formats.tabular.TableFormat;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableWriter;

/**
 * Every option a format declares has an effect: for each declared (format, reader or writer,
 * option) there is a case here, and reading or writing with the option gives another outcome than
 * without it. A format that declares an option it ignores fails its case; a declaration without a
 * case fails {@link #everyDeclaredOptionHasACase()}.
 */
class DeclaredOptionsTest {

  /**
   * One declared option at work: the outcome with {@code with} differs from the outcome with {@code
   * base}.
   */
  record Case(
      String format,
      Direction direction,
      FormatOption<?> option,
      FormatOptions base,
      FormatOptions with,
      byte[] input,
      List<MignetRecord> records) {

    static Case reading(
        String format, FormatOption<?> option, FormatOptions base, FormatOptions with, byte[] in) {
      return new Case(format, Direction.READER, option, base, with, in, List.of());
    }

    static Case writing(
        String format,
        FormatOption<?> option,
        FormatOptions base,
        FormatOptions with,
        List<? extends MignetRecord> records) {
      return new Case(format, Direction.WRITER, option, base, with, null, List.copyOf(records));
    }

    String key() {
      return key(format, direction, option);
    }

    static String key(String format, Direction direction, FormatOption<?> option) {
      return format + " " + direction + " " + option.name();
    }

    @Override
    public String toString() {
      return key();
    }
  }

  private static final FormatOptions NONE = FormatOptions.none();

  /** ASCII read as UTF-16: nothing of the header survives. */
  private static final FormatOptions UTF_16 =
      NONE.with(FormatOptions.ENCODING, StandardCharsets.UTF_16LE);

  private static final Path MMP_SPEC = Path.of("mmp-2021-incidents");

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    List<TraffickingCase> formulaCases = cases(6, "=1+2");
    byte[] canonicalCsv = written("csv", NONE, formulaCases);
    byte[] partnerCsv = "id,note\n1,x\n".getBytes(StandardCharsets.UTF_8);
    FormatOptions mapped = NONE.with(FormatOptions.MAPPING, spec());
    FormatOptions lenient = mapped.with(FormatOptions.LENIENT, true);
    for (String tabular : List.of("csv", "hxl")) {
      cases.add(Case.reading(tabular, FormatOptions.ENCODING, NONE, UTF_16, canonicalCsv));
      cases.add(
          Case.reading(
              tabular,
              FormatOptions.MAPPING,
              NONE,
              NONE.with(FormatOptions.MAPPING, MMP_SPEC),
              canonicalCsv));
      cases.add(Case.reading(tabular, FormatOptions.LENIENT, mapped, lenient, partnerCsv));
      cases.add(
          Case.writing(
              tabular,
              FormatOptions.FOR_SPREADSHEET,
              NONE,
              NONE.with(FormatOptions.FOR_SPREADSHEET, true),
              formulaCases));
    }
    // an HXL table read by its hashtags, checked against an HXL schema
    cases.add(
        Case.reading(
            "hxl",
            org.mignet.formats.hxl.HxlDatasets.SCHEMA,
            NONE,
            NONE.with(org.mignet.formats.hxl.HxlDatasets.SCHEMA, hxlSchema()),
            "#adm1+code,#affected\nX1,5\n".getBytes(StandardCharsets.UTF_8)));
    if (WithXlsx.Support.available()) {
      cases.add(
          Case.reading(
              "xlsx",
              FormatOptions.MAPPING,
              NONE,
              NONE.with(FormatOptions.MAPPING, MMP_SPEC),
              written("xlsx", NONE, formulaCases)));
      cases.add(
          Case.reading(
              "xlsx", FormatOptions.LENIENT, mapped, lenient, workbook("id", "note", "1", "x")));
      // a workbook neutralises formula-like cells unless told not to
      cases.add(
          Case.writing(
              "xlsx",
              FormatOptions.FOR_SPREADSHEET,
              NONE,
              NONE.with(FormatOptions.FOR_SPREADSHEET, false),
              formulaCases));
    }

    cases.add(
        Case.reading(
            Htcds.TABLE,
            FormatOptions.ENCODING,
            NONE,
            UTF_16,
            ",prs_FirstName\nc1,Zoe\n".getBytes(StandardCharsets.US_ASCII)));
    if (WithXlsx.Support.available()) {
      cases.add(
          Case.writing(
              Htcds.TABLE, Htcds.WORKBOOK, NONE, NONE.with(Htcds.WORKBOOK, true), formulaCases));
    }
    cases.add(
        Case.writing(
            Htcds.TABLE,
            FormatOptions.FOR_SPREADSHEET,
            NONE,
            NONE.with(FormatOptions.FOR_SPREADSHEET, true),
            formulaCases));

    cases.add(
        Case.reading(
            Ctdc.NAME,
            FormatOptions.ENCODING,
            NONE,
            UTF_16,
            ("yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isForcedLabour\n"
                    + "2021,Woman,09--17,NGA,ITA,1\n")
                .getBytes(StandardCharsets.US_ASCII)));
    cases.add(Case.writing(Ctdc.NAME, Ctdc.K, NONE, NONE.with(Ctdc.K, 2), formulaCases));
    FormatOptions k2 = NONE.with(Ctdc.K, 2);
    cases.add(
        Case.writing(
            Ctdc.NAME,
            Ctdc.QUASI_IDENTIFIERS,
            k2,
            k2.with(Ctdc.QUASI_IDENTIFIERS, "gender"),
            formulaCases));
    cases.add(
        Case.writing(
            Ctdc.NAME,
            Ctdc.MAX_BUFFERED_ROWS,
            NONE,
            NONE.with(Ctdc.MAX_BUFFERED_ROWS, 2),
            formulaCases));
    FormatOptions genderOnly = k2.with(Ctdc.QUASI_IDENTIFIERS, "gender");
    cases.add(
        Case.writing(
            Ctdc.NAME,
            FormatOptions.FOR_SPREADSHEET,
            genderOnly,
            genderOnly.with(FormatOptions.FOR_SPREADSHEET, true),
            cases(6, "Name", "-ITA")));

    List<Dataset> unknownFlow = List.of(dataset("OTHER:DF_X(1.0)"));
    FormatOptions structure = NONE.with(SdmxOptions.STRUCTURE, structureFile());
    FormatOptions structures =
        NONE.with(SdmxOptions.STRUCTURES, SdmxStructures.read(structureFile()));
    for (String sdmx : List.of("sdmx-csv", "sdmx-json", "sdmx-ml")) {
      byte[] message = written(sdmx, NONE, unknownFlow);
      cases.add(Case.reading(sdmx, SdmxOptions.STRUCTURE, NONE, structure, message));
      cases.add(Case.reading(sdmx, SdmxOptions.STRUCTURES, NONE, structures, message));
    }
    cases.add(
        Case.reading(
            "sdmx-json",
            SdmxOptions.LIMITS,
            NONE,
            NONE.with(SdmxOptions.LIMITS, ReadLimits.defaults().withMaxRecordBytes(16)),
            written("sdmx-json", NONE, unknownFlow)));
    // with a structure the columns are the data structure's (SEX too), not the first dataset's
    List<Dataset> testFlow = List.of(dataset("TEST:DF_T(1.0)"));
    cases.add(Case.writing("sdmx-csv", SdmxOptions.STRUCTURE, NONE, structure, testFlow));
    cases.add(Case.writing("sdmx-csv", SdmxOptions.STRUCTURES, NONE, structures, testFlow));
    cases.add(
        Case.writing(
            "sdmx-csv",
            FormatOptions.FOR_SPREADSHEET,
            NONE,
            NONE.with(FormatOptions.FOR_SPREADSHEET, true),
            List.of(dataset("=3+3:DF_X(1.0)"))));

    cases.add(
        Case.writing(
            "mmp",
            FormatOptions.FOR_SPREADSHEET,
            NONE,
            NONE.with(FormatOptions.FOR_SPREADSHEET, true),
            List.of(
                Incident.builder(RecordMeta.of("mmp", "1"))
                    .counts(2, 9, 11)
                    .route("=3+3")
                    .build())));
    // the ICAO Utopia TD3 with its birth date misread (740BIZ for 740812): refused as written,
    // corrected when tolerant
    cases.add(
        Case.reading(
            "mrz",
            org.mignet.formats.mrz.MrzOptions.OCR_TOLERANT,
            NONE,
            NONE.with(org.mignet.formats.mrz.MrzOptions.OCR_TOLERANT, true),
            ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                    + "L898902C36UTO740BIZZF1204159ZE184226B<<<<<10\n")
                .getBytes(StandardCharsets.US_ASCII)));
    return cases.stream();
  }

  /** An HXL schema wanting every #affected figure to be at least 10. */
  private static Path hxlSchema() {
    try {
      Path p = java.nio.file.Files.createTempFile("hxl-schema-", ".csv");
      p.toFile().deleteOnExit();
      java.nio.file.Files.writeString(p, "#valid_tag,#valid_value+min\n#affected,10\n");
      return p;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Complete only with the workbook cases: runs in mignet-formats-xlsx. */
  @Test
  @WithXlsx
  void everyDeclaredOptionHasACase() {
    Set<String> declared = new TreeSet<>();
    for (Format f : Formats.all()) {
      for (Direction d : Direction.values()) {
        d.options(f).forEach(o -> declared.add(Case.key(f.name(), d, o)));
      }
    }
    assertThat(cases().map(Case::key).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(declared);
  }

  /** Here without the workbook cases; in mignet-formats-xlsx with them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @org.junit.jupiter.api.Tag(WithXlsx.TAG)
  void aDeclaredOptionChangesWhatIsReadOrWritten(Case c) {
    assertThat(c.base().get(c.option())).as("the base options leave the option out").isEmpty();
    assertThat(c.with().get(c.option())).as("the options under test set it").isPresent();
    String base = outcome(c, c.base());
    assertThat(outcome(c, c.base())).as("the outcome is the same each time").isEqualTo(base);
    assertThat(outcome(c, c.with())).isNotEqualTo(base);
  }

  /**
   * What reading or writing gives: the results read, or the output (a workbook's cells as stored),
   * or the failure.
   */
  private static String outcome(Case c, FormatOptions options) {
    Format format = Formats.named(c.format());
    try {
      if (c.direction() == Direction.READER) {
        return read(format, c.input(), options);
      }
      byte[] out = written(c.format(), options, c.records());
      boolean workbook = out.length > 1 && out[0] == 'P' && out[1] == 'K';
      return workbook ? cells(out) + "\n" + sheetXml(out) : new String(out, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String read(Format format, byte[] input, FormatOptions options) {
    List<String> results = new ArrayList<>();
    try (RecordReader r = format.reader(new ByteArrayInputStream(input), "in", options)) {
      r.forEachRemaining(x -> results.add(x.toString()));
    }
    return String.join("\n", results);
  }

  /**
   * The sheets and styles as stored (a quote-prefix style neutralises a cell without changing its
   * value).
   */
  private static String sheetXml(byte[] workbook) {
    try {
      java.nio.file.Path tmp = java.nio.file.Files.createTempFile("options-", ".xlsx");
      try {
        java.nio.file.Files.write(tmp, workbook);
        StringBuilder b = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
          for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
            if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/styles.xml")) {
              b.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
        return b.toString();
      } finally {
        java.nio.file.Files.deleteIfExists(tmp);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String cells(byte[] workbook) {
    List<String> rows = new ArrayList<>();
    try (TableReader r =
        TableReader.builder()
            .format(TableFormat.XLSX)
            .open(new ByteArrayInputStream(workbook), "out.xlsx")) {
      rows.add(r.header().toString());
      r.forEachRemaining(row -> rows.add(row.raw().toString()));
    }
    return String.join("\n", rows);
  }

  private static byte[] written(
      String format, FormatOptions options, List<? extends MignetRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named(format).writer(out, options)) {
      records.forEach(w::write);
    }
    return out.toByteArray();
  }

  /**
   * Cases of victims named {@code name}, exploited in {@code country}, all Nigerian but the last
   * (Vietnamese).
   */
  private static List<TraffickingCase> cases(int n, String name, String... country) {
    List<TraffickingCase> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Person p =
          Person.builder(RecordMeta.of("urn:t", "p" + i))
              .name(PersonName.of(name, "Family"))
              .gender("Feminine")
              .age(ReportedAge.of(AgeRange.exactly(20 + i), PartialDate.ofYear(2020)))
              .citizenship(i < n - 1 ? "NGA" : "VNM")
              .build();
      list.add(
          TraffickingCase.builder(RecordMeta.of("urn:t", "c" + i))
              .opened(PartialDate.ofYear(2020))
              .victim(
                  Victim.builder(p)
                      .exploitationPlace(Place.country(country.length > 0 ? country[0] : "ITA"))
                      .exploitationType("SexualExploitation")
                      .build())
              .build());
    }
    return list;
  }

  private static List<TraffickingCase> cases(int n, String name) {
    return cases(n, name, new String[0]);
  }

  private static Dataset dataset(String flow) {
    Observation o =
        new Observation(
            Map.of("REF_AREA", "DEU", "TIME_PERIOD", "2020"),
            Optional.of(BigDecimal.ONE),
            Optional.empty(),
            Optional.of("PS"),
            Optional.of("A"),
            Optional.empty(),
            Map.of());
    return new Dataset(
        RecordMeta.of("urn:sdmx:dataset", flow),
        flow,
        Optional.empty(),
        List.of("REF_AREA", "TIME_PERIOD"),
        Map.of(),
        List.of(o));
  }

  private static byte[] mmpRowWithMoreFemalesThanDead() {
    String header =
        "\"Main ID\",\"Incident ID\",Region,\"Incident Date\",Year,\"Reported Month\","
            + "\"Number Dead\",\"Minimum Estimated Number of Missing\",\"Number of Survivors\",\"Number of Females\","
            + "\"Number of Males\",\"Number of Children\",\"Region of Origin\",\"Cause of Death\",\"Country of Origin\","
            + "\"Location of death\",\"Information Source\",Coordinates,\"Migration route\",URL,"
            + "\"UNSD Geographical Grouping\",\"Source Quality\"\n";
    String row =
        "2024.MMP00001,2024.MMP00001,\"Mediterranean\",\"Mon, 01/01/2024 - 12:00\",2024,January,3,4,,50,2,,"
            + "\"Northern Africa\",\"Drowning\",Egypt,\"Off the coast of Libya\",\"IOM Libya\",\"32.9, 13.1\","
            + "\"Central Mediterranean\",https://example.org/x,\"Northern Africa\",4\n";
    return (header + row).getBytes(StandardCharsets.UTF_8);
  }

  /** A spec for {@code id,note}: maps id, leaves note unmapped (dropped, or kept when lenient). */
  private static Path spec() {
    return temp(
        "spec",
        ".json",
        """
        {"mappingSpec": "1.0", "name": "t", "recordType": "Incident",
         "constants": {"/meta/identifier/system": "s"},
         "columns": [{"column": "id", "to": "/meta/identifier/value"}]}
        """
            .getBytes(StandardCharsets.UTF_8));
  }

  /** The test structure (dataflow TEST:DF_T by REF_AREA, SEX, TIME_PERIOD) as a file. */
  private static Path structureFile() {
    try (InputStream in =
        DeclaredOptionsTest.class.getResourceAsStream("sdmx/test-structure.xml")) {
      return temp("structure", ".xml", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] workbook(String... cells) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.xlsx().open(out)) {
      for (int i = 0; i < cells.length; i += 2) {
        w.writeRow(cells[i], cells[i + 1]);
      }
    }
    return out.toByteArray();
  }

  private static Path temp(String prefix, String suffix, byte[] content) {
    try {
      Path file = Files.createTempFile(prefix, suffix);
      file.toFile().deleteOnExit();
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

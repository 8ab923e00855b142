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
package org.mignet.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * A mapping spec's {@code recordMeta} takes record metadata from each row's column or from the file
 * name, besides constants: dates in the declared form, a cell that is not one refused with its line
 * (MG-TAB-030), a name that does not give one said once (MG-TAB-031); and a real file passes the
 * {@code exchange} metadata rules through a shipped spec.
 */
class RecordMetaFromColumnsTest {

  private static final String SPEC =
      "{\"mappingSpec\": \"1.0\", \"name\": \"t\", \"dataflow\": \"X:Y(1.0)\", "
          + "\"recordMeta\": {\"sourceOrganization\": {\"column\": \"Publisher\"}, "
          + "\"created\": {\"column\": \"Extracted\", \"dateFormat\": \"dd/MM/yyyy\"}, "
          + "\"updated\": {\"fromSource\": \"_(\\\\d{8})\\\\.csv$\", \"dateFormat\": \"yyyyMMdd\"}}, "
          + "\"columns\": [{\"column\": \"Year\", \"to\": \"/dimensions/TIME_PERIOD\"}, "
          + "{\"column\": \"Value\", \"to\": \"/value\"}]}";

  private static final String TABLE =
      "Year,Value,Publisher,Extracted\n2020,5,UNHCR,16/03/2021\n"
          + "2021,6,,\n2022,7,UNHCR,2021-03-16\n";

  private static List<ReadResult> read(String spec, String table, String name) throws IOException {
    MappingSpec mapping =
        MappingSpec.parse(
            new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), "t.json");
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r =
        new MappedReader(
            new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)),
            name,
            mapping,
            null,
            null)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static RecordMeta meta(ReadResult r) {
    return ((ReadResult.Ok) r).record().meta();
  }

  private static List<String> rules(ReadResult r) {
    return r.issues().stream().map(ri -> ri.ruleId().value()).toList();
  }

  @Test
  void fillsEachRecordsMetadataFromItsRowAndTheFileName() throws IOException {
    List<ReadResult> rows = read(SPEC, TABLE, "table_20210401.csv");

    assertThat(rows).hasSize(3);
    RecordMeta first = meta(rows.get(0));
    assertThat(first.sourceOrganization()).hasValue("UNHCR");
    assertThat(first.created()).hasValue(Instant.parse("2021-03-16T00:00:00Z"));
    assertThat(first.updated()).hasValue(Instant.parse("2021-04-01T00:00:00Z"));
    // empty cells leave the fields empty; the file name still gives the update
    RecordMeta second = meta(rows.get(1));
    assertThat(second.sourceOrganization()).isEmpty();
    assertThat(second.created()).isEmpty();
    assertThat(second.updated()).hasValue(Instant.parse("2021-04-01T00:00:00Z"));
  }

  @Test
  void aDateCellNotOfTheDeclaredFormRefusesItsRowNamingTheColumnAndLine() throws IOException {
    ReadResult third = read(SPEC, TABLE, "table_20210401.csv").get(2);

    assertThat(third).isInstanceOf(ReadResult.Failed.class);
    Issue bad =
        third.issues().stream()
            .filter(i -> i.ruleId().value().equals("MG-TAB-030"))
            .findFirst()
            .orElseThrow();
    assertThat(bad.location().lineNumber()).hasValue(4);
    assertThat(bad.location().columnNumber()).hasValue(4);
    assertThat(bad.pointer()).isEqualTo("/meta/created");
    assertThat(bad.message()).contains("Extracted").contains("dd/MM/yyyy");
  }

  @Test
  void aFileNameWithoutTheDateIsSaidOnceAndTheRecordsAreReadWithoutIt() throws IOException {
    List<ReadResult> rows = read(SPEC, TABLE, "renamed.csv");

    assertThat(rules(rows.get(0))).containsOnlyOnce("MG-TAB-031");
    assertThat(rules(rows.get(1))).doesNotContain("MG-TAB-031");
    assertThat(meta(rows.get(0)).updated()).isEmpty();
    assertThat(meta(rows.get(0)).created()).hasValue(Instant.parse("2021-03-16T00:00:00Z"));
  }

  @Test
  void aRecordMetaColumnMissingFromTheHeaderRefusesTheTableUnlessOptional() throws IOException {
    String table = "Year,Value,Publisher\n2020,5,UNHCR\n";
    List<ReadResult> refused = read(SPEC, table, "table_20210401.csv");
    assertThat(refused)
        .singleElement()
        .satisfies(r -> assertThat(rules(r)).containsExactly("MG-TAB-005"));

    String optional =
        SPEC.replace(
            "\"column\": \"Extracted\",", "\"column\": \"Extracted\", \"optional\": true,");
    List<ReadResult> read = read(optional, table, "table_20210401.csv");
    assertThat(read).singleElement().satisfies(r -> assertThat(meta(r).created()).isEmpty());
  }

  @Test
  void refusesRecordMetaSourcesItCannotUse() {
    for (String meta :
        List.of(
            "{\"created\": {\"column\": \"a\", \"fromSource\": \"(x)\"}}",
            "{\"created\": {\"fromSource\": \"no group\"}}",
            "{\"sourceOrganization\": {\"column\": \"a\", " + "\"dateFormat\": \"yyyy\"}}",
            "{\"updated\": \"2024-01-01\"}",
            "{\"created\": {\"column\": \"a\", \"dateFormat\": \"qqqqqqq\"}}",
            "{\"created\": {\"column\": \"a\", \"format\": \"yyyy\"}}")) {
      String spec =
          "{\"mappingSpec\": \"1.0\", \"name\": \"t\", \"dataflow\": \"X:Y(1.0)\", \"recordMeta\": "
              + meta
              + ", \"columns\": [{\"column\": \"v\", \"to\": \"/value\"}]}";
      assertThatThrownBy(
              () ->
                  MappingSpec.parse(
                      new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), "t.json"))
          .as(meta)
          .isInstanceOf(ParseException.class)
          .hasMessageContaining("recordMeta");
    }
  }

  /**
   * The Missing Migrants 2021 export through the shipped {@code mmp-2021-incidents} spec passes the
   * {@code exchange} profile: the spec names the publisher and takes the export time from the file
   * name (MG-META-010, MG-META-011), and maps every column, so no incident carries an opaque
   * extension that would count as personal data (MG-META-012) under a key that is not {@code
   * prefix:name} (MG-META-014). The only records refused are those whose data break a rule, which
   * the test counts itself from the file: coordinates written longitude first (a latitude beyond
   * ±90, MG-GEO-001) and more females and males than dead and missing (MG-INC-003).
   */
  @Test
  @Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
  void theMmp2021ExportPassesTheExchangeProfileThroughItsSpecButForItsDataErrors()
      throws IOException {
    Path file = SharedData.data("missing-migrants/MissingMigrants-Global-2021-09-05T18-37-06.csv");
    List<List<String>> table = SimpleCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
    int rows = table.size() - 1;
    List<String> header = table.get(0);
    long swapped = 0;
    long sexes = 0;
    long either = 0;
    for (List<String> row : table.subList(1, table.size())) {
      String c = row.get(header.indexOf("Location Coordinates")).strip();
      boolean geo = !c.isEmpty() && Math.abs(Double.parseDouble(c.split(",")[0].strip())) > 90;
      boolean sex =
          count(row.get(header.indexOf("Number of Females")))
                  + count(row.get(header.indexOf("Number of Males")))
              > count(row.get(header.indexOf("Total Dead and Missing")));
      swapped += geo ? 1 : 0;
      sexes += sex ? 1 : 0;
      either += geo || sex ? 1 : 0;
    }
    Path spec =
        Path.of("src/main/resources/org/mignet/formats/tabular/mappings/mmp-2021-incidents.json");
    Map<String, Long> rules = new TreeMap<>();
    List<Instant> created = new ArrayList<>();
    ConversionReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report =
          Conversion.from(Formats.named("csv"))
              .options(FormatOptions.none().with(FormatOptions.MAPPING, spec))
              .validating(Validation.standard(), Profile.EXCHANGE)
              .maxIssues(Integer.MAX_VALUE)
              .check(
                  in,
                  file.getFileName().toString(),
                  o -> o.issues().forEach(i -> rules.merge(i.ruleId().value(), 1L, Long::sum)));
    }
    MappingSpec mapping;
    try (InputStream s = Files.newInputStream(spec)) {
      mapping = MappingSpec.parse(s, spec.toString());
    }
    try (InputStream in = Files.newInputStream(file);
        RecordReader r = new MappedReader(in, file.getFileName().toString(), mapping, null, null)) {
      r.forEachRemaining(
          x -> {
            if (x instanceof ReadResult.Ok ok) {
              created.add(ok.record().meta().created().orElse(null));
            }
          });
    }
    assertThat(report.read()).isEqualTo(rows);
    assertThat(rules)
        .doesNotContainKeys(
            "MG-META-010", "MG-META-011", "MG-META-012", "MG-META-014", "MG-TAB-031");
    assertThat(created).isNotEmpty().containsOnly(Instant.parse("2021-09-05T18:37:06Z"));
    assertThat(swapped).isEqualTo(188);
    assertThat(rules)
        .containsOnly(Map.entry("MG-GEO-001", swapped), Map.entry("MG-INC-003", sexes));
    assertThat(report.rejected()).isEqualTo(either);
    System.out.printf(
        "MMP 2021 through its spec, exchange: %d read, %d valid, %d invalid; rules %s%n",
        report.read(), report.read() - report.rejected(), report.rejected(), rules);
  }

  /** A count cell as the export writes it ("1,022"); empty is 0. */
  private static int count(String cell) {
    String c = cell.replace(",", "").strip();
    return c.isEmpty() ? 0 : Integer.parseInt(c);
  }
}

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.model.ContactPoint;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Organization;
import org.mignet.core.model.OrganizationType;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.json.ReportJson;
import org.mignet.formats.privacy.SharingPolicy;
import org.mignet.formats.tabular.SharedData;

/**
 * A conversion or check on several threads ({@link Conversion#parallelism}) writes the same bytes,
 * reports the same counts, issues, losses and transformations, and tells its listener of the same
 * records in the same order as on one thread: on generated input that mixes every fate a record can
 * meet, and on real agency files.
 */
class ParallelConversionTest {

  private static final long SEED = 20261207L;

  /**
   * What one run gave: the output, the report as JSON and each record's outcome, in the order
   * heard.
   */
  private record Run(byte[] output, String report, List<String> outcomes) {}

  private static Run convert(Conversion conversion, byte[] input, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> outcomes = new ArrayList<>();
    ConversionReport report =
        conversion.run(new ByteArrayInputStream(input), name, out, o -> outcomes.add(o.toString()));
    return new Run(out.toByteArray(), ReportJson.toJson(report), outcomes);
  }

  private static Run check(Conversion conversion, byte[] input, String name) {
    List<String> outcomes = new ArrayList<>();
    ConversionReport report =
        conversion.check(new ByteArrayInputStream(input), name, o -> outcomes.add(o.toString()));
    return new Run(new byte[0], ReportJson.toJson(report), outcomes);
  }

  private static void assertSame(Run parallel, Run single) {
    assertThat(parallel.outcomes()).containsExactlyElementsOf(single.outcomes());
    assertThat(parallel.report()).isEqualTo(single.report());
    assertThat(parallel.output()).isEqualTo(single.output());
  }

  /**
   * Generated NDJSON of {@code count} lines: valid cases, cases with a wrong country code (an error
   * under every profile), cases without the metadata filled by the conversion, lines that cannot be
   * read, and records of types HTCDS does not carry, in a seeded random order.
   */
  static byte[] mixedInput(int count, long seed) {
    Random r = new Random(seed);
    CanonicalJson json = CanonicalJson.standard();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int kind = r.nextInt(10);
      String line;
      if (kind == 0) {
        line = "{\"recordType\": \"TraffickingCase\", \"meta\": ";
      } else if (kind == 1) {
        MignetRecord other =
            Organization.of(
                RecordMeta.of("iom", "ORG-" + i), "Org " + i, "O" + i, OrganizationType.GOVERNMENT);
        line = json.toJson(other);
      } else {
        line = json.toJson(trafficking(i, kind == 2 ? "ZZZ" : "NGA", r));
      }
      b.append(line.replace('\n', ' ')).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static TraffickingCase trafficking(int i, String citizenship, Random r) {
    RecordMeta meta = RecordMeta.of("iom", "CT-" + i);
    Person.Builder person =
        Person.builder(RecordMeta.of("iom", "V-" + i))
            .name(PersonName.full("Name " + Integer.toHexString(r.nextInt())))
            .birthDate(PartialDate.parse((1950 + r.nextInt(60)) + "-0" + (1 + r.nextInt(9))))
            .citizenship(citizenship);
    if (r.nextBoolean()) {
      person.contact(new ContactPoint(ContactPoint.Kind.EMAIL, "v" + i + "@example.org"));
    }
    return TraffickingCase.builder(meta).victim(Victim.builder(person.build()).build()).build();
  }

  private static SharingPolicy policy(Path dir) throws IOException {
    Path p = dir.resolve("policy.json");
    Files.writeString(
        p,
        "{\"agreement\": \"A-1\", \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", "
            + "\"QUASI_IDENTIFIER\": \"generalise\", \"SENSITIVE\": \"keep\"}}");
    return SharingPolicy.read(p);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 8})
  void aConversionOnSeveralThreadsWritesAndReportsExactlyWhatOneThreadDoes(
      int threads, @TempDir Path dir) throws IOException {
    byte[] input = mixedInput(1_000, SEED);
    Conversion conversion =
        Conversion.from(Formats.named("ndjson"))
            .to(Formats.named("htcds"))
            .rejectingInvalid(Validation.standard(), Profile.EXCHANGE)
            .policy(policy(dir))
            .fillingMeta(MetaDefaults.parse("sourceOrganization=IOM,legalBasis=consent"));

    Run single = convert(conversion, input, "cases.ndjson");
    Run parallel = convert(conversion.parallelism(threads), input, "cases.ndjson");

    // the input meets every fate, so the comparison covers each of them
    assertThat(single.report()).contains("MG-CONV-001", "MG-CONV-003", "\"lost\"");
    assertThat(single.outcomes()).hasSize(1_000);
    assertSame(parallel, single);
  }

  @Test
  void aCheckOnSeveralThreadsHearsOfEveryRecordInInputOrder() {
    byte[] input = mixedInput(1_000, SEED + 1);
    Conversion conversion =
        Conversion.from(Formats.named("ndjson"))
            .validating(Validation.standard(), Profile.STRUCTURAL);

    Run single = check(conversion, input, "cases.ndjson");
    Run parallel = check(conversion.parallelism(4), input, "cases.ndjson");

    assertSame(parallel, single);
    List<Long> numbers =
        parallel.outcomes().stream()
            .map(
                o ->
                    Long.parseLong(
                        o.substring(
                            o.indexOf("number=") + 7, o.indexOf(',', o.indexOf("number=")))))
            .toList();
    assertThat(numbers).isSorted().doesNotHaveDuplicates().hasSize(1_000);
  }

  /**
   * Cross-record keys are hashed on the workers and UTF-8 is checked there too; the repeats and the
   * undecodable lines are still reported where one thread reports them, in the same order.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void repeatedIdentifiersAndUndecodableLinesAreReportedAsOnOneThread(int threads) {
    byte[] mixed = mixedInput(600, SEED + 3);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String[] lines = new String(mixed, StandardCharsets.UTF_8).split("\n");
    CanonicalJson json = CanonicalJson.standard();
    Random r = new Random(SEED + 4);
    for (int i = 0; i < lines.length; i++) {
      b.writeBytes(lines[i].getBytes(StandardCharsets.UTF_8));
      b.write('\n');
      if (i % 7 == 3) {
        // an identifier an earlier line used (CT-<i> of another line): MG-XREC-001
        b.writeBytes(
            json.toJson(trafficking(r.nextInt(i + 1), "NGA", r))
                .replace('\n', ' ')
                .getBytes(StandardCharsets.UTF_8));
        b.write('\n');
      }
      if (i % 50 == 10) {
        // an overlong encoding of '/' inside a string: not UTF-8, MG-READ-014
        b.writeBytes("{\"recordType\": \"".getBytes(StandardCharsets.UTF_8));
        b.write(0xC0);
        b.write(0xAF);
        b.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] input = b.toByteArray();
    Conversion conversion =
        Conversion.from(Formats.named("ndjson"))
            .validating(Validation.standard(), org.mignet.core.validation.Profile.EXCHANGE)
            .maxIssues(100_000);

    Run single = check(conversion, input, "cases.ndjson");
    Run parallel = check(conversion.parallelism(threads), input, "cases.ndjson");

    assertThat(single.report()).contains("MG-XREC-001", "MG-READ-014");
    assertSame(parallel, single);
  }

  @Test
  void aMissingMigrantsExportConvertsTheSameOnTwoThreads() throws IOException {
    byte[] input =
        Files.readAllBytes(
            SharedData.data("missing-migrants/MissingMigrants-Global-2023-12-07--16_49_29.csv"));
    Conversion conversion =
        Conversion.from(Formats.named("mmp"))
            .to(Formats.named("ndjson"))
            .validating(Validation.standard(), Profile.EXCHANGE);

    Run single = convert(conversion, input, "mmp-2023.csv");
    Run parallel = convert(conversion.parallelism(2), input, "mmp-2023.csv");

    assertThat(single.outcomes()).hasSizeGreaterThan(1_000);
    assertSame(parallel, single);
  }

  @Test
  void theCtdcExcerptConvertsTheSameOnThreeThreads(@TempDir Path dir) throws IOException {
    byte[] input =
        Files.readAllBytes(SharedData.data("ctdc/ctdc-global-dataset-14apr2020-EXCERPT.csv"));
    Conversion conversion =
        Conversion.from(Formats.named("ctdc"))
            .to(Formats.named("ndjson"))
            .rejectingInvalid(Validation.standard(), Profile.STRUCTURAL)
            .policy(policy(dir));

    Run single = convert(conversion, input, "ctdc.csv");
    Run parallel = convert(conversion.parallelism(3), input, "ctdc.csv");

    assertThat(single.outcomes()).isNotEmpty();
    assertSame(parallel, single);
  }

  @Test
  void aReaderThatGivesUpEndsTheRunAfterTheRecordsBeforeIt() {
    byte[] valid = mixedInput(400, SEED + 2);
    byte[] input = new byte[valid.length + 1];
    System.arraycopy(valid, 0, input, 0, valid.length);
    input[valid.length] = (byte) 0xff; // not UTF-8: the NDJSON reader cannot go on
    Conversion conversion =
        Conversion.from(Formats.named("ndjson"))
            .to(Formats.named("ndjson"))
            .validating(Validation.standard(), Profile.STRUCTURAL);

    Run single = convert(conversion, input, "cut.ndjson");
    Run parallel = convert(conversion.parallelism(2), input, "cut.ndjson");

    assertSame(parallel, single);
  }

  @Test
  void refusesFewerThanOneThread() {
    Conversion conversion = Conversion.from(Formats.named("ndjson"));
    assertThatThrownBy(() -> conversion.parallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= 1");
  }
}

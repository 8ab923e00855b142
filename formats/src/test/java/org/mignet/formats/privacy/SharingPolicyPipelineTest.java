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
package org.mignet.formats.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.model.ContactPoint;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.json.CanonicalJson;

/**
 * Sharing policies are the pipeline's: applied from the model's marks for every writer, failing
 * closed.
 */
class SharingPolicyPipelineTest {

  private static final TraffickingCase CASE =
      TraffickingCase.builder(RecordMeta.of("iom", "CT-77"))
          .victim(
              Victim.builder(
                      Person.builder(RecordMeta.of("iom", "V-77"))
                          .name(PersonName.full("Zanele Quarrington"))
                          .birthDate(PartialDate.parse("1999-06-14"))
                          .contact(new ContactPoint(ContactPoint.Kind.EMAIL, "zq@example.org"))
                          .citizenship("NGA")
                          .build())
                  .build())
          .build();

  private static byte[] ndjson() {
    return (CanonicalJson.standard().toJson(CASE) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static List<String> writersOfCases() {
    return Formats.all().stream()
        .filter(Format::isWritable)
        .filter(org.mignet.formats.WithXlsx.Support::usable)
        .filter(f -> f.carries().contains(RecordType.TRAFFICKING_CASE))
        .map(Format::name)
        .toList();
  }

  private static String text(byte[] out) throws Exception {
    if (out.length > 2 && out[0] == 'P' && out[1] == 'K') {
      StringBuilder b = new StringBuilder();
      Path tmp = Files.createTempFile("policy-test-", ".xlsx");
      try {
        Files.write(tmp, out);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
          for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            b.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return b.toString();
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static SharingPolicy policy(Path dir, String json) throws Exception {
    Path p = dir.resolve("policy.json");
    Files.writeString(p, json);
    return SharingPolicy.read(p);
  }

  private static final String DROP_DIRECT_GENERALISE_QUASI =
      "{\"agreement\": \"A-1\", \"categories\": "
          + "{\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"generalise\", \"SENSITIVE\": \"keep\"}}";

  @ParameterizedTest
  @MethodSource("writersOfCases")
  @org.junit.jupiter.api.Tag(
      org.mignet.formats.WithXlsx.TAG) // also with workbooks, in mignet-formats-xlsx
  void everyWriterGetsTheRecordOnlyAfterThePolicy(String target, @TempDir Path dir)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport report =
        Conversion.from(Formats.named("json"))
            .to(Formats.named(target))
            .policy(policy(dir, DROP_DIRECT_GENERALISE_QUASI))
            .run(new ByteArrayInputStream(ndjson()), "in.json", out);
    String written = text(out.toByteArray());
    assertThat(written)
        .as(target)
        .doesNotContain("Zanele")
        .doesNotContain("Quarrington")
        .doesNotContain("zq@example.org")
        .doesNotContain("1999-06");
    assertThat(report.transformed())
        .extracting(t -> t.pointer() + " " + t.action())
        .contains(
            "/victims/*/person/names dropped",
            "/victims/*/person/contacts dropped",
            "/victims/*/person/birthDate generalised");
  }

  @Test
  void generalisesABirthDateToItsYearAndKeepsCodes(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Conversion.from(Formats.named("json"))
        .to(Formats.named("ndjson"))
        .policy(policy(dir, DROP_DIRECT_GENERALISE_QUASI))
        .run(new ByteArrayInputStream(ndjson()), "in.json", out);
    TraffickingCase back =
        (TraffickingCase) CanonicalJson.standard().fromJson(out.toString(StandardCharsets.UTF_8));
    Person p = back.victims().get(0).person();
    assertThat(p.birthDate()).contains(PartialDate.ofYear(1999));
    assertThat(p.citizenships()).containsExactly("NGA");
    assertThat(p.names()).isEmpty();
  }

  @Test
  void pseudonymisesIdentifiersStablyWithinAnAgreement(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("k.key"), "00112233445566778899aabbccddeeff");
    SharingPolicy policy =
        policy(
            dir,
            "{\"agreement\": \"A-1\", \"key\": {\"file\": \"k.key\"}, \"categories\": "
                + "{\"DIRECT_IDENTIFIER\": \"pseudonymise\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}, "
                + "\"paths\": {\"/meta/identifier\": \"pseudonymise\"}}");
    String first = convert(policy);
    String second = convert(policy);
    assertThat(first)
        .isEqualTo(second)
        .doesNotContain("CT-77")
        .doesNotContain("Zanele")
        .contains("ps-");
  }

  private static String convert(SharingPolicy policy) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Conversion.from(Formats.named("json"))
        .to(Formats.named("ndjson"))
        .policy(policy)
        .run(new ByteArrayInputStream(ndjson()), "in.json", out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"agreement\": \"A\", \"categorie\": {}}",
        "{\"agreement\": \"A\", \"categories\": [\"drop\"]}",
        "{\"agreement\": \"A\", \"categories\": {\"NAMES\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}",
        "{\"agreement\": \"A\", \"categories\": {\"DIRECT_IDENTIFIER\": \"erase\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}",
        "{\"agreement\": \"A\", \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\"}}",
        "{\"agreement\": \"A\", \"categories\": {\"DIRECT_IDENTIFIER\": \"pseudonymise\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}",
        "{\"agreement\": \"A\", \"key\": {\"value\": \"secret\"}, \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}",
        "{\"agreement\": \"A\", \"agreement\": \"B\", \"categories\": {}}",
        "[]",
        "{\"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}",
        "{\"agreement\": \"A\", \"paths\": {\"victims\": \"drop\"}, \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}",
        "{\"agreement\": \"A\", \"minimumCellCount\": -1, \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}",
        "{\"agreement\": \"A\", \"minimumCellCount\": \"5\", \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}",
        "{\"agreement\": \"A\", \"minimumCellCount\": 2.5, \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", \"SENSITIVE\": \"keep\"}}"
      })
  void refusesAPolicyThatIsNotExactlyRight(String json, @TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> policy(dir, json))
        .isInstanceOf(PolicyException.class)
        .hasMessageStartingWith("sharing policy policy.json /")
        .hasMessageContaining("expected")
        .hasMessageNotContaining("secret");
  }

  @Test
  void readsTheThresholdOfPublishedStatistics(@TempDir Path dir) throws Exception {
    String categories =
        "\"categories\": {\"DIRECT_IDENTIFIER\": \"drop\", \"QUASI_IDENTIFIER\": \"keep\", "
            + "\"SENSITIVE\": \"keep\"}";
    assertThat(
            policy(dir, "{\"agreement\": \"A\", \"minimumCellCount\": 10, " + categories + "}")
                .minimumCellCount())
        .hasValue(10);
    assertThat(policy(dir, "{\"agreement\": \"A\", " + categories + "}").minimumCellCount())
        .isEmpty();
  }

  @Test
  void aKeyThatCannotBeHadStopsTheRunBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
    SharingPolicy policy =
        policy(
            dir,
            "{\"agreement\": \"A-1\", \"key\": {\"env\": \"MIGNET_TEST_NO_SUCH_KEY\"}, "
                + "\"categories\": {\"DIRECT_IDENTIFIER\": \"pseudonymise\", \"QUASI_IDENTIFIER\": \"keep\", "
                + "\"SENSITIVE\": \"keep\"}}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(
            () ->
                Conversion.from(Formats.named("json"))
                    .to(Formats.named("ndjson"))
                    .policy(policy, Map.<String, String>of()::get)
                    .run(new ByteArrayInputStream(ndjson()), "in.json", out))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("MIGNET_TEST_NO_SUCH_KEY");
    assertThat(out.size()).isZero();
  }

  @Test
  void reportsEveryTransformationByPointerAndAction(@TempDir Path dir) throws Exception {
    ConversionReport report =
        Conversion.from(Formats.named("json"))
            .to(Formats.named("ndjson"))
            .policy(policy(dir, DROP_DIRECT_GENERALISE_QUASI))
            .run(new ByteArrayInputStream(ndjson()), "in.json", new ByteArrayOutputStream());
    assertThat(report.transformed())
        .extracting(t -> t.pointer() + " " + t.action().code() + " " + t.count())
        .containsExactlyInAnyOrder(
            "/victims/*/person/names dropped 1",
            "/victims/*/person/contacts dropped 1",
            "/victims/*/person/birthDate generalised 1");
    assertThat(report.written()).isEqualTo(1);
  }
}

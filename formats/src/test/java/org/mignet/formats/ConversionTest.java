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
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Incident;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.json.ReportJson;

class ConversionTest {

  private static final Incident GOOD_INCIDENT =
      Incident.builder(RecordMeta.of("mmp", "1")).counts(2, 9, 11).build();
  private static final Incident BAD_INCIDENT =
      Incident.builder(RecordMeta.of("mmp", "2")).counts(2, 9, 20).build();
  private static final TraffickingCase CASE =
      TraffickingCase.builder(RecordMeta.of("case", "1"))
          .victim(
              Victim.builder(Person.builder(RecordMeta.of("p", "1")).build())
                  .methodOfControl("Isolation")
                  .exploitationType("ForcedLabour")
                  .build())
          .build();
  private static final Person PERSON = Person.builder(RecordMeta.of("p", "2")).build();

  private static InputStream ndjson(String... lines) {
    return new ByteArrayInputStream(
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static String json(MignetRecord r) {
    return CanonicalJson.standard().toJson(r);
  }

  @Test
  void convertsEveryRecordBetweenCanonicalFormatsWithoutLoss() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(Formats.named("json"))
            .run(ndjson(json(GOOD_INCIDENT), json(CASE)), "in.ndjson", out);
    assertThat(report.read()).isEqualTo(2);
    assertThat(report.written()).isEqualTo(2);
    assertThat(report.isLossless()).isTrue();
    List<MignetRecord> back = new ArrayList<>();
    try (RecordReader r =
        CanonicalJson.standard().reader(new ByteArrayInputStream(out.toByteArray()), "out")) {
      r.forEachRemaining(res -> back.add(((ReadResult.Ok) res).record()));
    }
    assertThat(back).containsExactly(GOOD_INCIDENT, CASE);
  }

  @Test
  void accountsForEveryRecordReadAsWrittenOrRejectedWithAReason() {
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(new IncidentsOnly())
            .run(
                ndjson(json(GOOD_INCIDENT), "{not json", json(PERSON), json(CASE)),
                "in.ndjson",
                new ByteArrayOutputStream());
    assertThat(report.read()).isEqualTo(4);
    assertThat(report.written()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(2);
    assertThat(report.issues())
        .extracting(i -> i.ruleId().value())
        .contains("MG-READ-001", "MG-CONV-001");
    assertThat(
            report.issues().stream()
                .filter(i -> i.ruleId().value().equals("MG-CONV-001"))
                .findFirst()
                .orElseThrow()
                .location()
                .record())
        .isEqualTo(3);
  }

  @Test
  void reportsEveryPopulatedFieldTheTargetCannotCarryWithItsCount() {
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(new IncidentsOnly())
            .run(ndjson(json(CASE), json(CASE)), "in.ndjson", new ByteArrayOutputStream());
    assertThat(report.lost())
        .extracting(Loss::pointer, Loss::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/victims/*/methodsOfControl", 2L));
    assertThat(report.lost().get(0).reason()).contains("no column for methods of control");
    assertThat(ReportJson.toJson(report))
        .contains("\"lost\"", "/victims/*/methodsOfControl", "\"read\":2");
  }

  @Test
  void reportsListItemsBeyondWhatTheTargetHasSlotsFor() {
    TraffickingCase twoVictims =
        TraffickingCase.builder(RecordMeta.of("case", "2"))
            .victim(Victim.builder(PERSON).build())
            .victim(Victim.builder(PERSON).build())
            .build();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(new IncidentsOnly())
            .run(ndjson(json(twoVictims), json(CASE)), "in.ndjson", new ByteArrayOutputStream());
    assertThat(report.lost())
        .filteredOn(l -> l.pointer().equals("/victims/1"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.count()).isEqualTo(1);
              assertThat(l.reason()).contains("only the first 1 item(s) of /victims");
            });
  }

  @Test
  void rejectsInvalidRecordsWhenAskedToEnforceAProfile() {
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(Formats.named("ndjson"))
            .rejectingInvalid(Validation.standard(), Profile.STRUCTURAL)
            .run(
                ndjson(json(GOOD_INCIDENT), json(BAD_INCIDENT)),
                "in.ndjson",
                new ByteArrayOutputStream());
    assertThat(report.written()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.issues())
        .extracting(i -> i.ruleId().value())
        .contains("MG-INC-001", "MG-CONV-003");
  }

  /** A lossy test format: NDJSON that carries incidents and cases, but no methods of control. */
  private static final class IncidentsOnly implements Format {
    private final Format ndjson = Formats.named("ndjson");

    @Override
    public String name() {
      return "incidents-only";
    }

    @Override
    public String mediaType() {
      return "application/x-ndjson";
    }

    @Override
    public List<String> fileExtensions() {
      return List.of("x");
    }

    @Override
    public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
      return ndjson.reader(in, sourceName, options);
    }

    @Override
    public RecordWriter writer(OutputStream out, FormatOptions options) {
      return ndjson.writer(out, options);
    }

    @Override
    public Set<RecordType> carries() {
      return EnumSet.of(RecordType.INCIDENT, RecordType.TRAFFICKING_CASE);
    }

    @Override
    public boolean sniff(byte[] head) {
      return false;
    }

    @Override
    public Coverage coverage() {
      return new Coverage() {
        @Override
        public Optional<org.mignet.core.validation.Term> lossReason(RecordType type, String path) {
          return path.equals("/victims/*/methodsOfControl")
              ? Optional.of(locale -> "no column for methods of control")
              : Optional.empty();
        }

        @Override
        public java.util.OptionalInt maxItems(RecordType type, String listPath) {
          return listPath.equals("/victims")
              ? java.util.OptionalInt.of(1)
              : java.util.OptionalInt.empty();
        }
      };
    }
  }
}

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
package org.mignet.formats.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.model.TraffickingCase;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;

/**
 * Property: canonical → HTCDS → canonical gives back every field HTCDS carries, over seeded
 * generated cases.
 */
class HtcdsRoundTripTest {

  private static final long[] SEEDS = {1L, 42L, 20240601L, 7_777_777L, -3L};

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 20240601L, 7_777_777L, -3L})
  void csvTablesGiveBackEveryCarriedField(long seed) {
    roundTrip(seed, Htcds.TABLE, FormatOptions.none(), false);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5L, 99L})
  @org.mignet.formats.WithXlsx
  void xlsxTablesGiveBackEveryCarriedField(long seed) {
    roundTrip(seed, Htcds.TABLE, FormatOptions.none().with(Htcds.WORKBOOK, true), false);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 20240601L, 7_777_777L, -3L})
  void xformInstancesGiveBackEveryCarriedField(long seed) {
    roundTrip(seed, Htcds.XFORM, FormatOptions.none(), true);
  }

  /**
   * Regression: a victim's recruitment place without a name (as in the bundled two-victim sample)
   * vanished in the round trip with no loss reported, because HTCDS links a location row by its
   * name.
   */
  @org.junit.jupiter.api.Test
  void keepsARecruitmentPlaceWithoutANameAndReportsTheNameItMadeUp() {
    org.mignet.core.model.Place place =
        org.mignet.core.model.Place.country("NGA").withCity("Benin City");
    org.mignet.core.model.Person person =
        org.mignet.core.model.Person.builder(
                org.mignet.core.model.RecordMeta.of("org.example", "P-1"))
            .build();
    TraffickingCase c =
        TraffickingCase.builder(org.mignet.core.model.RecordMeta.of("org.example", "C-1"))
            .victim(org.mignet.core.model.Victim.builder(person).recruitmentPlace(place).build())
            .build();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("ndjson").writer(json)) {
      w.write(c);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.mignet.formats.ConversionReport report =
        org.mignet.formats.Conversion.from(Formats.named("ndjson"))
            .to(Formats.named(Htcds.TABLE))
            .run(new ByteArrayInputStream(json.toByteArray()), "c.ndjson", out);
    TraffickingCase back;
    try (RecordReader r =
        Formats.named(Htcds.TABLE).reader(new ByteArrayInputStream(out.toByteArray()), "c.csv")) {
      back = (TraffickingCase) ((ReadResult.Ok) r.next()).record();
    }
    org.mignet.core.model.Place read = back.victims().get(0).recruitmentPlace().orElseThrow();
    assertThat(read.city()).contains("Benin City");
    assertThat(read.country()).contains("NGA");
    assertThat(report.transformed())
        .extracting(org.mignet.formats.Transformation::pointer)
        .contains("/victims/*/recruitmentPlace/name");
  }

  /**
   * @param options the writer's options; the reader reads with none
   */
  private static void roundTrip(long seed, String format, FormatOptions options, boolean xform) {
    CaseGenerator g = new CaseGenerator(seed, xform);
    List<TraffickingCase> cases = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      cases.add(g.next());
    }
    Format f = Formats.named(format);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = f.writer(out, options)) {
      cases.forEach(w::write);
    }
    List<TraffickingCase> back = new ArrayList<>();
    try (RecordReader r = f.reader(new ByteArrayInputStream(out.toByteArray()), "generated")) {
      while (r.hasNext()) {
        ReadResult res = r.next();
        assertThat(res).as("seed %d", seed).isInstanceOf(ReadResult.Ok.class);
        assertThat(res.issues()).as("seed %d: issues", seed).isEmpty();
        back.add((TraffickingCase) ((ReadResult.Ok) res).record());
      }
    }
    assertThat(back).as("seed %d", seed).hasSize(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      assertThat(back.get(i))
          .as("seed %d, case %d", seed, i)
          .usingRecursiveComparison()
          .isEqualTo(cases.get(i));
    }
  }
}

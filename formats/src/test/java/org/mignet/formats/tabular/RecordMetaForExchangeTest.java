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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mignet.core.ParseException;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.MetaDefaults;
import org.mignet.formats.Transformation;

/**
 * The record metadata the {@code exchange} profile requires (MG-META-010 source organisation,
 * MG-META-011 created) comes from the spec ({@code recordMeta}: the publisher) and the conversion
 * ({@code fillingMeta}: what varies by file), filling absent fields only, each fill reported as a
 * transformation.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class RecordMetaForExchangeTest {

  private static final String EUROSTAT =
      "statistics/eurostat-by-citizenship-2012-2016/migr_eiord_Data_allcitizens.csv";
  private static final Path SPEC =
      Path.of(
          "src/main/resources/org/mignet/formats/tabular/mappings/eurostat-by-citizenship.json");

  private record Checked(ConversionReport report, Map<String, Long> rules) {}

  private static Checked check(MetaDefaults meta) throws Exception {
    Path file = SharedData.data(EUROSTAT);
    Map<String, Long> rules = new TreeMap<>();
    try (InputStream in = Files.newInputStream(file)) {
      ConversionReport report =
          Conversion.from(Formats.named("csv"))
              .options(FormatOptions.none().with(FormatOptions.MAPPING, SPEC))
              .validating(Validation.standard(), Profile.EXCHANGE)
              .fillingMeta(meta)
              .check(
                  in,
                  "eurostat.csv",
                  o -> o.issues().forEach(i -> rules.merge(i.ruleId().value(), 1L, Long::sum)));
      return new Checked(report, rules);
    }
  }

  @Test
  void theEurostatFileThroughItsSpecPassesTheExchangeMetadataRulesWhenTheConversionGivesTheDate()
      throws Exception {
    Checked without = check(MetaDefaults.NONE);
    long ok = without.report().read() - without.rules().getOrDefault("MG-TAB-008", 0L);
    // the spec states the publisher: no record lacks it; the date varies by file and is not in it
    assertThat(without.rules()).doesNotContainKey("MG-META-010").containsEntry("MG-META-011", ok);

    Checked with = check(MetaDefaults.parse("created=2017-03-16"));
    assertThat(with.rules()).doesNotContainKeys("MG-META-010", "MG-META-011");
    assertThat(with.report().transformed())
        .containsExactly(
            new Transformation("/meta/created", Transformation.Action.META_FILLED, ok));
  }

  @Test
  void fillsOnlyWhatARecordDoesNotGive() {
    RecordMeta given =
        RecordMeta.of("x", "1")
            .withSourceOrganization("UNHCR")
            .withTimestamps(Instant.parse("2020-01-01T00:00:00Z"), null);
    java.util.List<String> filled = new java.util.ArrayList<>();
    RecordMeta m =
        MetaDefaults.parse(
                "sourceOrganization=Eurostat, created=2024-03-01, legalBasis=public-interest")
            .fill(given, filled::add);
    assertThat(m.sourceOrganization()).contains("UNHCR");
    assertThat(m.created()).contains(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(m.legalBasis()).contains("public-interest");
    assertThat(filled).containsExactly("/meta/legalBasis");
    assertThat(MetaDefaults.parse("created=2024-03-01").created())
        .isEqualTo(Optional.of(Instant.parse("2024-03-01T00:00:00Z")));
  }

  @Test
  void refusesMetadataItDoesNotKnowOrCannotRead() {
    assertThatThrownBy(() -> MetaDefaults.parse("publisher=Eurostat"))
        .hasMessageContaining("unknown")
        .hasMessageContaining("sourceOrganization");
    assertThatThrownBy(() -> MetaDefaults.parse("created=16/03/2017"))
        .hasMessageContaining("ISO 8601");
    assertThatThrownBy(() -> MetaDefaults.parse("sourceOrganization"))
        .hasMessageContaining("name=value");
  }

  @Test
  void aSpecWhoseRecordMetaIsNotUnderstoodIsRefused() {
    String spec =
        "{\"mappingSpec\": \"1.0\", \"name\": \"t\", \"dataflow\": \"X:Y(1.0)\", "
            + "\"recordMeta\": {\"publisher\": \"Eurostat\"}, \"columns\": [{\"column\": \"v\", \"to\": \"/value\"}]}";
    assertThatThrownBy(
            () ->
                MappingSpec.parse(
                    new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), "t.json"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("recordMeta");
  }
}

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
package org.mignet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.json.CanonicalJson;

class SamplesTest {

  static List<String> allSamples() {
    return Samples.names();
  }

  static List<String> validSamples() {
    return Samples.validNames();
  }

  @Test
  void indexListsTheValidSamplesAndOneDeliberatelyInvalidFile() {
    assertThat(Samples.names()).hasSizeGreaterThanOrEqualTo(7).doesNotHaveDuplicates();
    assertThat(Samples.names())
        .filteredOn(Samples::isDeliberatelyInvalid)
        .containsExactly("invalid-incident-and-case.json");
  }

  @ParameterizedTest
  @MethodSource("allSamples")
  void everySampleReadsWithoutReadIssues(String name) throws Exception {
    List<MignetRecord> records = read(name);

    assertThat(records).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("validSamples")
  void validSamplesHaveNoErrorsUnderStructuralAndExchange(String name) throws Exception {
    for (MignetRecord record : read(name)) {
      for (Profile profile : List.of(Profile.STRUCTURAL, Profile.EXCHANGE)) {
        ValidationReport report = Validation.standard().validate(record, profile, Locale.ENGLISH);
        assertThat(report.isValid())
            .as(name + " " + record.recordType() + " " + profile + "\n" + report.toText())
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("validSamples")
  void samplesRoundTripThroughCanonicalJson(String name) throws Exception {
    CanonicalJson json = CanonicalJson.standard();
    for (MignetRecord record : read(name)) {
      assertThat(json.fromJson(json.toJson(record))).isEqualTo(record);
    }
  }

  @Test
  void samplesCoverTheRecordTypesTheQuickStartPromises() throws Exception {
    List<MignetRecord> all = new ArrayList<>();
    for (String name : Samples.validNames()) {
      all.addAll(read(name));
    }
    Set<RecordType> types = all.stream().map(MignetRecord::recordType).collect(Collectors.toSet());

    assertThat(types)
        .contains(
            RecordType.SMUGGLING_CASE,
            RecordType.TRAFFICKING_CASE,
            RecordType.INCIDENT,
            RecordType.RETURN_CASE,
            RecordType.PROGRAMME,
            RecordType.DATASET,
            RecordType.ORGANIZATION,
            RecordType.REFERRAL);
    assertThat(all)
        .filteredOn(r -> r.recordType() == RecordType.TRAFFICKING_CASE)
        .allSatisfy(
            r -> assertThat(r.meta().sensitivity()).isEqualTo(Sensitivity.STRICTLY_CONFIDENTIAL));
  }

  @Test
  void invalidSampleBreaksRulesInEveryRecord() throws Exception {
    for (MignetRecord record : read("invalid-incident-and-case.json")) {
      ValidationReport report =
          Validation.standard().validate(record, Profile.STRUCTURAL, Locale.ENGLISH);
      assertThat(report.isValid()).as(record.recordType().typeName()).isFalse();
    }
  }

  private static List<MignetRecord> read(String name) throws Exception {
    List<MignetRecord> records = new ArrayList<>();
    try (InputStream in = Samples.open(name);
        RecordReader reader = CanonicalJson.standard().reader(in, name)) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        List<Issue> issues = r.issues();
        assertThat(issues).as(name + " " + r.location()).isEmpty();
        assertThat(r).as(name + " " + r.location()).isInstanceOf(ReadResult.Ok.class);
        records.add(((ReadResult.Ok) r).record());
      }
    }
    return records;
  }
}

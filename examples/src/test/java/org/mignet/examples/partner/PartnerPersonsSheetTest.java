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
package org.mignet.examples.partner;

import static org.mignet.formats.testing.MignetAssertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.Profile;
import org.mignet.formats.tabular.MappingSpec;
import org.mignet.formats.testing.FileReport;
import org.mignet.formats.testing.MignetFiles;

/**
 * The same partner check for a sheet of records rather than statistics: a list of persons, headers
 * and country names in French, mapped row by row to {@code Person} records by a spec with a {@code
 * recordType}.
 */
class PartnerPersonsSheetTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PartnerPersonsSheetTest.class.getResource(name).toURI());
  }

  @Test
  void theListOfPersonsWeSendConvertsAndPassesTheStructuralRules() throws Exception {
    MappingSpec spec = MappingSpec.read(resource("persons-spec.json"));

    FileReport report =
        MignetFiles.validate(resource("persons-good.csv"), spec, Profile.STRUCTURAL);

    assertThat(report).hasRead(3).hasNoErrors();
  }

  @Test
  void anImpossibleBirthDateFailsWithItsRowColumnAndPointer() throws Exception {
    MappingSpec spec = MappingSpec.read(resource("persons-spec.json"));

    FileReport report = MignetFiles.validate(resource("persons-bad.csv"), spec, Profile.STRUCTURAL);

    // ERROR MG-TAB-007 /birthDate @ persons-bad.csv:3:5 record 3 /birthDate: Expected a date
    // (dd/MM/yyyy) in
    // column Date de naissance; found "(10 characters, not shown: personal data)".
    assertThat(report).hasRead(2).hasIssue("MG-TAB-007", "/birthDate");
  }
}

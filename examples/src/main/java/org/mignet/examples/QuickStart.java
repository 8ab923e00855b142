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

import java.time.Instant;
import java.util.Locale;
import org.mignet.core.model.CoordinatePrecision;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Incident;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.json.CanonicalJson;

/**
 * The quick start quoted in the README: build a record, validate it, write it as canonical JSON and
 * read it back. Run with {@code java -cp mignet.jar org.mignet.examples.QuickStart}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    // 1. Build: an incident from the Missing Migrants Project, with metadata fit for exchange.
    RecordMeta meta =
        RecordMeta.of("urn:example:mmp:incident", "2024.QS.1")
            .withSourceOrganization("IOM")
            .withTimestamps(Instant.parse("2024-06-18T12:00:00Z"), null)
            .withSensitivity(Sensitivity.PUBLIC)
            .withLegalBasis("public-interest");
    Incident incident =
        Incident.builder(meta)
            .date(PartialDate.parse("2024-06-17"))
            .place(
                Place.unknown()
                    .withName("Central Mediterranean")
                    .withCoordinates(
                        new Coordinates(34.52, 12.61, CoordinatePrecision.APPROXIMATE)))
            .route("Central Mediterranean")
            .counts(10, 51, 60) // 10 dead + 51 missing is 61, not 60: validation will say so
            .countryOfOrigin("EGY", "BGD")
            .source("survivor testimonies (synthetic)")
            .build();
    System.out.println(
        "1. built:     " + incident.recordType().typeName() + " " + meta.identifier());

    // 2. Validate: every issue, in one of the six UN languages; never an exception for bad data.
    ValidationReport report =
        Validation.standard().validate(incident, Profile.EXCHANGE, Locale.ENGLISH);
    System.out.print("2. validated: " + report.toText());

    // 3. Write canonical JSON.
    CanonicalJson json = CanonicalJson.standard();
    String text = json.toJson(incident);
    System.out.println("3. written:   " + text.length() + " characters of canonical JSON");

    // 4. Read it back: the same value.
    MignetRecord back = json.fromJson(text);
    System.out.println(
        "4. read back: " + (back.equals(incident) ? "equal to the original" : "DIFFERENT"));
  }
}

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
package org.mignet.core.validation;

import static org.mignet.core.validation.StandardRules.semantic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.IdentityDocument;
import org.mignet.core.model.Person;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TravelDocument;
import org.mignet.core.validation.internal.Facts;

/** Rules on persons and their documents, wherever a person appears. */
final class PersonRules {

  private PersonRules() {}

  private static final Set<String> MASCULINE = Set.of("Masculine");
  private static final Set<String> FEMININE = Set.of("Feminine");

  static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            semantic(
                "MG-PERSON-001",
                Severity.ERROR,
                "Nobody is born in the future; a future birth date is a typing error or a date in another calendar.",
                "ISO 8601-1:2019; HTCDS v2.0 field prs_Birthdate"),
            Person.class,
            (p, ctx) -> {
              if (Facts.inFuture(p.birthDate(), ctx.today())) {
                ctx.reportValue("/birthDate", p.birthDate().get(), ctx.today());
              }
            }),
        Rule.of(
            semantic(
                "MG-PERSON-002",
                Severity.ERROR,
                "A stateless person is not considered a national by any State, so a person recorded as stateless has "
                    + "no citizenship.",
                "1954 Convention relating to the Status of Stateless Persons, Art. 1(1); ICAO Doc 9303 Part 3 (XXA)"),
            Person.class,
            (p, ctx) -> {
              if (p.stateless().orElse(false) && !p.citizenships().isEmpty()) {
                ctx.reportValue("/stateless", true, p.citizenships().size());
              }
            }),
        Rule.of(
            semantic(
                "MG-PERSON-003",
                Severity.ERROR,
                "When both a birth date and a reported age with its reference date are known, the age must be one the "
                    + "person could have had on that date.",
                "UN Principles and Recommendations for Population and Housing Censuses, Rev. 3 (2017), §4.110 (age and "
                    + "date of birth)"),
            Person.class,
            (p, ctx) -> {
              if (p.birthDate().isEmpty() || p.age().isEmpty() || p.age().get().asOf().isEmpty()) {
                return;
              }
              ReportedAge age = p.age().get();
              Optional<AgeRange> possible = p.birthDate().get().ageRangeOn(age.asOf().get());
              if (possible.isEmpty() || !age.range().overlaps(possible.get())) {
                ctx.reportValue("/age", age);
              }
            }),
        Rule.of(
            semantic(
                "MG-PERSON-005",
                Severity.WARNING,
                "Sex and gender are separate fields, but a female sex with a masculine gender (or the reverse) without a "
                    + "transgender code usually means one of the two was mistyped.",
                "HTCDS v2.0 field prs_Gender; UN Recommendations on Statistics of International Migration (2021), "
                    + "sex disaggregation"),
            Person.class,
            (p, ctx) -> {
              if (p.gender().isEmpty()) {
                return;
              }
              String g = p.gender().get();
              if ((p.sex() == Sex.FEMALE && MASCULINE.contains(g))
                  || (p.sex() == Sex.MALE && FEMININE.contains(g))) {
                ctx.reportValue("/gender", g);
              }
            }),
        Rule.of(
            semantic(
                "MG-PERSON-006",
                Severity.ERROR,
                "A document is issued to a person who has been born: its issue date cannot be before the holder's "
                    + "birth date.",
                "ICAO Doc 9303 Part 3 (date of issue, date of birth)"),
            Person.class,
            (p, ctx) -> {
              for (int i = 0; i < p.documents().size(); i++) {
                IdentityDocument d = p.documents().get(i);
                if (Facts.outOfOrder(p.birthDate(), d.issueDate())) {
                  ctx.reportValue("/documents/" + i + "/issueDate", d.issueDate().get());
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-PERSON-007",
                Severity.ERROR,
                "A document expires after it is issued.",
                "ICAO Doc 9303 Part 3 (date of issue, date of expiry)"),
            IdentityDocument.class,
            (d, ctx) -> {
              if (Facts.outOfOrder(d.issueDate(), d.expiryDate())) {
                ctx.reportValue("/expiryDate", d.expiryDate().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-DOC-003",
                Severity.ERROR,
                "A travel document cannot expire before its holder was born.",
                "ICAO Doc 9303 Part 4 §4.2.2 (date of birth, date of expiry)"),
            TravelDocument.class,
            (d, ctx) -> {
              if (Facts.outOfOrder(d.birthDate(), d.expiryDate())) {
                ctx.reportValue("/expiryDate", d.expiryDate().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-DOC-004",
                Severity.WARNING,
                "The first letter of the MRZ document code names the kind of document: P for passports, V for visas, "
                    + "I, A or C for identity cards.",
                "ICAO Doc 9303 Part 4 §4.2.2, Part 5 §4.2.2 and Part 7 §4.2.2 (document code)"),
            TravelDocument.class,
            (d, ctx) -> {
              String expected =
                  switch (d.type()) {
                    case PASSPORT -> "P";
                    case VISA -> "V";
                    case IDENTITY_CARD -> "IAC";
                    default -> "";
                  };
              if (!expected.isEmpty()
                  && !d.documentCode().isEmpty()
                  && expected.indexOf(d.documentCode().charAt(0)) < 0) {
                ctx.reportValue(
                    "/documentCode",
                    d.documentCode(),
                    d.type().name(),
                    String.join(
                        "/", expected.chars().mapToObj(c -> String.valueOf((char) c)).toList()));
              }
            }),
        Rule.of(
            semantic(
                "MG-DOC-005",
                Severity.WARNING,
                "A document past its date of expiry no longer proves identity or the right to travel, but it is still "
                    + "a record of the holder: a warning, not an error.",
                "ICAO Doc 9303 Part 3 §4.2 (date of expiry)"),
            TravelDocument.class,
            (d, ctx) -> {
              if (d.expiryDate().isPresent()
                  && d.expiryDate().get().latest().isBefore(ctx.today())) {
                ctx.report("/expiryDate");
              }
            }));
  }
}

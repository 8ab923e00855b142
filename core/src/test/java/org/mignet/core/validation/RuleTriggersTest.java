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

import static org.assertj.core.api.Assertions.assertThat;
import static org.mignet.core.validation.Fixtures.date;
import static org.mignet.core.validation.Fixtures.fullMeta;
import static org.mignet.core.validation.Fixtures.meta;
import static org.mignet.core.validation.Fixtures.obs;
import static org.mignet.core.validation.Fixtures.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.BorderCrossing;
import org.mignet.core.model.CaseComment;
import org.mignet.core.model.Consent;
import org.mignet.core.model.CoordinatePrecision;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.DocumentType;
import org.mignet.core.model.FeePayment;
import org.mignet.core.model.FollowUp;
import org.mignet.core.model.IdentityDocument;
import org.mignet.core.model.Incident;
import org.mignet.core.model.IndicatorValue;
import org.mignet.core.model.Interception;
import org.mignet.core.model.Journey;
import org.mignet.core.model.Leg;
import org.mignet.core.model.Marker;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Money;
import org.mignet.core.model.Observation;
import org.mignet.core.model.OrganizationRef;
import org.mignet.core.model.PalermoElements;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.Policy;
import org.mignet.core.model.Programme;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Referral;
import org.mignet.core.model.ReintegrationAssistance;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.model.ReturnCase;
import org.mignet.core.model.ReturnType;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.Sex;
import org.mignet.core.model.SmugglingCase;
import org.mignet.core.model.SupportPlan;
import org.mignet.core.model.TraffickingAct;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.TraffickingMeans;
import org.mignet.core.model.TransportMode;
import org.mignet.core.model.TravelDocument;
import org.mignet.core.model.Victim;

/**
 * For every rule, a record that breaks it (the rule fires at the expected pointer) and a record of
 * the same shape that keeps it (the rule does not fire). A last test checks that the table covers
 * every rule in the catalogue.
 */
class RuleTriggersTest {

  private static Arguments c(String ruleId, String pointer, MignetRecord bad, MignetRecord good) {
    return Arguments.of(ruleId, pointer, Profile.STRUCTURAL, bad, good);
  }

  private static Arguments x(String ruleId, String pointer, MignetRecord bad, MignetRecord good) {
    return Arguments.of(ruleId, pointer, Profile.EXCHANGE, bad, good);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // structural
        c(
            "MG-CODE-001",
            "/countryOfBirth",
            person("p").countryOfBirth("ZZZ").build(),
            person("p").countryOfBirth("FRA").build()),
        c(
            "MG-CODE-002",
            "/citizenships/0",
            person("p").citizenship("QQQ").build(),
            person("p").citizenship("D").build()),
        c(
            "MG-CODE-003",
            "/languages/0",
            person("p").language("xyz1").build(),
            person("p").language("fra").build()),
        c(
            "MG-CODE-004",
            "/budget/currency",
            programme(Money.of("10", "XXY"), null, null, List.of()),
            programme(Money.of("10", "USD"), null, null, List.of())),
        c(
            "MG-CODE-005",
            "/gender",
            person("p").gender("Other").build(),
            person("p").gender("Feminine").build()),
        c(
            "MG-DOC-001",
            "/documentCode",
            travelDocument(DocumentType.PASSPORT, "1", "L898902C3", null),
            travelDocument(DocumentType.PASSPORT, "P", "L898902C3", null)),
        c(
            "MG-DOC-002",
            "/number",
            travelDocument(DocumentType.PASSPORT, "P", "ab-1", null),
            travelDocument(DocumentType.PASSPORT, "P", "L898902C3", null)),
        c(
            "MG-GEO-001",
            "/place/coordinates/latitude",
            incidentAt(new Coordinates(95, 12.5, CoordinatePrecision.EXACT)),
            incidentAt(new Coordinates(35.5, 12.5, CoordinatePrecision.EXACT))),
        c(
            "MG-GEO-002",
            "/place/coordinates/longitude",
            incidentAt(new Coordinates(35.5, 190.5, CoordinatePrecision.EXACT)),
            incidentAt(new Coordinates(35.5, 12.5, CoordinatePrecision.EXACT))),
        c(
            "MG-INC-002",
            "/dead",
            incident().counts(-1, 2, null).build(),
            incident().counts(1, 2, null).build()),
        c(
            "MG-INC-005",
            "/sourceQuality",
            incident().sourceQuality(6).build(),
            incident().sourceQuality(5).build()),
        c("MG-IND-001", "/timePeriod", indicator("DEU", "2023Q2"), indicator("DEU", "2023-Q2")),
        c(
            "MG-META-003",
            "/meta/schemaVersion",
            Person.builder(meta("p").withSchemaVersion("v1")).build(),
            Person.builder(meta("p").withSchemaVersion("1.0")).build()),
        c(
            "MG-PERSON-004",
            "/numberOfChildren",
            person("p").numberOfChildren(-1).build(),
            person("p").numberOfChildren(2).build()),
        c("MG-POL-002", "/sdgTargets/0", policy("18.1"), policy("10.7")),
        c(
            "MG-PROG-004",
            "/markers/0/score",
            programme(null, null, null, List.of(new Marker("gender", "X"))),
            programme(null, null, null, List.of(new Marker("gender", "2a")))),
        c(
            "MG-RET-003",
            "/followUps/0/sustainabilityScore",
            returnCase("TUR", "SEN", null, null, date("2024-05-01"), followUp("2024-08-01", "1.5")),
            returnCase(
                "TUR", "SEN", null, null, date("2024-05-01"), followUp("2024-08-01", "0.7"))),
        c(
            "MG-SOM-003",
            "/interception/peopleConcerned",
            smuggling(List.of(), List.of(), interception(-3)),
            smuggling(List.of(), List.of(), interception(3))),
        c(
            "MG-TIP-004",
            "/victims/0/ageWhenTrafficked",
            tipCase(victim(person("v1")).ageWhenTrafficked(130)),
            tipCase(victim(person("v1")).ageWhenTrafficked(13))),

        // metadata
        c(
            "MG-META-001",
            "/meta/updated",
            Person.builder(meta("p").withTimestamps(at("2024-02-01"), at("2024-01-01"))).build(),
            Person.builder(meta("p").withTimestamps(at("2024-01-01"), at("2024-02-01"))).build()),
        c(
            "MG-META-004",
            "/comments/0/at",
            commentedCase("2024-01-01"),
            commentedCase("2024-03-01")),
        c(
            "MG-META-005",
            "/meta/sensitivity",
            TraffickingCase.builder(meta("c").withSensitivity(Sensitivity.CONFIDENTIAL))
                .victim(victim(person("v1")).build())
                .build(),
            TraffickingCase.builder(meta("c").withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL))
                .victim(victim(person("v1")).build())
                .build()),
        c(
            "MG-META-006",
            "/meta/sensitivity",
            Person.builder(meta("p").withSensitivity(Sensitivity.PUBLIC))
                .name(PersonName.full("Amina Diallo"))
                .build(),
            Person.builder(meta("p").withSensitivity(Sensitivity.CONFIDENTIAL))
                .name(PersonName.full("Amina Diallo"))
                .build()),

        // persons and documents
        c(
            "MG-PERSON-001",
            "/birthDate",
            person("p").birthDate(date("2030")).build(),
            person("p").birthDate(date("1990")).build()),
        c(
            "MG-PERSON-002",
            "/stateless",
            person("p").stateless(true).citizenship("SYR").build(),
            person("p").stateless(true).build()),
        c(
            "MG-PERSON-003",
            "/age",
            person("p")
                .birthDate(date("2000-01-01"))
                .age(ReportedAge.of(AgeRange.exactly(40), date("2020")))
                .build(),
            person("p")
                .birthDate(date("2000-01-01"))
                .age(ReportedAge.of(AgeRange.exactly(20), date("2020-06")))
                .build()),
        c(
            "MG-PERSON-005",
            "/gender",
            person("p").sex(Sex.FEMALE).gender("Masculine").build(),
            person("p").sex(Sex.FEMALE).gender("TransgenderMasculine").build()),
        c(
            "MG-PERSON-006",
            "/documents/0/issueDate",
            person("p").birthDate(date("2000")).document(document("1995", null)).build(),
            person("p").birthDate(date("2000")).document(document("2015", null)).build()),
        c(
            "MG-PERSON-007",
            "/documents/0/expiryDate",
            person("p").document(document("2015-05", "2010")).build(),
            person("p").document(document("2015-05", "2025-05")).build()),
        c(
            "MG-DOC-003",
            "/expiryDate",
            travelDocument(DocumentType.PASSPORT, "P", "L898902C3", "1970"),
            travelDocument(DocumentType.PASSPORT, "P", "L898902C3", "2030")),
        c(
            "MG-DOC-004",
            "/documentCode",
            travelDocument(DocumentType.PASSPORT, "V", "L898902C3", null),
            travelDocument(DocumentType.VISA, "V", "L898902C3", null)),
        c(
            "MG-DOC-005",
            "/expiryDate",
            travelDocument(DocumentType.PASSPORT, "P", "L898902C3", "2012-04-15"),
            travelDocument(DocumentType.PASSPORT, "P", "L898902C3", "2999-04-15")),

        // journeys
        c(
            "MG-JOURNEY-001",
            "/legs/1/from/country",
            journey(leg("SYR", "TUR"), leg("GRC", "DEU")),
            journey(leg("SYR", "TUR"), leg("TUR", "DEU"))),
        c(
            "MG-JOURNEY-001",
            "/legs/1/from/country",
            smuggling(List.of(leg("LBY", "ITA"), leg("MLT", "DEU")), List.of(), null),
            smuggling(List.of(leg("LBY", "ITA"), leg("ITA", "DEU")), List.of(), null)),
        c(
            "MG-JOURNEY-002",
            "/legs/0/arrival",
            journey(leg("SYR", "TUR").withDates(date("2024-05-10"), date("2024-05-01"))),
            journey(leg("SYR", "TUR").withDates(date("2024-05-10"), date("2024-05-12")))),
        c(
            "MG-JOURNEY-003",
            "/legs/1/departure",
            journey(
                leg("SYR", "TUR").withDates(date("2024-05-10"), date("2024-05-12")),
                leg("TUR", "GRC").withDates(date("2024-05-01"), null)),
            journey(
                leg("SYR", "TUR").withDates(date("2024-05-10"), date("2024-05-12")),
                leg("TUR", "GRC").withDates(date("2024-05-13"), null))),
        c(
            "MG-JOURNEY-004",
            "/legs/0/crossing",
            journey(leg("TUR", "TUR").withTravel(TransportMode.BOAT, BorderCrossing.IRREGULAR)),
            journey(leg("TUR", "GRC").withTravel(TransportMode.BOAT, BorderCrossing.IRREGULAR))),

        // trafficking
        c(
            "MG-TIP-001",
            "/palermo/means",
            palermoCase("1980-03-01", List.of()),
            palermoCase("2010-03-01", List.of())),
        c(
            "MG-TIP-001",
            "/palermo/means",
            palermoCase(null, List.of()),
            palermoCase(null, List.of(TraffickingMeans.DECEPTION))),
        c(
            "MG-TIP-002",
            "/palermo/acts",
            tipCase(
                victim(person("v1")),
                new PalermoElements(
                    List.of(), List.of(TraffickingMeans.FRAUD), List.of("ForcedLabour"))),
            tipCase(
                victim(person("v1")),
                new PalermoElements(
                    List.of(TraffickingAct.RECRUITMENT),
                    List.of(TraffickingMeans.FRAUD),
                    List.of("ForcedLabour")))),
        c(
            "MG-TIP-002",
            "/palermo/purposes",
            tipCase(
                victim(person("v1")),
                new PalermoElements(
                    List.of(TraffickingAct.HARBOURING),
                    List.of(TraffickingMeans.FRAUD),
                    List.of())),
            tipCase(
                victim(person("v1")),
                new PalermoElements(
                    List.of(TraffickingAct.HARBOURING),
                    List.of(TraffickingMeans.FRAUD),
                    List.of("ForcedBegging")))),
        c(
            "MG-TIP-003",
            "/victims/0/ageWhenTrafficked",
            tipCase(victim(person("v1").birthDate(date("2015-01-01"))).ageWhenTrafficked(15)),
            tipCase(victim(person("v1").birthDate(date("2015-01-01"))).ageWhenTrafficked(8))),
        c(
            "MG-TIP-005",
            "/victims/0/ageWhenTrafficked",
            eventCase("2000-01-01", 14, "2010-06-01"),
            eventCase("2000-01-01", 10, "2010-06-01")),
        c(
            "MG-TIP-006",
            "/events/0/date",
            eventCase("2000", null, "1995"),
            eventCase("2000", null, "2010")),
        c(
            "MG-TIP-007",
            "/events/0/date",
            eventCase(null, null, "2030"),
            eventCase(null, null, "2020")),
        c(
            "MG-TIP-008",
            "/victims/0/exploitationTypes",
            tipCase(
                victim(person("v1"))
                    .status("NotAVictimOfTrafficking", "NGO")
                    .exploitationType("ForcedLabour")),
            tipCase(
                victim(person("v1"))
                    .status("ActualVictimOfTrafficking", "NGO")
                    .exploitationType("ForcedLabour"))),
        c(
            "MG-TIP-009",
            "/victims/0/sexualExploitationTypes",
            tipCase(
                victim(person("v1"))
                    .exploitationType("ForcedLabour")
                    .sexualExploitationType("Prostitution")),
            tipCase(
                victim(person("v1"))
                    .exploitationType("SexualExploitation")
                    .sexualExploitationType("Prostitution"))),
        c(
            "MG-TIP-010",
            "/victims/0/forcedLabourIndustry",
            tipCase(
                victim(person("v1"))
                    .exploitationType("ForcedBegging")
                    .forcedLabourIndustry("A_AgricultureForestryAndFishing")),
            tipCase(
                victim(person("v1"))
                    .exploitationType("ForcedLabour")
                    .forcedLabourIndustry("A_AgricultureForestryAndFishing"))),
        c(
            "MG-TIP-011",
            "/referrals/0/date",
            referredCase("2024-02-01", false, null, List.of()),
            referredCase("2024-04-01", false, null, List.of())),
        c(
            "MG-TIP-012",
            "/supportPlans/0/plannedEnd",
            supportedCase("2024-05", "2024-01"),
            supportedCase("2024-05", "2024-11")),

        // smuggling, return, programmes, referrals
        c(
            "MG-SOM-001",
            "/fees/0/amount/amount",
            smuggling(List.of(), List.of(fee("-100")), null),
            smuggling(List.of(), List.of(fee("1500")), null)),
        c(
            "MG-SOM-002",
            "/legs",
            smuggling(
                List.of(leg("TUR", "TUR").withTravel(TransportMode.CAR, BorderCrossing.NONE)),
                List.of(),
                null),
            smuggling(
                List.of(leg("TUR", "GRC").withTravel(TransportMode.BOAT, BorderCrossing.IRREGULAR)),
                List.of(),
                null)),
        c(
            "MG-RET-001",
            "/departureDate",
            returnCase("TUR", "SEN", date("2024-05-01"), date("2024-04-01"), null),
            returnCase("TUR", "SEN", date("2024-03-01"), date("2024-04-01"), null)),
        c(
            "MG-RET-001",
            "/arrivalDate",
            returnCase("TUR", "SEN", date("2024-03-01"), date("2024-04-02"), date("2024-04-01")),
            returnCase("TUR", "SEN", date("2024-03-01"), date("2024-04-01"), date("2024-04-02"))),
        c(
            "MG-RET-002",
            "/originCountry",
            returnCase("SEN", "SEN", null, null, null),
            returnCase("TUR", "SEN", null, null, null)),
        c(
            "MG-RET-004",
            "/assistance/0/value/amount",
            returnWithAssistance("-5"),
            returnWithAssistance("500")),
        c(
            "MG-RET-005",
            "/followUps/0/date",
            returnCase("TUR", "SEN", null, null, date("2024-05-01"), followUp("2024-04-01", null)),
            returnCase("TUR", "SEN", null, null, date("2024-05-01"), followUp("2024-08-01", null))),
        c(
            "MG-PROG-001",
            "/end",
            programme(null, date("2024"), date("2023"), List.of()),
            programme(null, date("2024"), date("2026"), List.of())),
        c(
            "MG-PROG-002",
            "/budget/amount",
            programme(Money.of("-1", "USD"), null, null, List.of()),
            programme(Money.of("250000", "USD"), null, null, List.of())),
        c(
            "MG-REF-001",
            "/consent",
            referral(true, null),
            referral(true, Fixtures.consent("F-1", "referral"))),
        c(
            "MG-REF-001",
            "/consent",
            referral(true, Fixtures.consent("F-1", "research")),
            referral(false, null)),
        c(
            "MG-REF-001",
            "/referrals/0/consentReference",
            referredCase(
                "2024-04-01", true, "F-2", List.of(Fixtures.consent("F-1", "data-sharing"))),
            referredCase(
                "2024-04-01", true, "F-1", List.of(Fixtures.consent("F-1", "data-sharing")))),
        c(
            "MG-REF-002",
            "/responseDate",
            referral("2024-05-01", "2024-04-01", null),
            referral("2024-05-01", "2024-05-03", null)),
        c(
            "MG-REF-003",
            "/consent/withdrawn",
            referral(true, withdrawn(Fixtures.consent("F-1", "referral"), "2023-12-01")),
            referral(true, withdrawn(Fixtures.consent("F-1", "referral"), "2024-03-01"))),

        // incidents and places
        c(
            "MG-INC-001",
            "/totalDeadAndMissing",
            incident().counts(3, 2, 6).build(),
            incident().counts(3, 2, 5).build()),
        c(
            "MG-INC-003",
            "/females",
            incident().counts(3, 2, 5).breakdown(4, 3, null).build(),
            incident().counts(3, 2, 5).breakdown(2, 3, null).build()),
        c(
            "MG-INC-004",
            "/children",
            incident().counts(3, 2, 5).breakdown(null, null, 6).build(),
            incident().counts(3, 2, 5).breakdown(null, null, 2).build()),
        c(
            "MG-INC-006",
            "/date",
            incident().date(date("2030-01-01")).build(),
            incident().date(date("2025-05-30")).build()),
        c(
            "MG-INC-007",
            "/reportedDate",
            incident().date(date("2024-05-10")).reportedDate(date("2024-05-01")).build(),
            incident().date(date("2024-05-10")).reportedDate(date("2024-05-12")).build()),
        c(
            "MG-GEO-003",
            "/place/coordinates",
            incidentAt(Coordinates.of(35, 12)),
            incidentAt(Coordinates.of(35.1234, 12.5678))),
        c(
            "MG-GEO-004",
            "/place/coordinates",
            incidentAt(new Coordinates(0, 0, CoordinatePrecision.EXACT)),
            incidentAt(new Coordinates(0.5, 0.25, CoordinatePrecision.EXACT))),

        // statistics
        c(
            "MG-STAT-001",
            "/observations/0/dimensions",
            Fixtures.dataset(List.of("REF_AREA", "SEX"), obs("5", "REF_AREA", "DEU")),
            Fixtures.dataset(List.of("REF_AREA", "SEX"), obs("5", "REF_AREA", "DEU", "SEX", "F"))),
        c(
            "MG-STAT-002",
            "/observations/1/dimensions",
            Fixtures.dataset(List.of("SEX"), obs("5", "SEX", "F"), obs("6", "SEX", "F")),
            Fixtures.dataset(List.of("SEX"), obs("5", "SEX", "F"), obs("6", "SEX", "M"))),
        c(
            "MG-STAT-003",
            "/observations/0/status",
            Fixtures.dataset(List.of("SEX"), obs(null, "SEX", "F")),
            Fixtures.dataset(List.of("SEX"), obs(null, "SEX", "F").withValue(null, "M"))),
        c(
            "MG-STAT-004",
            "/observations/0/value",
            Fixtures.dataset(
                List.of("REF_AREA", "SEX"),
                obs("10", "REF_AREA", "DEU", "SEX", "_T"),
                obs("4", "REF_AREA", "DEU", "SEX", "F"),
                obs("5", "REF_AREA", "DEU", "SEX", "M")),
            Fixtures.dataset(
                List.of("REF_AREA", "SEX"),
                obs("9", "REF_AREA", "DEU", "SEX", "_T"),
                obs("4", "REF_AREA", "DEU", "SEX", "F"),
                obs("5", "REF_AREA", "DEU", "SEX", "M"))),
        c(
            "MG-IND-002",
            "/status",
            Fixtures.indicator("DEU", null, null),
            Fixtures.indicator("DEU", null, "M")),

        // at the edge: a record just past a rule's bound, and one on it (which keeps the rule), and
        // the second site of rules that report at two places (mutation testing found them loose)
        c(
            "MG-SOM-001",
            "/fees/0/amount/amount",
            smuggling(List.of(), List.of(fee("-0.01")), null),
            smuggling(List.of(), List.of(fee("0")), null)),
        c(
            "MG-RET-001",
            "/arrivalDate",
            returnCase("TUR", "SEN", date("2024-05-01"), null, date("2024-04-01")),
            returnCase("TUR", "SEN", date("2024-03-01"), null, date("2024-04-01"))),
        c(
            "MG-RET-004",
            "/assistance/0/value/amount",
            returnWithAssistance("-0.01"),
            returnWithAssistance("0")),
        c(
            "MG-PROG-002",
            "/budget/amount",
            programme(Money.of("-0.01", "USD"), null, null, List.of()),
            programme(Money.of("0", "USD"), null, null, List.of())),
        c(
            "MG-STAT-004",
            "/observations/0/value",
            Fixtures.dataset(
                List.of("REF_AREA", "SEX"),
                obs("10", "REF_AREA", "DEU", "SEX", "_T"),
                obs("4", "REF_AREA", "DEU", "SEX", "F")),
            Fixtures.dataset(
                List.of("REF_AREA", "SEX"), obs("10", "REF_AREA", "DEU", "SEX", "_T"))),
        c(
            "MG-INC-001",
            "/totalDeadAndMissing",
            incident().counts(6, null, 5).build(),
            incident().counts(5, null, 5).build()),
        c(
            "MG-INC-001",
            "/totalDeadAndMissing",
            incident().counts(null, 6, 5).build(),
            incident().counts(null, 5, 5).build()),
        c(
            "MG-INC-003",
            "/males",
            incident().counts(3, 2, 5).breakdown(null, 6, null).build(),
            incident().counts(3, 2, 5).breakdown(null, 5, null).build()),
        c(
            "MG-INC-004",
            "/children",
            incident().counts(3, 2, 5).breakdown(null, null, 6).build(),
            incident().counts(3, 2, 5).breakdown(null, null, 5).build()),
        c(
            "MG-INC-003",
            "/females",
            incident().counts(3, 2, 5).breakdown(6, null, null).build(),
            incident().breakdown(6, 3, null).build()),
        c(
            "MG-INC-006",
            "/reportedDate",
            incident().reportedDate(date("2030-01-01")).build(),
            incident().reportedDate(date("2025-05-30")).build()),
        c(
            "MG-PERSON-003",
            "/age",
            person("p")
                .birthDate(date("2020-01-01"))
                .age(ReportedAge.of(AgeRange.exactly(5), date("2020-06")))
                .build(),
            person("p")
                .birthDate(date("2020-01-01"))
                .age(ReportedAge.of(AgeRange.exactly(0), date("2020-06")))
                .build()),
        c(
            "MG-PERSON-005",
            "/gender",
            person("p").sex(Sex.MALE).gender("Feminine").build(),
            person("p").sex(Sex.MALE).gender("Masculine").build()),
        c(
            "MG-TIP-003",
            "/victims/0/ageWhenTrafficked",
            tipCase(victim(person("v1").birthDate(date("2015-01-01"))).ageWhenTrafficked(11)),
            tipCase(victim(person("v1").birthDate(date("2015-01-01"))).ageWhenTrafficked(10))),
        c("MG-TIP-006", "/opened", openedCase("2000", "1995"), openedCase("2000", "2010")),
        c("MG-TIP-007", "/opened", openedCase(null, "2030"), openedCase(null, "2020")),
        c(
            "MG-TIP-012",
            "/supportPlans/0/actualEnd",
            supportedCase("2024-05", null, "2024-01"),
            supportedCase("2024-05", null, "2024-11")),

        // exchange
        x(
            "MG-META-010",
            "/meta/sourceOrganization",
            Person.builder(without("sourceOrganization")).build(),
            Person.builder(fullMeta("p")).build()),
        x(
            "MG-META-011",
            "/meta/created",
            Person.builder(without("created")).build(),
            Person.builder(fullMeta("p")).build()),
        x(
            "MG-META-012",
            "/meta/legalBasis",
            Person.builder(without("legalBasis")).build(),
            Person.builder(fullMeta("p")).build()),
        x(
            "MG-META-012",
            "/meta/legalBasis",
            new Referral(
                without("legalBasis"),
                null,
                OrganizationRef.id("IOM"),
                OrganizationRef.id("UNHCR"),
                null,
                null,
                null,
                null,
                true,
                Optional.of(Fixtures.consent("F-1", "referral")),
                null),
            incidentWith(without("legalBasis"))),
        x(
            "MG-META-013",
            "/meta/schemaVersion",
            Person.builder(fullMeta("p").withSchemaVersion("0.9")).build(),
            Person.builder(fullMeta("p")).build()),
        x(
            "MG-META-014",
            "/meta/extensions/caseWorkerUnit",
            Person.builder(fullMeta("p").withExtension("caseWorkerUnit", "B2")).build(),
            Person.builder(fullMeta("p").withExtension("iom:caseWorkerUnit", "B2")).build()),
        x(
            "MG-CODE-010",
            "/refArea",
            Fixtures.indicator("Germany", "12.5", null),
            Fixtures.indicator("150", "12.5", null)),
        x(
            "MG-CODE-011",
            "/observations/0/status",
            Fixtures.dataset(
                List.of("SEX"), obs("5", "SEX", "F").withValue(new BigDecimal("5"), "X")),
            Fixtures.dataset(
                List.of("SEX"), obs("5", "SEX", "F").withValue(new BigDecimal("5"), "E"))),
        x(
            "MG-CODE-011",
            "/observations/0/confidentiality",
            Fixtures.dataset(List.of("SEX"), obs("5", "SEX", "F").withConfidentiality("secret")),
            Fixtures.dataset(List.of("SEX"), obs("5", "SEX", "F").withConfidentiality("F"))),
        x(
            "MG-CODE-012",
            "/observations/0/dimensions/REF_AREA",
            Fixtures.dataset(List.of("REF_AREA"), obs("5", "REF_AREA", "Atlantis")),
            Fixtures.dataset(
                List.of("REF_AREA"),
                obs("5", "REF_AREA", "DE"),
                obs("7", "REF_AREA", "EU27_2020"),
                obs("12", "REF_AREA", "_T"))));
  }

  @ParameterizedTest(name = "{0} fires at {1}")
  @MethodSource("cases")
  void firesOnARecordThatBreaksTheRule(
      String ruleId, String pointer, Profile profile, MignetRecord bad, MignetRecord good) {
    ValidationReportAssert.assertThat(Fixtures.validate(bad, profile)).hasIssue(ruleId, pointer);
  }

  @ParameterizedTest(name = "{0} is silent on a valid record")
  @MethodSource("cases")
  void staysSilentOnARecordOfTheSameShapeThatKeepsTheRule(
      String ruleId, String pointer, Profile profile, MignetRecord bad, MignetRecord good) {
    ValidationReportAssert.assertThat(Fixtures.validate(good, profile)).hasNoIssue(ruleId);
  }

  @Test
  void coversEveryRuleInTheCatalogue() {
    Set<String> covered = new HashSet<>();
    cases().forEach(a -> covered.add((String) a.get()[0]));
    Set<String> all = new HashSet<>();
    // cross-record rules need several records; CrossRecordRuleTest covers them. A validation
    // built here, not the shared one: its catalogue is the one the rules are gathered into now
    Validation.builder().build().catalogue().rules().stream()
        .filter(r -> r.kind() != RuleKind.CROSS_RECORD)
        .forEach(r -> all.add(r.id().value()));
    all.remove("MG-MODEL-000");
    assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void aDocumentCodeOfTheWrongLetterNamesTheLettersItsTypeTakes() {
    Issue issue =
        Fixtures.validate(travelDocument(DocumentType.IDENTITY_CARD, "P", "L898902C3", null))
            .issues()
            .stream()
            .filter(i -> i.ruleId().value().equals("MG-DOC-004"))
            .findFirst()
            .orElseThrow();
    assertThat(issue.message(java.util.Locale.ENGLISH))
        .isEqualTo(
            "Expected a document code starting with I/A/C for a document of type IDENTITY_CARD;"
                + " found another letter.");
  }

  @Test
  void onlyTheRecordBeingValidatedNeedsASensitivityForTheNamesInIt() {
    // the nested victim's own metadata says public, and it is named: not what is shared
    Person named =
        Person.builder(meta("v1").withSensitivity(Sensitivity.PUBLIC))
            .name(PersonName.full("Amina Diallo"))
            .build();
    TraffickingCase c =
        TraffickingCase.builder(meta("c").withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL))
            .victim(Victim.builder(named).build())
            .build();
    ValidationReportAssert.assertThat(Fixtures.validate(c)).hasNoIssue("MG-META-006");
    ValidationReportAssert.assertThat(Fixtures.validate(named))
        .hasIssue("MG-META-006", "/meta/sensitivity");
  }

  @Test
  void aTextValueIsAValueSoItNeedsNoStatus() {
    Observation text = Observation.ofText(Map.of("SEX", "F"), "n.a.");
    ValidationReportAssert.assertThat(Fixtures.validate(Fixtures.dataset(List.of("SEX"), text)))
        .hasNoIssue("MG-STAT-003");
  }

  @Test
  void exchangeRulesDoNotFireUnderTheStructuralProfile() {
    ValidationReport report =
        Fixtures.validate(Person.builder(meta("p").withSchemaVersion("0.9")).build());
    assertThat(report.issues()).noneMatch(i -> i.ruleId().value().startsWith("MG-META-01"));
  }

  @Test
  void aRecordWithoutPersonalDataNeedsNoLegalBasisForExchange() {
    ValidationReportAssert.assertThat(
            Fixtures.validate(incidentWith(without("legalBasis")), Profile.EXCHANGE))
        .hasNoIssue("MG-META-012")
        .isValid();
  }

  @Test
  void theMmpReadersOwnTextOnAnIncidentIsNotTakenForPersonalData() {
    RecordMeta m =
        without("legalBasis")
            .withExtension("mmp:causeOfDeath", "Sickness and lack of access to medicines")
            .withExtension("mmp:countryOfOrigin", "Unknown (Horn of Africa)");
    ValidationReportAssert.assertThat(Fixtures.validate(incidentWith(m), Profile.EXCHANGE))
        .hasNoIssue("MG-META-012");
  }

  @Test
  void anAgencyExtensionOnAnIncidentStillNeedsALegalBasis() {
    RecordMeta m =
        without("legalBasis")
            .withExtension("mmp:causeOfDeath", "Presumed drowning")
            .withExtension("ngo:witness", "text mignet cannot know");
    ValidationReportAssert.assertThat(Fixtures.validate(incidentWith(m), Profile.EXCHANGE))
        .hasIssue("MG-META-012", "/meta/legalBasis");
  }

  @Test
  void theMmpKeysOnAnotherRecordCountAsAnyExtension() {
    IndicatorValue v =
        new IndicatorValue(
            without("legalBasis").withExtension("mmp:causeOfDeath", "a name"),
            "SDG 10.7.2",
            "KEN",
            "2020",
            Optional.of(BigDecimal.ONE),
            null,
            null,
            null,
            null);
    ValidationReportAssert.assertThat(Fixtures.validate(v, Profile.EXCHANGE))
        .hasIssue("MG-META-012", "/meta/legalBasis");
  }

  @Test
  void aCompleteCaseOfAChildVictimIsValidForExchange() {
    TraffickingCase c =
        TraffickingCase.builder(fullMeta("c"))
            .opened(date("2024-01-10"))
            .victim(
                victim(person("v1").birthDate(date("2010-03-01")))
                    .ageWhenTrafficked(12)
                    .exploitationType("ForcedLabour")
                    .build())
            .palermo(
                new PalermoElements(
                    List.of(TraffickingAct.RECRUITMENT), List.of(), List.of("ForcedLabour")))
            .event(TraffickingEvent.of("Recruitment", date("2023-02"), Place.country("NGA")))
            .consent(Fixtures.consent("F-1", "referral"))
            .referral(Fixtures.referral("2024-02-01", true, "F-1"))
            .build();
    ValidationReportAssert.assertThat(Fixtures.validate(c, Profile.EXCHANGE)).isEmpty();
  }

  // --- builders of small records
  // ---------------------------------------------------------------------------

  private static Instant at(String day) {
    return Instant.parse(day + "T12:00:00Z");
  }

  private static RecordMeta without(String part) {
    RecordMeta m = fullMeta("r");
    return new RecordMeta(
        m.identifier(),
        part.equals("sourceOrganization") ? Optional.empty() : m.sourceOrganization(),
        part.equals("created") ? Optional.empty() : m.created(),
        part.equals("created") ? Optional.empty() : m.updated(),
        m.schemaVersion(),
        m.sensitivity(),
        part.equals("legalBasis") ? Optional.empty() : m.legalBasis(),
        m.consentReference(),
        m.extensions());
  }

  private static Incident.Builder incident() {
    return Incident.builder(meta("i"));
  }

  private static Incident incidentAt(Coordinates position) {
    return incident().place(Place.country("LBY").withCoordinates(position)).build();
  }

  private static Incident incidentWith(RecordMeta m) {
    return Incident.builder(m).counts(1, 0, 1).build();
  }

  private static IndicatorValue indicator(String refArea, String period) {
    return new IndicatorValue(
        meta("ind"),
        "SDG 10.7.2",
        refArea,
        period,
        Optional.of(BigDecimal.ONE),
        null,
        null,
        null,
        null);
  }

  private static Programme programme(
      Money budget, PartialDate start, PartialDate end, List<Marker> markers) {
    return new Programme(
        meta("prog"),
        "Safe labour migration",
        null,
        null,
        null,
        null,
        List.of("GHA"),
        Optional.ofNullable(budget),
        Optional.ofNullable(start),
        Optional.ofNullable(end),
        null,
        null,
        markers,
        null);
  }

  private static Policy policy(String sdgTarget) {
    return new Policy(
        meta("pol"),
        "National migration policy",
        "GHA",
        null,
        null,
        null,
        List.of(sdgTarget),
        null);
  }

  private static TravelDocument travelDocument(
      DocumentType type, String code, String number, String expiry) {
    return new TravelDocument(
        meta("doc"),
        type,
        code,
        "UTO",
        number,
        PersonName.of("Anna Maria", "Eriksson"),
        Optional.of("UTO"),
        Optional.of(date("1974-08-12")),
        Sex.FEMALE,
        Optional.ofNullable(expiry).map(PartialDate::parse),
        null,
        null);
  }

  private static IdentityDocument document(String issued, String expiry) {
    return new IdentityDocument(
        DocumentType.PASSPORT,
        Optional.of("FRA"),
        "12AB34567",
        Optional.ofNullable(issued).map(PartialDate::parse),
        Optional.ofNullable(expiry).map(PartialDate::parse));
  }

  private static Leg leg(String from, String to) {
    return Leg.between(Place.country(from), Place.country(to));
  }

  private static Journey journey(Leg... legs) {
    return new Journey(meta("j"), List.of("test|p1"), List.of(legs), null);
  }

  private static SmugglingCase smuggling(
      List<Leg> legs, List<FeePayment> fees, Interception interception) {
    return new SmugglingCase(
        meta("s"), null, null, legs, null, fees, null, Optional.ofNullable(interception), null);
  }

  private static Interception interception(int people) {
    return new Interception(Interception.Kind.RESCUE, null, null, null, Optional.of(people));
  }

  private static FeePayment fee(String amount) {
    return FeePayment.of(Money.of(amount, "USD"));
  }

  private static FollowUp followUp(String day, String score) {
    return new FollowUp(date(day), Optional.ofNullable(score).map(BigDecimal::new), null);
  }

  private static ReturnCase returnCase(
      String host,
      String origin,
      PartialDate applied,
      PartialDate departed,
      PartialDate arrived,
      FollowUp... followUps) {
    return new ReturnCase(
        meta("ret"),
        person("r1").build(),
        ReturnType.ASSISTED_VOLUNTARY,
        host,
        origin,
        Optional.ofNullable(applied),
        Optional.ofNullable(departed),
        Optional.ofNullable(arrived),
        null,
        null,
        List.of(followUps));
  }

  private static ReturnCase returnWithAssistance(String amount) {
    return new ReturnCase(
        meta("ret"),
        person("r1").build(),
        ReturnType.ASSISTED_VOLUNTARY,
        "TUR",
        "SEN",
        null,
        null,
        null,
        null,
        List.of(
            new ReintegrationAssistance(
                ReintegrationAssistance.Dimension.ECONOMIC,
                null,
                null,
                null,
                Optional.of(Money.of(amount, "USD")))),
        null);
  }

  private static Referral referral(boolean sharesPersonalData, Consent consent) {
    return new Referral(
        meta("ref"),
        Optional.of("test|p1"),
        OrganizationRef.id("IOM"),
        OrganizationRef.id("UNHCR"),
        Optional.of(date("2024-02-01")),
        null,
        null,
        null,
        sharesPersonalData,
        Optional.ofNullable(consent),
        null);
  }

  private static Referral referral(String made, String answered, Consent consent) {
    return new Referral(
        meta("ref"),
        Optional.of("test|p1"),
        OrganizationRef.id("IOM"),
        OrganizationRef.id("UNHCR"),
        Optional.of(date(made)),
        Optional.of(date(answered)),
        null,
        null,
        false,
        Optional.ofNullable(consent),
        null);
  }

  private static Consent withdrawn(Consent k, String day) {
    return new Consent(
        k.personId(),
        k.given(),
        k.date(),
        k.purposes(),
        k.reference(),
        Optional.of(date(day)),
        k.givenByGuardian());
  }

  private static Victim.Builder victim(Person.Builder person) {
    return Victim.builder(person.build());
  }

  private static TraffickingCase tipCase(Victim.Builder victim) {
    return TraffickingCase.builder(meta("c")).victim(victim.build()).build();
  }

  private static TraffickingCase tipCase(Victim.Builder victim, PalermoElements palermo) {
    return TraffickingCase.builder(meta("c")).victim(victim.build()).palermo(palermo).build();
  }

  private static TraffickingCase palermoCase(String birthDate, List<TraffickingMeans> means) {
    Person.Builder p = person("v1");
    if (birthDate != null) {
      p.birthDate(date(birthDate));
    }
    return TraffickingCase.builder(meta("c"))
        .victim(victim(p).build())
        .palermo(
            new PalermoElements(
                List.of(TraffickingAct.RECRUITMENT), means, List.of("ForcedLabour")))
        .event(TraffickingEvent.of("Recruitment", date("2020-06"), Place.country("NGA")))
        .build();
  }

  private static TraffickingCase eventCase(
      String birthDate, Integer ageWhenTrafficked, String eventDate) {
    Person.Builder p = person("v1");
    if (birthDate != null) {
      p.birthDate(date(birthDate));
    }
    return TraffickingCase.builder(meta("c"))
        .victim(victim(p).ageWhenTrafficked(ageWhenTrafficked).build())
        .event(TraffickingEvent.of("Exploitation", date(eventDate), Place.country("THA")))
        .build();
  }

  private static TraffickingCase commentedCase(String commentDay) {
    return TraffickingCase.builder(meta("c").withTimestamps(at("2024-02-01"), null))
        .comment(
            new CaseComment(Optional.of(at(commentDay)), Optional.empty(), "Called the shelter."))
        .build();
  }

  private static TraffickingCase referredCase(
      String referralDate, boolean shares, String consentRef, List<Consent> consents) {
    TraffickingCase.Builder b =
        TraffickingCase.builder(meta("c"))
            .opened(date("2024-03-01"))
            .referral(Fixtures.referral(referralDate, shares, consentRef));
    consents.forEach(b::consent);
    return b.build();
  }

  private static TraffickingCase supportedCase(String start, String plannedEnd) {
    return supportedCase(start, plannedEnd, null);
  }

  private static TraffickingCase supportedCase(String start, String plannedEnd, String actualEnd) {
    return TraffickingCase.builder(meta("c"))
        .supportPlan(
            new SupportPlan(
                Optional.of("Education"),
                null,
                null,
                Optional.of(date(start)),
                Optional.ofNullable(plannedEnd).map(PartialDate::parse),
                Optional.ofNullable(actualEnd).map(PartialDate::parse)))
        .build();
  }

  private static TraffickingCase openedCase(String birthDate, String opened) {
    Person.Builder p = person("v1");
    if (birthDate != null) {
      p.birthDate(date(birthDate));
    }
    return TraffickingCase.builder(meta("c"))
        .victim(victim(p).build())
        .opened(date(opened))
        .build();
  }
}

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

import java.util.List;

/**
 * The definitions of the structural rules: one per rule id used as the {@code message} of a Bean
 * Validation constraint on the model. A test checks by reflection that every such id is defined
 * here.
 */
final class StructuralRules {

  private StructuralRules() {}

  static List<RuleDefinition> definitions() {
    return List.of(
        def(
            "MG-CODE-001",
            Severity.ERROR,
            "Countries are exchanged as ISO 3166-1 alpha-3 codes so that every agency reads the same country; "
                + "names and alpha-2 codes are resolved by readers before validation.",
            "ISO 3166-1:2020, alpha-3 codes; UN M49"),
        def(
            "MG-CODE-002",
            Severity.ERROR,
            "Nationalities and document issuers follow ICAO Doc 9303, which extends ISO 3166-1 alpha-3 with codes "
                + "such as D (Germany), XXA (stateless) and UNO (United Nations).",
            "ICAO Doc 9303 (8th ed., 2021), Part 3, §5 and Appendix"),
        def(
            "MG-CODE-003",
            Severity.ERROR,
            "Languages are ISO 639 three-letter codes, as HTCDS prs_PrimaryLanguage asks (ISO 639-2).",
            "ISO 639-2/ISO 639-3; HTCDS v2.0 field prs_PrimaryLanguage"),
        def(
            "MG-CODE-004",
            Severity.ERROR,
            "Amounts of money carry an ISO 4217 alphabetic currency code so that sums can be compared.",
            "ISO 4217, alphabetic codes"),
        def(
            "MG-CODE-005",
            Severity.ERROR,
            "Coded HTCDS fields take a value from the HTCDS v2.0 picklist (or a documented older-version code) so "
                + "that case data can be aggregated across agencies.",
            "HTCDS v2.0, HTCDS Field Standards 2.0.ods, picklist fields"),
        def(
            "MG-DOC-001",
            Severity.ERROR,
            "The MRZ document code is one or two characters: a capital letter (P, I, A, C, V) optionally followed by "
                + "a letter or the filler <.",
            "ICAO Doc 9303 Part 4 §4.2.2 and Part 5 §4.2.2 (document code)"),
        def(
            "MG-DOC-002",
            Severity.ERROR,
            "A document number in an MRZ is upper-case letters, digits and the filler <, at most 35 characters "
                + "(9 in the number field, the rest in optional data).",
            "ICAO Doc 9303 Part 3 §4.2 (MRZ character set) and Part 5 §4.2.2"),
        def(
            "MG-GEO-001",
            Severity.ERROR,
            "A WGS 84 latitude lies between -90 and 90 degrees; anything else is a swapped or corrupt value.",
            "WGS 84 / ISO 6709:2022"),
        def(
            "MG-GEO-002",
            Severity.ERROR,
            "A WGS 84 longitude lies between -180 and 180 degrees; anything else is a swapped or corrupt value.",
            "WGS 84 / ISO 6709:2022"),
        def(
            "MG-INC-002",
            Severity.ERROR,
            "Counts of dead, missing, survivors and their breakdowns by sex and age are numbers of people: never "
                + "negative.",
            "IOM Missing Migrants Project, methodology and data dictionary"),
        def(
            "MG-INC-005",
            Severity.ERROR,
            "The Missing Migrants Project grades the quality of its sources from 1 (one unverified source) to 5 "
                + "(official or verified).",
            "IOM Missing Migrants Project, methodology: source quality"),
        def(
            "MG-IND-001",
            Severity.ERROR,
            "Time periods are ISO 8601 years, quarters, half-years, months or year intervals, as SDMX TIME_PERIOD.",
            "ISO 8601-1:2019; SDMX 2.1 Technical Notes, time period formats"),
        def(
            "MG-META-003",
            Severity.ERROR,
            "The schema version is major.minor so that a reader can tell which version of the model it reads.",
            "mignet design §3, schema versioning"),
        def(
            "MG-PERSON-004",
            Severity.ERROR,
            "A number of children is a count between 0 and 40; other values are typing or unit errors.",
            "HTCDS v2.0 field prs_NumberOfChildren"),
        def(
            "MG-POL-002",
            Severity.ERROR,
            "SDG targets are written goal.target, goals 1 to 17 and targets numbered or lettered (10.7, 17.c).",
            "UN General Assembly resolution A/RES/71/313, global indicator framework"),
        def(
            "MG-PROG-004",
            Severity.ERROR,
            "Programme markers (gender, human-rights) are scored with a digit and an optional lower-case letter "
                + "(0, 1, 2a, 2b).",
            "UN Migration MPTF Operations Manual; UNSDG Gender Equality Marker guidance"),
        def(
            "MG-RET-003",
            Severity.ERROR,
            "IOM reintegration sustainability scores are indices between 0 and 1.",
            "IOM Reintegration Sustainability Survey (MEASURE project), scoring methodology"),
        def(
            "MG-SOM-003",
            Severity.ERROR,
            "The number of people concerned by an interception or rescue is a count: never negative.",
            "Smuggling of Migrants Protocol (2000), Art. 8 and 16; UNODC Observatory on Smuggling of Migrants"),
        def(
            "MG-TIP-004",
            Severity.ERROR,
            "The age when first trafficked is a number of completed years between 0 and 120.",
            "HTCDS v2.0 field vic_AgeWhenTrafficked"));
  }

  private static RuleDefinition def(String id, Severity severity, String rationale, String source) {
    return StandardRules.def(id, severity, RuleKind.STRUCTURAL, rationale, source);
  }
}

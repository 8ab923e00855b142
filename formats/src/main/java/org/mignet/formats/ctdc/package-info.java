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
/**
 * The Counter Trafficking Data Collaborative (CTDC, IOM) format {@value
 * org.mignet.formats.ctdc.Ctdc#NAME}: reads the k-anonymised Global Dataset (2017–2020; variables
 * of the 2018 data dictionary, {@code -99}/{@code Unknown} for missing, ISO alpha-2 countries,
 * {@code 0/1/-99} flags), the 2021 synthetic TSV (same names, {@code 1}/empty flags) and the
 * 2024/2025 synthetic layout (27 variables, alpha-3 countries, {@code 1}/empty flags) into {@link
 * org.mignet.core.model.TraffickingCase} records, one case with one victim per row; writes the 2024
 * layout made k-anonymous (see {@link org.mignet.formats.ctdc.Ctdc} for the options). The layout is
 * recognised by header names (case-insensitively, with the known variant spellings {@code
 * datasource}, {@code CountryofExploitation}, {@code MajorityEntry}, the truncated {@code
 * meansOfControlThreatOfLawEnforce}, the codebook's {@code meansWithholdDocuments}, {@code
 * CountryOfExploition}, {@code recruiterRelationUknown}), never by position; either value
 * convention is accepted in either layout.
 *
 * <p>A table is read (and sniffed) as CTDC only when its header names at least one variable only
 * CTDC uses (any but the generic {@code gender}, {@code citizenship} and {@code Datasource}) and
 * CTDC variables make up at least half of its named columns; otherwise the whole file is one
 * refusal ({@code MG-CTDC-006}) saying what was expected and how many CTDC variables were found
 * among how many columns, never a case per row. The terms-of-use notice that the 2020 Global
 * Dataset writes as its first header cell ("By using this data you agree to the Terms of Use:
 * https://www.ctdatacollaborative.org/terms-use") is not a variable: its column (empty in every
 * row) is read as unnamed, the notice is reported ({@code MG-CTDC-013}, info) and, since the file
 * thereby states who published it, every record names the Counter Trafficking Data Collaborative
 * (CTDC) as its source organisation. The writer quotes a cell only where CSV needs it (a delimiter,
 * quote or line break).
 *
 * <h2>Reading: where each CTDC variable goes</h2>
 *
 * Extensions are {@code meta.extensions} entries named {@code ctdc:<variable>}; flags set to {@code
 * 0}, {@code -99} or empty add nothing (the model cannot tell "no" from "not reported", CB2024
 * treats both as not reported).
 *
 * <table>
 *   <caption>CTDC variable → model</caption>
 *   <tr><th>CTDC variable</th><th>model</th><th>why</th></tr>
 *   <tr><td>{@code yearOfRegistration}</td><td>{@code opened} (year precision); also the {@code asOf} of the age</td>
 *       <td>the year the person was registered, assisted or reported</td></tr>
 *   <tr><td>{@code Datasource}</td><td>extension</td><td>a property of the source system; no model field</td></tr>
 *   <tr><td>{@code gender}</td><td>{@code person.gender}: {@code Male}/{@code Man} → {@code Masculine},
 *       {@code Female}/{@code Woman} → {@code Feminine}; the merged trans label → extension; {@code Unknown},
 *       {@code -99} → nothing. {@code person.sex} stays unknown</td>
 *       <td>CTDC records gender; which HTCDS trans code a merged label means cannot be told</td></tr>
 *   <tr><td>{@code ageBroad}</td><td>{@code person.age} as a band ({@code 48+} is 48–150), as of the year</td>
 *       <td>the age at registration</td></tr>
 *   <tr><td>{@code majorityStatus}</td><td>{@code person.age} 0–17 or 18–150 when there is no band; extension when
 *       it contradicts the band</td><td>derivable from the band otherwise</td></tr>
 *   <tr><td>{@code majorityStatusAtExploit}, {@code majorityEntry}</td><td>extension</td>
 *       <td>{@code ageWhenTrafficked} holds an exact age only</td></tr>
 *   <tr><td>{@code citizenship}</td><td>{@code person.citizenships} (ISO alpha-3); {@code ZZ}, {@code 00},
 *       {@code -99} → none; an M49 region written by a k-anonymising writer → extension</td><td></td></tr>
 *   <tr><td>{@code CountryOfExploitation}</td><td>{@code victim.exploitationPlace.country}</td>
 *       <td>CTDC uses the country of identification as a proxy where the last country is unknown</td></tr>
 *   <tr><td>{@code meansOfControl*} (legacy)</td><td>{@code methodsOfControl}: DebtBondage, TakesEarnings,
 *       RestrictsFinancialAccess, Threats → PhysicalThreats, PsychologicalAbuse, PhysicalAbuse, SexualAbuse,
 *       FalsePromises, PsychoactiveSubstances → PsychoactiveSubstance, RestrictsMedicalCare, ExcessiveWorkingHours,
 *       UsesChildren → ThreatensChildrenFamily, ThreatOfLawEnforcement → ThreatsLawEnforcement,
 *       WithholdsNecessities, WithholdsDocuments, Other</td><td>CTDC.md §7</td></tr>
 *   <tr><td>{@code meansOfControlRestrictsMovement}, {@code meansOfControlNotSpecified}</td><td>extension</td>
 *       <td>no HTCDS code</td></tr>
 *   <tr><td>{@code meansFalsePromises}, {@code meansDrugsAlcohol}, {@code meansExcessiveWorkHours},
 *       {@code meansWithholdDocs} (2024)</td><td>FalsePromises, PsychoactiveSubstance, ExcessiveWorkingHours,
 *       WithholdsDocuments</td><td>one code each</td></tr>
 *   <tr><td>{@code meansDebtBondageEarnings}, {@code meansThreats}, {@code meansAbusePsyPhySex},
 *       {@code meansDenyBasicNeeds} (2024)</td><td>extension</td>
 *       <td>merged groups: which of their codes applies is unknown</td></tr>
 *   <tr><td>{@code isForcedLabour}, {@code isSexualExploit}</td><td>{@code exploitationTypes} ForcedLabour,
 *       SexualExploitation</td><td></td></tr>
 *   <tr><td>{@code isForcedMarriage}, {@code isForcedMilitary}, {@code isOrganRemoval}</td><td>ForcedMarriage,
 *       ForcedMilitaryByNonStateActors, OrganRemoval</td><td></td></tr>
 *   <tr><td>{@code isOtherExploit}</td><td>Other, unless one of the three above is set</td><td>it is their
 *       umbrella</td></tr>
 *   <tr><td>{@code isSlaveryAndPractices}, {@code isAbduction}</td><td>extension</td><td>no HTCDS code</td></tr>
 *   <tr><td>{@code typeOfLabour*}</td><td>{@code forcedLabourIndustry} (ISIC section): Agriculture → A,
 *       Aquafarming → A (and extension), Construction → F, DomesticWork → T, Hospitality → I, Manufacturing → C,
 *       MiningOrDrilling → B, Transportation → H; Begging → exploitation type ForcedBegging; IllicitActivities →
 *       ForcedCriminality (mignet extension code); Peddling, Other, NotSpecified → extension; a second industry →
 *       extension ({@code MG-CTDC-010})</td><td>the model's industry is single-valued</td></tr>
 *   <tr><td>{@code typeOfSex*}</td><td>{@code sexualExploitationTypes}, 1:1; {@code typeOfSexOther} →
 *       extension</td><td></td></tr>
 *   <tr><td>{@code recruiterRelation*}</td><td>{@code relationshipToTrafficker}: Family → Familial, Friend →
 *       Acquainted, IntimatePartner → Acquainted (and extension); Other, Unknown → extension</td>
 *       <td>HTCDS cannot tell an intimate partner apart; "Other" may be acquainted or not</td></tr>
 *   <tr><td>{@code traffickMonths}</td><td>extension</td><td>no model field for the duration</td></tr>
 *   <tr><td>{@code *Concatenated}, {@code RecruiterRelationship}, {@code isSexAndLabour}</td><td>not read
 *       ({@code MG-CTDC-003})</td><td>they repeat the flags</td></tr>
 *   <tr><td>any other column</td><td>extension ({@code MG-CTDC-001})</td><td>nothing is dropped</td></tr>
 * </table>
 *
 * <h2>Writing: the 2024 layout and k-anonymity</h2>
 *
 * Each victim of a case becomes one row; the 2024 merges apply (e.g. DebtBondage or TakesEarnings →
 * {@code meansDebtBondageEarnings}; ChildLabour, ForcedBegging, ForcedCriminality → {@code
 * isForcedLabour}; Servitude, ForcedAdoption, Surrogacy… → {@code isOtherExploit}; Unaquainted →
 * {@code recruiterRelationOther}), an exact age or a birth date becomes its CTDC band, and
 * extensions {@code ctdc:<variable>} fill the variables the model has no field for. Then the rows
 * are made k-anonymous over the quasi-identifiers (default {@value
 * org.mignet.formats.ctdc.Ctdc#DEFAULT_QUASI_IDENTIFIERS}, k = {@value
 * org.mignet.formats.ctdc.Ctdc#DEFAULT_K}): rows in classes of fewer than k rows are first
 * generalised (age band → 0–17/18–29/30–47/48+ → 0–17/18+; country → UN M49 sub-region → region,
 * written as the M49 code), then their quasi-identifier cells blanked (citizenship, country of
 * exploitation, duration, age, gender, year), and rows still in small classes suppressed. The
 * writer therefore holds every row until it closes (bounded by {@link
 * org.mignet.formats.ctdc.Ctdc#MAX_BUFFERED_ROWS}); its {@link
 * org.mignet.formats.RecordWriter#transformations()} counts cells {@code generalised} and {@code
 * suppressed} per quasi-identifier, rows {@code suppressed} whole (pointer {@code ""}), and values
 * the 2024 layout merges ({@code generalised}) or has no variable for ({@code dropped}).
 *
 * <h2>What CTDC cannot carry</h2>
 *
 * Identifiers, names, contacts, documents, addresses, sex (as distinct from gender), birth dates
 * (only a band), languages, marital status, education, places other than the country of
 * exploitation, dates other than the year, events, referrals, support plans, consents, comments and
 * other free text, case status and owner, perpetrators, the Palermo elements, recruitment methods
 * and websites, vulnerabilities, more than one citizenship, and in the 2024 layout: means Other,
 * industries other than A, F, T, I, remote and private sexual services. The format's {@link
 * org.mignet.formats.Format#coverage()} reports each as lost with its reason.
 */
@NullMarked
package org.mignet.formats.ctdc;

import org.jspecify.annotations.NullMarked;

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
package org.mignet.formats.ctdc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CTDC variables of the k-anonymised Global Dataset (CB6, DD2018, the 2020 file's {@code
 * isSlaveryAndPractices}), the 2021 synthetic file and the 2024 synthetic layout (CB2024), each
 * with what it means for the model. Names are matched case-insensitively; known variant spellings
 * are aliases. Immutable.
 */
public final class CtdcColumns {

  /** What a column holds. */
  public enum Kind {
    /** {@code yearOfRegistration}. */
    YEAR,
    /** {@code gender}. */
    GENDER,
    /** {@code ageBroad}. */
    AGE,
    /** {@code majorityStatus}, {@code majorityStatusAtExploit}, {@code majorityEntry}. */
    MAJORITY,
    /** {@code citizenship}. */
    CITIZENSHIP,
    /** {@code CountryOfExploitation}. */
    EXPLOITATION_COUNTRY,
    /** A 0/1/-99 or 1/empty flag. */
    FLAG,
    /** A text value kept as it is in an extension ({@code Datasource}, {@code traffickMonths}). */
    TEXT,
    /**
     * A column that repeats other columns ({@code *Concatenated}, {@code RecruiterRelationship}).
     */
    DERIVED
  }

  /**
   * A CTDC variable.
   *
   * @param name the name as in the data files
   * @param kind what it holds
   * @param target for flags: {@code moc:}, {@code exp:}, {@code ind:}, {@code sex:} or {@code rel:}
   *     and a code of the HTCDS list, or empty when the flag has no model home (kept as extension
   *     {@code ctdc:<name>})
   * @param alsoExtension whether a flag set is also kept as an extension (it refines its model
   *     code)
   */
  public record Column(String name, Kind kind, Optional<String> target, boolean alsoExtension) {}

  /** The 27 variables of the 2024 synthetic layout, in the order of CB2024. */
  public static final List<String> V2024 =
      List.of(
          "yearOfRegistration",
          "gender",
          "ageBroad",
          "citizenship",
          "CountryOfExploitation",
          "traffickMonths",
          "meansDebtBondageEarnings",
          "meansThreats",
          "meansAbusePsyPhySex",
          "meansFalsePromises",
          "meansDrugsAlcohol",
          "meansDenyBasicNeeds",
          "meansExcessiveWorkHours",
          "meansWithholdDocs",
          "isForcedLabour",
          "isSexualExploit",
          "isOtherExploit",
          "typeOfLabourAgriculture",
          "typeOfLabourConstruction",
          "typeOfLabourDomesticWork",
          "typeOfLabourHospitality",
          "typeOfSexProstitution",
          "typeOfSexPornography",
          "recruiterRelationIntimatePartner",
          "recruiterRelationFriend",
          "recruiterRelationFamily",
          "recruiterRelationOther");

  /** Columns only the 2024 synthetic layout has: any of them marks a file as that layout. */
  public static final List<String> ONLY_2024 =
      List.of(
          "traffickMonths",
          "meansDebtBondageEarnings",
          "meansThreats",
          "meansAbusePsyPhySex",
          "meansFalsePromises",
          "meansDrugsAlcohol",
          "meansDenyBasicNeeds",
          "meansExcessiveWorkHours",
          "meansWithholdDocs");

  /** The values of {@code traffickMonths} in the 2024 CSV. */
  public static final List<String> TRAFFICK_MONTHS =
      List.of("0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25+ (2+ yrs)");

  private static final Map<String, Column> BY_KEY = new LinkedHashMap<>();
  private static final Map<String, String> ALIASES = new LinkedHashMap<>();

  static {
    col("yearOfRegistration", Kind.YEAR, null, false);
    col("Datasource", Kind.TEXT, null, false);
    col("gender", Kind.GENDER, null, false);
    col("ageBroad", Kind.AGE, null, false);
    col("majorityStatus", Kind.MAJORITY, null, false);
    col("majorityStatusAtExploit", Kind.MAJORITY, null, false);
    col("majorityEntry", Kind.MAJORITY, null, false);
    col("citizenship", Kind.CITIZENSHIP, null, false);
    col("CountryOfExploitation", Kind.EXPLOITATION_COUNTRY, null, false);
    flag("meansOfControlDebtBondage", "moc:DebtBondage");
    flag("meansOfControlTakesEarnings", "moc:TakesEarnings");
    flag("meansOfControlRestrictsFinancialAccess", "moc:RestrictsFinancialAccess");
    flag("meansOfControlThreats", "moc:PhysicalThreats");
    flag("meansOfControlPsychologicalAbuse", "moc:PsychologicalAbuse");
    flag("meansOfControlPhysicalAbuse", "moc:PhysicalAbuse");
    flag("meansOfControlSexualAbuse", "moc:SexualAbuse");
    flag("meansOfControlFalsePromises", "moc:FalsePromises");
    flag("meansOfControlPsychoactiveSubstances", "moc:PsychoactiveSubstance");
    flag("meansOfControlRestrictsMovement", null);
    flag("meansOfControlRestrictsMedicalCare", "moc:RestrictsMedicalCare");
    flag("meansOfControlExcessiveWorkingHours", "moc:ExcessiveWorkingHours");
    flag("meansOfControlUsesChildren", "moc:ThreatensChildrenFamily");
    flag("meansOfControlThreatOfLawEnforcement", "moc:ThreatsLawEnforcement");
    flag("meansOfControlWithholdsNecessities", "moc:WithholdsNecessities");
    flag("meansOfControlWithholdsDocuments", "moc:WithholdsDocuments");
    flag("meansOfControlOther", "moc:Other");
    flag("meansOfControlNotSpecified", null);
    col("meansOfControlConcatenated", Kind.DERIVED, null, false);
    flag("isForcedLabour", "exp:ForcedLabour");
    flag("isSexualExploit", "exp:SexualExploitation");
    flag("isOtherExploit", "exp:Other");
    col("isSexAndLabour", Kind.DERIVED, null, false);
    flag("isForcedMarriage", "exp:ForcedMarriage");
    flag("isForcedMilitary", "exp:ForcedMilitaryByNonStateActors");
    flag("isOrganRemoval", "exp:OrganRemoval");
    flag("isSlaveryAndPractices", null);
    col("typeOfExploitConcatenated", Kind.DERIVED, null, false);
    flag("typeOfLabourAgriculture", "ind:A_AgricultureForestryAndFishing");
    col("typeOfLabourAquafarming", Kind.FLAG, "ind:A_AgricultureForestryAndFishing", true);
    flag("typeOfLabourBegging", "exp:ForcedBegging");
    flag("typeOfLabourConstruction", "ind:F_Construction");
    flag("typeOfLabourDomesticWork", "ind:T_ActivitiesOfHouseholdsAsEmployers");
    flag("typeOfLabourHospitality", "ind:I_AccommodationAndFoodServiceActivities");
    flag("typeOfLabourIllicitActivities", "exp:ForcedCriminality");
    flag("typeOfLabourManufacturing", "ind:C_Manufacturing");
    flag("typeOfLabourMiningOrDrilling", "ind:B_MiningAndQuarrying");
    flag("typeOfLabourPeddling", null);
    flag("typeOfLabourTransportation", "ind:H_TransportationAndStorage");
    flag("typeOfLabourOther", null);
    flag("typeOfLabourNotSpecified", null);
    col("typeOfLabourConcatenated", Kind.DERIVED, null, false);
    flag("typeOfSexProstitution", "sex:Prostitution");
    flag("typeOfSexPornography", "sex:Pornography");
    flag("typeOfSexRemoteInteractiveServices", "sex:RemoteInteractiveServices");
    flag("typeOfSexPrivateSexualServices", "sex:PrivateSexualServices");
    flag("typeOfSexOther", null);
    col("typeOfSexConcatenated", Kind.DERIVED, null, false);
    flag("isAbduction", null);
    col("RecruiterRelationship", Kind.DERIVED, null, false);
    col("recruiterRelationIntimatePartner", Kind.FLAG, "rel:Acquainted", true);
    flag("recruiterRelationFriend", "rel:Acquainted");
    flag("recruiterRelationFamily", "rel:Familial");
    flag("recruiterRelationOther", null);
    flag("recruiterRelationUnknown", null);
    col("traffickMonths", Kind.TEXT, null, false);
    flag("meansDebtBondageEarnings", null);
    flag("meansThreats", null);
    flag("meansAbusePsyPhySex", null);
    flag("meansFalsePromises", "moc:FalsePromises");
    flag("meansDrugsAlcohol", "moc:PsychoactiveSubstance");
    flag("meansDenyBasicNeeds", null);
    flag("meansExcessiveWorkHours", "moc:ExcessiveWorkingHours");
    flag("meansWithholdDocs", "moc:WithholdsDocuments");
    // Spellings seen in codebooks, headers and third-party schemas (CTDC.md §2, §3, §4).
    ALIASES.put("meansofcontrolthreatoflawenforce", "meansOfControlThreatOfLawEnforcement");
    ALIASES.put("meanswithholddocuments", "meansWithholdDocs");
    ALIASES.put("countryofexploition", "CountryOfExploitation");
    ALIASES.put("recruiterrelationuknown", "recruiterRelationUnknown");
  }

  private CtdcColumns() {}

  private static void col(String name, Kind kind, String target, boolean alsoExtension) {
    BY_KEY.put(
        name.toLowerCase(Locale.ROOT),
        new Column(name, kind, Optional.ofNullable(target), alsoExtension));
  }

  private static void flag(String name, String target) {
    col(name, Kind.FLAG, target, false);
  }

  /**
   * Returns the variable it names (exactly, in another case, or by a known variant spelling), or
   * empty.
   *
   * @param header a header cell
   */
  public static Optional<Column> resolve(String header) {
    String key = header.strip().toLowerCase(Locale.ROOT);
    Column c = BY_KEY.get(key);
    if (c == null && ALIASES.containsKey(key)) {
      c = BY_KEY.get(ALIASES.get(key).toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(c);
  }

  /** Returns every variable name. */
  public static List<String> names() {
    return BY_KEY.values().stream().map(Column::name).toList();
  }
}

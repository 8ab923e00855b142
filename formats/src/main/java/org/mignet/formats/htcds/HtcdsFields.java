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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * The HTCDS v2.0 field dictionary: the 84 fields of {@code HTCDS Field Standards 2.0.ods} (83 named
 * fields and the incomplete {@code per_} + {@code Organisation} row, named {@code per_Organisation}
 * here), with their labels, Core flags, personal-data classes and the model components that carry
 * them; and the resolution of the names real files use: older versions' names (v0.1, v0.2, v1.0)
 * and the official toolkit's own misspellings ({@code vic_TraffickinStatusDecisionMakingOrg} in the
 * Excel templates; {@code prs_First_Name}, {@code prs_Second_Name}, {@code vic_Methods_of_Control}
 * in the XLSForm).
 *
 * <p>Source: IOM, Human Trafficking Case Data Standard v2.0 (CC BY 4.0), repository
 * UNMigration/HTCDS; see HTCDS.md §5, §8, §10. Immutable and thread-safe; {@link #instance()} is
 * cheap.
 */
public final class HtcdsFields {

  // name|label|type|core|deprecated|personal-data class (D direct, Q quasi, S sensitive, W staff, F
  // free text,
  // O organisation, - none)|model pointer
  private static final String[] TABLE = {
    "org_Name|Organisation Name|Text|||O|/victims/*/recruitmentPlace/name",
    "org_ShippingCity|Shipping City|Text|||O|/victims/*/recruitmentPlace/city",
    "org_ShippingCountry|Shipping Country|Picklist or Text|||O|/victims/*/recruitmentPlace/country",
    "org_ShippingState|Shipping State/Province|Picklist or Text|||O|/victims/*/recruitmentPlace/adminArea1",
    "org_ShippingStreet|Shipping Street|Text|||O|/victims/*/recruitmentPlace/street",
    "org_ShippingPostalCode|Shipping Zip/Postal Code|Text|||O|/victims/*/recruitmentPlace/postalCode",
    "org_ShippingLongitude|Longitude|Geolocation|||O|/victims/*/recruitmentPlace/coordinates/longitude",
    "org_ShippingLatitude|Latitude|Geolocation|||O|/victims/*/recruitmentPlace/coordinates/latitude",
    "org_Phone|Phone|Text|||O|/meta/extensions",
    "org_Type|Type|Picklist|||O|/meta/extensions",
    "prs_Salutation|Salutation|Text|C||D|/victims/*/person/names/*/salutation",
    "prs_FirstName|First Name|Text|C||D|/victims/*/person/names/*/givenNames",
    "prs_MiddleName|Middle Name|Text|||D|/victims/*/person/names/*/middleNames",
    "prs_SecondName|Second Name|Text|C||D|/victims/*/person/names/*/familyNames",
    "prs_Birthdate|Birthdate|Date|C||D|/victims/*/person/birthDate",
    "prs_Gender|Gender|Picklist|C||S|/victims/*/person/gender",
    "prs_Deceased|Deceased|Checkbox|||S|/victims/*/person/deceased",
    "prs_MaritalStatus|Marital Status|Picklist|||Q|/victims/*/person/maritalStatus",
    "prs_NumberOfChildren|Number of Children|Number|||Q|/victims/*/person/numberOfChildren",
    "prs_PrimaryLanguage|Primary Language|Picklist|||Q|/victims/*/person/languages",
    "prs_SecondaryLanguage|Secondary Language|Picklist|||Q|/victims/*/person/languages",
    "prs_HighestLevelOfEducation|Highest Level of Education|Picklist|||Q|/victims/*/person/educationLevel",
    "prs_Citizenship|Citizenship|Multiselect Picklist|C||Q|/victims/*/person/citizenships",
    "prs_IdentityNumber|Identity Number|Text|||D|/victims/*/person/documents/*/number",
    "prs_Title|Title|Text|C||Q|/victims/*/person/jobTitle",
    "prs_Email|Email|Text|C||D|/victims/*/person/contacts/*/value",
    "prs_HomePhone|Home Phone|Text|C||D|/victims/*/person/contacts/*/value",
    "prs_MobilePhone|Mobile Phone|Text|C||D|/victims/*/person/contacts/*/value",
    "prs_MailingCity|Mailing City|Text|C||D|/victims/*/person/addresses/*/city",
    "prs_MailingCountry|Mailing Country|Text|C||Q|/victims/*/person/addresses/*/country",
    "prs_MailingState|Mailing State/Province|Text|C||D|/victims/*/person/addresses/*/adminArea1",
    "prs_MailingStreet|Mailing Street|Text|C||D|/victims/*/person/addresses/*/street",
    "prs_MailingPostalCode|Mailing Zip/Postal Code|Text|C||D|/victims/*/person/addresses/*/postalCode",
    "prs_MailingLongitude|Longitude|Number|||D|/victims/*/person/addresses/*/coordinates/longitude",
    "prs_MailingLatitude|Latitude|Number|||D|/victims/*/person/addresses/*/coordinates/latitude",
    "vic_AgreementToManagePersonalData|Agreement to Manage Personal Data|Checkbox||X|S|/victims/*/agreementToManagePersonalData",
    "vic_TraffickingStatus|Trafficking Status|Picklist|C||S|/victims/*/traffickingStatus",
    "vic_TraffickingStatusDecisionMakingOrg|Trafficking Status Decision Making Organization|Picklist|C||S|/victims/*/statusDecidedBy",
    "vic_RelationshipToTrafficker|Relationship to Trafficker|Picklist|||S|/victims/*/relationshipToTrafficker",
    "vic_AgeWhenTrafficked|Age when Trafficked|Number|||S|/victims/*/ageWhenTrafficked",
    "vic_RecruitmentWebsitesAndApps|Recruitment Websites and Apps|Multiselect Picklist|||S|/victims/*/recruitmentWebsites",
    "vic_MethodOfRecruitment|Method of Recruitment|Multiselect Picklist|C||S|/victims/*/recruitmentMethods",
    "vic_LocationOfRecruitment|Location of Recruitment|Lookup [to organisation]|C||S|/victims/*/recruitmentPlace/name",
    "vic_MethodsOfControl|Methods of Control|Multiselect Picklist|C||S|/victims/*/methodsOfControl",
    "vic_TypeOfExploitation|Type of Exploitation|Multiselect Picklist|C||S|/victims/*/exploitationTypes",
    "vic_ForcedLabourIndustry|Forced Labour Industry|Picklist|C||S|/victims/*/forcedLabourIndustry",
    "vic_TypeOfSexExploitation|Type of Sex Exploitation|Multiselect Picklist|C||S|/victims/*/sexualExploitationTypes",
    "vic_LocationOfExploitation|Location of Exploitation|Lookup [to organisation]|C||S|/victims/*/exploitationPlace/name",
    "vic_ExploitationWebsitesAndApps|Exploitation Websites and Apps|Multiselect Picklist|||S|/victims/*/exploitationWebsites",
    "vic_Vulnerabilities|Vulnerabilities|Multiselect Picklist|C|X|S|/victims/*/vulnerabilities",
    "vic_DetailsOfVulnerabilities|Details Of Vulnerabilities|Long Text|C|X|S|/victims/*/vulnerabilityDetails",
    "per_RoleInProcess|Role in Process|Multiselect Picklist|||S|/perpetrators/*/roles",
    "per_RoleDetails|Role Details|Long Text|||S|/perpetrators/*/roleDetails",
    "per_Organisation|Organisation|Lookup [to organisation]|||S|/perpetrators/*/organisation/name",
    "cas_Status|Status|Picklist|C||-|/status",
    "cas_ReasonForCaseClosure|Reason for Case Closure|Long Text|C||F|/reasonForClosure",
    "cas_CaseOwner|Case Owner|Lookup [to user]|C||W|/caseOwner",
    "cas_ReferringOrganisation|Referring Organisation|Lookup [to organisation]|C||O|/referrals/*/organisation/name",
    "cas_IncomingReferralDate|Incoming Referral Date|Date|C||Q|/referrals/*/date",
    "cas_ReferringPrimaryCaseWorker|Referring Primary Case Worker|Lookup [to person]|C||W|/referrals/*/caseWorker",
    "cas_ReasonForIncomingReferral|Reason for Incoming Referral|Picklist|C||Q|/referrals/*/reason",
    "cas_IncomingReferralDetails|Incoming Referral Details|Long Text|C||F|/referrals/*/details",
    "cas_ReferredOrganisation|Referred Organisation|Lookup [to organisation]|C||O|/referrals/*/organisation/name",
    "cas_ReferredPrimaryCaseWorker|Referred Primary Case Worker|Lookup [to person]|C||W|/referrals/*/caseWorker",
    "cas_ReasonForOutgoingReferral|Reason for Outgoing Referral|Picklist|C||Q|/referrals/*/reason",
    "cas_OutgoingReferralDate|Outgoing Referral Date|Date|C||Q|/referrals/*/date",
    "cas_OutgoingReferralDetails|Outgoing Referral Details|Long Text|C||F|/referrals/*/details",
    "cco_CaseComment|Case Comment|Long Text|||F|/comments/*/text",
    "hte_Longitude|Longitude|Geolocation|||S|/events/*/place/coordinates/longitude",
    "hte_Latitude|Latitude|Geolocation|||S|/events/*/place/coordinates/latitude",
    "hte_City|City|Text|||S|/events/*/place/city",
    "hte_Country|Country|Text|||S|/events/*/place/country",
    "hte_State|State|Text|||S|/events/*/place/adminArea1",
    "hte_Street|Street|Text|||S|/events/*/place/street",
    "hte_PostalCode|PostalCode|Text|||S|/events/*/place/postalCode",
    "hte_Date|Date|Date|||S|/events/*/date",
    "hte_Type|Type|Picklist|||S|/events/*/type",
    "hte_Description|Description|Long Text|||F|/events/*/description",
    "spl_Objectives|Objectives|Long Text|||F|/supportPlans/*/objectives",
    "spl_ActionPlan|Action Plan|Long Text|||F|/supportPlans/*/actionPlan",
    "spl_PlannedEndDate|Planned End Date|Date|||Q|/supportPlans/*/plannedEnd",
    "spl_ActualEndDate|Actual End Date|Date|||Q|/supportPlans/*/actualEnd",
    "spl_Type|Type|Picklist|||S|/supportPlans/*/type",
    "con_Consent|Consent|Checkbox|C||S|/consents/*/given",
  };

  /**
   * Names of earlier versions and toolkit files that stand for a v2.0 field, with where they come
   * from.
   */
  private static final String[][] ALIASES = {
    {
      "prs_Nationality",
      "prs_Citizenship",
      "HTCDS v0.2 name (single-valued); v1.0 renamed it prs_Citizenship"
    },
    {"vic_Labour Industry", "vic_ForcedLabourIndustry", "HTCDS v0.1 name"},
    {"vic_LabourIndustry", "vic_ForcedLabourIndustry", "HTCDS v0.1 name"},
    {
      "vic_TraffickinStatusDecisionMakingOrg",
      "vic_TraffickingStatusDecisionMakingOrg",
      "misspelling in the HTCDS v2.0 Excel templates"
    },
    {"prs_First_Name", "prs_FirstName", "name used by the HTCDS XLSForm (htcds_xlsform)"},
    {"prs_Second_Name", "prs_SecondName", "name used by the HTCDS XLSForm (htcds_xlsform)"},
    {
      "vic_Methods_of_Control",
      "vic_MethodsOfControl",
      "name used by the HTCDS XLSForm (htcds_xlsform)"
    },
  };

  /** v1.0 fields that v2.0 removed without a successor (consolidated into con_Consent). */
  private static final Map<String, String> REMOVED =
      Map.of(
          "con_PurposeOfInterview", "HTCDS v1.0 field, folded into con_Consent in v2.0",
          "con_UseOfData", "HTCDS v1.0 field, folded into con_Consent in v2.0",
          "con_DataForResearch", "HTCDS v1.0 field, folded into con_Consent in v2.0",
          "con_RightToBeForgotten", "HTCDS v1.0 field, folded into con_Consent in v2.0");

  /**
   * Names found only in v1.0 or earlier, and names new in v2.0: together in one file, they mix
   * versions.
   */
  private static final Set<String> BEFORE_V2 =
      Set.of(
          "prs_Nationality",
          "vic_Labour Industry",
          "vic_LabourIndustry",
          "con_PurposeOfInterview",
          "con_UseOfData",
          "con_DataForResearch",
          "con_RightToBeForgotten");

  private static final Set<String> NEW_IN_V2 =
      Set.of(
          "vic_TraffickingStatus",
          "vic_TraffickingStatusDecisionMakingOrg",
          "vic_TraffickinStatusDecisionMakingOrg");

  private static final org.mignet.core.internal.RecordModel CASES =
      org.mignet.core.internal.RecordModel.of(org.mignet.core.model.TraffickingCase.class);

  private static final HtcdsFields INSTANCE = new HtcdsFields();

  private final Map<String, HtcdsField> fields;
  private final Map<String, HtcdsFieldName> byNormalisedName = new LinkedHashMap<>();

  private HtcdsFields() {
    Map<String, HtcdsField> map = new LinkedHashMap<>();
    for (String row : TABLE) {
      String[] p = row.split("\\|", -1);
      Optional<String> pointer = p[6].isEmpty() ? Optional.empty() : Optional.of(p[6]);
      // the model's marks decide, never this table: a field the model carries has the category of
      // its component;
      // one it does not carry (kept in extensions) is sensitive if the standard marks it personal
      // at all
      Optional<PersonalDataCategory> category =
          pointer.isPresent()
              ? CASES.categoryAt(pointer.get())
              : p[5].isEmpty() ? Optional.empty() : Optional.of(PersonalDataCategory.SENSITIVE);
      map.put(
          p[0],
          new HtcdsField(
              p[0],
              p[1],
              p[2],
              p[3].equals("C"),
              p[4].equals("X"),
              category,
              category.equals(Optional.of(PersonalDataCategory.DIRECT_IDENTIFIER)),
              pointer));
    }
    fields = Collections.unmodifiableMap(map);
    for (HtcdsField f : map.values()) {
      byNormalisedName.put(
          normalise(f.name()),
          new HtcdsFieldName(
              f.name(), Optional.of(f), HtcdsFieldName.Kind.CURRENT, Optional.empty()));
    }
  }

  /** Returns the shared dictionary. */
  public static HtcdsFields instance() {
    return INSTANCE;
  }

  /** Returns the 84 v2.0 fields in the standard's order, unmodifiable. */
  public List<HtcdsField> all() {
    return List.copyOf(fields.values());
  }

  /**
   * Returns the field, if it is one.
   *
   * @param name a v2.0 system name; not null
   */
  public Optional<HtcdsField> get(String name) {
    return Optional.ofNullable(fields.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns the field.
   *
   * @param name a v2.0 system name; not null
   * @throws IllegalArgumentException if it is not a v2.0 field name
   */
  public HtcdsField field(String name) {
    return get(name)
        .orElseThrow(() -> new IllegalArgumentException("not an HTCDS v2.0 field: " + name));
  }

  /**
   * Resolves a column or element name as found in a file: the exact v2.0 name; an alias (older
   * versions, the toolkit's misspellings, or the same name with different case or underscores); a
   * v1.0 field v2.0 removed; or unknown.
   *
   * @param input the name; not null; surrounding white space (also no-break spaces) is ignored
   * @return how the name was understood
   */
  public HtcdsFieldName resolve(String input) {
    String name = strip(Objects.requireNonNull(input, "input"));
    HtcdsField exact = fields.get(name);
    if (exact != null) {
      return new HtcdsFieldName(
          name, Optional.of(exact), HtcdsFieldName.Kind.CURRENT, Optional.empty());
    }
    for (String[] a : ALIASES) {
      if (a[0].equals(name)) {
        return new HtcdsFieldName(
            name,
            // ALIASES, a constant table, names current fields only
            Optional.of(Objects.requireNonNull(fields.get(a[1]), a[1])),
            HtcdsFieldName.Kind.ALIAS,
            Optional.of(a[2]));
      }
    }
    if (REMOVED.containsKey(name)) {
      return new HtcdsFieldName(
          name, Optional.empty(), HtcdsFieldName.Kind.REMOVED, Optional.of(REMOVED.get(name)));
    }
    HtcdsFieldName loose = byNormalisedName.get(normalise(name));
    if (loose != null) {
      return new HtcdsFieldName(
          name,
          loose.field(),
          HtcdsFieldName.Kind.ALIAS,
          Optional.of("spelling variant of " + loose.input()));
    }
    return new HtcdsFieldName(
        name, Optional.empty(), HtcdsFieldName.Kind.UNKNOWN, Optional.empty());
  }

  /**
   * Returns whether they mix names only found before v2.0 with names new in v2.0.
   *
   * @param names the column or element names of one file; not null
   */
  public boolean mixesVersions(List<String> names) {
    boolean old = false;
    boolean current = false;
    for (String n : names) {
      String s = n == null ? "" : strip(n);
      old |= BEFORE_V2.contains(s);
      current |= NEW_IN_V2.contains(s);
    }
    return old && current;
  }

  /**
   * Returns the v2.0 field whose label it is, if exactly one field has it.
   *
   * @param label a label as written in row 2 of a template; not null
   */
  public Optional<HtcdsField> byLabel(String label) {
    String l = strip(label).toLowerCase(Locale.ROOT);
    HtcdsField found = null;
    for (HtcdsField f : fields.values()) {
      if (f.label().toLowerCase(Locale.ROOT).equals(l)) {
        if (found != null) {
          return Optional.empty();
        }
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String normalise(String name) {
    return name.replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  static String strip(String s) {
    return s.replace('\u00a0', ' ').strip();
  }
}

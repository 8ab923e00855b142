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
package org.mignet.formats.htcds.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The structure of the HTCDS XForm ({@code htcds_xlsform.xml}, "HTCDS CORE 2.0 Survey"). */
public final class XForm {

  /** The form id. */
  public static final String FORM_ID = "htcds_xlsform";

  /** The form version of the official file. */
  public static final String VERSION = "vSmt4GQA3C9uBMLPEVfgND";

  /**
   * Instance element names in the form's order, mapped to v2.0 field names (start, end, meta
   * excluded).
   */
  public static final Map<String, String> ELEMENTS;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    for (String e :
        List.of(
            "con_Consent",
            "prs_Salutation",
            "prs_First_Name",
            "prs_Second_Name",
            "prs_Birthdate",
            "prs_Gender",
            "prs_Citizenship",
            "prs_Title",
            "prs_Email",
            "prs_HomePhone",
            "prs_MobilePhone",
            "prs_MailingCity",
            "prs_MailingCountry",
            "prs_MailingState",
            "prs_MailingStreet",
            "prs_MailingPostalCode",
            "vic_MethodOfRecruitment",
            "vic_LocationOfRecruitment",
            "vic_TraffickingStatus",
            "vic_TraffickingStatusDecisionMakingOrg",
            "vic_Methods_of_Control",
            "vic_TypeOfExploitation",
            "vic_ForcedLabourIndustry",
            "vic_TypeOfSexExploitation",
            "vic_LocationOfExploitation",
            "cas_Status",
            "cas_ReferringOrganisation",
            "cas_IncomingReferralDate",
            "cas_ReferringPrimaryCaseWorker",
            "cas_ReasonForIncomingReferral",
            "cas_IncomingReferralDetails")) {
      m.put(
          e,
          org.mignet.formats.htcds.HtcdsFields.instance().resolve(e).field().orElseThrow().name());
    }
    ELEMENTS = java.util.Collections.unmodifiableMap(m);
  }

  private XForm() {}
}

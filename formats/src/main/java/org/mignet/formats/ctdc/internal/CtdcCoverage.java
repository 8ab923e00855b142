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
import java.util.Map;
import java.util.Optional;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Term;
import org.mignet.formats.Coverage;
import org.mignet.formats.internal.Words;

/**
 * What the CTDC 2024 layout carries of a trafficking case, by normalised path; the rest with a
 * reason.
 */
public final class CtdcCoverage implements Coverage {

  private static final List<String> CARRIED =
      List.of(
          "/opened",
          "/victims/*/person/gender",
          "/victims/*/person/age",
          "/victims/*/person/birthDate",
          "/victims/*/person/citizenships",
          "/victims/*/exploitationPlace/country",
          "/victims/*/methodsOfControl",
          "/victims/*/exploitationTypes",
          "/victims/*/forcedLabourIndustry",
          "/victims/*/sexualExploitationTypes",
          "/victims/*/relationshipToTrafficker",
          "/meta/schemaVersion",
          "/victims/*/person/meta/schemaVersion");
  private static final Map<String, Words> REASONS = new LinkedHashMap<>();

  static {
    REASONS.put("/meta/identifier", Words.LOSS_CTDC_NO_IDENTIFIER);
    REASONS.put("/victims/*/person/meta/identifier", Words.LOSS_CTDC_NO_IDENTIFIER);
    REASONS.put("/meta/", Words.LOSS_CTDC_NO_METADATA);
    REASONS.put("/victims/*/person/names", Words.LOSS_CTDC_NO_DIRECT_IDENTIFIERS);
    REASONS.put("/victims/*/person/contacts", Words.LOSS_CTDC_NO_DIRECT_IDENTIFIERS);
    REASONS.put("/victims/*/person/documents", Words.LOSS_CTDC_NO_DIRECT_IDENTIFIERS);
    REASONS.put("/victims/*/person/addresses", Words.LOSS_CTDC_NO_DIRECT_IDENTIFIERS);
    REASONS.put("/victims/*/person/sex", Words.LOSS_CTDC_GENDER_NOT_SEX);
    REASONS.put("/victims/*/exploitationPlace", Words.LOSS_CTDC_COUNTRY_OF_EXPLOITATION_ONLY);
    REASONS.put("/victims/*/recruitmentPlace", Words.LOSS_CTDC_NO_RECRUITMENT_PLACE);
    REASONS.put("/events", Words.LOSS_CTDC_NO_EVENTS);
    REASONS.put("/referrals", Words.LOSS_CTDC_NO_REFERRALS);
    REASONS.put("/supportPlans", Words.LOSS_CTDC_NO_SUPPORT_PLANS);
    REASONS.put("/comments", Words.LOSS_CTDC_NO_FREE_TEXT);
    REASONS.put("/reasonForClosure", Words.LOSS_CTDC_NO_FREE_TEXT);
    REASONS.put("/consents", Words.LOSS_CTDC_NO_CONSENTS);
    REASONS.put("/perpetrators", Words.LOSS_CTDC_NO_PERPETRATORS);
    REASONS.put("/palermo", Words.LOSS_CTDC_NO_PALERMO);
    REASONS.put("/status", Words.LOSS_CTDC_NO_STATUS);
    REASONS.put("/caseOwner", Words.LOSS_CTDC_NO_CASE_OWNER);
  }

  @Override
  public Optional<Term> lossReason(RecordType type, String path) {
    if (type != RecordType.TRAFFICKING_CASE) {
      return Optional.of(Words.LOSS_CASES_ONLY.with("ctdc"));
    }
    for (String c : CARRIED) {
      if (path.equals(c) || path.startsWith(c + "/")) {
        return Optional.empty();
      }
    }
    if (path.startsWith("/meta/extensions/ctdc:")) {
      String column = path.substring("/meta/extensions/ctdc:".length());
      return CtdcColumns.V2024.contains(column) || column.equals("meansOfControlRestrictsMovement")
          ? Optional.empty()
          : Optional.of(Words.LOSS_CTDC_NO_SUCH_VARIABLE.with(column));
    }
    if (path.startsWith("/meta/extensions/")) {
      return Optional.of(Words.LOSS_CTDC_NO_AGENCY_COLUMN);
    }
    for (Map.Entry<String, Words> e : REASONS.entrySet()) {
      if (path.startsWith(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.of(Words.LOSS_CTDC_NO_VARIABLE);
  }
}

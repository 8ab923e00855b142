package org.mignet.formats.ctdc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Coverage;

/** What the CTDC 2024 layout carries of a trafficking case, by normalised path; the rest with a reason. */
public final class CtdcCoverage implements Coverage {

  private static final List<String> CARRIED = List.of("/opened", "/victims/*/person/gender",
      "/victims/*/person/age", "/victims/*/person/birthDate", "/victims/*/person/citizenships",
      "/victims/*/exploitationPlace/country", "/victims/*/methodsOfControl", "/victims/*/exploitationTypes",
      "/victims/*/forcedLabourIndustry", "/victims/*/sexualExploitationTypes",
      "/victims/*/relationshipToTrafficker", "/meta/schemaVersion", "/victims/*/person/meta/schemaVersion");
  private static final Map<String, String> REASONS = new LinkedHashMap<>();

  static {
    REASONS.put("/meta/identifier", "CTDC rows carry no identifier; records cannot be linked back");
    REASONS.put("/victims/*/person/meta/identifier", "CTDC rows carry no identifier; records cannot be linked back");
    REASONS.put("/meta/", "CTDC has no record metadata beyond the year of registration");
    REASONS.put("/victims/*/person/names", "CTDC publishes no direct identifiers (removed before pooling, CB6)");
    REASONS.put("/victims/*/person/contacts", "CTDC publishes no direct identifiers (removed before pooling, CB6)");
    REASONS.put("/victims/*/person/documents", "CTDC publishes no direct identifiers (removed before pooling, CB6)");
    REASONS.put("/victims/*/person/addresses", "CTDC publishes no direct identifiers (removed before pooling, CB6)");
    REASONS.put("/victims/*/person/sex", "CTDC records gender, not sex");
    REASONS.put("/victims/*/exploitationPlace", "CTDC keeps only the country of exploitation");
    REASONS.put("/victims/*/recruitmentPlace", "CTDC has no place of recruitment");
    REASONS.put("/events", "CTDC has no events: no places or dates beyond the year of registration");
    REASONS.put("/referrals", "CTDC has no referrals");
    REASONS.put("/supportPlans", "CTDC has no support plans");
    REASONS.put("/comments", "CTDC publishes no free text");
    REASONS.put("/reasonForClosure", "CTDC publishes no free text");
    REASONS.put("/consents", "CTDC has no consents");
    REASONS.put("/perpetrators", "CTDC 2024 has no perpetrators (only the recruiter relation)");
    REASONS.put("/palermo", "CTDC has no Palermo elements beyond exploitation types and means of control");
    REASONS.put("/status", "CTDC has no case status");
    REASONS.put("/caseOwner", "CTDC has no case owner");
  }

  @Override
  public Optional<String> lossReason(RecordType type, String path) {
    if (type != RecordType.TRAFFICKING_CASE) {
      return Optional.of("ctdc carries trafficking cases only");
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
          : Optional.of("the CTDC 2024 layout has no variable " + column);
    }
    if (path.startsWith("/meta/extensions/")) {
      return Optional.of("the CTDC 2024 layout has no column for an agency's own fields");
    }
    for (Map.Entry<String, String> e : REASONS.entrySet()) {
      if (path.startsWith(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.of("the CTDC 2024 layout has no variable for it");
  }
}

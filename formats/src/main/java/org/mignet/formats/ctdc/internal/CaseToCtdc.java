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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.code.IcaoCodes;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;

/**
 * Maps a trafficking case onto rows of the 2024 layout ({@link CtdcColumns#V2024}), one per victim,
 * counting what it generalises or drops. Not thread-safe (it counts).
 */
public final class CaseToCtdc {

  private static final Map<String, List<String>> MEANS = new LinkedHashMap<>();
  private static final Map<String, String> INDUSTRY =
      Map.of(
          "A_AgricultureForestryAndFishing",
          "typeOfLabourAgriculture",
          "F_Construction",
          "typeOfLabourConstruction",
          "T_ActivitiesOfHouseholdsAsEmployers",
          "typeOfLabourDomesticWork",
          "I_AccommodationAndFoodServiceActivities",
          "typeOfLabourHospitality");
  private static final Set<String> LABOUR =
      Set.of("ForcedLabour", "ChildLabour", "ForcedBegging", "ForcedCriminality");
  private static final Set<String> OTHER =
      Set.of(
          "Other",
          "ForcedMarriage",
          "Servitude",
          "ForcedMilitaryByNonStateActors",
          "OrganRemoval",
          "ForcedAdoption",
          "Surrogacy");
  private static final Set<String> EXACT =
      Set.of(
          "FalsePromises", "PsychoactiveSubstance", "ExcessiveWorkingHours", "WithholdsDocuments");

  static {
    MEANS.put("meansDebtBondageEarnings", List.of("DebtBondage", "TakesEarnings"));
    MEANS.put(
        "meansThreats",
        List.of("PhysicalThreats", "ThreatensChildrenFamily", "ThreatsLawEnforcement"));
    MEANS.put("meansAbusePsyPhySex", List.of("PsychologicalAbuse", "PhysicalAbuse", "SexualAbuse"));
    MEANS.put("meansFalsePromises", List.of("FalsePromises"));
    MEANS.put("meansDrugsAlcohol", List.of("PsychoactiveSubstance"));
    MEANS.put(
        "meansDenyBasicNeeds",
        List.of("RestrictsFinancialAccess", "RestrictsMedicalCare", "WithholdsNecessities"));
    MEANS.put("meansExcessiveWorkHours", List.of("ExcessiveWorkingHours"));
    MEANS.put("meansWithholdDocs", List.of("WithholdsDocuments"));
  }

  private final Map<String, long[]> counts;

  /**
   * @param counts where to count transformations, keyed by pointer + space + action
   */
  public CaseToCtdc(Map<String, long[]> counts) {
    this.counts = counts;
  }

  /** The column index of a 2024 variable. */
  public static int index(String column) {
    int i = CtdcColumns.V2024.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("not a 2024 CTDC variable: " + column);
    }
    return i;
  }

  /**
   * Returns one row per victim, cells as in {@link CtdcColumns#V2024} ({@code ""} for NULL).
   *
   * @param c a case
   */
  public List<String[]> rows(TraffickingCase c) {
    List<String[]> out = new ArrayList<>();
    Map<String, Object> ext = c.meta().extensions();
    for (Victim v : c.victims()) {
      String[] row = new String[CtdcColumns.V2024.size()];
      java.util.Arrays.fill(row, "");
      Person p = v.person();
      Optional<PartialDate> opened = c.opened();
      if (opened.isPresent()) {
        row[index("yearOfRegistration")] = String.valueOf(opened.get().year());
        if (opened.get().precision() != PartialDate.Precision.YEAR) {
          count("/opened", "generalised");
        }
      } else {
        row[index("yearOfRegistration")] =
            extText(ext, "yearOfRegistration", s -> s.matches("\\d{4}"));
      }
      row[index("gender")] = gender(p, ext);
      row[index("ageBroad")] = age(p, opened, ext);
      row[index("citizenship")] = citizenship(p, ext);
      row[index("CountryOfExploitation")] =
          v.exploitationPlace()
              .flatMap(pl -> pl.country())
              .orElseGet(() -> extText(ext, "CountryOfExploitation", CtdcValues::isM49Region));
      row[index("traffickMonths")] =
          extText(ext, "traffickMonths", CtdcColumns.TRAFFICK_MONTHS::contains);
      for (Map.Entry<String, List<String>> m : MEANS.entrySet()) {
        boolean set =
            isSet(ext, m.getKey())
                || v.methodsOfControl().stream().anyMatch(m.getValue()::contains)
                || (m.getKey().equals("meansDenyBasicNeeds")
                    && isSet(ext, "meansOfControlRestrictsMovement"));
        row[index(m.getKey())] = set ? "1" : "";
      }
      for (String code : v.methodsOfControl()) {
        if (code.equals("Other") || MEANS.values().stream().noneMatch(l -> l.contains(code))) {
          count("/victims/*/methodsOfControl", "dropped");
        } else if (!EXACT.contains(code)) {
          count("/victims/*/methodsOfControl", "generalised");
        }
      }
      boolean labour = isSet(ext, "isForcedLabour");
      boolean other = isSet(ext, "isOtherExploit");
      for (String code : v.exploitationTypes()) {
        if (LABOUR.contains(code)) {
          labour = true;
        } else if (OTHER.contains(code)) {
          other = true;
        } else if (!code.equals("SexualExploitation")) {
          count("/victims/*/exploitationTypes", "dropped");
          continue;
        }
        if (!code.equals("ForcedLabour")
            && !code.equals("SexualExploitation")
            && !code.equals("Other")) {
          count("/victims/*/exploitationTypes", "generalised");
        }
      }
      row[index("isForcedLabour")] = flag(labour);
      row[index("isSexualExploit")] =
          flag(
              v.exploitationTypes().contains("SexualExploitation")
                  || isSet(ext, "isSexualExploit"));
      row[index("isOtherExploit")] = flag(other);
      String industryColumn = v.forcedLabourIndustry().map(INDUSTRY::get).orElse(null);
      if (v.forcedLabourIndustry().isPresent() && industryColumn == null) {
        count("/victims/*/forcedLabourIndustry", "dropped");
      }
      for (String col : INDUSTRY.values()) {
        row[index(col)] = flag(col.equals(industryColumn) || isSet(ext, col));
      }
      row[index("typeOfSexProstitution")] =
          flag(
              v.sexualExploitationTypes().contains("Prostitution")
                  || isSet(ext, "typeOfSexProstitution"));
      row[index("typeOfSexPornography")] =
          flag(
              v.sexualExploitationTypes().contains("Pornography")
                  || isSet(ext, "typeOfSexPornography"));
      for (String code : v.sexualExploitationTypes()) {
        if (!code.equals("Prostitution") && !code.equals("Pornography")) {
          count("/victims/*/sexualExploitationTypes", "dropped");
        }
      }
      String rel = v.relationshipToTrafficker().orElse("");
      boolean intimate = isSet(ext, "recruiterRelationIntimatePartner");
      row[index("recruiterRelationIntimatePartner")] = flag(intimate);
      row[index("recruiterRelationFriend")] =
          flag((rel.equals("Acquainted") && !intimate) || isSet(ext, "recruiterRelationFriend"));
      row[index("recruiterRelationFamily")] =
          flag(rel.equals("Familial") || isSet(ext, "recruiterRelationFamily"));
      row[index("recruiterRelationOther")] =
          flag(rel.equals("Unaquainted") || isSet(ext, "recruiterRelationOther"));
      out.add(row);
    }
    return out;
  }

  private String gender(Person p, Map<String, Object> ext) {
    String g = p.gender().orElse("");
    return switch (g) {
      case "Masculine" -> CtdcValues.MAN;
      case "Feminine" -> CtdcValues.WOMAN;
      case "TransgenderFeminine", "TransgenderMasculine", "NonConforming" -> {
        count("/victims/*/person/gender", "generalised");
        yield CtdcValues.TRANS;
      }
      case "" -> extText(ext, "gender", s -> s.equals(CtdcValues.TRANS));
      default -> "";
    };
  }

  private String age(Person p, Optional<PartialDate> opened, Map<String, Object> ext) {
    AgeRange range = null;
    String pointer = "/victims/*/person/age";
    if (p.age().isPresent()) {
      range = p.age().get().range();
    } else if (p.birthDate().isPresent() && opened.isPresent()) {
      Optional<AgeRange> r = p.birthDate().get().ageRangeOn(opened.get());
      if (r.isPresent()) {
        range = r.get();
        pointer = "/victims/*/person/birthDate";
      }
    }
    if (range == null) {
      return extText(ext, "ageBroad", s -> CtdcValues.parseBand(s).isPresent());
    }
    for (int level = 0; level < 3; level++) {
      Optional<AgeRange> band = CtdcValues.bandAt(range, level);
      if (band.isPresent()) {
        if (!band.get().equals(range) || pointer.endsWith("birthDate")) {
          count(pointer, "generalised");
        }
        return CtdcValues.label(band.get());
      }
    }
    count(pointer, "suppressed");
    return "";
  }

  private String citizenship(Person p, Map<String, Object> ext) {
    if (p.citizenships().isEmpty()) {
      return extText(ext, "citizenship", CtdcValues::isM49Region);
    }
    if (p.citizenships().size() > 1) {
      count("/victims/*/person/citizenships", "dropped");
    }
    Optional<String> iso = IcaoCodes.instance().toIso(p.citizenships().get(0));
    if (iso.isEmpty()) {
      count("/victims/*/person/citizenships", "dropped");
      return "";
    }
    return iso.get();
  }

  private static String extText(
      Map<String, Object> ext, String column, java.util.function.Predicate<String> valid) {
    Object v = ext.get(CtdcReader.EXT + column);
    return v instanceof String s && valid.test(s) ? s : "";
  }

  private static boolean isSet(Map<String, Object> ext, String column) {
    return "1".equals(ext.get(CtdcReader.EXT + column));
  }

  private static String flag(boolean set) {
    return set ? "1" : "";
  }

  private void count(String pointer, String action) {
    counts.computeIfAbsent(pointer + " " + action, k -> new long[1])[0]++;
  }
}

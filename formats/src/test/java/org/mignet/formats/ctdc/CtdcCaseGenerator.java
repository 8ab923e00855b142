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
package org.mignet.formats.ctdc;

import java.util.List;
import java.util.Random;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;

/**
 * Seeded generator of synthetic trafficking cases for the CTDC writer. With {@code exact} it only
 * uses values the 2024 layout carries one-to-one (so a round trip must give them back equal);
 * otherwise anything, including exact ages, several citizenships, merged and dropped codes, and
 * names.
 */
final class CtdcCaseGenerator {

  private static final String[] COUNTRIES = {
    "NGA", "VNM", "UKR", "PHL", "THA", "KHM", "MEX", "USA", "GBR", "ROU", "ITA", "SAU", "IND", "BRA"
  };
  private static final String[] EXACT_MOC = {
    "FalsePromises", "PsychoactiveSubstance", "ExcessiveWorkingHours", "WithholdsDocuments"
  };
  private static final String[] ANY_MOC = {
    "DebtBondage",
    "TakesEarnings",
    "PhysicalThreats",
    "SexualAbuse",
    "FalsePromises",
    "RestrictsMedicalCare",
    "Other",
    "WithholdsDocuments",
    "ThreatensChildrenFamily"
  };
  private static final String[] EXACT_EXP = {"ForcedLabour", "SexualExploitation", "Other"};
  private static final String[] ANY_EXP = {
    "ForcedLabour",
    "SexualExploitation",
    "ChildLabour",
    "ForcedMarriage",
    "ForcedBegging",
    "ForcedCriminality",
    "Servitude"
  };
  private static final String[] EXACT_IND = {
    "A_AgricultureForestryAndFishing",
    "F_Construction",
    "T_ActivitiesOfHouseholdsAsEmployers",
    "I_AccommodationAndFoodServiceActivities"
  };
  private static final String[] ANY_IND = {
    "A_AgricultureForestryAndFishing",
    "C_Manufacturing",
    "H_TransportationAndStorage",
    "F_Construction"
  };
  private static final String[] EXACT_REL = {"Familial", "Acquainted"};

  private final Random r;
  private final boolean exact;
  private int n;

  CtdcCaseGenerator(long seed, boolean exact) {
    this.r = new Random(seed);
    this.exact = exact;
  }

  private <T> T pick(T[] values) {
    return values[r.nextInt(values.length)];
  }

  TraffickingCase next() {
    n++;
    RecordMeta meta = RecordMeta.of("urn:test:ctdc", "case-" + n);
    Person.Builder p = Person.builder(RecordMeta.of("urn:test:ctdc", "person-" + n));
    if (r.nextInt(10) > 0) {
      p.gender(r.nextBoolean() ? "Masculine" : "Feminine");
    } else if (!exact) {
      p.gender("TransgenderFeminine");
    }
    int year = 2015 + r.nextInt(4);
    if (r.nextInt(10) > 0) {
      AgeRange band =
          pick(org.mignet.formats.ctdc.internal.CtdcValues.BANDS.toArray(AgeRange[]::new));
      AgeRange age =
          exact
              ? band
              : AgeRange.exactly(band.min() + r.nextInt(Math.min(5, band.max() - band.min() + 1)));
      p.age(ReportedAge.of(age, PartialDate.ofYear(year)));
    }
    if (r.nextInt(8) > 0) {
      p.citizenship(
          COUNTRIES[Math.min(COUNTRIES.length - 1, (int) Math.abs(r.nextGaussian() * 4))]);
      if (!exact && r.nextInt(10) == 0) {
        p.citizenship("FRA");
      }
    }
    if (!exact && r.nextInt(4) == 0) {
      p.name(PersonName.full("Synthetic Person " + n));
    }
    Victim.Builder v = Victim.builder(p.build());
    if (r.nextInt(6) > 0) {
      v.exploitationPlace(
          Place.country(
              COUNTRIES[Math.min(COUNTRIES.length - 1, (int) Math.abs(r.nextGaussian() * 3))]));
    }
    java.util.Set<String> moc = new java.util.LinkedHashSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      moc.add(pick(exact ? EXACT_MOC : ANY_MOC));
    }
    v.methodOfControl(moc.toArray(String[]::new));
    v.exploitationType(pick(exact ? EXACT_EXP : ANY_EXP));
    if (r.nextInt(3) == 0) {
      v.forcedLabourIndustry(pick(exact ? EXACT_IND : ANY_IND));
    }
    if (r.nextInt(3) == 0) {
      v.sexualExploitationType(
          exact || r.nextBoolean() ? "Prostitution" : "RemoteInteractiveServices");
    }
    if (r.nextInt(3) == 0) {
      v.relationshipToTrafficker(
          exact ? pick(EXACT_REL) : r.nextBoolean() ? "Unaquainted" : "Familial");
    }
    TraffickingCase.Builder c = TraffickingCase.builder(meta).victim(v.build());
    c.opened(
        exact || r.nextBoolean()
            ? PartialDate.ofYear(year)
            : PartialDate.of(year, 1 + r.nextInt(12), 1));
    return c.build();
  }

  List<TraffickingCase> take(int count) {
    List<TraffickingCase> out = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(next());
    }
    return out;
  }
}

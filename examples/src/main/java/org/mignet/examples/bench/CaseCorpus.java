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
package org.mignet.examples.bench;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.HtcdsCodeLists;
import org.mignet.core.model.CaseComment;
import org.mignet.core.model.CaseReferral;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.NameUse;
import org.mignet.core.model.OrganizationRef;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReferralDirection;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.Victim;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordWriter;

/**
 * A deterministic corpus of realistic, valid canonical {@link TraffickingCase} records for the
 * benchmarks: built with the model's builders from a seed (codes from the HTCDS v2.0 lists, one
 * victim with a person, perpetrators, an event, a referral, a comment), about 1.3 KB each in
 * NDJSON. Same seed, same bytes.
 */
public final class CaseCorpus {

  private static final String[] NAMES = {
    "Amina",
    "José",
    "Lê",
    "O'Brien",
    "Nguyễn",
    "Ana María",
    "Kofi",
    "Ørsted",
    "Zhang",
    "Fatima",
    "Ivan",
    "Mariam"
  };
  private static final String[] COUNTRIES = {
    "AFG", "NGA", "VNM", "MMR", "GBR", "ROU", "THA", "PHL", "UKR"
  };
  private static final String[] CITIES = {
    "Lagos", "Bangkok", "Manila", "Bucharest", "Kyiv", "Hanoi", "London"
  };
  private static final String[] LANGS = {"eng", "fra", "spa", "ara", "rus", "vie", "hau"};

  private final Random r;
  private int n;

  /**
   * @param seed the seed; the same seed gives the same records
   */
  public CaseCorpus(long seed) {
    this.r = new Random(seed);
  }

  /**
   * @param count how many records
   * @param seed the seed
   * @return the records written by the {@code ndjson} writer, one per line
   */
  public static byte[] ndjson(int count, long seed) {
    CaseCorpus corpus = new CaseCorpus(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 1400);
    try (RecordWriter w = Formats.named("ndjson").writer(out)) {
      for (int i = 0; i < count; i++) {
        w.write(corpus.next());
      }
    }
    return out.toByteArray();
  }

  /**
   * @return the next case
   */
  public TraffickingCase next() {
    n++;
    String id = "case-" + n;
    RecordMeta meta =
        RecordMeta.of("urn:mignet:bench", id)
            .withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL)
            .withSourceOrganization("IOM")
            .withTimestamps(Instant.ofEpochSecond(1_600_000_000L + r.nextInt(100_000_000)), null);
    TraffickingCase.Builder b =
        TraffickingCase.builder(meta)
            .status(code("cas_Status"))
            .caseOwner("user-" + r.nextInt(100))
            .opened(date())
            .victim(victim(id));
    b.event(
        new TraffickingEvent(
            Optional.of(code("hte_Type")),
            Optional.empty(),
            Optional.of(date()),
            Optional.of(Place.unknown().withCountry(pick(COUNTRIES)).withCity(pick(CITIES))),
            Optional.empty()));
    for (int i = 0, k = r.nextInt(8) == 0 ? 2 : 1; i < k; i++) {
      b.referral(
          new CaseReferral(
              ReferralDirection.INCOMING,
              Optional.of(OrganizationRef.named("Shelter " + r.nextInt(40), null)),
              Optional.of("worker-" + r.nextInt(50)),
              Optional.of(date()),
              Optional.of(code("cas_ReasonForIncomingReferral")),
              Optional.empty(),
              false,
              Optional.empty()));
    }
    b.comment(new CaseComment(Optional.empty(), Optional.empty(), "Follow-up " + r.nextInt(1000)));
    return b.build();
  }

  private Victim victim(String caseId) {
    Person person =
        Person.builder(RecordMeta.of("urn:mignet:bench", caseId + "#victim"))
            .name(
                new PersonName(
                    NameUse.PRIMARY,
                    Optional.empty(),
                    List.of(pick(NAMES)),
                    List.of(),
                    List.of(pick(NAMES)),
                    Optional.empty(),
                    Optional.empty()))
            .sex(r.nextBoolean() ? Sex.FEMALE : Sex.MALE)
            .birthDate(PartialDate.of(1960 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)))
            .gender(code("prs_Gender"))
            .citizenship(pick(COUNTRIES))
            .language(pick(LANGS))
            .maritalStatus(code("prs_MaritalStatus"))
            .address(
                Place.unknown()
                    .withCountry(pick(COUNTRIES))
                    .withCity(pick(CITIES))
                    .withCoordinates(
                        Coordinates.of(
                            Math.round((r.nextDouble() * 180 - 90) * 1e4) / 1e4,
                            Math.round((r.nextDouble() * 360 - 180) * 1e4) / 1e4)))
            .build();
    return Victim.builder(person)
        .status(code("vic_TraffickingStatus"), code("vic_TraffickingStatusDecisionMakingOrg"))
        .ageWhenTrafficked(14 + r.nextInt(30))
        .recruitmentMethod(code("vic_MethodOfRecruitment"))
        .methodOfControl(code("vic_MethodsOfControl"), code("vic_MethodsOfControl"))
        .exploitationType(code("vic_TypeOfExploitation"))
        .vulnerability(code("vic_Vulnerabilities"))
        .build();
  }

  private PartialDate date() {
    int y = 2015 + r.nextInt(9);
    return switch (r.nextInt(4)) {
      case 0 -> PartialDate.ofYear(y);
      case 1 -> PartialDate.ofMonth(y, 1 + r.nextInt(12));
      default -> PartialDate.of(y, 1 + r.nextInt(12), 1 + r.nextInt(28));
    };
  }

  private String pick(String[] values) {
    return values[r.nextInt(values.length)];
  }

  private String code(String field) {
    CodeList list = HtcdsCodeLists.instance().forField(field).orElseThrow();
    return list.codes().get(r.nextInt(list.codes().size())).code();
  }
}

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
package org.mignet.examples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.HtcdsCodeLists;
import org.mignet.core.model.CaseComment;
import org.mignet.core.model.CaseReferral;
import org.mignet.core.model.Consent;
import org.mignet.core.model.ContactPoint;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.DocumentType;
import org.mignet.core.model.IdentityDocument;
import org.mignet.core.model.NameUse;
import org.mignet.core.model.OrganizationRef;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Perpetrator;
import org.mignet.core.model.PerpetratorKind;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReferralDirection;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.Sex;
import org.mignet.core.model.SupportPlan;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.Victim;

/**
 * Deterministic generator of realistic synthetic trafficking cases, built with the model's
 * builders: a victim with names, dates, citizenships, contacts and an address, HTCDS-coded
 * statuses, recruitment and exploitation, referrals, perpetrators, events and support plans, and
 * multilingual free text. Written as canonical NDJSON a case is about 1.3 KB on average. The same
 * seed gives the same cases, on any machine.
 */
public final class CaseGenerator {

  static final String SYSTEM = "urn:mignet:bench";
  private static final String[] WORDS = {
    "Amina",
    "José",
    "Lê",
    "O'Brien",
    "Nguyễn",
    "Ana María",
    "Zhang",
    "Kofi",
    "Smith, Jr.",
    "Ngozi",
    "Thu Trang",
    "Mohammed",
    "Oksana",
    "Ørsted",
    "Kyaw"
  };
  private static final String[] COUNTRIES = {
    "AFG", "NGA", "VNM", "MMR", "GBR", "USA", "ROU", "THA", "PHL", "UKR"
  };
  private static final String[] LANGS = {"eng", "fra", "spa", "ara", "rus", "vie", "hau"};

  private final Random r;
  private final boolean xformOnly;
  private int n;

  /**
   * @param seed the seed: the same seed gives the same cases
   */
  public CaseGenerator(long seed) {
    this.r = new Random(seed);
    this.xformOnly = false;
  }

  /**
   * @return the next case
   */
  public TraffickingCase next() {
    n++;
    String id = "case-" + n + "-" + Integer.toHexString(r.nextInt());
    RecordMeta meta = RecordMeta.of(SYSTEM, id).withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL);
    if (r.nextInt(50) > 0) {
      // as a case-management system exports them: issuer, creation time and legal basis (the
      // exchange profile)
      meta =
          meta.withSourceOrganization("IOM")
              .withLegalBasis("consent")
              .withTimestamps(
                  java.time.Instant.ofEpochSecond(1_600_000_000L + r.nextInt(100_000_000)), null);
    }
    TraffickingCase.Builder b = TraffickingCase.builder(meta);
    b.status(maybe(code("cas_Status")));
    if (!xformOnly) {
      b.reasonForClosure(maybe(word()));
      b.caseOwner(maybe("user-" + r.nextInt(100)));
    }
    if (r.nextInt(5) > 0) {
      b.victim(victim(id));
    }
    if (r.nextBoolean()) {
      b.consent(
          new Consent(
              Optional.empty(),
              r.nextBoolean(),
              Optional.empty(),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    int reps = 1;
    for (int i = 0, k = r.nextInt(reps + 1); i < k; i++) {
      b.referral(referral(ReferralDirection.INCOMING));
    }
    if (!xformOnly) {
      for (int i = 0, k = r.nextInt(2); i < k; i++) {
        b.referral(referral(ReferralDirection.OUTGOING));
      }
      for (int i = 0, k = r.nextInt(2); i < k; i++) {
        b.perpetrator(
            new Perpetrator(
                Optional.empty(),
                PerpetratorKind.UNKNOWN,
                Optional.ofNullable(maybe(word())).map(s -> OrganizationRef.named(s, null)),
                List.of(code("per_RoleInProcess")),
                Optional.ofNullable(maybe(word())),
                List.of(),
                Sex.UNKNOWN,
                Optional.empty()));
      }
      for (int i = 0, k = r.nextInt(2); i < k; i++) {
        b.comment(new CaseComment(Optional.empty(), Optional.empty(), word()));
      }
      for (int i = 0, k = r.nextInt(3); i < k; i++) {
        Place p = r.nextBoolean() ? null : place(false).withCity(word());
        b.event(
            new TraffickingEvent(
                Optional.of(code("hte_Type")),
                Optional.empty(),
                Optional.ofNullable(date()),
                Optional.ofNullable(p),
                Optional.ofNullable(maybe(word()))));
      }
      for (int i = 0, k = r.nextInt(2); i < k; i++) {
        b.supportPlan(
            new SupportPlan(
                Optional.of(code("spl_Type")),
                Optional.ofNullable(maybe(word())),
                Optional.ofNullable(maybe(word())),
                Optional.empty(),
                Optional.ofNullable(date()),
                Optional.ofNullable(date())));
      }
    }
    return b.build();
  }

  private Victim victim(String caseId) {
    Person.Builder p =
        Person.builder(
            RecordMeta.of(SYSTEM, caseId + "#victim")
                .withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL));
    if (r.nextInt(4) > 0) {
      p.name(
          new PersonName(
              NameUse.PRIMARY,
              Optional.empty(),
              List.of(word()),
              xformOnly || r.nextBoolean() ? List.of() : List.of(word()),
              r.nextBoolean() ? List.of(word()) : List.of(),
              Optional.ofNullable(maybe("Ms")),
              Optional.empty()));
    }
    p.birthDate(maybe(date()));
    p.gender(maybe(code("prs_Gender")));
    for (int i = 0, k = r.nextInt(3); i < k; i++) {
      String c = COUNTRIES[r.nextInt(COUNTRIES.length)];
      p.citizenship(c);
    }
    p.jobTitle(maybe(word()));
    if (r.nextBoolean()) {
      p.contact(new ContactPoint(ContactPoint.Kind.EMAIL, "p" + r.nextInt(999) + "@example.org"));
    }
    if (r.nextBoolean()) {
      p.contact(new ContactPoint(ContactPoint.Kind.PHONE, "+44" + (1000000 + r.nextInt(8999999))));
    }
    if (r.nextBoolean()) {
      p.contact(
          new ContactPoint(
              ContactPoint.Kind.MOBILE_PHONE, "+234" + (1000000 + r.nextInt(8999999))));
    }
    if (r.nextBoolean()) {
      Place a = place(true).withCity(word());
      p.address(
          xformOnly
              ? new Place(
                  Optional.empty(),
                  a.country(),
                  a.adminArea1(),
                  Optional.empty(),
                  a.city(),
                  a.street(),
                  a.postalCode(),
                  Optional.empty(),
                  Optional.empty())
              : a);
    }
    if (!xformOnly) {
      p.deceased(r.nextInt(5) == 0 ? Boolean.valueOf(r.nextBoolean()) : null);
      p.maritalStatus(maybe(code("prs_MaritalStatus")));
      p.numberOfChildren(r.nextBoolean() ? r.nextInt(8) : null);
      if (r.nextBoolean()) {
        p.language(LANGS[r.nextInt(LANGS.length)]);
        if (r.nextBoolean()) {
          p.language(LANGS[r.nextInt(LANGS.length)].equals("eng") ? "fra" : "eng");
        }
      }
      p.educationLevel(maybe(code("prs_HighestLevelOfEducation")));
      if (r.nextBoolean()) {
        p.document(
            new IdentityDocument(
                DocumentType.NATIONAL_IDENTITY_NUMBER,
                Optional.empty(),
                "ID" + r.nextInt(1_000_000),
                Optional.empty(),
                Optional.empty()));
      }
    }
    Person person = p.build();
    // citizenship duplicates collapse on reading: HTCDS has a set, not a list
    person = person.toBuilder().build();
    List<String> distinct = person.citizenships().stream().distinct().toList();
    Person.Builder pb = Person.builder(person.meta());
    Person q = person;
    Victim.Builder v =
        Victim.builder(
            new Person(
                q.meta(),
                q.names(),
                q.sex(),
                q.gender(),
                q.birthDate(),
                q.age(),
                q.deceased(),
                distinct,
                q.stateless(),
                q.countryOfBirth(),
                q.languages(),
                q.maritalStatus(),
                q.numberOfChildren(),
                q.educationLevel(),
                q.documents(),
                q.contacts(),
                q.addresses(),
                q.jobTitle()));
    // consistent as real cases mostly are: types of sexual exploitation and a forced-labour
    // industry only with
    // their exploitation type, and none for a person found not to be a victim
    String status =
        r.nextBoolean()
            ? (r.nextBoolean() ? "ActualVictimOfTrafficking" : "PossibleVictimOfTrafficking")
            : null;
    v.status(status, maybe(code("vic_TraffickingStatusDecisionMakingOrg")));
    v.recruitmentMethod(codes("vic_MethodOfRecruitment", 2).toArray(String[]::new));
    v.methodOfControl(codes("vic_MethodsOfControl", 2).toArray(String[]::new));
    List<String> exploitation = codes("vic_TypeOfExploitation", 2);
    v.exploitationType(exploitation.toArray(String[]::new));
    if (exploitation.contains("ForcedLabour")) {
      v.forcedLabourIndustry(maybe(code("vic_ForcedLabourIndustry")));
    }
    if (exploitation.contains("SexualExploitation")) {
      v.sexualExploitationType(codes("vic_TypeOfSexExploitation", 2).toArray(String[]::new));
    }
    if (r.nextBoolean()) {
      v.recruitmentPlace(
          xformOnly ? Place.unknown().withName(word()) : place(false).withName("Org " + word()));
    }
    if (r.nextBoolean()) {
      v.exploitationPlace(
          xformOnly
              ? Place.unknown().withName(word())
              : Place.unknown().withName("Site " + word()));
    }
    if (!xformOnly) {
      v.relationshipToTrafficker(maybe(code("vic_RelationshipToTrafficker")));
      v.ageWhenTrafficked(r.nextBoolean() ? r.nextInt(60) : null);
      v.recruitmentWebsite(codes("vic_RecruitmentWebsitesAndApps", 2).toArray(String[]::new));
      v.exploitationWebsite(codes("vic_ExploitationWebsitesAndApps", 2).toArray(String[]::new));
      v.vulnerability(codes("vic_Vulnerabilities", 2).toArray(String[]::new));
      v.vulnerabilityDetails(maybe(word()));
      v.agreementToManagePersonalData(r.nextInt(4) == 0 ? Boolean.TRUE : null);
    }
    return v.build();
  }

  private CaseReferral referral(ReferralDirection d) {
    return new CaseReferral(
        d,
        Optional.of("Org " + word()).map(s -> OrganizationRef.named(s, null)),
        Optional.ofNullable(maybe("worker-" + r.nextInt(50))),
        Optional.ofNullable(date()),
        Optional.ofNullable(
            xformOnly || d == ReferralDirection.INCOMING
                ? maybe(code("cas_ReasonForIncomingReferral"))
                : maybe(code("cas_ReasonForOutgoingReferral"))),
        Optional.ofNullable(maybe(word())),
        false,
        Optional.empty());
  }

  private Place place(boolean coordinates) {
    Place p = Place.unknown();
    if (r.nextBoolean()) {
      p = p.withCity(word());
    }
    if (r.nextBoolean()) {
      p = p.withCountry(COUNTRIES[r.nextInt(COUNTRIES.length)]);
    }
    if (r.nextBoolean()) {
      p = p.withAdminArea1(word());
    }
    p =
        new Place(
            p.name(),
            p.country(),
            p.adminArea1(),
            Optional.empty(),
            p.city(),
            Optional.ofNullable(maybe(word())),
            Optional.ofNullable(maybe("" + r.nextInt(99999))),
            Optional.empty(),
            Optional.empty());
    if (coordinates || r.nextBoolean()) {
      if (r.nextBoolean()) {
        p =
            p.withCoordinates(
                Coordinates.of(
                    Math.round((r.nextDouble() * 180 - 90) * 1e5) / 1e5,
                    Math.round((r.nextDouble() * 360 - 180) * 1e5) / 1e5));
      }
    }
    return p;
  }

  private PartialDate date() {
    if (r.nextInt(3) == 0) {
      return null;
    }
    int y = 1950 + r.nextInt(74);
    return switch (r.nextInt(4)) {
      case 0 -> PartialDate.ofYear(y);
      case 1 -> PartialDate.ofMonth(y, 1 + r.nextInt(12));
      default -> PartialDate.of(y, 1 + r.nextInt(12), 1 + r.nextInt(28));
    };
  }

  private String word() {
    return WORDS[r.nextInt(WORDS.length)] + (r.nextBoolean() ? "" : " " + r.nextInt(100));
  }

  private <T> T maybe(T value) {
    return r.nextBoolean() ? value : null;
  }

  private String code(String field) {
    CodeList list = HtcdsCodeLists.instance().forField(field).orElseThrow();
    return list.codes().get(r.nextInt(list.codes().size())).code();
  }

  private List<String> codes(String field, int max) {
    List<String> out = new ArrayList<>();
    for (int i = 0, k = r.nextInt(max + 1); i < k; i++) {
      String c = code(field);
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}

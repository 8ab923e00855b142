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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.mignet.core.code.Countries;
import org.mignet.core.model.CaseComment;
import org.mignet.core.model.CaseReferral;
import org.mignet.core.model.ContactPoint;
import org.mignet.core.model.IdentityDocument;
import org.mignet.core.model.Perpetrator;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.ReferralDirection;
import org.mignet.core.model.SupportPlan;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.Victim;
import org.mignet.formats.Transformation.Action;

/**
 * Maps a {@link TraffickingCase} onto HTCDS rows: the first row carries the case, its (first)
 * victim and the first of each repeatable child record; continuation rows carry the further
 * perpetrators, events, support plans, comments, referrals and organisations. Values are codes
 * (v2.0 value names), ISO dates, alpha-2 countries.
 */
public final class CaseToRows {

  private CaseToRows() {}

  /** The order in which a reader gives contacts back. */
  private static final List<ContactPoint.Kind> READ_ORDER =
      List.of(ContactPoint.Kind.EMAIL, ContactPoint.Kind.PHONE, ContactPoint.Kind.MOBILE_PHONE);

  private static final Action NAMED = Action.HTCDS_PLACE_NAMED;
  private static final Action RENAMED = Action.HTCDS_PLACE_NUMBERED;

  private record Org(String name, Place place, Map<String, Object> extra) {}

  /**
   * Returns at least one row; each maps a v2.0 field name to its values (one for single-valued
   * fields).
   *
   * @param c the case; not null
   */
  public static List<Map<String, List<String>>> rows(TraffickingCase c) {
    return rows(c, (pointer, action) -> {});
  }

  /**
   * Returns the rows of the case, the first one holding the case, victim and consent.
   *
   * @param c the case
   * @param changed told the normalised pointer and the action of every value the layout changes: a
   *     place name made up (see {@link #place}), name parts joined
   */
  public static List<Map<String, List<String>>> rows(
      TraffickingCase c, BiConsumer<String, Action> changed) {
    List<Map<String, List<String>>> rows = new ArrayList<>();
    Map<String, List<String>> first = new LinkedHashMap<>();
    rows.add(first);
    List<Org> orgs = new ArrayList<>();
    if (!c.victims().isEmpty()) {
      Victim v = c.victims().get(0);
      person(v.person(), first, changed);
      put(first, "vic_TraffickingStatus", v.traffickingStatus());
      put(first, "vic_TraffickingStatusDecisionMakingOrg", v.statusDecidedBy());
      put(first, "vic_RelationshipToTrafficker", v.relationshipToTrafficker());
      put(first, "vic_AgeWhenTrafficked", v.ageWhenTrafficked().map(String::valueOf));
      putAll(first, "vic_RecruitmentWebsitesAndApps", v.recruitmentWebsites());
      putAll(first, "vic_MethodOfRecruitment", v.recruitmentMethods());
      v.recruitmentPlace()
          .ifPresent(
              p ->
                  place(
                      first,
                      "vic_LocationOfRecruitment",
                      p,
                      orgs,
                      () -> changed.accept("/victims/*/recruitmentPlace/name", NAMED),
                      () -> changed.accept("/victims/*/recruitmentPlace/name", RENAMED)));
      putAll(first, "vic_MethodsOfControl", v.methodsOfControl());
      putAll(first, "vic_TypeOfExploitation", v.exploitationTypes());
      put(first, "vic_ForcedLabourIndustry", v.forcedLabourIndustry());
      putAll(first, "vic_TypeOfSexExploitation", v.sexualExploitationTypes());
      v.exploitationPlace()
          .ifPresent(
              p ->
                  place(
                      first,
                      "vic_LocationOfExploitation",
                      p,
                      orgs,
                      () -> changed.accept("/victims/*/exploitationPlace/name", NAMED),
                      () -> changed.accept("/victims/*/exploitationPlace/name", RENAMED)));
      putAll(first, "vic_ExploitationWebsitesAndApps", v.exploitationWebsites());
      putAll(first, "vic_Vulnerabilities", v.vulnerabilities());
      put(first, "vic_DetailsOfVulnerabilities", v.vulnerabilityDetails());
      put(
          first,
          "vic_AgreementToManagePersonalData",
          v.agreementToManagePersonalData().map(CaseToRows::bool));
    }
    put(first, "cas_Status", c.status());
    put(first, "cas_ReasonForCaseClosure", c.reasonForClosure());
    put(first, "cas_CaseOwner", c.caseOwner());
    if (!c.consents().isEmpty()) {
      put(first, "con_Consent", Optional.of(bool(c.consents().get(0).given())));
    }
    int in = 0;
    int out = 0;
    List<int[]> slots = new ArrayList<>();
    for (CaseReferral r : c.referrals()) {
      boolean incoming = r.direction() == ReferralDirection.INCOMING;
      int slot = incoming ? in++ : out++;
      slots.add(new int[] {slot, incoming ? 0 : 1});
      Map<String, List<String>> row = row(rows, slot);
      put(
          row,
          incoming ? "cas_ReferringOrganisation" : "cas_ReferredOrganisation",
          organisation(r.organisation(), "/referrals/*/organisation/name", changed));
      put(
          row,
          incoming ? "cas_IncomingReferralDate" : "cas_OutgoingReferralDate",
          r.date().map(Object::toString));
      put(
          row,
          incoming ? "cas_ReferringPrimaryCaseWorker" : "cas_ReferredPrimaryCaseWorker",
          r.caseWorker());
      put(
          row,
          incoming ? "cas_ReasonForIncomingReferral" : "cas_ReasonForOutgoingReferral",
          r.reason());
      put(
          row,
          incoming ? "cas_IncomingReferralDetails" : "cas_OutgoingReferralDetails",
          r.details());
    }
    // a reader gives back, row by row, the incoming referral then the outgoing one
    List<int[]> read = new ArrayList<>(slots);
    read.sort(java.util.Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
    for (int k = 0; k < slots.size(); k++) {
      if (read.get(k) != slots.get(k)) {
        changed.accept("/referrals", Action.HTCDS_REFERRALS_REORDERED);
        break;
      }
    }
    int i = 0;
    for (Perpetrator p : c.perpetrators()) {
      Map<String, List<String>> row = row(rows, i++);
      putAll(row, "per_RoleInProcess", p.roles());
      put(row, "per_RoleDetails", p.roleDetails());
      put(
          row,
          "per_Organisation",
          organisation(p.organisation(), "/perpetrators/*/organisation/name", changed));
    }
    i = 0;
    for (CaseComment cc : c.comments()) {
      put(row(rows, i++), "cco_CaseComment", Optional.of(cc.text()));
    }
    i = 0;
    for (TraffickingEvent e : c.events()) {
      Map<String, List<String>> row = row(rows, i++);
      e.place()
          .ifPresent(
              p -> {
                p.coordinates()
                    .ifPresent(
                        xy -> {
                          put(row, "hte_Longitude", Optional.of(number(xy.longitude())));
                          put(row, "hte_Latitude", Optional.of(number(xy.latitude())));
                        });
                put(row, "hte_City", p.city());
                put(row, "hte_Country", p.country().map(CaseToRows::alpha2));
                put(row, "hte_State", p.adminArea1());
                put(row, "hte_Street", p.street());
                put(row, "hte_PostalCode", p.postalCode());
              });
      put(row, "hte_Date", e.date().map(Object::toString));
      put(row, "hte_Type", e.type());
      put(row, "hte_Description", e.description());
    }
    i = 0;
    for (SupportPlan s : c.supportPlans()) {
      Map<String, List<String>> row = row(rows, i++);
      put(row, "spl_Objectives", s.objectives());
      put(row, "spl_ActionPlan", s.actionPlan());
      put(row, "spl_PlannedEndDate", s.plannedEnd().map(Object::toString));
      put(row, "spl_ActualEndDate", s.actualEnd().map(Object::toString));
      put(row, "spl_Type", s.type());
    }
    i = 0;
    for (Org o : orgs) {
      Map<String, List<String>> row = row(rows, i++);
      put(row, "org_Name", Optional.of(o.name()));
      Place p = o.place();
      put(row, "org_ShippingCity", p.city());
      put(row, "org_ShippingCountry", p.country().map(CaseToRows::alpha2));
      put(row, "org_ShippingState", p.adminArea1());
      put(row, "org_ShippingStreet", p.street());
      put(row, "org_ShippingPostalCode", p.postalCode());
      p.coordinates()
          .ifPresent(
              xy -> {
                put(row, "org_ShippingLongitude", Optional.of(number(xy.longitude())));
                put(row, "org_ShippingLatitude", Optional.of(number(xy.latitude())));
              });
    }
    // Values the reader could not map (unknown codes, malformed dates) go back to their columns.
    c.meta()
        .extensions()
        .forEach(
            (k, v) -> {
              if (k.startsWith(RowsToCase.EXTENSION_PREFIX) && v instanceof String s) {
                String field = k.substring(RowsToCase.EXTENSION_PREFIX.length());
                if (org.mignet.formats.htcds.HtcdsFields.instance().get(field).isPresent()
                    && !first.containsKey(field)) {
                  first.put(field, List.of(s));
                }
              }
            });
    return rows;
  }

  private static void person(
      Person p, Map<String, List<String>> row, BiConsumer<String, Action> named) {
    if (!p.names().isEmpty()) {
      PersonName n = p.names().get(0);
      put(row, "prs_Salutation", n.salutation());
      put(
          row,
          "prs_FirstName",
          joined(n.givenNames(), "/victims/*/person/names/*/givenNames", named));
      put(
          row,
          "prs_MiddleName",
          joined(n.middleNames(), "/victims/*/person/names/*/middleNames", named));
      put(
          row,
          "prs_SecondName",
          joined(n.familyNames(), "/victims/*/person/names/*/familyNames", named));
    }
    put(row, "prs_Birthdate", p.birthDate().map(Object::toString));
    put(row, "prs_Gender", p.gender());
    put(row, "prs_Deceased", p.deceased().map(CaseToRows::bool));
    put(row, "prs_MaritalStatus", p.maritalStatus());
    put(row, "prs_NumberOfChildren", p.numberOfChildren().map(String::valueOf));
    if (!p.languages().isEmpty()) {
      put(row, "prs_PrimaryLanguage", Optional.of(p.languages().get(0)));
    }
    if (p.languages().size() > 1) {
      put(row, "prs_SecondaryLanguage", Optional.of(p.languages().get(1)));
    }
    put(row, "prs_HighestLevelOfEducation", p.educationLevel());
    putAll(row, "prs_Citizenship", p.citizenships().stream().map(CaseToRows::alpha2).toList());
    // HTCDS citizenships are ISO alpha-2, read back as alpha-3: ICAO-only codes (D, XPO…) do not
    // come back
    List<String> readBack = new ArrayList<>();
    for (String c : p.citizenships()) {
      Countries.instance()
          .resolve(alpha2(c))
          .code()
          .filter(a3 -> !readBack.contains(a3))
          .ifPresent(readBack::add);
    }
    if (!readBack.equals(p.citizenships())) {
      named.accept("/victims/*/person/citizenships", Action.HTCDS_CITIZENSHIPS_CONVERTED);
    }
    p.documents().stream()
        .findFirst()
        .map(IdentityDocument::number)
        .ifPresent(n -> put(row, "prs_IdentityNumber", Optional.of(n)));
    put(row, "prs_Title", p.jobTitle());
    contact(p, ContactPoint.Kind.EMAIL, "prs_Email", row);
    contact(p, ContactPoint.Kind.PHONE, "prs_HomePhone", row);
    contact(p, ContactPoint.Kind.MOBILE_PHONE, "prs_MobilePhone", row);
    List<ContactPoint> kept = new ArrayList<>();
    for (ContactPoint.Kind kind : READ_ORDER) {
      p.contacts().stream().filter(c -> c.kind() == kind).findFirst().ifPresent(kept::add);
    }
    if (!kept.equals(p.contacts())) {
      named.accept("/victims/*/person/contacts", Action.HTCDS_CONTACTS_REDUCED);
    }
    if (!p.addresses().isEmpty()) {
      Place a = p.addresses().get(0);
      put(row, "prs_MailingCity", a.city());
      put(row, "prs_MailingCountry", a.country().map(CaseToRows::alpha2));
      put(row, "prs_MailingState", a.adminArea1());
      put(row, "prs_MailingStreet", a.street());
      put(row, "prs_MailingPostalCode", a.postalCode());
      a.coordinates()
          .ifPresent(
              xy -> {
                put(row, "prs_MailingLongitude", Optional.of(number(xy.longitude())));
                put(row, "prs_MailingLatitude", Optional.of(number(xy.latitude())));
              });
    }
  }

  private static void contact(
      Person p, ContactPoint.Kind kind, String field, Map<String, List<String>> row) {
    p.contacts().stream()
        .filter(c -> c.kind() == kind)
        .findFirst()
        .ifPresent(c -> put(row, field, Optional.of(c.value())));
  }

  /**
   * A victim's place is a location row (org_Name, org_Shipping…) that the victim's field names.
   * HTCDS has no location without a name, so a place without one but with parts is named after its
   * parts (street, city, areas, postal code, country, coordinates), and {@code named} is told: the
   * name is made up, the parts are kept.
   */
  private static void place(
      Map<String, List<String>> row,
      String field,
      Place p,
      List<Org> orgs,
      Runnable named,
      Runnable renamed) {
    if (p.isUnknown()) {
      return;
    }
    String name = p.name().orElse(null);
    if (name == null) {
      List<String> parts = new ArrayList<>();
      for (Optional<String> part :
          List.of(
              p.street(),
              p.city(),
              p.adminArea2(),
              p.adminArea1(),
              p.postalCode(),
              p.pcode(),
              p.country())) {
        part.ifPresent(parts::add);
      }
      p.coordinates()
          .ifPresent(xy -> parts.add(number(xy.latitude()) + " " + number(xy.longitude())));
      name = String.join(", ", parts);
      named.run();
    }
    String n = name;
    Optional<Org> same = orgs.stream().filter(o -> o.name().equals(n)).findFirst();
    if (same.isPresent()
        && !same.get().place().equals(p.name().isPresent() ? p : p.withName(n))
        && !p.equals(Place.unknown().withName(name))) {
      // two different places of one name: the location row of the first would give the second its
      // parts
      int k = 2;
      while (taken(orgs, name + " (" + k + ")")) {
        k++;
      }
      name = name + " (" + k + ")";
      renamed.run();
    }
    put(row, field, Optional.of(name));
    String m = name;
    if (!p.equals(Place.unknown().withName(name))
        && orgs.stream().noneMatch(o -> o.name().equals(m))) {
      orgs.add(new Org(name, p.name().isPresent() ? p : p.withName(name), Map.of()));
    }
  }

  private static boolean taken(List<Org> orgs, String name) {
    return orgs.stream().anyMatch(o -> o.name().equals(name));
  }

  private static Map<String, List<String>> row(List<Map<String, List<String>>> rows, int index) {
    while (rows.size() <= index) {
      rows.add(new LinkedHashMap<>());
    }
    return rows.get(index);
  }

  private static void put(Map<String, List<String>> row, String field, Optional<String> value) {
    value.filter(s -> !s.isEmpty()).ifPresent(s -> row.put(field, List.of(s)));
  }

  private static void putAll(Map<String, List<String>> row, String field, List<String> values) {
    if (!values.isEmpty()) {
      row.put(field, List.copyOf(values));
    }
  }

  /**
   * HTCDS names an organisation; one known by its id only is written under its id, read back as its
   * name.
   */
  private static Optional<String> organisation(
      Optional<org.mignet.core.model.OrganizationRef> ref,
      String pointer,
      BiConsumer<String, Action> changed) {
    if (ref.isPresent() && ref.get().name().isEmpty() && ref.get().id().isPresent()) {
      changed.accept(pointer, Action.HTCDS_ORGANISATION_FROM_ID);
    }
    return ref.flatMap(o -> o.name().or(o::id));
  }

  /**
   * Several given (middle, family) names share one HTCDS field: joined with spaces, read back as
   * one.
   */
  private static Optional<String> joined(
      List<String> parts, String pointer, BiConsumer<String, Action> changed) {
    if (parts.size() > 1) {
      changed.accept(pointer, Action.HTCDS_JOINED);
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }

  static String bool(boolean b) {
    return b ? "TRUE" : "FALSE";
  }

  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /**
   * Returns the alpha-2 code of an alpha-3 (or ICAO) country code, or the code itself if it has
   * none.
   */
  static String alpha2(String code) {
    return Countries.instance()
        .byAlpha3(code)
        .map(c -> c.alpha2())
        .or(
            () -> {
              var r = Countries.instance().resolve(code);
              return r.code().flatMap(a3 -> Countries.instance().byAlpha3(a3)).map(c -> c.alpha2());
            })
        .orElse(code);
  }
}

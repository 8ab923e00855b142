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

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.Countries;
import org.mignet.core.code.HtcdsCodeLists;
import org.mignet.core.code.Languages;
import org.mignet.core.code.Resolution;
import org.mignet.core.code.ResolutionKind;
import org.mignet.core.model.CaseComment;
import org.mignet.core.model.CaseReferral;
import org.mignet.core.model.Consent;
import org.mignet.core.model.ContactPoint;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.DocumentType;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.IdentityDocument;
import org.mignet.core.model.NameUse;
import org.mignet.core.model.OrganizationRef;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Perpetrator;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReferralDirection;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.SupportPlan;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Issue;
import org.mignet.formats.htcds.HtcdsFields;
import org.mignet.formats.internal.Suggestions;
import org.mignet.formats.internal.Words;

/**
 * Builds a {@link TraffickingCase} from the rows of one case (see {@link CaseToRows} for the
 * layout). Values that cannot be mapped are reported and kept in {@code meta.extensions} under
 * {@code htcds:<field>}; nothing is dropped silently. One instance per reader; not thread-safe.
 */
public final class RowsToCase {

  /** The prefix of extension keys holding unmapped HTCDS values and unknown columns. */
  public static final String EXTENSION_PREFIX = "htcds:";

  /** The identifier system of cases whose key does not name one. */
  public static final String DEFAULT_SYSTEM = "urn:mignet:htcds";

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private final String source;
  private final Function<String, List<String>> split;

  private List<Issue> issues;
  private Map<String, Object> extensions;
  private long record;
  private RawRow row;

  /**
   * @param source the source name for locations
   * @param split how a multi-select cell is split into values ({@code ;} in tables, spaces in
   *     XForms)
   */
  public RowsToCase(String source, Function<String, List<String>> split) {
    this.source = source;
    this.split = split;
  }

  /**
   * Returns the case.
   *
   * @param key the case key (column A, or the XForm instance id), possibly {@code system|value};
   *     may be null
   * @param rows the case's rows, first row first; not empty
   * @param recordNumber the 1-based record number
   * @param out where issues go
   */
  public TraffickingCase build(String key, List<RawRow> rows, long recordNumber, List<Issue> out) {
    issues = out;
    record = recordNumber;
    extensions = new LinkedHashMap<>();
    RawRow first = rows.get(0);
    row = first;
    Identifier id = identifier(key, first.line());
    Person.Builder pb =
        Person.builder(
            RecordMeta.of(id.system(), id.value() + "#victim")
                .withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL));
    boolean hasPerson = person(pb);
    Victim.Builder vb = Victim.builder(pb.build());
    vb.status(code("vic_TraffickingStatus"), code("vic_TraffickingStatusDecisionMakingOrg"));
    vb.relationshipToTrafficker(code("vic_RelationshipToTrafficker"));
    vb.ageWhenTrafficked(integer("vic_AgeWhenTrafficked"));
    vb.recruitmentWebsite(codes("vic_RecruitmentWebsitesAndApps"));
    vb.recruitmentMethod(codes("vic_MethodOfRecruitment"));
    vb.methodOfControl(codes("vic_MethodsOfControl"));
    vb.exploitationType(codes("vic_TypeOfExploitation"));
    vb.forcedLabourIndustry(code("vic_ForcedLabourIndustry"));
    vb.sexualExploitationType(codes("vic_TypeOfSexExploitation"));
    vb.exploitationWebsite(codes("vic_ExploitationWebsitesAndApps"));
    vb.vulnerability(codes("vic_Vulnerabilities"));
    vb.vulnerabilityDetails(text("vic_DetailsOfVulnerabilities"));
    vb.agreementToManagePersonalData(bool("vic_AgreementToManagePersonalData"));
    String recruitment = text("vic_LocationOfRecruitment");
    String exploitation = text("vic_LocationOfExploitation");
    boolean hasVictim =
        hasPerson || first.values().keySet().stream().anyMatch(f -> f.startsWith("vic_"));

    String status = code("cas_Status");
    String closure = text("cas_ReasonForCaseClosure");
    String owner = text("cas_CaseOwner");
    Boolean consent = bool("con_Consent");

    Map<String, Place> orgs = new LinkedHashMap<>();
    List<CaseReferral> incoming = new ArrayList<>();
    List<CaseReferral> outgoing = new ArrayList<>();
    List<Perpetrator> perpetrators = new ArrayList<>();
    List<CaseComment> comments = new ArrayList<>();
    List<TraffickingEvent> events = new ArrayList<>();
    List<SupportPlan> plans = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      row = rows.get(i);
      if (i > 0) {
        conflicts(first, row, key);
      }
      referral(
              ReferralDirection.INCOMING,
              "cas_ReferringOrganisation",
              "cas_IncomingReferralDate",
              "cas_ReferringPrimaryCaseWorker",
              "cas_ReasonForIncomingReferral",
              "cas_IncomingReferralDetails")
          .ifPresent(incoming::add);
      referral(
              ReferralDirection.OUTGOING,
              "cas_ReferredOrganisation",
              "cas_OutgoingReferralDate",
              "cas_ReferredPrimaryCaseWorker",
              "cas_ReasonForOutgoingReferral",
              "cas_OutgoingReferralDetails")
          .ifPresent(outgoing::add);
      List<String> roles = List.of(codes("per_RoleInProcess"));
      String roleDetails = text("per_RoleDetails");
      String perOrg = text("per_Organisation");
      if (!roles.isEmpty() || roleDetails != null || perOrg != null) {
        perpetrators.add(
            Perpetrator.builder()
                .organisation(perOrg == null ? null : OrganizationRef.named(perOrg, null))
                .role(roles.toArray(String[]::new))
                .roleDetails(roleDetails)
                .build());
      }
      String comment = text("cco_CaseComment");
      if (comment != null) {
        comments.add(new CaseComment(Optional.empty(), Optional.empty(), comment));
      }
      Place hte =
          place(
              "hte_City",
              "hte_Country",
              "hte_State",
              "hte_Street",
              "hte_PostalCode",
              "hte_Latitude",
              "hte_Longitude");
      String hteType = code("hte_Type");
      PartialDate hteDate = date("hte_Date");
      String hteDescription = text("hte_Description");
      if (!hte.isUnknown() || hteType != null || hteDate != null || hteDescription != null) {
        events.add(
            new TraffickingEvent(
                Optional.ofNullable(hteType),
                Optional.empty(),
                Optional.ofNullable(hteDate),
                hte.isUnknown() ? Optional.empty() : Optional.of(hte),
                Optional.ofNullable(hteDescription)));
      }
      String splType = code("spl_Type");
      String objectives = text("spl_Objectives");
      String action = text("spl_ActionPlan");
      PartialDate planned = date("spl_PlannedEndDate");
      PartialDate actual = date("spl_ActualEndDate");
      if (splType != null
          || objectives != null
          || action != null
          || planned != null
          || actual != null) {
        plans.add(
            new SupportPlan(
                Optional.ofNullable(splType),
                Optional.ofNullable(objectives),
                Optional.ofNullable(action),
                Optional.empty(),
                Optional.ofNullable(planned),
                Optional.ofNullable(actual)));
      }
      String orgName = text("org_Name");
      Place org =
          place(
              "org_ShippingCity",
              "org_ShippingCountry",
              "org_ShippingState",
              "org_ShippingStreet",
              "org_ShippingPostalCode",
              "org_ShippingLatitude",
              "org_ShippingLongitude");
      String orgType = code("org_Type");
      String orgPhone = text("org_Phone");
      if (orgName != null || !org.isUnknown() || orgType != null || orgPhone != null) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (orgName != null) {
          o.put("org_Name", orgName);
        }
        if (orgType != null) {
          o.put("org_Type", orgType);
        }
        if (orgPhone != null) {
          o.put("org_Phone", orgPhone);
        }
        if (orgType != null || orgPhone != null || orgName == null) {
          // Place has no type or phone: the organisation record itself is kept.
          extensions.put(EXTENSION_PREFIX + "organisation" + (i == 0 ? "" : "#" + (i + 1)), o);
        }
        if (orgName != null) {
          orgs.putIfAbsent(orgName, org);
        }
      }
      for (Map.Entry<String, String> e : row.extras().entrySet()) {
        extensions.put(EXTENSION_PREFIX + e.getKey() + (i == 0 ? "" : "#" + (i + 1)), e.getValue());
      }
      if (i == 0) {
        row = first;
      }
    }
    row = first;
    if (recruitment != null) {
      vb.recruitmentPlace(orgs.getOrDefault(recruitment, Place.unknown()).withName(recruitment));
    }
    if (exploitation != null) {
      vb.exploitationPlace(orgs.getOrDefault(exploitation, Place.unknown()).withName(exploitation));
    }
    RecordMeta meta = RecordMeta.of(id).withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL);
    for (Map.Entry<String, Object> e : extensions.entrySet()) {
      meta = meta.withExtension(e.getKey(), e.getValue());
    }
    TraffickingCase.Builder cb =
        TraffickingCase.builder(meta).status(status).reasonForClosure(closure).caseOwner(owner);
    if (hasVictim || recruitment != null || exploitation != null) {
      cb.victim(vb.build());
    }
    if (consent != null) {
      cb.consent(
          new Consent(
              Optional.empty(),
              consent,
              Optional.empty(),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    incoming.forEach(cb::referral);
    outgoing.forEach(cb::referral);
    perpetrators.forEach(cb::perpetrator);
    comments.forEach(cb::comment);
    events.forEach(cb::event);
    plans.forEach(cb::supportPlan);
    return cb.build();
  }

  private Identifier identifier(String key, long line) {
    if (key != null && !key.isBlank()) {
      String k = key.strip();
      int bar = k.lastIndexOf('|');
      if (bar > 0 && bar < k.length() - 1) {
        return Identifier.parse(k);
      }
      return Identifier.of(DEFAULT_SYSTEM, k);
    }
    return Identifier.of(
        DEFAULT_SYSTEM, source + "#" + (line > 0 ? "row" + line : "record" + record));
  }

  private boolean person(Person.Builder pb) {
    String salutation = text("prs_Salutation");
    String given = text("prs_FirstName");
    String middle = text("prs_MiddleName");
    String family = text("prs_SecondName");
    boolean any = false;
    if (given != null || middle != null || family != null) {
      pb.name(
          new PersonName(
              NameUse.PRIMARY,
              Optional.empty(),
              listOf(given),
              listOf(middle),
              listOf(family),
              Optional.ofNullable(salutation),
              Optional.empty()));
      any = true;
    } else if (salutation != null) {
      extensions.put(EXTENSION_PREFIX + "prs_Salutation", salutation);
    }
    PartialDate birth = date("prs_Birthdate");
    pb.birthDate(birth);
    pb.gender(code("prs_Gender"));
    pb.deceased(bool("prs_Deceased"));
    pb.maritalStatus(code("prs_MaritalStatus"));
    pb.numberOfChildren(integer("prs_NumberOfChildren"));
    String primary = language("prs_PrimaryLanguage");
    String secondary = language("prs_SecondaryLanguage");
    if (primary != null) {
      pb.language(primary);
    }
    if (secondary != null) {
      if (primary == null) {
        extensions.put(EXTENSION_PREFIX + "prs_SecondaryLanguage", secondary);
      } else {
        pb.language(secondary);
      }
    }
    pb.educationLevel(code("prs_HighestLevelOfEducation"));
    for (String c : countries("prs_Citizenship")) {
      pb.citizenship(c);
    }
    String idNumber = text("prs_IdentityNumber");
    if (idNumber != null) {
      pb.document(
          new IdentityDocument(
              DocumentType.NATIONAL_IDENTITY_NUMBER,
              Optional.empty(),
              idNumber,
              Optional.empty(),
              Optional.empty()));
    }
    pb.jobTitle(text("prs_Title"));
    contact(pb, "prs_Email", ContactPoint.Kind.EMAIL);
    contact(pb, "prs_HomePhone", ContactPoint.Kind.PHONE);
    contact(pb, "prs_MobilePhone", ContactPoint.Kind.MOBILE_PHONE);
    Place address =
        place(
            "prs_MailingCity",
            "prs_MailingCountry",
            "prs_MailingState",
            "prs_MailingStreet",
            "prs_MailingPostalCode",
            "prs_MailingLatitude",
            "prs_MailingLongitude");
    if (!address.isUnknown()) {
      pb.address(address);
    }
    return any || row.values().keySet().stream().anyMatch(f -> f.startsWith("prs_"));
  }

  private void contact(Person.Builder pb, String field, ContactPoint.Kind kind) {
    String v = text(field);
    if (v != null) {
      pb.contact(new ContactPoint(kind, v));
    }
  }

  private Optional<CaseReferral> referral(
      ReferralDirection direction,
      String org,
      String date,
      String worker,
      String reason,
      String details) {
    String o = text(org);
    PartialDate d = date(date);
    String w = text(worker);
    String r = code(reason);
    String x = text(details);
    if (o == null && d == null && w == null && r == null && x == null) {
      return Optional.empty();
    }
    return Optional.of(
        new CaseReferral(
            direction,
            Optional.ofNullable(o).map(n -> OrganizationRef.named(n, null)),
            Optional.ofNullable(w),
            Optional.ofNullable(d),
            Optional.ofNullable(r),
            Optional.ofNullable(x),
            false,
            Optional.empty()));
  }

  private Place place(
      String city,
      String country,
      String state,
      String street,
      String postal,
      String lat,
      String lon) {
    Place p = Place.unknown();
    String c = text(city);
    List<String> countries = countries(country);
    String s = text(state);
    String st = text(street);
    String pc = text(postal);
    Double la = decimal(lat);
    Double lo = decimal(lon);
    if (c != null) {
      p = p.withCity(c);
    }
    if (!countries.isEmpty()) {
      p = p.withCountry(countries.get(0));
    }
    if (s != null) {
      p = p.withAdminArea1(s);
    }
    if (st != null || pc != null) {
      p =
          new Place(
              p.name(),
              p.country(),
              p.adminArea1(),
              p.adminArea2(),
              p.city(),
              Optional.ofNullable(st),
              Optional.ofNullable(pc),
              p.pcode(),
              p.coordinates());
    }
    if (la != null && lo != null) {
      p = p.withCoordinates(Coordinates.of(la, lo));
    } else if (la != null || lo != null) {
      keep(la != null ? lat : lon);
    }
    return p;
  }

  // ---- value parsing ----

  private String text(String field) {
    String v = row.values().get(field);
    if (v == null) {
      return null;
    }
    String s = v.replace('\u00a0', ' ').strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> listOf(String s) {
    return s == null ? List.of() : List.of(s);
  }

  private String code(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    List<String> parts = split.apply(v);
    if (parts.size() > 1 && !field.equals("vic_ForcedLabourIndustry")) {
      // Single-valued fields are not split: labels such as "Water supply; sewerage…" contain
      // separators.
      parts = List.of(v);
    } else if (parts.size() > 1) {
      issues.add(HtcdsReadRules.issue(HtcdsReadRules.SEVERAL_VALUES, at(field), field));
      extensions.put(EXTENSION_PREFIX + field, v);
    }
    return parts.isEmpty() ? null : resolve(field, parts.get(0));
  }

  private String[] codes(String field) {
    String v = text(field);
    if (v == null) {
      return new String[0];
    }
    List<String> out = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (String part : split.apply(v)) {
      String c = resolveQuietly(field, part, bad);
      if (c != null && !out.contains(c)) {
        out.add(c);
      }
    }
    if (!bad.isEmpty()) {
      extensions.put(EXTENSION_PREFIX + field, String.join(";", bad));
    }
    return out.toArray(String[]::new);
  }

  private String resolve(String field, String value) {
    List<String> bad = new ArrayList<>();
    String c = resolveQuietly(field, value, bad);
    if (!bad.isEmpty()) {
      extensions.put(EXTENSION_PREFIX + field, value);
    }
    return c;
  }

  private String resolveQuietly(String field, String value, List<String> bad) {
    Optional<CodeList> list = HtcdsCodeLists.instance().forField(field);
    if (list.isEmpty()) {
      return value;
    }
    Resolution r = list.get().resolve(value);
    if (r.code().isEmpty()) {
      bad.add(value);
      issues.add(
          HtcdsReadRules.issueWithValue(
              HtcdsReadRules.UNKNOWN_CODE,
              at(field),
              value,
              field,
              list.get().id(),
              Suggestions.closest(
                  TraffickingCase.class,
                  pointerOf(field),
                  () -> String.join(", ", list.get().closest(value, 3)))));
      return null;
    }
    if (r.kind() == ResolutionKind.ALIAS) {
      issues.add(
          HtcdsReadRules.issue(
              HtcdsReadRules.OLD_CODE,
              at(field),
              field,
              r.code().get(),
              r.note().<Object>map(n -> n).orElse(Words.ALIAS)));
    }
    return r.code().get();
  }

  private List<String> countries(String field) {
    String v = text(field);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<String> parts = field.equals("prs_Citizenship") ? split.apply(v) : List.of(v);
    List<String> bad = new ArrayList<>();
    for (String part : parts) {
      Resolution r = Countries.instance().resolve(part);
      if (r.code().isPresent()) {
        if (!out.contains(r.code().get())) {
          out.add(r.code().get());
        }
      } else {
        bad.add(part);
        issues.add(
            HtcdsReadRules.issueWithValue(
                HtcdsReadRules.UNKNOWN_CODE,
                at(field),
                part,
                field,
                Countries.ID,
                Suggestions.closest(
                    TraffickingCase.class,
                    pointerOf(field),
                    () -> String.join(", ", Countries.instance().closest(part, 3)))));
      }
    }
    if (!bad.isEmpty()) {
      extensions.put(EXTENSION_PREFIX + field, String.join(";", bad));
    }
    return out;
  }

  private String language(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    Resolution r = Languages.instance().resolve(v);
    if (r.code().isPresent()) {
      return r.code().get();
    }
    issues.add(
        HtcdsReadRules.issueWithValue(
            HtcdsReadRules.UNKNOWN_CODE,
            at(field),
            v,
            field,
            Languages.ID,
            Suggestions.closest(
                TraffickingCase.class,
                pointerOf(field),
                () -> String.join(", ", Languages.instance().closest(v, 3)))));
    extensions.put(EXTENSION_PREFIX + field, v);
    return null;
  }

  private PartialDate date(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    try {
      if (YEAR.matcher(v).matches()) {
        return PartialDate.parse(v);
      } else if (EXCEL_SERIAL.matcher(v).matches()) {
        double serial = Double.parseDouble(v);
        if (serial >= 1 && serial <= 2958465) {
          return PartialDate.from(EXCEL_EPOCH.plusDays((long) Math.floor(serial)));
        }
      } else if (DATE_TIME.matcher(v).matches()) {
        return PartialDate.parse(v.substring(0, 10));
      } else {
        return PartialDate.parse(v);
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      // reported below
    }
    issues.add(HtcdsReadRules.issueWithValue(HtcdsReadRules.MALFORMED_DATE, at(field), v, field));
    keep(field);
    return null;
  }

  private Integer integer(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d == Math.rint(d) && Math.abs(d) < 1_000_000) {
        return (int) d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    issues.add(
        HtcdsReadRules.issueWithValue(
            HtcdsReadRules.MALFORMED_NUMBER, at(field), v, field, Words.A_WHOLE_NUMBER));
    keep(field);
    return null;
  }

  private Double decimal(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isNaN(d) && !Double.isInfinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    issues.add(
        HtcdsReadRules.issueWithValue(
            HtcdsReadRules.MALFORMED_NUMBER, at(field), v, field, Words.A_DECIMAL_NUMBER));
    keep(field);
    return null;
  }

  private Boolean bool(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    java.util.Optional<Boolean> b = org.mignet.core.internal.Values.parseBoolean(v);
    if (b.isPresent()) {
      return b.get();
    }
    issues.add(
        HtcdsReadRules.issueWithValue(HtcdsReadRules.MALFORMED_BOOLEAN, at(field), v, field));
    keep(field);
    return null;
  }

  private void keep(String field) {
    extensions.put(EXTENSION_PREFIX + field, row.values().get(field));
  }

  private void conflicts(RawRow first, RawRow next, String key) {
    for (Map.Entry<String, String> e : next.values().entrySet()) {
      String f = e.getKey();
      if ((f.startsWith("prs_")
          || f.startsWith("vic_")
          || f.startsWith("con_")
          || f.equals("cas_Status")
          || f.equals("cas_CaseOwner")
          || f.equals("cas_ReasonForCaseClosure"))) {
        String before = first.values().get(f);
        if (before == null || !before.strip().equals(e.getValue().strip())) {
          issues.add(
              HtcdsReadRules.issue(
                  HtcdsReadRules.CONFLICTING_PERSON,
                  at(f),
                  next.line(),
                  key == null ? "-" : key,
                  f));
        }
      }
    }
  }

  private static String pointerOf(String field) {
    return HtcdsFields.instance()
        .get(field)
        .flatMap(f -> f.pointer())
        .map(p -> p.replace("*", "0"))
        .orElse("");
  }

  private SourceLocation at(String field) {
    String column = row.columns().getOrDefault(field, field);
    SourceLocation l = SourceLocation.of(source).withRecord(record);
    if (row.line() > 0) {
      l = l.withLine(row.line(), columnNumber(column));
    }
    return l.withPointer(pointerOf(field));
  }

  // compiled once: these run for every date cell and column label, where String.matches would
  // compile each time
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
  private static final java.util.regex.Pattern EXCEL_SERIAL =
      java.util.regex.Pattern.compile("\\d{1,5}(\\.\\d+)?");
  private static final java.util.regex.Pattern DATE_TIME =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");
  private static final java.util.regex.Pattern COLUMN_LABEL =
      java.util.regex.Pattern.compile("[A-Z]{1,3}");

  /** Returns the 1-based number of a column label such as {@code AJ}, or 0 if it is not one. */
  static long columnNumber(String label) {
    if (!COLUMN_LABEL.matcher(label).matches()) {
      return 0;
    }
    long n = 0;
    for (int i = 0; i < label.length(); i++) {
      char ch = label.charAt(i);
      n = n * 26 + (ch - 'A' + 1);
    }
    return n;
  }
}

package org.mignet.formats.mmp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.Countries;
import org.mignet.core.code.Resolution;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Incident;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.ReadResult;
import org.mignet.formats.internal.Suggestions;
import org.mignet.formats.mmp.MmpCodeList;
import org.mignet.formats.mmp.MmpLayout;

/**
 * Turns the text values of one MMP row or API object into an {@link Incident}, or the issues that stop it. Then
 * runs the standard rules (structural profile) so that dead + missing = total, counts, coordinates and dates are
 * checked by the shared rules ({@code MG-INC-…}, {@code MG-GEO-…}); errors reject the record, warnings stay on it.
 *
 * <p>Not thread-safe (one per reader).
 */
final class IncidentMapper {

  /** The identifier system of MMP incident ids. */
  static final String SYSTEM = "https://missingmigrants.iom.int";
  static final String ORGANIZATION = "IOM Missing Migrants Project";
  static final String EXT_PREFIX = "mmp.";

  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};

  private final Validation validation;
  private final MmpLayout layout;

  IncidentMapper(MmpLayout layout, Validation validation) {
    this.layout = layout;
    this.validation = validation;
  }

  /**
   * @param values text per field ordinal (null or empty = absent)
   * @param extras unknown columns with a value, by header
   * @param at where the record starts (source, record number, line)
   */
  ReadResult map(String[] values, Map<String, String> extras, SourceLocation at) {
    List<Issue> errors = new ArrayList<>();
    List<Issue> warnings = new ArrayList<>();
    String id = text(values, Field.INCIDENT_ID);
    if (id == null) {
      errors.add(MmpRules.issue(MmpRules.NO_ID, at.withPointer("/meta/identifier"), Field.INCIDENT_ID.header()));
      return new ReadResult.Failed(at, errors);
    }
    RecordMeta meta = RecordMeta.of(SYSTEM, id).withSourceOrganization(ORGANIZATION)
        .withSensitivity(Sensitivity.RESTRICTED);
    for (Map.Entry<String, String> e : extras.entrySet()) {
      meta = meta.withExtension(EXT_PREFIX + e.getKey(), e.getValue());
    }
    // meta extensions may still grow (countries, causes), so values are collected before the builder is made
    String mainId = text(values, Field.MAIN_ID);
    PartialDate date = date(values, Field.INCIDENT_DATE, at, errors);
    PartialDate reported = date(values, Field.REPORTED_DATE, at, errors);
    if (date == null && reported == null && errors.isEmpty()) {
      PartialDate fromYear = yearMonth(values, at, errors);
      if (fromYear == null && errors.isEmpty()) {
        errors.add(MmpRules.issue(MmpRules.NO_DATE, at.withPointer("/date"),
            "Incident Date, Reported Date, Year"));
      }
      if (layout == MmpLayout.GLOBAL_2021 || layout == MmpLayout.API_JSON) {
        reported = fromYear;
      } else {
        date = fromYear;
      }
    }
    Integer dead = count(values, Field.DEAD, "/dead", at, errors);
    Integer missing = count(values, Field.MISSING, "/missing", at, errors);
    Integer total = count(values, Field.TOTAL, "/totalDeadAndMissing", at, errors);
    Integer survivors = count(values, Field.SURVIVORS, "/survivors", at, errors);
    Integer females = count(values, Field.FEMALES, "/females", at, errors);
    Integer males = count(values, Field.MALES, "/males", at, errors);
    Integer children = count(values, Field.CHILDREN, "/children", at, errors);
    Integer quality = null;
    String q = text(values, Field.QUALITY);
    if (q != null) {
      quality = parseCount(q);
      if (quality == null) {
        errors.add(MmpRules.issue(MmpRules.BAD_QUALITY, at.withPointer("/sourceQuality"), Field.QUALITY.header()));
      }
    }
    Coordinates coordinates = coordinates(values, at, errors);
    if (!errors.isEmpty()) {
      return new ReadResult.Failed(at, errors);
    }

    Place place = Place.unknown();
    String location = text(values, Field.LOCATION);
    if (location != null) {
      place = place.withName(location);
    }
    String incidentCountry = text(values, Field.COUNTRY_OF_INCIDENT);
    if (incidentCountry != null) {
      Resolution r = Countries.instance().resolve(incidentCountry);
      if (r.isResolved()) {
        place = place.withCountry(r.code().get());
      } else {
        meta = meta.withExtension(EXT_PREFIX + "countryOfIncident", incidentCountry);
        warnings.add(MmpRules.issue(MmpRules.UNKNOWN_COUNTRY, at.withPointer("/place/country"),
            Field.COUNTRY_OF_INCIDENT.header(), EXT_PREFIX + "countryOfIncident"));
      }
    }
    if (coordinates != null) {
      place = place.withCoordinates(coordinates);
    }

    String region = code(values, Field.REGION, MmpCodeList.regions(), "/region", at, warnings);
    String route = code(values, Field.ROUTE, MmpCodeList.routes(), "/route", at, warnings);
    List<String> causes = new ArrayList<>();
    String causeText = text(values, Field.CAUSE);
    if (causeText != null) {
      boolean changed = causes(causeText, causes, at, warnings);
      if (changed) {
        // the categories fold free-text causes together; the text as written is kept
        meta = meta.withExtension(EXT_PREFIX + "causeOfDeath", causeText);
      }
    }
    List<String> origins = new ArrayList<>();
    String originText = text(values, Field.REGION_OF_ORIGIN);
    if (originText != null) {
      for (String part : originText.split(",")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        boolean presumed = p.endsWith("(P)");
        String base = presumed ? p.substring(0, p.length() - 3).strip() : p;
        Resolution r = MmpCodeList.regionsOfOrigin().resolve(base);
        if (!r.isResolved()) {
          warnings.add(unknownCode(Field.REGION_OF_ORIGIN, MmpCodeList.regionsOfOrigin(), base,
              at.withPointer("/regionsOfOrigin/" + origins.size())));
        }
        origins.add(r.code().orElse(base) + (presumed ? " (P)" : ""));
      }
    }
    List<String> countries = new ArrayList<>();
    String countryText = text(values, Field.COUNTRY_OF_ORIGIN);
    if (countryText != null) {
      boolean kept = false;
      for (String part : countryText.split(",")) {
        String p = part.strip();
        if (p.isEmpty() || p.equalsIgnoreCase("Unknown")) {
          continue;
        }
        Resolution r = Countries.instance().resolve(p);
        if (r.isResolved() && Countries.instance().contains(r.code().get())) {
          if (!countries.contains(r.code().get())) {
            countries.add(r.code().get());
          }
        } else if (!kept) {
          kept = true;
          meta = meta.withExtension(EXT_PREFIX + "countryOfOrigin", countryText);
          warnings.add(MmpRules.issue(MmpRules.UNKNOWN_COUNTRY, at.withPointer("/countriesOfOrigin"),
              Field.COUNTRY_OF_ORIGIN.header(), EXT_PREFIX + "countryOfOrigin"));
        }
      }
    }
    Incident.Builder b = Incident.builder(meta).mainId(mainId).date(date).reportedDate(reported).region(region)
        .unsdGrouping(text(values, Field.UNSD)).route(route).counts(dead, missing, total).survivors(survivors)
        .breakdown(females, males, children).sourceQuality(quality);
    if (!place.isUnknown()) {
      b.place(place);
    }
    causes.forEach(b::causeOfDeath);
    origins.forEach(b::regionOfOrigin);
    countries.forEach(b::countryOfOrigin);
    String source = text(values, Field.SOURCE);
    if (source != null) {
      b.source(source);
    }
    String urls = text(values, Field.URL);
    if (urls != null) {
      for (String u : urls.split("[,\\s]+")) {
        if (!u.isBlank()) {
          b.url(u.strip());
        }
      }
    }
    Incident incident;
    try {
      incident = b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      return new ReadResult.Failed(at, List.of(MmpRules.issue(MmpRules.REJECTED, at, e.getMessage())));
    }
    if (validation != null) {
      ValidationReport report = validation.validate(incident, "structural", Locale.ENGLISH);
      List<Issue> located = report.issues().stream().map(i -> i.at(at.withPointer(i.pointer()))).toList();
      if (report.hasErrors()) {
        List<Issue> all = new ArrayList<>(warnings);
        all.addAll(located);
        return new ReadResult.Failed(at, all);
      }
      warnings.addAll(located);
    }
    return new ReadResult.Ok(incident, at, warnings);
  }

  private static String text(String[] values, Field f) {
    String v = values[f.ordinal()];
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  private String code(String[] values, Field f, MmpCodeList list, String pointer, SourceLocation at,
      List<Issue> warnings) {
    String v = text(values, f);
    if (v == null) {
      return null;
    }
    Resolution r = list.resolve(v);
    if (r.isResolved()) {
      return r.code().get();
    }
    warnings.add(unknownCode(f, list, v, at.withPointer(pointer)));
    return v;
  }

  private static Issue unknownCode(Field f, MmpCodeList list, String value, SourceLocation at) {
    return MmpRules.issue(MmpRules.UNKNOWN_CODE, at, f.header(), list.id(), Suggestions.closest(Incident.class,
        at.pointer().orElse(""), () -> String.join(" | ", list.closest(value, 3))));
  }

  /**
   * Splits a cause-of-death cell into categories. Category names contain commas ("…shelter, food, water"), so
   * the longest run of comma-separated parts that resolves is taken first.
   *
   * @return whether the categories differ from the text as written
   */
  private boolean causes(String text, List<String> out, SourceLocation at, List<Issue> warnings) {
    String[] parts = text.split(",");
    boolean changed = false;
    int i = 0;
    while (i < parts.length) {
      String found = null;
      int used = 1;
      for (int j = parts.length; j > i && found == null; j--) {
        String joined = String.join(",", java.util.Arrays.copyOfRange(parts, i, j)).strip();
        Resolution r = MmpCodeList.causesOfDeath().resolve(joined);
        if (r.isResolved()) {
          found = r.code().get();
          used = j - i;
          if (!found.equals(joined)) {
            changed = true;
          }
        }
      }
      if (found == null) {
        String p = parts[i].strip();
        if (!p.isEmpty()) {
          warnings.add(unknownCode(Field.CAUSE, MmpCodeList.causesOfDeath(), p,
              at.withPointer("/causesOfDeath/" + out.size())));
          found = p;
        }
      }
      if (found != null && !out.contains(found)) {
        out.add(found);
      } else if (found != null) {
        changed = true;
      }
      i += used;
    }
    return changed;
  }

  private static Integer count(String[] values, Field f, String pointer, SourceLocation at, List<Issue> errors) {
    String v = text(values, f);
    if (v == null) {
      return null;
    }
    Integer n = parseCount(v);
    if (n == null) {
      errors.add(MmpRules.issue(MmpRules.NOT_A_COUNT, at.withPointer(pointer), f.header()));
    }
    return n;
  }

  /** A whole number, optionally signed, with optional thousands commas ("1,022") or a zero fraction ("2.0"). */
  static Integer parseCount(String v) {
    String s = v;
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.indexOf(',') > 0 && s.matches("-?\\d{1,3}(,\\d{3})+")) {
      s = s.replace(",", "");
    }
    int start = s.startsWith("-") ? 1 : 0;
    if (s.length() == start || s.length() - start > 10) {
      return null;
    }
    for (int k = start; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return null;
      }
    }
    // every int the model holds reads back, up to Integer.MAX_VALUE (10 digits); beyond it is not a count
    long n = Long.parseLong(s);
    return n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : (int) n;
  }

  private PartialDate date(String[] values, Field f, SourceLocation at, List<Issue> errors) {
    String v = text(values, f);
    if (v == null) {
      return null;
    }
    PartialDate d = parseDate(v);
    if (d == null) {
      errors.add(MmpRules.issue(MmpRules.BAD_DATE, at.withPointer(f == Field.INCIDENT_DATE ? "/date"
          : "/reportedDate"), f.header()));
    }
    return d;
  }

  private PartialDate yearMonth(String[] values, SourceLocation at, List<Issue> errors) {
    String y = text(values, Field.YEAR);
    if (y == null) {
      return null;
    }
    Integer year = parseCount(y);
    // a year written with fewer than four digits ("21") is not taken for the year 21; "0021" is
    if (year == null || year < 1 || year < 1000 && y.strip().length() != 4) {
      errors.add(MmpRules.issue(MmpRules.BAD_DATE, at.withPointer("/date"), Field.YEAR.header()));
      return null;
    }
    String m = text(values, Field.MONTH);
    int month = m == null ? 0 : month(m);
    return month > 0 ? PartialDate.ofMonth(year, month) : PartialDate.ofYear(year);
  }

  /**
   * @return the date of "August 31, 2021", "Aug 31, 2021", "Thu, 01/01/2026 - 12:00" (US month/day/year) or
   *     "2023-12-31", or the partial "2023-12" and "2023" this library writes for a reported date known to the
   *     month or year; null if none of these
   */
  static PartialDate parseDate(String v) {
    try {
      if ((v.length() == 4 || v.length() == 7 && v.charAt(4) == '-') && v.chars().filter(ch -> ch == '-').count()
          == (v.length() == 7 ? 1 : 0) && v.replace("-", "").chars().allMatch(Character::isDigit)) {
        return PartialDate.parse(v);
      }
      if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
        return PartialDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
            Integer.parseInt(v.substring(8, 10)));
      }
      int slash = v.indexOf('/');
      if (slash > 0) {
        int comma = v.indexOf(',');
        int dash = v.indexOf(" - ");
        String d = v.substring(comma < 0 ? 0 : comma + 1, dash < 0 ? v.length() : dash).strip();
        String[] p = d.split("/");
        if (p.length == 3 && p[2].length() == 4) {
          return PartialDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }
        return null;
      }
      int space = v.indexOf(' ');
      int comma = v.indexOf(',');
      if (space > 0 && comma > space) {
        int month = month(v.substring(0, space));
        int day = Integer.parseInt(v.substring(space + 1, comma).strip());
        int year = Integer.parseInt(v.substring(comma + 1).strip());
        return month > 0 ? PartialDate.of(year, month, day) : null;
      }
    } catch (RuntimeException e) {
      // NumberFormatException or an impossible date (e.g. February 30): not a date in any MMP form
      return null;
    }
    return null;
  }

  static int month(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.length() < 3) {
      return 0;
    }
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].startsWith(n)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Coordinates coordinates(String[] values, SourceLocation at, List<Issue> errors) {
    String v = text(values, Field.COORDINATES);
    if (v == null) {
      return null;
    }
    int comma = v.indexOf(',');
    try {
      if (comma > 0) {
        double lat = Double.parseDouble(v.substring(0, comma).strip());
        double lon = Double.parseDouble(v.substring(comma + 1).strip());
        if (Double.isFinite(lat) && Double.isFinite(lon)) {
          // precision unknown: MG-GEO-003 flags whole-degree positions as probably rounded
          return Coordinates.of(lat, lon);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(MmpRules.issue(MmpRules.BAD_COORDINATES, at.withPointer("/place/coordinates"),
        Field.COORDINATES.header()));
    return null;
  }
}

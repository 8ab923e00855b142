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
package org.mignet.formats.mmp.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.Countries;
import org.mignet.core.code.Resolution;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.Incident;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.ReadResult;
import org.mignet.formats.internal.Suggestions;
import org.mignet.formats.mmp.MmpCodeList;
import org.mignet.formats.mmp.MmpLayout;

/**
 * Turns the text values of one MMP row or API object into an {@link Incident}, or the issues that
 * stop it. Then runs the standard rules (structural profile) so that dead + missing = total,
 * counts, coordinates and dates are checked by the shared rules ({@code MG-INC-…}, {@code
 * MG-GEO-…}); errors reject the record, warnings stay on it.
 *
 * <p>Not thread-safe (one per reader).
 */
// per-row values sit in arrays indexed by Field's ordinal (no map per row on the streaming path);
// Field is
// package-private and its order is never written anywhere
@SuppressWarnings("EnumOrdinal")
final class IncidentMapper {

  /** The identifier system of MMP incident ids (Web ID, Incident ID, the API's web_id). */
  static final String SYSTEM = "https://missingmigrants.iom.int";

  /**
   * The identifier system of the 2017 dataset's record numbers ("id"), which are not Web IDs: the
   * incident with id 1 there has Web ID 40467 in the exports that followed.
   */
  static final String SYSTEM_2017 = "urn:mignet:mmp-2017";

  /**
   * The identifier system of incidents read from the MMP API, whose {@code web_id} is the Main ID:
   * the value is {@code web_id~} and 12 hexadecimal digits of the object's content hash (see {@link
   * MmpJsonReader}).
   */
  static final String SYSTEM_API = "urn:mignet:mmp-api";

  static final String ORGANIZATION = "IOM Missing Migrants Project";
  static final String EXT_PREFIX = "mmp:";

  /** Decimal degrees as the exports write them: no exponent, no hexadecimal, no type suffix. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[-+]?\\d{1,3}(\\.\\d+)?");

  /** A count with thousands separators ({@code 1,234}); compiled once, not per cell. */
  private static final java.util.regex.Pattern GROUPED =
      java.util.regex.Pattern.compile("-?\\d{1,3}(,\\d{3})+");

  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  /**
   * How many distinct cell values one reader remembers per code list: the columns hold a few dozen
   * values repeated over thousands of rows; beyond this bound values are resolved again each time
   * (memory does not grow with the file).
   */
  static final int MEMO_SIZE = 1024;

  /** How many distinct date cells one reader remembers. */
  static final int DATE_MEMO_SIZE = 8192;

  /**
   * The export time in a file name as the MMP site names its downloads: {@code
   * MissingMigrants-Global-2021-09-05T18-37-06.csv} (2020, 2021) and {@code
   * MissingMigrants-Global-2023-12-07--16_48_56.csv} (2023).
   */
  private static final java.util.regex.Pattern EXPORT_TIME =
      java.util.regex.Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:T|--)(\\d{2})[-_](\\d{2})[-_](\\d{2})");

  private final Validation validation;
  private final MmpLayout layout;

  /** When the export was made, every record's created time; null if the source does not say. */
  private final java.time.Instant exported;

  /** Resolutions already made, per code list, by value as written. */
  private final java.util.IdentityHashMap<org.mignet.core.code.CodeList, Map<String, Resolution>>
      resolved = new java.util.IdentityHashMap<>();

  /** The closest codes already computed for an unknown value, per code list, by value. */
  private final java.util.IdentityHashMap<MmpCodeList, Map<String, String>> suggested =
      new java.util.IdentityHashMap<>();

  /**
   * Dates already read, by cell as written (an export holds a few thousand distinct dates); bounded
   * by {@link #DATE_MEMO_SIZE}, and only this reader's.
   */
  private final Map<String, PartialDate> dates = new java.util.HashMap<>(1024);

  /**
   * Cause-of-death cells already split, by cell as written (an export holds a few hundred distinct
   * ones); bounded by {@link #MEMO_SIZE}, and only this reader's.
   */
  private final Map<String, CauseSplit> causeSplits = new java.util.HashMap<>();

  IncidentMapper(MmpLayout layout, Validation validation, String source) {
    this.layout = layout;
    this.validation = validation;
    this.exported = exportTime(source);
  }

  /**
   * Returns the export time the MMP site writes in a download's file name (taken as UTC, as the
   * {@code mmp-2021-incidents} spec does), or null for a name without one (a renamed file, the API
   * JSON, the 2017 dataset): the exports have no column saying when they were made, and a record's
   * created time is never guessed.
   */
  static java.time.Instant exportTime(String source) {
    String name = org.mignet.formats.internal.FileInput.fileName(source);
    java.util.regex.Matcher m = EXPORT_TIME.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return java.time.LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)))
          .toInstant(java.time.ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null; // digits that are no time (month 13): not an export time
    }
  }

  /**
   * @param values text per field ordinal (null or empty = absent)
   * @param names the column or key name per field ordinal as the input writes it (null = the 2023
   *     header), for messages
   * @param extras unknown columns with a value, by header
   * @param at where the record starts (source, record number, line)
   * @param ownId the record's identifier in {@link #SYSTEM_API} when the input has no incident id
   *     of its own (the API), or null to read it from the incident id column
   */
  ReadResult map(
      String[] values,
      String[] names,
      Map<String, String> extras,
      SourceLocation at,
      String ownId) {
    List<Issue> errors = new ArrayList<>();
    List<Issue> warnings = new ArrayList<>();
    boolean of2017 = layout == MmpLayout.GLOBAL_2017;
    Field idField = of2017 ? Field.RECORD_ID : Field.INCIDENT_ID;
    String id = ownId != null ? ownId : text(values, idField);
    if (id == null) {
      errors.add(
          MmpRules.issue(MmpRules.NO_ID, at.withPointer("/meta/identifier"), name(names, idField)));
      return new ReadResult.Failed(at, errors);
    }
    Identifier identifier =
        Identifier.of(ownId != null ? SYSTEM_API : of2017 ? SYSTEM_2017 : SYSTEM, id);
    // the extensions in the order they are found; the metadata is made once, when they are all
    // known (each RecordMeta.with… call would copy them)
    Map<String, Object> extensions = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : extras.entrySet()) {
      extensions.put(EXT_PREFIX + e.getKey(), e.getValue());
    }
    String reliability = text(values, Field.RELIABILITY);
    if (reliability != null) {
      // another scale than the 1-5 source quality: kept as written, never converted into it
      extensions.put(KnownExtensions.MMP_RELIABILITY, reliability);
    }
    // meta extensions may still grow (countries, causes), so values are collected before the
    // builder is made
    String mainId = text(values, Field.MAIN_ID);
    PartialDate date = date(values, names, Field.INCIDENT_DATE, at, errors);
    PartialDate reported = date(values, names, Field.REPORTED_DATE, at, errors);
    PartialDate dayFirst = dayFirstDate(values, names, at, errors);
    if (dayFirst != null) {
      // the 2017 dataset's date is the reported date (05/11/2015 there is "November 05, 2015" in
      // later exports)
      reported = dayFirst;
    }
    // the year and month columns go with the reported date in the 2017 and 2021 layouts, with the
    // incident date
    // in the later ones; where that date is empty they stand for it
    boolean yearIsReported =
        layout == MmpLayout.GLOBAL_2021 || layout == MmpLayout.API_JSON || of2017;
    Field dateField =
        !yearIsReported ? Field.INCIDENT_DATE : of2017 ? Field.DATE_DAY_FIRST : Field.REPORTED_DATE;
    PartialDate fromYear =
        yearMonth(
            values,
            names,
            yearIsReported ? reported : date,
            dateField,
            yearIsReported ? "/reportedDate" : "/date",
            at,
            errors);
    if (date == null && reported == null && errors.isEmpty()) {
      if (fromYear == null) {
        errors.add(MmpRules.issue(MmpRules.NO_DATE, at.withPointer("/date"), dateColumns(names)));
      }
      if (yearIsReported) {
        reported = fromYear;
      } else {
        date = fromYear;
      }
    }
    Integer dead = count(values, names, Field.DEAD, "/dead", at, errors);
    Integer missing = count(values, names, Field.MISSING, "/missing", at, errors);
    Integer total = count(values, names, Field.TOTAL, "/totalDeadAndMissing", at, errors);
    Integer survivors = count(values, names, Field.SURVIVORS, "/survivors", at, errors);
    Integer females = count(values, names, Field.FEMALES, "/females", at, errors);
    Integer males = count(values, names, Field.MALES, "/males", at, errors);
    Integer children = count(values, names, Field.CHILDREN, "/children", at, errors);
    Integer quality = null;
    String q = text(values, Field.QUALITY);
    if (q != null) {
      quality = parseCount(q);
      if (quality == null) {
        errors.add(
            MmpRules.issue(
                MmpRules.BAD_QUALITY,
                at.withPointer("/sourceQuality"),
                name(names, Field.QUALITY)));
      }
    }
    Coordinates coordinates = coordinates(values, names, at, errors);
    if (coordinates == null) {
      coordinates = position(values, names, at, errors);
    }
    if (!errors.isEmpty()) {
      return new ReadResult.Failed(at, errors);
    }

    Place place = Place.unknown();
    // each with… below sets a part, so the place is known once one of them is called
    boolean placeKnown = false;
    String location = text(values, Field.LOCATION);
    if (location != null) {
      place = place.withName(location);
      placeKnown = true;
    }
    String incidentCountry = text(values, Field.COUNTRY_OF_INCIDENT);
    if (incidentCountry != null) {
      Resolution r = resolve(Countries.instance(), incidentCountry);
      if (r.isResolved()) {
        place = place.withCountry(r.code().get());
        placeKnown = true;
      } else {
        extensions.put(KnownExtensions.MMP_COUNTRY_OF_INCIDENT, incidentCountry);
        warnings.add(
            MmpRules.issue(
                MmpRules.UNKNOWN_COUNTRY,
                at.withPointer("/place/country"),
                name(names, Field.COUNTRY_OF_INCIDENT),
                KnownExtensions.MMP_COUNTRY_OF_INCIDENT));
      }
    }
    if (coordinates != null) {
      place = place.withCoordinates(coordinates);
      placeKnown = true;
    }

    String region =
        code(values, names, Field.REGION, MmpCodeList.regions(), "/region", at, warnings);
    String route = code(values, names, Field.ROUTE, MmpCodeList.routes(), "/route", at, warnings);
    List<String> causes = new ArrayList<>();
    String causeText = text(values, Field.CAUSE);
    if (causeText != null) {
      boolean changed = causes(causeText, name(names, Field.CAUSE), causes, at, warnings);
      if (changed) {
        // the categories fold free-text causes together; the text as written is kept
        extensions.put(KnownExtensions.MMP_CAUSE_OF_DEATH, causeText);
      }
    }
    List<String> origins = new ArrayList<>();
    String originText = text(values, Field.REGION_OF_ORIGIN);
    if (originText != null) {
      for (String part : originText.split(",", -1)) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        boolean presumed = p.endsWith("(P)");
        String base = presumed ? p.substring(0, p.length() - 3).strip() : p;
        Resolution r = resolve(MmpCodeList.regionsOfOrigin(), base);
        if (!r.isResolved()) {
          warnings.add(
              unknownCode(
                  name(names, Field.REGION_OF_ORIGIN),
                  MmpCodeList.regionsOfOrigin(),
                  base,
                  at.withPointer("/regionsOfOrigin/" + origins.size())));
        }
        origins.add(r.code().orElse(base) + (presumed ? " (P)" : ""));
      }
    }
    List<String> countries = new ArrayList<>();
    String countryText = text(values, Field.COUNTRY_OF_ORIGIN);
    if (countryText != null) {
      boolean kept = false;
      for (String part : countryText.split(",", -1)) {
        String p = part.strip();
        if (p.isEmpty() || p.equalsIgnoreCase("Unknown")) {
          continue;
        }
        Resolution r = resolve(Countries.instance(), p);
        if (r.isResolved() && Countries.instance().contains(r.code().get())) {
          if (!countries.contains(r.code().get())) {
            countries.add(r.code().get());
          }
        } else if (!kept) {
          kept = true;
          extensions.put(KnownExtensions.MMP_COUNTRY_OF_ORIGIN, countryText);
          warnings.add(
              MmpRules.issue(
                  MmpRules.UNKNOWN_COUNTRY,
                  at.withPointer("/countriesOfOrigin"),
                  name(names, Field.COUNTRY_OF_ORIGIN),
                  KnownExtensions.MMP_COUNTRY_OF_ORIGIN));
        }
      }
    }
    // as RecordMeta.of(identifier) with the organisation, the sensitivity, the export time and the
    // extensions set
    RecordMeta meta =
        new RecordMeta(
            identifier,
            Optional.of(ORGANIZATION),
            Optional.ofNullable(exported),
            Optional.empty(),
            RecordMeta.CURRENT_SCHEMA_VERSION,
            Sensitivity.RESTRICTED,
            Optional.empty(),
            Optional.empty(),
            extensions);
    Incident.Builder b =
        Incident.builder(meta)
            .mainId(mainId)
            .date(date)
            .reportedDate(reported)
            .region(region)
            .unsdGrouping(text(values, Field.UNSD))
            .route(route)
            .counts(dead, missing, total)
            .survivors(survivors)
            .breakdown(females, males, children)
            .sourceQuality(quality);
    if (placeKnown) {
      b.place(place);
    }
    // each list in one call (the builder copies its arguments once per call)
    if (!causes.isEmpty()) {
      b.causeOfDeath(causes.toArray(String[]::new));
    }
    if (!origins.isEmpty()) {
      b.regionOfOrigin(origins.toArray(String[]::new));
    }
    if (!countries.isEmpty()) {
      b.countryOfOrigin(countries.toArray(String[]::new));
    }
    String source = text(values, Field.SOURCE);
    if (source != null) {
      b.source(source);
    }
    String urls = text(values, Field.URL);
    if (urls != null) {
      List<String> each = urls(urls);
      if (!each.isEmpty()) {
        b.url(each.toArray(String[]::new));
      }
    }

    Incident incident;
    try {
      incident = b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      return new ReadResult.Failed(
          at, List.of(MmpRules.issue(MmpRules.REJECTED, at, e.getMessage())));
    }
    if (validation != null) {
      ValidationReport report =
          validation.validate(
              incident, validation.profile(Profile.STRUCTURAL.name()), Locale.ENGLISH);
      List<Issue> located =
          report.issues().stream().map(i -> i.at(at.withPointer(i.pointer()))).toList();
      if (report.hasErrors()) {
        List<Issue> all = new ArrayList<>(warnings);
        all.addAll(located);
        return new ReadResult.Failed(at, all);
      }
      warnings.addAll(located);
    }
    return new ReadResult.Ok(incident, at, warnings);
  }

  /**
   * Returns the URLs of a cell: the parts between runs of commas and white space ({@code [,\\s]+}),
   * stripped, blank ones left out; split without a matcher.
   */
  static List<String> urls(String cell) {
    List<String> out = new ArrayList<>(2);
    int start = -1;
    for (int k = 0; k <= cell.length(); k++) {
      boolean separator = k == cell.length() || urlSeparator(cell.charAt(k));
      if (!separator && start < 0) {
        start = k;
      } else if (separator && start >= 0) {
        String u = cell.substring(start, k);
        char first = u.charAt(0);
        char last = u.charAt(u.length() - 1);
        if (first > ' ' && first < 0x7f && last > ' ' && last < 0x7f) {
          out.add(u); // printable ASCII at both ends: not blank, nothing to strip
        } else if (!u.isBlank()) {
          out.add(u.strip());
        }
        start = -1;
      }
    }
    return out;
  }

  /**
   * A comma or what {@code \\s} matches in a regular expression: space, \\t, \\n, \\x0B, \\f, \\r.
   */
  private static boolean urlSeparator(char c) {
    return c == ',' || c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static String text(String[] values, Field f) {
    String v = values[f.ordinal()];
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  private String code(
      String[] values,
      String[] names,
      Field f,
      MmpCodeList list,
      String pointer,
      SourceLocation at,
      List<Issue> warnings) {
    String v = text(values, f);
    if (v == null) {
      return null;
    }
    Resolution r = resolve(list, v);
    if (r.isResolved()) {
      return r.code().get();
    }
    warnings.add(unknownCode(name(names, f), list, v, at.withPointer(pointer)));
    return v;
  }

  private Issue unknownCode(String column, MmpCodeList list, String value, SourceLocation at) {
    return MmpRules.issueWithValue(
        MmpRules.UNKNOWN_CODE,
        at,
        value,
        column,
        list.id(),
        Suggestions.closest(Incident.class, at.pointer().orElse(""), () -> closest(list, value)));
  }

  /**
   * Returns the three codes closest to a value, remembered per reader (the distance to every code
   * is costly).
   */
  private String closest(MmpCodeList list, String value) {
    Map<String, String> memo = suggested.computeIfAbsent(list, l -> new java.util.HashMap<>());
    String s = memo.get(value);
    if (s == null) {
      s = String.join(" | ", list.closest(value, 3));
      if (memo.size() < MEMO_SIZE) {
        memo.put(value, s);
      }
    }
    return s;
  }

  /** Returns {@code list.resolve(value)}, remembered per reader. */
  private Resolution resolve(org.mignet.core.code.CodeList list, String value) {
    Map<String, Resolution> memo = resolved.computeIfAbsent(list, l -> new java.util.HashMap<>());
    Resolution r = memo.get(value);
    if (r == null) {
      r = list.resolve(value);
      if (memo.size() < MEMO_SIZE) {
        memo.put(value, r);
      }
    }
    return r;
  }

  /**
   * Adds the categories of a cause-of-death cell to {@code out} (empty at the call) and warns of
   * each part that is none; the cell's split is worked out once per reader (see {@link
   * #splitCauses(String)}) and the warnings made for this record.
   *
   * @return whether the categories differ from the text as written
   */
  private boolean causes(
      String text, String column, List<String> out, SourceLocation at, List<Issue> warnings) {
    CauseSplit split = causeSplits.get(text);
    if (split == null) {
      split = splitCauses(text);
      if (causeSplits.size() < MEMO_SIZE) {
        causeSplits.put(text, split);
      }
    }
    java.util.Collections.addAll(out, split.found);
    for (int k = 0; k < split.unknown.length; k++) {
      warnings.add(
          unknownCode(
              column,
              MmpCodeList.causesOfDeath(),
              split.unknown[k],
              at.withPointer("/causesOfDeath/" + split.unknownAt[k])));
    }
    return split.changed;
  }

  /** How a cause-of-death cell splits into categories. */
  private static final class CauseSplit {
    /** The categories, each once, in the order found. */
    final String[] found;

    /** Whether they differ from the text as written. */
    final boolean changed;

    /** The parts that are no category, in the order found. */
    final String[] unknown;

    /** For each unknown part, the index in {@link #found} it takes (its pointer). */
    final int[] unknownAt;

    CauseSplit(String[] found, boolean changed, String[] unknown, int[] unknownAt) {
      this.found = found;
      this.changed = changed;
      this.unknown = unknown;
      this.unknownAt = unknownAt;
    }
  }

  /**
   * Splits a cause-of-death cell into categories. Category names contain commas ("…shelter, food,
   * water"), so the longest run of comma-separated parts that resolves is taken first.
   */
  private CauseSplit splitCauses(String text) {
    List<String> out = new ArrayList<>(2);
    List<String> unknown = new ArrayList<>(1);
    List<Integer> unknownAt = new ArrayList<>(1);
    String[] parts = text.split(",");
    boolean changed = false;
    if (layout == MmpLayout.GLOBAL_2017 && text.indexOf('_') >= 0) {
      // the 2017 dataset lists several causes as words joined by "_", separated by spaces (or
      // commas):
      // "Sickness_and_lack_of_access_to_medicines Starvation"
      parts = text.strip().split("[,\\s]+");
      for (int k = 0; k < parts.length; k++) {
        parts[k] = parts[k].replace('_', ' ');
      }
      changed = true;
      for (String part : parts) {
        Resolution r = resolve(MmpCodeList.causesOfDeath(), part);
        String found = r.code().orElse(part);
        if (!r.isResolved()) {
          unknown.add(part);
          unknownAt.add(out.size());
        }
        if (!out.contains(found)) {
          out.add(found);
        }
      }
      return causeSplit(out, changed, unknown, unknownAt);
    }
    int i = 0;
    while (i < parts.length) {
      String found = null;
      int used = 1;
      for (int j = parts.length; j > i && found == null; j--) {
        // one part (most cells): no copy and join for it
        String joined =
            j == i + 1
                ? parts[i].strip()
                : String.join(",", java.util.Arrays.copyOfRange(parts, i, j)).strip();
        Resolution r = resolve(MmpCodeList.causesOfDeath(), joined);
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
          unknown.add(p);
          unknownAt.add(out.size());
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
    return causeSplit(out, changed, unknown, unknownAt);
  }

  private static CauseSplit causeSplit(
      List<String> out, boolean changed, List<String> unknown, List<Integer> unknownAt) {
    int[] at = new int[unknownAt.size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = unknownAt.get(k);
    }
    return new CauseSplit(out.toArray(String[]::new), changed, unknown.toArray(String[]::new), at);
  }

  private static Integer count(
      String[] values,
      String[] names,
      Field f,
      String pointer,
      SourceLocation at,
      List<Issue> errors) {
    String v = text(values, f);
    if (v == null) {
      return null;
    }
    Integer n = parseCount(v);
    if (n == null) {
      errors.add(
          MmpRules.issueWithValue(
              MmpRules.NOT_A_COUNT, at.withPointer(pointer), v, name(names, f)));
    }
    return n;
  }

  /** Returns the name the input gives a field, else its 2023 header. */
  static String name(String[] names, Field f) {
    String n = names == null ? null : names[f.ordinal()];
    return n == null ? f.header() : n;
  }

  /** Returns the date columns the input names, for a message that none of them holds a value. */
  private static String dateColumns(String[] names) {
    List<String> present = new ArrayList<>();
    for (Field f :
        new Field[] {Field.INCIDENT_DATE, Field.REPORTED_DATE, Field.DATE_DAY_FIRST, Field.YEAR}) {
      if (names != null && names[f.ordinal()] != null) {
        present.add(names[f.ordinal()]);
      }
    }
    return present.isEmpty() ? "Incident Date, Reported Date, Year" : String.join(", ", present);
  }

  /**
   * A whole number, optionally signed, with optional thousands commas ("1,022") or a zero fraction
   * ("2.0").
   */
  static Integer parseCount(String v) {
    String s = v;
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.indexOf(',') > 0 && GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    int start = s.startsWith("-") ? 1 : 0;
    if (s.length() == start || s.length() - start > 10) {
      return null;
    }
    // at most 10 digits: the value fits a long, as Long.parseLong would read it
    long n = 0;
    for (int k = start; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return null;
      }
      n = n * 10 + (c - '0');
    }
    if (start == 1) {
      n = -n;
    }
    // every int the model holds reads back, up to Integer.MAX_VALUE (10 digits); beyond it is not a
    // count
    return n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : (int) n;
  }

  private PartialDate date(
      String[] values, String[] names, Field f, SourceLocation at, List<Issue> errors) {
    String v = text(values, f);
    if (v == null) {
      return null;
    }
    // the exports' "March 20, 2016" read in place; other forms through the memo
    PartialDate d = monthDayYear(v);
    if (d == null) {
      d = dates.get(v);
    }
    if (d == null) {
      d = parseDate(v);
      if (d != null && dates.size() < DATE_MEMO_SIZE) {
        dates.put(v, d);
      }
    }
    if (d == null) {
      errors.add(
          MmpRules.issueWithValue(
              MmpRules.BAD_DATE,
              at.withPointer(f == Field.INCIDENT_DATE ? "/date" : "/reportedDate"),
              v,
              name(names, f)));
    }
    return d;
  }

  private static PartialDate dayFirstDate(
      String[] values, String[] names, SourceLocation at, List<Issue> errors) {
    String v = text(values, Field.DATE_DAY_FIRST);
    if (v == null) {
      return null;
    }
    PartialDate d = parseDayFirst(v);
    if (d == null) {
      errors.add(
          MmpRules.issueWithValue(
              MmpRules.BAD_DAY_FIRST_DATE,
              at.withPointer("/reportedDate"),
              v,
              name(names, Field.DATE_DAY_FIRST)));
    }
    return d;
  }

  /**
   * Returns the date of "05/11/2015" (day/month/year, one or two digits for day and month) or of an
   * ISO "2015-11-05"; null if neither or no such day.
   */
  static PartialDate parseDayFirst(String v) {
    String[] p = v.split("/", -1);
    try {
      if (p.length == 3
          && p[0].length() <= 2
          && p[1].length() <= 2
          && p[2].length() == 4
          && (p[0] + p[1] + p[2]).chars().allMatch(c -> c >= '0' && c <= '9')
          && !p[0].isEmpty()
          && !p[1].isEmpty()) {
        return PartialDate.of(
            Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
      }
      if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
        return parseDate(v);
      }
    } catch (RuntimeException e) {
      // an impossible day (31/02/2016): not a date
    }
    return null;
  }

  /**
   * Reads the year and month columns. Where a date is known they only repeat it, so they must agree
   * with it: a year or month of another value is an error, because which of the two is right cannot
   * be known.
   *
   * @param known the date the columns go with (the incident date, else the reported date), or null
   * @param dateField the column of that date, for the message
   * @return the year, or year and month, the columns give; null if there is no year column value or
   *     it is wrong
   */
  private static PartialDate yearMonth(
      String[] values,
      String[] names,
      PartialDate known,
      Field dateField,
      String pointer,
      SourceLocation at,
      List<Issue> errors) {
    String y = text(values, Field.YEAR);
    String m = text(values, Field.MONTH);
    int month = 0;
    if (m != null) {
      month = month(m);
      if (month == 0) {
        errors.add(
            MmpRules.issueWithValue(
                MmpRules.BAD_DATE, at.withPointer(pointer), m, name(names, Field.MONTH)));
        return null;
      }
      if (known != null && known.month() > 0 && known.month() != month) {
        errors.add(
            MmpRules.issue(
                MmpRules.DATE_DISAGREES,
                at.withPointer(pointer),
                name(names, Field.MONTH),
                name(names, dateField)));
      }
    }
    if (y == null) {
      return null;
    }
    Integer year = parseCount(y);
    // a year written with fewer than four digits ("21") is not taken for the year 21; "0021" is
    if (year == null || year < 1 || (year < 1000 && y.strip().length() != 4)) {
      errors.add(
          MmpRules.issueWithValue(
              MmpRules.BAD_DATE, at.withPointer(pointer), y, name(names, Field.YEAR)));
      return null;
    }
    if (known != null && known.year() != year) {
      errors.add(
          MmpRules.issue(
              MmpRules.DATE_DISAGREES,
              at.withPointer(pointer),
              name(names, Field.YEAR),
              name(names, dateField)));
    }
    return month > 0 ? PartialDate.ofMonth(year, month) : PartialDate.ofYear(year);
  }

  /**
   * Returns the date of "August 31, 2021", "Aug 31, 2021", "Thu, 01/01/2026 - 12:00" (US
   * month/day/year) or "2023-12-31", or the partial "2023-12" and "2023" this library writes for a
   * reported date known to the month or year; null if none of these.
   */
  static PartialDate parseDate(String v) {
    try {
      if ((v.length() == 4 || (v.length() == 7 && v.charAt(4) == '-'))
          && v.chars().filter(ch -> ch == '-').count() == (v.length() == 7 ? 1 : 0)
          && v.replace("-", "").chars().allMatch(Character::isDigit)) {
        return PartialDate.parse(v);
      }
      if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
        return PartialDate.of(
            Integer.parseInt(v.substring(0, 4)),
            Integer.parseInt(v.substring(5, 7)),
            Integer.parseInt(v.substring(8, 10)));
      }
      int slash = v.indexOf('/');
      if (slash > 0) {
        int comma = v.indexOf(',');
        int dash = v.indexOf(" - ");
        String d = v.substring(comma < 0 ? 0 : comma + 1, dash < 0 ? v.length() : dash).strip();
        String[] p = d.split("/", -1);
        if (p.length == 3 && p[2].length() == 4) {
          return PartialDate.of(
              Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
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

  /**
   * Returns {@link #parseDate(String)} of a text of exactly the form "March 20, 2016" (three or
   * more ASCII letters, a space, one or two ASCII digits, a comma, a space, four ASCII digits),
   * read in place; null for any other text and for a day no month has (then {@code parseDate}
   * decides).
   */
  static PartialDate monthDayYear(String v) {
    int n = v.length();
    int space = v.indexOf(' ');
    if (space < 3 || n < space + 8 || n > space + 9) {
      return null;
    }
    for (int i = 0; i < space; i++) {
      char c = v.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return null;
      }
    }
    int comma = n - 6;
    if (v.charAt(comma) != ',' || v.charAt(comma + 1) != ' ') {
      return null;
    }
    int day = digits(v, space + 1, comma);
    int year = digits(v, comma + 2, n);
    if (day < 0 || year < 0 || comma - space - 1 > 2) {
      return null;
    }
    int month = month(v.substring(0, space));
    if (month == 0 || day == 0 || day > 31 || year < 1) {
      return null;
    }
    try {
      return PartialDate.of(year, month, day);
    } catch (RuntimeException e) {
      return null; // no such day (February 30): parseDate says so
    }
  }

  /** Returns the number of a run of 1 to 4 ASCII digits, else -1. */
  private static int digits(String v, int from, int to) {
    if (to <= from || to - from > 4) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * Returns the month of an English month name or its abbreviation ("Aug", "Sept."), or of "1" to
   * "12"; else 0.
   */
  static int month(String name) {
    String stripped = name.strip();
    int letters = asciiLetters(stripped);
    if (letters >= 3) {
      // ASCII letters only (the exports' "Jun", "June"): compared folded in place, as the lower
      // case below would compare them
      for (int i = 0; i < MONTHS.length; i++) {
        if (MONTHS[i].length() >= letters && startsFolded(MONTHS[i], stripped)) {
          return i + 1;
        }
      }
      return 0;
    }
    String n = stripped.toLowerCase(Locale.ROOT);
    int number = monthNumber(n);
    if (number > 0) {
      return number;
    }
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

  /** Returns the length of a text of ASCII letters only, else -1. */
  private static int asciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return -1;
      }
    }
    return s.length();
  }

  /** Returns whether a lower-case name starts with an ASCII-letter text, case folded. */
  private static boolean startsFolded(String lowerName, String letters) {
    for (int i = 0; i < letters.length(); i++) {
      if (lowerName.charAt(i) != (char) (letters.charAt(i) | 0x20)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the month of "1" to "12" or "01" to "09" (7, 07), read without a matcher; else 0. */
  private static int monthNumber(String n) {
    if (n.length() == 1) {
      char c = n.charAt(0);
      return c >= '1' && c <= '9' ? c - '0' : 0;
    }
    if (n.length() == 2) {
      char c = n.charAt(0);
      char d = n.charAt(1);
      if (c == '0' && d >= '1' && d <= '9') {
        return d - '0';
      }
      if (c == '1' && d >= '0' && d <= '2') {
        return 10 + d - '0';
      }
    }
    return 0;
  }

  private static Coordinates coordinates(
      String[] values, String[] names, SourceLocation at, List<Issue> errors) {
    String v = text(values, Field.COORDINATES);
    if (v == null) {
      return null;
    }
    int comma = v.indexOf(',');
    try {
      if (comma > 0) {
        // each side stripped as String.strip() would, read in place
        double lat = parseDecimal(v, 0, comma);
        double lon = parseDecimal(v, comma + 1, v.length());
        if (Double.isFinite(lat) && Double.isFinite(lon)) {
          // precision unknown: MG-GEO-003 flags whole-degree positions as probably rounded
          return Coordinates.of(lat, lon);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        MmpRules.issue(
            MmpRules.BAD_COORDINATES,
            at.withPointer("/place/coordinates"),
            name(names, Field.COORDINATES)));
    return null;
  }

  /** 10<sup>0</sup> to 10<sup>22</sup>, each exactly a double. */
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /**
   * Returns {@code Double.parseDouble(s)}, the same double bit for bit, reading a plain decimal of
   * at most 15 digits ({@code -12.5}, {@code .5}, {@code 5.}) directly: its digits make a whole
   * number below 2<sup>53</sup> and its scale a power of ten up to 10<sup>22</sup>, both exact
   * doubles, so their quotient is the correctly rounded value that {@code parseDouble} returns
   * (Clinger's fast path). Anything else (more digits, an exponent, a type suffix, NaN, no digits)
   * goes to {@code parseDouble}, with its exceptions.
   */
  static double parseDecimal(String s) {
    return parseDecimalIn(s, 0, s.length());
  }

  /**
   * Returns {@link #parseDecimal(String)} of {@code s.substring(from, to).strip()}, read in place:
   * white space is what {@code strip} removes ({@link Character#isWhitespace}, never a surrogate).
   */
  static double parseDecimal(String s, int from, int to) {
    int n = to;
    int i = from;
    while (i < n && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    while (n > i && Character.isWhitespace(s.charAt(n - 1))) {
      n--;
    }
    return parseDecimalIn(s, i, n);
  }

  /** Returns {@link #parseDecimal(String)} of {@code s.substring(begin, n)}, read in place. */
  private static double parseDecimalIn(String s, int begin, int n) {
    int i = begin;
    boolean negative = false;
    if (n > i && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long digits = 0;
    int count = 0;
    int scale = -1; // digits after the point; -1 until a point is seen
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++count > 15) {
          return Double.parseDouble(s.substring(begin, n));
        }
        digits = digits * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return Double.parseDouble(s.substring(begin, n));
      }
    }
    if (count == 0) {
      return Double.parseDouble(s.substring(begin, n));
    }
    double value = scale > 0 ? digits / POWERS_OF_TEN[scale] : (double) digits;
    return negative ? -value : value;
  }

  /** A position in two columns ("lat", "lon"): both decimal degrees, or both empty. */
  private static Coordinates position(
      String[] values, String[] names, SourceLocation at, List<Issue> errors) {
    String lat = text(values, Field.LATITUDE);
    String lon = text(values, Field.LONGITUDE);
    if (lat == null && lon == null) {
      return null;
    }
    if (lat != null
        && lon != null
        && DECIMAL.matcher(lat).matches()
        && DECIMAL.matcher(lon).matches()) {
      return Coordinates.of(Double.parseDouble(lat), Double.parseDouble(lon));
    }
    errors.add(
        MmpRules.issue(
            MmpRules.BAD_POSITION,
            at.withPointer("/place/coordinates"),
            name(names, Field.LATITUDE),
            name(names, Field.LONGITUDE)));
    return null;
  }
}

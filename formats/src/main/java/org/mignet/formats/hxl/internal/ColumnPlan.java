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
package org.mignet.formats.hxl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.internal.HxlRules;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Tag;

/**
 * What each column of an HXL table is, decided by its hashtag and attributes as the HXL core schema
 * (HXL 1.1, {@code hashtag.hxl.csv} and {@code attribute.hxl.csv}) defines them, and nothing else:
 * never by header text or position. Immutable once built.
 *
 * <ul>
 *   <li>a <b>measure</b> is a hashtag whose core datatype is number ({@code #affected #inneed
 *       #population #reached #targeted #value}), one of the people hashtags {@code #idps #refugees
 *       #returnees}, or a classification hashtag with {@code +num} or {@code +pct} ({@code
 *       #indicator+num}); each filled cell is one observation;
 *   <li>its sex and age attributes ({@code +f +female +m +male}; {@code +infants +children
 *       +adolescents +adults +elderly} and {@code +age…}) become the {@code SEX} and {@code AGE}
 *       dimensions ({@code _T}, the SDMX total, where a measure has none); its other attributes,
 *       with the hashtag, the {@code MEASURE} dimension;
 *   <li>places ({@code #region #country #adm1}…{@code #adm5 #loc #geo}), dates ({@code #date}) and
 *       classifications ({@code #org #sector #subsector #cause #event #status}…) are dimensions,
 *       named after the tag ({@code #adm1+code} → {@code ADM1_CODE}); {@code #country+code} is
 *       {@code REF_AREA}, and the one {@code #date} with no attribute other than {@code +reported}
 *       or {@code +occurred} is {@code TIME_PERIOD}, as is a table's only {@code #date} column;
 *   <li>a {@code +name} column beside a {@code +code} column of the same tag is the code's label:
 *       an attribute;
 *   <li>{@code #description #contact #meta} are free text or contact details and, like untagged
 *       columns, hashtags outside the core schema and columns repeating an earlier tag (its
 *       attributes in any order), are not carried and said once.
 * </ul>
 */
final class ColumnPlan {

  enum Kind {
    DIMENSION,
    DATE,
    MEASURE,
    ATTRIBUTE,
    NOT_CARRIED
  }

  /**
   * A column's role: for a measure, its measure code, sex and age; for a dimension or attribute,
   * its id.
   */
  record Role(
      int index, Kind kind, String id, String measure, String sex, String age, String label) {}

  static final String MEASURE = "MEASURE";
  static final String SEX = "SEX";
  static final String AGE = "AGE";
  static final String TOTAL = "_T";

  /**
   * Core hashtags with #valid_datatype number (hashtag.hxl.csv), and the HXL 1.0 people hashtags.
   */
  static final Set<String> MEASURES =
      Set.of(
          "#affected",
          "#inneed",
          "#population",
          "#reached",
          "#targeted",
          "#value",
          "#idps",
          "#refugees",
          "#returnees");

  /** Core hashtags of category 1.1 Places. */
  static final Set<String> PLACES =
      Set.of("#region", "#country", "#adm1", "#adm2", "#adm3", "#adm4", "#adm5", "#loc", "#geo");

  /** Core hashtags that classify a row (organisations, sectors, causes, events...). */
  static final Set<String> CLASSIFICATIONS =
      Set.of(
          "#access",
          "#activity",
          "#beneficiary",
          "#capacity",
          "#cause",
          "#channel",
          "#crisis",
          "#currency",
          "#event",
          "#frequency",
          "#group",
          "#impact",
          "#indicator",
          "#item",
          "#modality",
          "#need",
          "#operations",
          "#org",
          "#output",
          "#respondee",
          "#sector",
          "#service",
          "#severity",
          "#status",
          "#subsector");

  /** Core hashtags of free text, metadata or contact details. */
  static final Set<String> FREE_TEXT = Set.of("#description", "#meta", "#contact");

  static final Map<String, String> SEXES = Map.of("f", "F", "female", "F", "m", "M", "male", "M");
  static final Set<String> AGES = Set.of("infants", "children", "adolescents", "adults", "elderly");

  private final List<Role> roles;
  private final List<String> dimensions;
  private final List<Issue> issues;

  private ColumnPlan(List<Role> roles, List<String> dimensions, List<Issue> issues) {
    this.roles = roles;
    this.dimensions = dimensions;
    this.issues = issues;
  }

  /**
   * @param tags the hashtag row's cells
   * @param header the text header above it (may be empty)
   * @param width the number of columns to plan (at least the hashtag row's)
   * @param at the hashtag row's location (line set)
   */
  static ColumnPlan of(List<String> tags, List<String> header, int width, SourceLocation at) {
    List<Optional<Tag>> parsed = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      parsed.add(i < tags.size() ? Tag.tryParse(tags.get(i)) : Optional.empty());
    }
    Set<String> codes = new java.util.HashSet<>();
    for (Optional<Tag> t : parsed) {
      t.filter(x -> x.attributes().contains("code")).ifPresent(x -> codes.add(sibling(x)));
    }
    String timeColumn = timeColumn(parsed);
    List<Issue> found = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> seenTags = new HashMap<>();
    Set<String> dims = new LinkedHashSet<>();
    boolean sex = false;
    boolean age = false;
    for (int i = 0; i < width; i++) {
      int column = i + 1;
      SourceLocation where = at.withLine(at.line(), column);
      String text = i < header.size() ? header.get(i).strip() : "";
      String cell = i < tags.size() ? tags.get(i).strip() : "";
      Optional<Tag> tag = parsed.get(i);
      if (tag.isEmpty()) {
        if (!cell.isEmpty()) {
          found.add(
              TabularRules.issueWithValue(
                  TabularRules.BAD_HASHTAG, where, cell, false, column, TabularRules.cut(cell)));
        }
        roles.add(
            new Role(i, Kind.NOT_CARRIED, null, null, null, null, text.isEmpty() ? "" : text));
        continue;
      }
      Tag t = tag.get();
      String spec = t.toString();
      Role r = classify(i, t, codes, spec.equals(timeColumn));
      if (r.kind() != Kind.NOT_CARRIED) {
        String key =
            r.kind() == Kind.MEASURE ? r.measure() + "|" + r.sex() + "|" + r.age() : r.id();
        // HXL attributes are a set: #affected+idps+refugees and #affected+refugees+idps are one
        // column, whose values would otherwise be read twice under two codes
        Integer sameTag = seenTags.get(unordered(t));
        Integer before = sameTag != null ? sameTag : seen.putIfAbsent(key, column);
        seenTags.putIfAbsent(unordered(t), column);
        if (before != null) {
          found.add(
              HxlRules.issueWithValue(
                  HxlRules.DUPLICATE_COLUMN, where, spec, false, column, spec, before));
          r = new Role(i, Kind.NOT_CARRIED, null, null, null, null, spec);
        }
      } else if (r.id() != null) {
        found.add(HxlRules.issueWithValue(r.id(), where, spec, false, column, spec, r.measure()));
        r = new Role(i, Kind.NOT_CARRIED, null, null, null, null, spec);
      } else if (FREE_TEXT.contains(t.hashtag())) {
        found.add(HxlRules.issueWithValue(HxlRules.FREE_TEXT, where, spec, false, column, spec));
      } else {
        found.add(HxlRules.issueWithValue(HxlRules.ROLE_UNKNOWN, where, spec, false, column, spec));
      }
      if (r.kind() == Kind.DIMENSION || r.kind() == Kind.DATE) {
        dims.add(r.id());
      }
      if (r.kind() == Kind.MEASURE) {
        sex |= !r.sex().equals(TOTAL);
        age |= !r.age().equals(TOTAL);
      }
      roles.add(r);
    }
    boolean anyMeasure = roles.stream().anyMatch(r -> r.kind() == Kind.MEASURE);
    if (anyMeasure) {
      dims.add(MEASURE);
      if (sex) {
        dims.add(SEX);
      }
      if (age) {
        dims.add(AGE);
      }
    }
    return new ColumnPlan(List.copyOf(roles), List.copyOf(dims), List.copyOf(found));
  }

  /**
   * Role of a tagged column; a NOT_CARRIED role with an id names the rule that says why (args in
   * measure).
   */
  private static Role classify(int i, Tag t, Set<String> codes, boolean time) {
    String h = t.hashtag();
    List<String> attrs = t.attributes();
    String spec = t.toString();
    boolean number =
        MEASURES.contains(h)
            || (CLASSIFICATIONS.contains(h) && (attrs.contains("num") || attrs.contains("pct")));
    if (number) {
      String sex = null;
      String age = null;
      List<String> rest = new ArrayList<>();
      for (String a : attrs) {
        if (SEXES.containsKey(a)) {
          if (sex != null && !sex.equals(SEXES.get(a))) {
            return new Role(
                i, Kind.NOT_CARRIED, HxlRules.CONFLICTING_ATTRIBUTES, SEX, null, null, spec);
          }
          sex = SEXES.get(a);
        } else if (AGES.contains(a) || (a.startsWith("age") && a.length() > 3)) {
          if (age != null && !age.equals(a)) {
            return new Role(
                i, Kind.NOT_CARRIED, HxlRules.CONFLICTING_ATTRIBUTES, AGE, null, null, spec);
          }
          age = a;
        } else {
          rest.add(a);
        }
      }
      StringBuilder measure = new StringBuilder(h);
      rest.forEach(a -> measure.append('+').append(a));
      return new Role(
          i,
          Kind.MEASURE,
          null,
          measure.toString(),
          sex == null ? TOTAL : sex,
          age == null ? TOTAL : age,
          spec);
    }
    if (h.equals("#date")) {
      return new Role(i, Kind.DATE, time ? "TIME_PERIOD" : id(t), null, null, null, spec);
    }
    if (PLACES.contains(h) || CLASSIFICATIONS.contains(h)) {
      if (h.equals("#country") && attrs.equals(List.of("code"))) {
        return new Role(i, Kind.DIMENSION, "REF_AREA", null, null, null, spec);
      }
      if (attrs.contains("name") && codes.contains(sibling(t))) {
        return new Role(i, Kind.ATTRIBUTE, id(t), null, null, null, spec);
      }
      return new Role(i, Kind.DIMENSION, id(t), null, null, null, spec);
    }
    return new Role(i, Kind.NOT_CARRIED, null, null, null, null, spec);
  }

  /**
   * The tag with +code or +name taken out: a +name column and a +code column of one thing share it.
   */
  private static String sibling(Tag t) {
    List<String> rest = new ArrayList<>(t.attributes());
    rest.remove("code");
    rest.remove("name");
    return new Tag(t.hashtag(), rest).toString();
  }

  /**
   * The column of the figures' date: the only #date column of the table; else the one #date column
   * with no attribute other than +reported or +occurred; else none (each date stays a dimension of
   * its own name).
   */
  private static String timeColumn(List<Optional<Tag>> tags) {
    List<String> dates = new ArrayList<>();
    List<String> candidates = new ArrayList<>();
    for (Optional<Tag> t : tags) {
      t.filter(x -> x.hashtag().equals("#date"))
          .ifPresent(
              x -> {
                dates.add(x.toString());
                if (Set.of("reported", "occurred").containsAll(x.attributes())) {
                  candidates.add(x.toString());
                }
              });
    }
    if (dates.size() == 1) {
      return dates.get(0);
    }
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  /** The tag with its attributes in one order and each once: equal for tags HXL deems equal. */
  static String unordered(Tag t) {
    return t.hashtag() + new java.util.TreeSet<>(t.attributes());
  }

  /** A dimension id from a tag: {@code #adm1+code+origin} → {@code ADM1_CODE_ORIGIN}. */
  static String id(Tag t) {
    StringBuilder b = new StringBuilder(t.hashtag().substring(1));
    t.attributes().forEach(a -> b.append('_').append(a));
    return b.toString().toUpperCase(Locale.ROOT);
  }

  List<Role> roles() {
    return roles;
  }

  List<String> dimensions() {
    return dimensions;
  }

  List<Issue> issues() {
    return issues;
  }

  boolean hasMeasure() {
    return dimensions.contains(MEASURE);
  }
}

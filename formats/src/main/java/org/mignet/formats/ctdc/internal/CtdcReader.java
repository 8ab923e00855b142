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

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.Countries;
import org.mignet.core.internal.Values;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.ctdc.internal.CtdcColumns.Column;
import org.mignet.formats.ctdc.internal.CtdcColumns.Kind;
import org.mignet.formats.internal.DuplicateNames;
import org.mignet.formats.internal.LookaheadReader;
import org.mignet.formats.internal.Suggestions;
import org.mignet.formats.internal.Words;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableRow;

/**
 * Reads a CTDC table (CSV or TSV, any of the layouts) row by row: one row is one {@link
 * TraffickingCase} with one {@link Victim}. The layout is recognised by header names, never by
 * positions. Streaming: one row in memory at a time. Not thread-safe.
 */
public final class CtdcReader extends LookaheadReader<ReadResult> implements RecordReader {

  /** The identifier system of records read from CTDC files. */
  public static final String SYSTEM = "urn:mignet:ctdc";

  /** The source organisation of records from a file that carries CTDC's terms-of-use notice. */
  public static final String PUBLISHER = "Counter Trafficking Data Collaborative (CTDC)";

  /** The prefix of the extensions that hold CTDC values without a model field. */
  public static final String EXT = "ctdc:";

  private static final Set<String> SPECIFIC_OTHER =
      Set.of("ForcedMarriage", "ForcedMilitaryByNonStateActors", "OrganRemoval");

  private final InputStream in;
  private final String source;
  private final Charset encoding;
  private TableReader table;
  private boolean started;
  private Column[] columns;
  private String[] headerNames;
  private final List<Issue> headerIssues = new ArrayList<>();
  private long records;

  /** Whether the header carries CTDC's terms-of-use notice: the file says CTDC published it. */
  private boolean published;

  /**
   * @param in the input
   * @param source the source name
   * @param encoding the encoding, null to detect it
   */
  public CtdcReader(InputStream in, String source, Charset encoding) {
    this.in = in;
    this.source = source;
    this.encoding = encoding;
  }

  @Override
  public void close() {
    if (table != null) {
      table.close();
    } else {
      try {
        in.close();
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected ReadResult advance() {
    try {
      if (!started) {
        started = true;
        table = TableReader.builder().encoding(encoding).open(in, source);
        ReadResult failed = header(table.header());
        if (failed != null) {
          finish();
          return failed;
        }
      }
      while (table.hasNext()) {
        TableRow row = table.next();
        if (row.isBlank()) {
          continue;
        }
        records++;
        List<Issue> issues = new ArrayList<>();
        if (records == 1) {
          issues.addAll(headerIssues);
        }
        int width = filledWidth(row);
        if (width > headerNames.length) {
          // a cell with no column means a value slipped (a stray delimiter): no value of the row is
          // where it seems
          SourceLocation at = SourceLocation.of(source).withRecord(records).withLine(row.line(), 0);
          issues.add(
              CtdcReadRules.issue(
                  CtdcReadRules.ROW_WIDER_THAN_HEADER, at, width, headerNames.length));
          return new ReadResult.Failed(at, issues);
        }
        TraffickingCase c = build(row, issues);
        return new ReadResult.Ok(
            c, SourceLocation.of(source).withRecord(records).withLine(row.line(), 0), issues);
      }
      finish();
      return null;
    } catch (ParseException e) {
      finish();
      String id =
          e.ruleId().value().equals("MG-TAB-004")
              ? CtdcReadRules.NOT_CTDC
              : CtdcReadRules.MALFORMED;
      Issue issue =
          id.equals(CtdcReadRules.NOT_CTDC)
              ? CtdcReadRules.issue(
                  id,
                  SourceLocation.of(source),
                  Words.CTDC_HEADER_EXPECTED.with(CtdcHeader.EXAMPLES),
                  Words.AN_EMPTY_FILE)
              : CtdcReadRules.issue(
                  id,
                  SourceLocation.of(source).withLine(e.location().line(), e.location().column()),
                  cut(e.getMessage()));
      return new ReadResult.Failed(
          SourceLocation.of(source).withRecord(records + 1), List.of(issue));
    }
  }

  /**
   * Returns the number of cells up to the row's last non-blank one (trailing empty cells are no
   * cells).
   */
  private static int filledWidth(TableRow row) {
    for (int i = row.size() - 1; i >= 0; i--) {
      if (!row.cell(i).isBlank()) {
        return i + 1;
      }
    }
    return 0;
  }

  private ReadResult header(List<String> names) {
    columns = new Column[names.size()];
    headerNames = new String[names.size()];
    // a variable named twice (by the same name, or by a name and its alias) or an unknown column
    // named twice
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).replace("\ufeff", "").strip();
      SourceLocation at = SourceLocation.of(source).withLine(table.headerRowNumber(), i + 1);
      if (CtdcHeader.isNotice(name)) {
        // the column under the notice is read as an unnamed one: a value there is kept as
        // ctdc:column<n>
        headerIssues.add(
            CtdcReadRules.issue(
                CtdcReadRules.TERMS_NOTICE, at, i + 1, CtdcHeader.noticeAddress(name)));
        published = true;
        name = "";
      }
      headerNames[i] = name;
      keys.add(name.isEmpty() ? null : CtdcColumns.resolve(name).map(Column::name).orElse(name));
    }
    CtdcHeader.Verdict verdict = CtdcHeader.of(names);
    if (!verdict.isCtdc()) {
      headerIssues.clear();
      Object found =
          verdict.known().isEmpty()
              ? Words.NO_CTDC_VARIABLE
              : Words.TOO_FEW_CTDC_VARIABLES.with(
                  verdict.known().size(), verdict.named(), cut(String.join(", ", verdict.known())));
      return new ReadResult.Failed(
          SourceLocation.of(source),
          List.of(
              CtdcReadRules.issue(
                  CtdcReadRules.NOT_CTDC,
                  SourceLocation.of(source).withLine(Math.max(1, table.headerRowNumber()), 0),
                  Words.CTDC_HEADER_EXPECTED.with(CtdcHeader.EXAMPLES),
                  found)));
    }
    for (int i = 0; i < names.size(); i++) {
      String name = headerNames[i];
      SourceLocation at = SourceLocation.of(source).withLine(table.headerRowNumber(), i + 1);
      Optional<Column> c = name.isEmpty() ? Optional.empty() : CtdcColumns.resolve(name);
      if (c.isEmpty()) {
        if (!name.isEmpty()) {
          headerIssues.add(CtdcReadRules.issue(CtdcReadRules.UNKNOWN_COLUMN, at, cut(name)));
        }
        continue;
      }
      Column col = c.get();
      if (!col.name().equals(name)) {
        headerIssues.add(
            CtdcReadRules.issue(CtdcReadRules.ALIAS_COLUMN, at, cut(name), col.name()));
      }
      if (col.kind() == Kind.DERIVED) {
        headerIssues.add(CtdcReadRules.issue(CtdcReadRules.DERIVED_COLUMN, at, col.name()));
      }
      columns[i] = col;
    }
    List<DuplicateNames.Duplicate> twice = DuplicateNames.in(keys);
    if (!twice.isEmpty()) {
      long line = Math.max(1, table.headerRowNumber());
      return new ReadResult.Failed(
          SourceLocation.of(source).withLine(line, 0),
          twice.stream()
              .map(
                  d ->
                      CtdcReadRules.issue(
                          CtdcReadRules.DUPLICATE_COLUMN,
                          SourceLocation.of(source).withLine(line, d.second()),
                          cut(d.name()),
                          d.columnList()))
              .toList());
    }
    return null;
  }

  private TraffickingCase build(TableRow row, List<Issue> issues) {
    Identifier id = Identifier.of(SYSTEM, source + "#row" + row.row());
    Map<String, Object> ext = new LinkedHashMap<>();
    Integer year = null;
    String gender = null;
    AgeRange age = null;
    String majority = null;
    String citizenship = null;
    String exploitationCountry = null;
    Set<String> moc = new LinkedHashSet<>();
    Set<String> exp = new LinkedHashSet<>();
    Set<String> sexTypes = new LinkedHashSet<>();
    boolean otherExploit = false;
    String industry = null;
    String industryColumn = null;
    String relation = null;
    String relationColumn = null;
    for (int i = 0; i < row.size(); i++) {
      String cell = row.cell(i);
      if (cell.isBlank()) {
        continue;
      }
      Column col = i < columns.length ? columns[i] : null;
      String name = i < headerNames.length ? headerNames[i] : "";
      if (col == null) {
        if (name.isEmpty()) {
          ext.put(EXT + "column" + (i + 1), cell);
        } else {
          ext.put(EXT + name, cell);
        }
        continue;
      }
      SourceLocation at = SourceLocation.of(source).withRecord(records).withLine(row.line(), i + 1);
      String key = EXT + col.name();
      switch (col.kind()) {
        case DERIVED -> {}
        case TEXT -> {
          if (!CtdcValues.isMissing(cell)) {
            if (col.name().equals("traffickMonths")
                && !CtdcColumns.TRAFFICK_MONTHS.contains(normaliseDashes(cell))) {
              issues.add(
                  CtdcReadRules.issueWithValue(
                      CtdcReadRules.UNKNOWN_CODE,
                      at.withPointer("/meta/extensions/" + key),
                      cell,
                      col.name(),
                      "traffickMonths",
                      Suggestions.closest(
                          TraffickingCase.class,
                          "/meta/extensions/" + key,
                          () -> CtdcValues.closest(cell, CtdcColumns.TRAFFICK_MONTHS))));
              ext.put(key, cell.strip());
            } else {
              ext.put(
                  key, col.name().equals("traffickMonths") ? normaliseDashes(cell) : cell.strip());
            }
          }
        }
        case YEAR -> {
          if (!CtdcValues.isMissing(cell)) {
            String s = cell.strip().replaceFirst("\\.0$", "");
            if (s.matches("\\d{4}") && Integer.parseInt(s) >= 1900 && Integer.parseInt(s) <= 2100) {
              year = Integer.parseInt(s);
            } else {
              issues.add(
                  CtdcReadRules.issueWithValue(
                      CtdcReadRules.MALFORMED_VALUE,
                      at.withPointer("/opened"),
                      cell,
                      col.name(),
                      Words.A_YEAR));
              ext.put(key, cell);
            }
          }
        }
        case GENDER -> {
          if (CtdcValues.isMissing(cell)) {
            break;
          }
          switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "male", "man" -> gender = "Masculine";
            case "female", "woman" -> gender = "Feminine";
            case "transgender/nonconforming", "trans/transgender/nonconforming" ->
                ext.put(key, CtdcValues.TRANS);
            default -> {
              issues.add(
                  CtdcReadRules.issueWithValue(
                      CtdcReadRules.UNKNOWN_CODE,
                      at.withPointer("/victims/0/person/gender"),
                      cell,
                      col.name(),
                      Words.CTDC_GENDER_LABELS,
                      Suggestions.closest(
                          TraffickingCase.class,
                          "/victims/0/person/gender",
                          () -> CtdcValues.closest(cell, CtdcValues.GENDER_LABELS))));
              ext.put(key, cell);
            }
          }
        }
        case AGE -> {
          if (CtdcValues.isMissing(cell)) {
            break;
          }
          Optional<AgeRange> band = CtdcValues.parseBand(cell);
          if (band.isEmpty()) {
            issues.add(
                CtdcReadRules.issueWithValue(
                    CtdcReadRules.UNKNOWN_CODE,
                    at.withPointer("/victims/0/person/age"),
                    cell,
                    col.name(),
                    Words.CTDC_AGE_BANDS,
                    Suggestions.closest(
                        TraffickingCase.class,
                        "/victims/0/person/age",
                        () -> CtdcValues.closest(cell, CtdcValues.BAND_LABELS))));
            ext.put(key, cell);
          } else {
            age = band.get();
            if (!CtdcValues.isCtdcBand(age)) {
              issues.add(
                  CtdcReadRules.issueWithValue(
                      CtdcReadRules.GENERALISED_VALUE,
                      at.withPointer("/victims/0/person/age"),
                      cell,
                      col.name(),
                      Words.A_WIDER_BAND));
            }
          }
        }
        case MAJORITY -> {
          if (CtdcValues.isMissing(cell)) {
            break;
          }
          String v = cell.strip();
          if (!v.equalsIgnoreCase("Minor") && !v.equalsIgnoreCase("Adult")) {
            issues.add(
                CtdcReadRules.issueWithValue(
                    CtdcReadRules.UNKNOWN_CODE,
                    at.withPointer("/meta/extensions/" + key),
                    cell,
                    col.name(),
                    "Minor, Adult, Unknown, -99",
                    Suggestions.closest(
                        TraffickingCase.class,
                        // a majority status says how old the victim is: it is read into the
                        // person's age
                        "/victims/0/person/age",
                        () -> CtdcValues.closest(cell, CtdcValues.MAJORITY_LABELS))));
            ext.put(key, cell);
          } else if (col.name().equals("majorityStatus")) {
            majority = v.equalsIgnoreCase("Minor") ? "Minor" : "Adult";
          } else {
            ext.put(key, v.equalsIgnoreCase("Minor") ? "Minor" : "Adult");
          }
        }
        case CITIZENSHIP, EXPLOITATION_COUNTRY -> {
          String v = cell.strip();
          if (CtdcValues.isMissing(v) || v.equalsIgnoreCase("ZZ") || v.equals("00")) {
            break;
          }
          String pointer =
              col.kind() == Kind.CITIZENSHIP
                  ? "/victims/0/person/citizenships"
                  : "/victims/0/exploitationPlace/country";
          Optional<String> code = CtdcValues.country(v);
          if (code.isPresent()) {
            if (col.kind() == Kind.CITIZENSHIP) {
              citizenship = code.get();
            } else {
              exploitationCountry = code.get();
            }
          } else if (CtdcValues.isM49Region(v)) {
            issues.add(
                CtdcReadRules.issue(
                    CtdcReadRules.GENERALISED_VALUE,
                    at.withPointer("/meta/extensions/" + key),
                    col.name(),
                    Words.M49_REGION.with(v, CtdcValues.m49Name(v))));
            ext.put(key, v);
          } else {
            issues.add(
                CtdcReadRules.issueWithValue(
                    CtdcReadRules.UNKNOWN_CODE,
                    at.withPointer(pointer),
                    cell,
                    col.name(),
                    Words.ISO_COUNTRY_CODES,
                    Suggestions.closest(
                        TraffickingCase.class,
                        pointer,
                        () -> String.join(", ", Countries.instance().closest(v, 3)))));
            ext.put(key, cell);
          }
        }
        case FLAG -> {
          Optional<Boolean> f = CtdcValues.flag(cell);
          if (f.isEmpty()) {
            issues.add(
                CtdcReadRules.issueWithValue(
                    CtdcReadRules.MALFORMED_VALUE,
                    at.withPointer("/meta/extensions/" + key),
                    cell,
                    col.name(),
                    Words.A_FLAG));
            ext.put(key, cell);
            break;
          }
          if (!f.get()) {
            break;
          }
          if (col.target().isEmpty() || col.alsoExtension()) {
            ext.put(key, "1");
          }
          if (col.target().isEmpty()) {
            break;
          }
          String t = col.target().get();
          String code = t.substring(4);
          switch (t.substring(0, 3)) {
            case "moc" -> moc.add(code);
            case "exp" -> {
              if (col.name().equals("isOtherExploit")) {
                otherExploit = true;
              } else {
                exp.add(code);
              }
            }
            case "sex" -> sexTypes.add(code);
            case "ind" -> {
              if (industry == null) {
                industry = code;
                industryColumn = col.name();
              } else if (!industry.equals(code)) {
                issues.add(
                    CtdcReadRules.issue(
                        CtdcReadRules.SEVERAL_VALUES,
                        at.withPointer("/victims/0/forcedLabourIndustry"),
                        "forcedLabourIndustry",
                        industryColumn + ", " + col.name()));
                ext.put(key, "1");
              }
            }
            case "rel" -> {
              if (relation == null) {
                relation = code;
                relationColumn = col.name();
              } else if (!relation.equals(code)) {
                issues.add(
                    CtdcReadRules.issue(
                        CtdcReadRules.SEVERAL_VALUES,
                        at.withPointer("/victims/0/relationshipToTrafficker"),
                        "relationshipToTrafficker",
                        relationColumn + ", " + col.name()));
                ext.put(key, "1");
              }
            }
            default -> throw new IllegalStateException(t);
          }
        }
        default -> throw new IllegalStateException(col.kind().name());
      }
    }
    if (otherExploit && exp.stream().noneMatch(SPECIFIC_OTHER::contains)) {
      exp.add("Other");
    }
    if (age == null && majority != null) {
      age = majority.equals("Minor") ? AgeRange.of(0, 17) : AgeRange.of(18, 150);
    } else if (age != null
        && majority != null
        && !(majority.equals("Minor") ? age.isChild() : age.isAdult())) {
      ext.put(EXT + "majorityStatus", majority);
    }
    RecordMeta personMeta = RecordMeta.of(id.system(), id.value() + "#victim");
    Person.Builder pb = Person.builder(personMeta).gender(gender);
    if (age != null) {
      pb.age(
          year == null
              ? new ReportedAge(age, Optional.empty())
              : ReportedAge.of(age, PartialDate.ofYear(year)));
    }
    if (citizenship != null) {
      pb.citizenship(citizenship);
    }
    Victim.Builder vb =
        Victim.builder(pb.build())
            .methodOfControl(moc.toArray(String[]::new))
            .exploitationType(exp.toArray(String[]::new))
            .sexualExploitationType(sexTypes.toArray(String[]::new))
            .forcedLabourIndustry(industry)
            .relationshipToTrafficker(relation);
    if (exploitationCountry != null) {
      vb.exploitationPlace(Place.country(exploitationCountry));
    }
    RecordMeta meta = RecordMeta.of(id);
    if (published) {
      meta = meta.withSourceOrganization(PUBLISHER);
    }
    for (Map.Entry<String, Object> e : ext.entrySet()) {
      meta = meta.withExtension(e.getKey(), e.getValue());
    }
    TraffickingCase.Builder cb = TraffickingCase.builder(meta).victim(vb.build());
    if (year != null) {
      cb.opened(PartialDate.ofYear(year));
    }
    return cb.build();
  }

  static String normaliseDashes(String cell) {
    // CB2024 prints long dashes where the CSV has "--"
    return cell.strip().replace("\u2014", "--").replace("\u2013", "--");
  }

  private static String cut(String s) {
    if (s == null) {
      return "";
    }
    return Values.cut(s, 60);
  }
}

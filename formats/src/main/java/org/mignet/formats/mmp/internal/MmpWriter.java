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

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.MignetException;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Incident;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Place;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.Transformation;
import org.mignet.formats.Transformation.Action;
import org.mignet.formats.internal.FormulaCells;

/**
 * Writes incidents as the 2023 MMP layout (23 columns) followed by "Reported Date" (ISO 8601) and
 * "Country of Incident" (alpha-3), one row per incident, on Jackson's streaming {@link
 * CsvGenerator}. Closes the stream. For spreadsheet users, cells a spreadsheet could take for a
 * formula are neutralised by the shared rule ({@link FormulaCells}).
 */
final class MmpWriter implements RecordWriter {

  private static final Field[] COLUMNS = {
    Field.MAIN_ID,
    Field.INCIDENT_ID,
    Field.REGION,
    Field.INCIDENT_DATE,
    Field.YEAR,
    Field.MONTH,
    Field.DEAD,
    Field.MISSING,
    Field.TOTAL,
    Field.SURVIVORS,
    Field.FEMALES,
    Field.MALES,
    Field.CHILDREN,
    Field.REGION_OF_ORIGIN,
    Field.CAUSE,
    Field.COUNTRY_OF_ORIGIN,
    Field.LOCATION,
    Field.SOURCE,
    Field.COORDINATES,
    Field.ROUTE,
    Field.URL,
    Field.UNSD,
    Field.QUALITY,
    Field.REPORTED_DATE,
    Field.COUNTRY_OF_INCIDENT
  };

  private final CsvGenerator out;
  private final boolean forSpreadsheet;
  private boolean closed;

  /** Values the layout changed, by pointer and action (count 0). */
  private final java.util.Map<Transformation, long[]> changed = new java.util.LinkedHashMap<>();

  /**
   * @param stream where the CSV goes; closed with the writer
   * @param forSpreadsheet whether to neutralise formula-like cells
   */
  MmpWriter(OutputStream stream, boolean forSpreadsheet) {
    this.forSpreadsheet = forSpreadsheet;
    try {
      out = MmpFormat.CSV.createGenerator(stream);
      out.writeStartArray();
      for (Field f : COLUMNS) {
        out.writeString(cell(f.header()));
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(MignetRecord record) {
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    if (!(record instanceof Incident inc)) {
      throw new MignetException(
          "the mmp format carries incidents only, not " + record.recordType().typeName());
    }
    account(inc);
    try {
      out.writeStartArray();
      for (Field f : COLUMNS) {
        out.writeString(cell(value(inc, f)));
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String cell(String value) {
    return forSpreadsheet ? FormulaCells.neutralised(value) : value;
  }

  /**
   * Counts what the one-cell lists and the date columns of the layout change, as the report's
   * transformations.
   */
  private void account(Incident inc) {
    if (inc.date().isPresent()
        && inc.date().get().precision() != PartialDate.Precision.DAY
        && inc.reportedDate().isPresent()) {
      change("/date", Action.MMP_DATE_DROPPED);
    }
    if (inc.sources().size() > 1) {
      change("/sources", Action.MMP_SOURCES_JOINED);
    }
    Action split = Action.MMP_SPLIT_AT_COMMAS;
    if (inc.regionsOfOrigin().stream().anyMatch(x -> x.contains(","))) {
      change("/regionsOfOrigin", split);
    }
    if (!(inc.meta().extensions().get(KnownExtensions.MMP_CAUSE_OF_DEATH) instanceof String)
        && inc.causesOfDeath().stream().anyMatch(x -> x.contains(","))) {
      change("/causesOfDeath", split);
    }
    if (inc.urls().stream()
        .anyMatch(x -> x.contains(",") || x.chars().anyMatch(Character::isWhitespace))) {
      change("/urls", Action.MMP_URLS_SPLIT);
    }
  }

  private void change(String pointer, Action action) {
    changed.computeIfAbsent(new Transformation(pointer, action, 0), x -> new long[1])[0]++;
  }

  @Override
  public List<org.mignet.formats.Transformation> transformations() {
    List<org.mignet.formats.Transformation> out = new java.util.ArrayList<>();
    changed.forEach((t, n) -> out.add(new Transformation(t.pointer(), t.action(), n[0])));
    return List.copyOf(out);
  }

  private static String value(Incident inc, Field f) {
    Optional<PartialDate> when = inc.date().or(inc::reportedDate);
    Map<String, Object> ext = inc.meta().extensions();
    return switch (f) {
      case MAIN_ID -> inc.mainId().orElse("");
      case INCIDENT_ID -> inc.meta().identifier().value();
      case REGION -> inc.region().orElse("");
      case INCIDENT_DATE ->
          inc.date()
              .filter(d -> d.precision() == PartialDate.Precision.DAY)
              .map(MmpWriter::usDate)
              .orElse("");
      case YEAR -> when.map(d -> String.format(Locale.ROOT, "%04d", d.year())).orElse("");
      case MONTH ->
          when.filter(d -> d.month() > 0)
              .map(
                  d -> java.time.Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH))
              .orElse("");
      case DEAD -> num(inc.dead());
      case MISSING -> num(inc.missing());
      case TOTAL -> num(inc.totalDeadAndMissing());
      case SURVIVORS -> num(inc.survivors());
      case FEMALES -> num(inc.females());
      case MALES -> num(inc.males());
      case CHILDREN -> num(inc.children());
      case REGION_OF_ORIGIN -> String.join(",", inc.regionsOfOrigin());
      case CAUSE ->
          ext.get(KnownExtensions.MMP_CAUSE_OF_DEATH) instanceof String s
              ? s
              : String.join(",", inc.causesOfDeath());
      case COUNTRY_OF_ORIGIN ->
          ext.get(KnownExtensions.MMP_COUNTRY_OF_ORIGIN) instanceof String s
              ? s
              : String.join(",", inc.countriesOfOrigin());
      case LOCATION -> inc.place().flatMap(Place::name).orElse("");
      case SOURCE -> String.join(", ", inc.sources());
      case COORDINATES ->
          inc.place().flatMap(Place::coordinates).map(MmpWriter::coordinates).orElse("");
      case ROUTE -> inc.route().orElse("");
      case URL -> String.join(", ", inc.urls());
      case UNSD -> inc.unsdGrouping().orElse("");
      case QUALITY -> num(inc.sourceQuality());
      case REPORTED_DATE -> inc.reportedDate().map(PartialDate::toString).orElse("");
      case COUNTRY_OF_INCIDENT -> inc.place().flatMap(Place::country).orElse("");
      // columns of the 2017 layout only, which is read, never written
      case RECORD_ID, DATE_DAY_FIRST, LATITUDE, LONGITUDE, RELIABILITY ->
          throw new IllegalStateException("not a column of the written layout: " + f);
    };
  }

  private static String usDate(PartialDate d) {
    LocalDate day = d.earliest();
    return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        + ", "
        + String.format(Locale.ROOT, "%02d/%02d/%04d - 12:00", d.month(), d.day(), d.year());
  }

  private static String coordinates(Coordinates c) {
    return BigDecimal.valueOf(c.latitude()).toPlainString()
        + ", "
        + BigDecimal.valueOf(c.longitude()).toPlainString();
  }

  private static String num(Optional<Integer> n) {
    return n.map(String::valueOf).orElse("");
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Field> columns() {
    return List.of(COLUMNS);
  }
}

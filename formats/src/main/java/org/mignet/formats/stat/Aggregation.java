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
package org.mignet.formats.stat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Incident;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.ReturnCase;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.Sex;
import org.mignet.core.model.SmugglingCase;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Issue;
import org.mignet.formats.internal.ConversionRules;

/**
 * Records → statistics: counts the people of one record type by chosen dimensions into a frequency
 * table with every marginal and the grand total ({@value CountTable#TOTAL}), applies {@link
 * DisclosureControl} and gives an SDMX-shaped {@link Dataset} with {@code CONF_STATUS} and {@code
 * OBS_STATUS} on every cell, the audit of every suppressed cell, and the list of records left out
 * with the rule that left each out.
 *
 * <p>What is counted (the unit), and the dimensions each type can be counted by:
 *
 * <table>
 * <caption>units and dimensions</caption>
 * <tr><th>type</th><th>unit</th><th>dimensions</th></tr>
 * <tr><td>{@code trafficking}</td><td>victims</td><td>CITIZENSHIP, SEX, AGE, TIME_PERIOD (year the case was
 *   opened), EXPLOITATION_TYPE, GENDER</td></tr>
 * <tr><td>{@code smuggling}</td><td>smuggled migrants</td><td>CITIZENSHIP, SEX, AGE, TIME_PERIOD (year of the first
 *   leg's departure, else of the interception), ROUTE, GENDER</td></tr>
 * <tr><td>{@code returns}</td><td>returnees</td><td>CITIZENSHIP, SEX, AGE, TIME_PERIOD (year of departure, else
 *   arrival, else application), RETURN_TYPE, HOST_COUNTRY, ORIGIN_COUNTRY, GENDER</td></tr>
 * <tr><td>{@code incidents}</td><td>dead and missing</td><td>ROUTE, REGION_ORIGIN, TIME_PERIOD, SEX; without SEX a
 *   MEASURE dimension (DEAD, MISSING, their total {@code _T}) is added; with SEX the measure is
 *   DEAD_MISSING</td></tr>
 * </table>
 *
 * A person counts once in one cell, so every total equals the sum of its parts: CITIZENSHIP is the
 * first citizenship ({@code _U} if none); EXPLOITATION_TYPE is the victim's one type, {@code
 * MULTIPLE} when there are several, {@code _U} when none; AGE is {@code Y_LT18} (child), {@code
 * Y_GE18} (adult) or {@code _U}; any unknown code is {@code _U}. SEX is the person's sex (SDMX
 * {@code CL_SEX}); GENDER is the person's gender, an HTCDS {@code prs_Gender} code ({@code
 * NonSpecifiedUnknown} and none are {@code _U}). They are different fields: a source that records
 * gender (CTDC, for one) leaves sex unknown, and counting it by SEX puts everyone under {@code _U},
 * so the result then carries the warning {@code MG-STAT-008} saying how many people that is ({@link
 * Result#warnings()}).
 *
 * <p>Left out, by record number: an incident whose dead and missing do not add up to its total
 * ({@code MG-INC-001}, as the count would depend on which one is believed) or, counted by SEX,
 * whose females and males exceed it ({@code MG-INC-003}); records of another type ({@code
 * MG-CONV-001}); and what the pipeline rejected before (reported through {@link #leftOut}). So the
 * grand total is exactly {@link Result#unitsIn()}.
 *
 * <p>Disclosure control: cases hold personal data, so it is on by default ({@link
 * DisclosureControl#DEFAULT_THRESHOLD}, hypercube); incidents are published openly by the Missing
 * Migrants Project, so their default threshold is 0. Not thread-safe; memory grows with the number
 * of cells, not of records.
 */
public final class Aggregation {

  /** The dimensions each record type can be counted by. */
  public static final Map<RecordType, List<String>> DIMENSIONS =
      Map.of(
          RecordType.TRAFFICKING_CASE,
              List.of("CITIZENSHIP", "SEX", "AGE", "TIME_PERIOD", "EXPLOITATION_TYPE", "GENDER"),
          RecordType.SMUGGLING_CASE,
              List.of("CITIZENSHIP", "SEX", "AGE", "TIME_PERIOD", "ROUTE", "GENDER"),
          RecordType.RETURN_CASE,
              List.of(
                  "CITIZENSHIP",
                  "SEX",
                  "AGE",
                  "TIME_PERIOD",
                  "RETURN_TYPE",
                  "HOST_COUNTRY",
                  "ORIGIN_COUNTRY",
                  "GENDER"),
          RecordType.INCIDENT, List.of("ROUTE", "REGION_ORIGIN", "TIME_PERIOD", "SEX"));

  /** The names the command line uses for the types. */
  public static final Map<String, RecordType> TYPE_NAMES =
      Map.of(
          "trafficking",
          RecordType.TRAFFICKING_CASE,
          "smuggling",
          RecordType.SMUGGLING_CASE,
          "returns",
          RecordType.RETURN_CASE,
          "incidents",
          RecordType.INCIDENT);

  private static final String UNKNOWN = "_U";

  private final RecordType type;
  private final List<String> by;
  private final DisclosureControl control;
  private final Map<List<String>, Long> cells = new HashMap<>();
  private final List<LeftOut> leftOut = new ArrayList<>();
  private long counted;
  private long unitsIn;

  /** People counted by SEX whose sex is unknown while their gender is recorded. */
  private long sexUnknownGenderKnown;

  private Aggregation(RecordType type, List<String> by, DisclosureControl control) {
    this.type = type;
    this.by = by;
    this.control = control;
  }

  /**
   * Returns an aggregation with the type's default disclosure control.
   *
   * @param type one of the keys of {@link #DIMENSIONS}
   * @param dimensions some of that type's dimensions, in the order wanted; not empty, no repeats
   * @throws IllegalArgumentException for a type that cannot be aggregated or an unknown or repeated
   *     dimension
   */
  public static Aggregation of(RecordType type, List<String> dimensions) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(dimensions, "dimensions");
    List<String> known = DIMENSIONS.get(type);
    if (known == null) {
      throw new IllegalArgumentException(
          "cannot aggregate "
              + type.typeName()
              + "; types: trafficking, smuggling, "
              + "returns, incidents");
    }
    List<String> upper = dimensions.stream().map(d -> d.strip().toUpperCase(Locale.ROOT)).toList();
    if (upper.isEmpty() || upper.stream().distinct().count() != upper.size()) {
      throw new IllegalArgumentException("name one or more distinct dimensions of " + known);
    }
    for (String d : upper) {
      if (!known.contains(d)) {
        throw new IllegalArgumentException(
            "unknown dimension "
                + d
                + " for "
                + type.typeName()
                + "; known: "
                + String.join(", ", known));
      }
    }
    int threshold = type == RecordType.INCIDENT ? 0 : DisclosureControl.DEFAULT_THRESHOLD;
    return new Aggregation(type, upper, DisclosureControl.threshold(threshold));
  }

  /** Returns a copy with that disclosure control (only before any record is added). */
  public Aggregation with(DisclosureControl disclosureControl) {
    if (counted > 0 || !leftOut.isEmpty()) {
      throw new IllegalStateException("set disclosure control before adding records");
    }
    return new Aggregation(
        type, by, Objects.requireNonNull(disclosureControl, "disclosureControl"));
  }

  /** Returns the disclosure control applied. */
  public DisclosureControl disclosureControl() {
    return control;
  }

  /** Returns the record type counted. */
  public RecordType type() {
    return type;
  }

  /**
   * Counts one record, or leaves it out with the rule that says why.
   *
   * @param record the record; not null
   * @param source the input's name (for the list of records left out)
   * @param number the record's number in that input
   * @return whether it was counted
   */
  public boolean add(MignetRecord record, String source, long number) {
    long[] genderOnly = new long[1];
    Optional<String> rule =
        cells(
            record,
            new CellSink() {
              @Override
              public void accept(List<String> key, long units) {
                cells.merge(key, units, Long::sum);
                unitsIn += units;
              }

              @Override
              public void sexUnknownGenderKnown(long people) {
                genderOnly[0] += people;
              }
            });
    if (rule.isPresent()) {
      return leftOut(source, number, List.of(rule.get()));
    }
    sexUnknownGenderKnown += genderOnly[0];
    counted++;
    return true;
  }

  /** Where {@link #cells} hands what one record adds. */
  @FunctionalInterface
  public interface CellSink {
    /**
     * Takes what the record adds to one cell.
     *
     * @param key one code per {@link #cellDimensions() cell dimension}
     * @param units the units the record adds to that cell; 0 or more
     */
    void accept(List<String> key, long units);

    /**
     * Counted by SEX, people of the record whose sex is unknown while their gender is recorded (for
     * {@code MG-STAT-008}); called once per such person. Does nothing unless overridden.
     *
     * @param people how many
     */
    default void sexUnknownGenderKnown(long people) {}
  }

  /**
   * The cells one record adds to, without counting it here: what {@link #add} counts, handed to
   * {@code sink} cell by cell, for a caller that sums the cells of many records itself
   * (mignet-spark sums them on a cluster) and then hands the sums to {@link #addCounted}. A cell
   * may receive 0 (an incident with no missing still names the MISSING cell, so that its codes are
   * in the table). Nothing is kept; usable from any thread on its own aggregation.
   *
   * @param record the record; not null
   * @param sink receives each cell's key (one code per {@link #cellDimensions() cell dimension})
   *     and the units the record adds to it; called only when the record is counted
   * @return the rule that leaves the record out ({@code MG-CONV-001}, {@code MG-INC-001}, {@code
   *     MG-INC-003}), or empty when it is counted
   */
  public Optional<String> cells(MignetRecord record, CellSink sink) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(sink, "sink");
    if (record.recordType() != type) {
      return Optional.of("MG-CONV-001");
    }
    if (record instanceof TraffickingCase c) {
      c.victims().forEach(v -> person(sink, v.person(), c.opened(), exploitation(v)));
    } else if (record instanceof SmugglingCase c) {
      Optional<PartialDate> when =
          c.legs().stream()
              .flatMap(l -> l.departure().stream())
              .findFirst()
              .or(() -> c.interception().flatMap(i -> i.date()));
      c.migrants().forEach(p -> person(sink, p, when, c.routeName().orElse(UNKNOWN)));
    } else if (record instanceof ReturnCase c) {
      person(
          sink,
          c.returnee(),
          c.departureDate().or(c::arrivalDate).or(c::applicationDate),
          c.type().name(),
          c.hostCountry(),
          c.originCountry());
    } else {
      return incident(sink, (Incident) record);
    }
    return Optional.empty();
  }

  /**
   * Adds what was counted elsewhere from {@link #cells}: the sum of each cell over the records
   * counted, and how many records those were. The result is then exactly what {@link #add} of each
   * record would give.
   *
   * @param sums units by cell key (keys as {@link #cells} gives them); counts 0 or more
   * @param records how many records were counted into them
   * @throws IllegalArgumentException for a key of the wrong length or a negative count
   */
  public void addCounted(Map<List<String>, Long> sums, long records) {
    addCounted(sums, records, 0);
  }

  /**
   * As {@link #addCounted(Map, long)}, with the people of those records that {@link
   * CellSink#sexUnknownGenderKnown} was told of, so that the result warns as {@link #add} would
   * ({@code MG-STAT-008}).
   *
   * @param sums units by cell key
   * @param records how many records were counted; 0 or more
   * @param sexUnknownGenderKnown the sum of what {@link CellSink#sexUnknownGenderKnown} received; 0
   *     or more
   */
  public void addCounted(Map<List<String>, Long> sums, long records, long sexUnknownGenderKnown) {
    if (sexUnknownGenderKnown < 0) {
      throw new IllegalArgumentException(
          "people of unknown sex and known gender must be 0 or more");
    }
    int n = cellDimensions().size();
    for (Map.Entry<List<String>, Long> e : sums.entrySet()) {
      if (e.getKey().size() != n || e.getValue() < 0) {
        throw new IllegalArgumentException(
            "a cell needs one code per dimension (" + n + ") and a count of 0 or more");
      }
    }
    if (records < 0) {
      throw new IllegalArgumentException("records counted must be 0 or more");
    }
    sums.forEach(
        (k, v) -> {
          cells.merge(List.copyOf(k), v, Long::sum);
          unitsIn += v;
        });
    counted += records;
    this.sexUnknownGenderKnown += sexUnknownGenderKnown;
  }

  /** Returns the dimensions chosen, in order (upper case). */
  public List<String> dimensions() {
    return by;
  }

  /**
   * Records that a record was left out before it reached the aggregation (e.g. rejected by the
   * pipeline).
   *
   * @return false
   */
  public boolean leftOut(String source, long number, List<String> rules) {
    leftOut.add(new LeftOut(source, number, rules));
    return false;
  }

  private static String exploitation(Victim v) {
    List<String> types = v.exploitationTypes();
    return types.isEmpty() ? UNKNOWN : types.size() == 1 ? types.get(0) : "MULTIPLE";
  }

  /**
   * Counts a person; {@code extra} are the type's own dimension values after CITIZENSHIP, SEX, AGE,
   * TIME_PERIOD.
   */
  private void person(CellSink sink, Person p, Optional<PartialDate> when, String... extra) {
    // the constructor has refused a type without dimensions
    List<String> known = Objects.requireNonNull(DIMENSIONS.get(type));
    Map<String, String> values = new HashMap<>();
    values.put("CITIZENSHIP", p.citizenships().stream().findFirst().orElse(UNKNOWN));
    values.put("SEX", p.sex().sdmxCode());
    values.put(
        "AGE",
        p.age()
            .map(a -> a.range())
            .map(r -> r.isChild() ? "Y_LT18" : r.isAdult() ? "Y_GE18" : UNKNOWN)
            .orElseGet(() -> age(p, when)));
    values.put("TIME_PERIOD", when.map(d -> String.valueOf(d.year())).orElse(UNKNOWN));
    String gender = p.gender().filter(g -> !g.equals("NonSpecifiedUnknown")).orElse(UNKNOWN);
    values.put("GENDER", gender);
    if (p.sex() == Sex.UNKNOWN && !gender.equals(UNKNOWN) && by.contains("SEX")) {
      sink.sexUnknownGenderKnown(1);
    }
    for (int i = 0; i < extra.length; i++) {
      values.put(known.get(4 + i), extra[i]);
    }
    List<String> key = new ArrayList<>(by.size());
    for (String d : by) {
      key.add(values.getOrDefault(d, UNKNOWN));
    }
    sink.accept(key, 1L);
  }

  /**
   * The age band from the birth date at the time counted, when both are known well enough to tell.
   */
  private static String age(Person p, Optional<PartialDate> when) {
    if (p.birthDate().isEmpty() || when.isEmpty()) {
      return UNKNOWN;
    }
    int youngest = when.get().earliest().getYear() - p.birthDate().get().latest().getYear() - 1;
    int oldest = when.get().latest().getYear() - p.birthDate().get().earliest().getYear();
    return oldest < AgeRange.ADULT_AGE
        ? "Y_LT18"
        : youngest >= AgeRange.ADULT_AGE ? "Y_GE18" : UNKNOWN;
  }

  private Optional<String> incident(CellSink sink, Incident i) {
    int total = i.deadAndMissing().orElse(0);
    List<String> key = new ArrayList<>(by.size());
    int sexAt = -1;
    for (String d : by) {
      switch (d) {
        case "ROUTE" -> key.add(i.route().orElse(UNKNOWN));
        case "REGION_ORIGIN" ->
            key.add(
                i.regionsOfOrigin().stream()
                    .findFirst()
                    .map(r -> r.endsWith("(P)") ? r.substring(0, r.length() - 3).strip() : r)
                    .orElse(UNKNOWN));
        case "TIME_PERIOD" ->
            key.add(
                i.date()
                    .or(i::reportedDate)
                    .map(PartialDate::year)
                    .map(String::valueOf)
                    .orElse(UNKNOWN));
        default -> {
          sexAt = key.size();
          key.add(UNKNOWN);
        }
      }
    }
    if (sexAt < 0) {
      int dead = i.dead().orElse(0);
      int missing = i.missing().orElse(0);
      if (dead + missing != total) {
        return Optional.of("MG-INC-001");
      }
      count(sink, key, "DEAD", dead);
      count(sink, key, "MISSING", missing);
    } else {
      int f = i.females().orElse(0);
      int m = i.males().orElse(0);
      if (f + m > total) {
        return Optional.of("MG-INC-003");
      }
      key.set(sexAt, "F");
      sink.accept(List.copyOf(key), f);
      key.set(sexAt, "M");
      sink.accept(List.copyOf(key), m);
      key.set(sexAt, UNKNOWN);
      sink.accept(List.copyOf(key), total - f - m);
    }
    return Optional.empty();
  }

  private static void count(CellSink sink, List<String> key, String measure, int n) {
    List<String> k = new ArrayList<>(key);
    k.add(measure);
    sink.accept(k, n);
  }

  /**
   * Returns the dimensions of a cell's key (and of the table): the chosen ones, and MEASURE for
   * incidents counted without SEX.
   */
  public List<String> cellDimensions() {
    List<String> dims = new ArrayList<>(by);
    if (type == RecordType.INCIDENT && !by.contains("SEX")) {
      dims.add("MEASURE");
    }
    return dims;
  }

  /**
   * Builds the table, protects it and makes the dataset.
   *
   * @return the result
   */
  public Result result() {
    List<String> dims = cellDimensions();
    @Nullable CountTable table = cells.isEmpty() ? null : CountTable.of(dims, cells);
    @Nullable ProtectedTable protectedTable = table == null ? null : control.protect(table);
    List<String> datasetDims = new ArrayList<>(dims);
    boolean fixedMeasure = type == RecordType.INCIDENT && by.contains("SEX");
    if (fixedMeasure) {
      datasetDims.add("MEASURE");
    }
    List<Observation> obs = new ArrayList<>();
    if (table != null && protectedTable != null) {
      for (int c = 0; c < table.size(); c++) {
        Map<String, String> d = new LinkedHashMap<>();
        List<String> key = table.key(c);
        for (int k = 0; k < dims.size(); k++) {
          d.put(dims.get(k), key.get(k));
        }
        if (fixedMeasure) {
          d.put("MEASURE", "DEAD_MISSING");
        }
        CellStatus s = protectedTable.status(c);
        // OBS_STATUS: A (normal value) when published, O (missing value) when suppressed
        obs.add(
            new Observation(
                d,
                s.isSuppressed()
                    ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(table.count(c))),
                Optional.empty(),
                Optional.of("PS"),
                Optional.of(s.isSuppressed() ? "O" : "A"),
                Optional.of(s.confStatus()),
                Map.of()));
      }
    }
    String dataflow = "MIGNET:" + dataflowId() + "(1.0)";
    RecordMeta meta =
        RecordMeta.of("urn:mignet:aggregate", dataflow + "/" + String.join(",", by))
            .withSensitivity(Sensitivity.PUBLIC)
            .withExtension(KnownExtensions.SDMX_STRUCTURE, "dataflow");
    Dataset dataset = new Dataset(meta, dataflow, Optional.of(title()), datasetDims, Map.of(), obs);
    List<Issue> warnings =
        sexUnknownGenderKnown == 0
            ? List.of()
            : List.of(
                Issue.of(
                    ConversionRules.SEX_FROM_GENDER, "", null, sexUnknownGenderKnown, unitsIn));
    return new Result(dataset, protectedTable, List.copyOf(leftOut), counted, unitsIn, warnings);
  }

  private String dataflowId() {
    return switch (type) {
      case TRAFFICKING_CASE -> "TIP_VICTIMS";
      case SMUGGLING_CASE -> "SOM_MIGRANTS";
      case RETURN_CASE -> "RETURNEES";
      default -> "MMP_DEAD_MISSING";
    };
  }

  private String title() {
    String what =
        switch (type) {
          case TRAFFICKING_CASE -> "Victims of trafficking";
          case SMUGGLING_CASE -> "Smuggled migrants";
          case RETURN_CASE -> "Returnees";
          default -> "Dead and missing migrants";
        };
    return what + " by " + String.join(", ", by);
  }

  /**
   * What an aggregation gives.
   *
   * @param dataset the statistics, every cell with its {@code CONF_STATUS}
   * @param table the table with its statuses and audit; null when nothing was counted
   * @param leftOut every record not counted, with the rules that left it out
   * @param counted how many records were counted
   * @param unitsIn the people in the records counted: the grand total of the table
   * @param warnings what the reader of the table must know about the counts as a whole (for example
   *     {@code MG-STAT-008}: people of known gender counted under an unknown SEX); no personal
   *     value in them
   */
  public record Result(
      Dataset dataset,
      @Nullable ProtectedTable table,
      List<LeftOut> leftOut,
      long counted,
      long unitsIn,
      List<Issue> warnings) {

    /** Copies the lists. */
    public Result {
      leftOut = List.copyOf(leftOut);
      warnings = List.copyOf(warnings);
    }

    /** Returns the audit of every suppressed cell, empty when nothing is suppressed. */
    public List<CellRange> audit() {
      return table == null ? List.of() : table.audit();
    }

    /** Returns the published grand total, empty when it is suppressed or nothing was counted. */
    public Optional<Long> publishedTotal() {
      if (table == null) {
        return Optional.empty();
      }
      int last = table.table().size() - 1;
      return table.status(last).isSuppressed()
          ? Optional.empty()
          : Optional.of(table.table().count(last));
    }
  }

  @Override
  public String toString() {
    return "Aggregation["
        + type.typeName()
        + " by "
        + by
        + ", "
        + control
        + ", cells="
        + cells.size()
        + "]";
  }
}

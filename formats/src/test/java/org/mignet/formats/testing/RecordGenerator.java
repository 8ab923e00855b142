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
package org.mignet.formats.testing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mignet.core.code.Code;
import org.mignet.core.code.CodeLists;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.CoordinatePrecision;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.core.model.OrganizationRef;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.Sensitivity;

/**
 * A seeded, deterministic generator of model records for property tests. It walks the record
 * components of a {@link RecordType}'s class (with their generic and annotated types), so a
 * component added to the model is generated without editing this class, and it picks values the
 * model accepts: codes from the code list an {@link InCodeList} names, numbers within
 * {@code @Min}/{@code @Max}/{@code @PositiveOrZero}/{@code @DecimalMin} bounds (often at the
 * bounds), strings matching a {@code @Pattern}, partial dates of every precision.
 *
 * <p>Every second record is <em>full</em>: every optional present and every list with two or three
 * items. The others leave optionals out at random and often leave a place without a name. Free text
 * mixes Latin with diacritics, Arabic, Chinese, Cyrillic, quotes and commas. Not thread-safe; one
 * generator per test.
 */
public final class RecordGenerator {

  private static final CodeLists CODES = CodeLists.standard();
  private static final String[] TEXT = {
    "Lagos",
    "Zoë O'Brien-Ñúñez",
    "مركز الإيواء في طرابلس",
    "北京市朝阳区",
    "Дом 5, кв. 12",
    "São Tomé \"Sul\"",
    "a",
    "Ἀθῆναι",
    "Tripoli, Libya",
    "दिल्ली",
    "x".repeat(120),
    "Ngozi Okonkwo-Adébáyọ̀",
    "محمد بن سلمان",
    "李小龍",
    "1",
    "false",
    "12.50",
    "+44 20 7946 0958",
    "-5 °C",
    "=1+2",
    "@home"
  };
  private static final String[] DIMENSIONS = {
    "REF_AREA", "TIME_PERIOD", "SEX", "AGE", "CITIZENSHIP", "FREQ"
  };

  private final SplittableRandom random;
  private int counter;
  private boolean full;

  /**
   * @param seed the seed; the same seed gives the same records
   */
  public RecordGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * @return the next record of the type; every second one is full
   */
  public MignetRecord next(RecordType type) {
    full = counter++ % 2 == 0;
    return (MignetRecord) record(type.javaType(), 0);
  }

  /**
   * @return {@code n} records of the type
   */
  public List<MignetRecord> records(RecordType type, int n) {
    List<MignetRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next(type));
    }
    return out;
  }

  private Object record(Class<?> type, int depth) {
    if (type == RecordMeta.class) {
      return meta();
    }
    if (type == PartialDate.class) {
      return date();
    }
    if (type == AgeRange.class) {
      int min = pickInt(0, 0, 17, 150, random.nextInt(0, 100));
      return AgeRange.of(min, pickInt(min, 150, Math.min(150, min + random.nextInt(0, 20))));
    }
    if (type == Coordinates.class) {
      return new Coordinates(
          pickDouble(-90.0, 90.0, 0.0, round(random.nextDouble(-90, 90))),
          pickDouble(-180.0, 180.0, -0.5, round(random.nextDouble(-180, 180))),
          CoordinatePrecision.values()[random.nextInt(CoordinatePrecision.values().length)]);
    }
    if (type == Identifier.class) {
      return Identifier.of(
          "org.example." + pick("iom", "unodc", "ngo"),
          "ID-" + counter + "-" + depth + "-" + random.nextInt(1_000_000));
    }
    if (type == Dataset.class) {
      return dataset();
    }
    RecordComponent[] rc = type.getRecordComponents();
    Object[] args = new Object[rc.length];
    Class<?>[] raws = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      raws[i] = rc[i].getType();
      boolean nameless =
          type == Place.class && rc[i].getName().equals("name") && (!full || random.nextBoolean());
      args[i] =
          nameless ? Optional.empty() : value(rc[i].getAnnotatedType(), rc[i].getName(), depth + 1);
    }
    if (type == OrganizationRef.class
        && ((Optional<?>) args[0]).isEmpty()
        && ((Optional<?>) args[1]).isEmpty()) {
      args[1] = Optional.of(text());
    }
    if (type == PersonName.class
        && ((Optional<?>) args[1]).isEmpty()
        && ((List<?>) args[2]).isEmpty()) {
      args[2] = List.of(text());
    }
    if (type == org.mignet.core.model.Incident.class) {
      coherentCounts(rc, args);
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(raws);
      return c.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "generated " + type.getSimpleName() + " rejected: " + e.getCause(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An incident that passes the rules incident readers check: the total is dead plus missing
   * (MG-INC-001; counts are halved so that the sum of two extremes still fits an int), breakdowns
   * within the total, reported after it happened.
   */
  private static void coherentCounts(RecordComponent[] rc, Object[] args) {
    int dead = -1;
    int missing = -1;
    int total = -1;
    Map<String, Integer> at = new LinkedHashMap<>();
    for (int i = 0; i < rc.length; i++) {
      at.put(rc[i].getName(), i);
      switch (rc[i].getName()) {
        case "dead" -> dead = i;
        case "missing" -> missing = i;
        case "totalDeadAndMissing" -> total = i;
        default -> {}
      }
    }
    Optional<?> d = (Optional<?>) args[dead];
    Optional<?> m = (Optional<?>) args[missing];
    args[dead] = d.map(x -> (Integer) x / 2);
    args[missing] = m.map(x -> (Integer) x / 2);
    if (((Optional<?>) args[dead]).isPresent() || ((Optional<?>) args[missing]).isPresent()) {
      args[total] =
          Optional.of(
              ((Optional<?>) args[dead]).map(x -> (Integer) x).orElse(0)
                  + ((Optional<?>) args[missing]).map(x -> (Integer) x).orElse(0));
    }
    // females + males and children are at most the dead and missing (MG-INC-003, MG-INC-004)
    int sum = ((Optional<?>) args[total]).map(x -> (Integer) x).orElse(0);
    int females =
        Math.min(sum / 2, ((Optional<?>) args[at.get("females")]).map(x -> (Integer) x).orElse(0));
    args[at.get("females")] = ((Optional<?>) args[at.get("females")]).map(x -> females);
    args[at.get("males")] =
        ((Optional<?>) args[at.get("males")]).map(x -> Math.min(sum - females, (Integer) x));
    args[at.get("children")] =
        ((Optional<?>) args[at.get("children")]).map(x -> Math.min(sum, (Integer) x));
    // reported on or after the incident (MG-INC-007)
    Optional<?> date = (Optional<?>) args[at.get("date")];
    Optional<?> reported = (Optional<?>) args[at.get("reportedDate")];
    if (date.isPresent()
        && reported.isPresent()
        && ((PartialDate) reported.get()).isDefinitelyBefore((PartialDate) date.get())) {
      args[at.get("date")] = reported;
      args[at.get("reportedDate")] = date;
    }
  }

  private Object value(AnnotatedType annotated, String name, int depth) {
    java.lang.reflect.Type type = annotated.getType();
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == Optional.class) {
      AnnotatedType inner =
          ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      return full || random.nextInt(4) > 0
          ? Optional.of(value(inner, name, depth))
          : Optional.empty();
    }
    if (raw == List.class) {
      AnnotatedType inner =
          ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      int n = full ? 2 + random.nextInt(2) : random.nextInt(3);
      List<Object> l = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Object v = value(inner, name, depth);
        if (!l.contains(v)) {
          l.add(v);
        }
      }
      return l;
    }
    if (raw == Map.class) {
      Map<String, String> m = new LinkedHashMap<>();
      int n = full ? 2 : random.nextInt(3);
      for (int i = 0; i < n; i++) {
        m.put(
            DIMENSIONS[(i + random.nextInt(2)) % DIMENSIONS.length],
            pick("F", "Y18T24", "NG", "2023", text()));
      }
      return m;
    }
    if (raw == String.class) {
      return string(annotated, name);
    }
    if (raw == int.class || raw == Integer.class) {
      return integer(annotated);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean();
    }
    if (raw == double.class || raw == Double.class) {
      return round(random.nextDouble(-1000, 1000));
    }
    if (raw == BigDecimal.class) {
      return decimal(annotated);
    }
    if (raw == Instant.class) {
      return instant();
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (raw.isRecord()) {
      return record(raw, depth);
    }
    throw new IllegalArgumentException("no generator for " + type);
  }

  private String string(AnnotatedType annotated, String name) {
    InCodeList list = annotated.getAnnotation(InCodeList.class);
    if (list != null) {
      return code(list.value());
    }
    Pattern pattern = annotated.getAnnotation(Pattern.class);
    if (pattern != null) {
      return switch (pattern.regexp()) {
        case "[A-Z][A-Z<]?" -> pick("P", "PP", "I<", "V");
        case "[A-Z0-9<]{1,35}" -> pick("X1234567", "L898902C3", "A".repeat(35), "1");
        case "[0-9][a-z]?" -> pick("0", "2a", "3", "9z");
        case "\\d+\\.\\d+" -> RecordMeta.CURRENT_SCHEMA_VERSION;
        case "([1-9]|1[0-7])\\.([1-9]|[a-c])" -> pick("10.7", "16.2", "1.a", "17.9", "8.c");
        default -> {
          if (pattern.regexp().startsWith("\\d{4}(-(Q[1-4]")) {
            yield pick("2023", "2023-Q4", "2024-S1", "2019-07", "2015/2020");
          }
          throw new IllegalArgumentException(
              "no generator for pattern " + pattern.regexp() + " of " + name);
        }
      };
    }
    return text();
  }

  private int integer(AnnotatedType annotated) {
    long min = Integer.MIN_VALUE;
    long max = Integer.MAX_VALUE;
    if (annotated.isAnnotationPresent(PositiveOrZero.class)) {
      min = 0;
    }
    Min lower = annotated.getAnnotation(Min.class);
    if (lower != null) {
      min = Math.max(min, lower.value());
    }
    Max upper = annotated.getAnnotation(Max.class);
    if (upper != null) {
      max = Math.min(max, upper.value());
    }
    long chosen =
        switch (random.nextInt(4)) {
          case 0 -> min;
          case 1 -> max;
          default -> min + (long) (random.nextDouble() * Math.min(max - min, 1000));
        };
    return (int) chosen;
  }

  private BigDecimal decimal(AnnotatedType annotated) {
    DecimalMin lower = annotated == null ? null : annotated.getAnnotation(DecimalMin.class);
    DecimalMax upper = annotated == null ? null : annotated.getAnnotation(DecimalMax.class);
    if (lower != null && upper != null) {
      return pick(
          new BigDecimal(lower.value()),
          new BigDecimal(upper.value()),
          new BigDecimal("0.75"),
          new BigDecimal("0.125"));
    }
    return pick(
        new BigDecimal("0"),
        new BigDecimal("1250.5"),
        new BigDecimal("99999999999999999999.999"),
        new BigDecimal("-42.25"),
        new BigDecimal("0.001"),
        BigDecimal.valueOf(random.nextInt(1, 100_000)));
  }

  private Instant instant() {
    long seconds = random.nextLong(0, 4_102_444_800L);
    return Instant.ofEpochSecond(
        seconds, random.nextBoolean() ? 0 : random.nextInt(1000) * 1_000_000L);
  }

  private PartialDate date() {
    // not in the future: readers of incident data check that dates are not after today
    int year = pickInt(1, 1900, 1999, 2024, random.nextInt(1950, 2025));
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofMonth(year, random.nextInt(1, 13));
      default -> {
        int month = random.nextInt(1, 13);
        yield PartialDate.of(year, month, pickInt(1, YearMonth.of(year, month).lengthOfMonth()));
      }
    };
  }

  private RecordMeta meta() {
    Map<String, Object> ext = new LinkedHashMap<>();
    if (full || random.nextBoolean()) {
      ext.put("org.example:unit", text());
      ext.put("org.example:count", random.nextLong(-1_000_000L, 1_000_000L));
      ext.put("org.example:ratio", new BigDecimal("0.25"));
      ext.put("org.example:flag", random.nextBoolean());
      ext.put("org.example:list", List.of(text(), 1L, Map.of("x", new BigDecimal("1.5"))));
    }
    boolean all = full || random.nextBoolean();
    return new RecordMeta(
        (Identifier) record(Identifier.class, 0),
        opt(all, text()),
        opt(all, instant()),
        opt(all, instant()),
        RecordMeta.CURRENT_SCHEMA_VERSION,
        Sensitivity.values()[random.nextInt(Sensitivity.values().length)],
        opt(all, text()),
        opt(all, text()),
        ext);
  }

  private Dataset dataset() {
    List<String> dims = new ArrayList<>(List.of("REF_AREA", "TIME_PERIOD"));
    if (full || random.nextBoolean()) {
      dims.add("SEX");
    }
    List<Observation> obs = new ArrayList<>();
    int n = full ? 3 : 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Map<String, String> d = new LinkedHashMap<>();
      d.put("REF_AREA", code("iso3166"));
      d.put("TIME_PERIOD", String.valueOf(2000 + i));
      if (dims.contains("SEX")) {
        d.put("SEX", pick("F", "M", "_T"));
      }
      boolean all = full || random.nextBoolean();
      // a value is a number or a text, never both: the full record has one text observation so that
      // every
      // format's coverage is tried on it
      boolean text = full ? i == 1 : random.nextInt(4) == 0;
      boolean valued = all || random.nextBoolean();
      obs.add(
          new Observation(
              d,
              opt(valued && !text, decimal(null)),
              opt(valued && text, pick("n.a.", "<5", "x")),
              opt(all, pick("PS", "NUMBER")),
              opt(all, pick("A", "E", "P")),
              opt(all, pick("F", "C")),
              all ? Map.of("COMMENT", text()) : Map.of()));
    }
    boolean all = full || random.nextBoolean();
    return new Dataset(
        meta(),
        "ESTAT:MIGR_IMM1CTZ(1.0)",
        opt(all, text()),
        dims,
        all ? Map.of("UNIT_MULT", "0") : Map.of(),
        obs);
  }

  private String code(String codeList) {
    List<Code> codes = CODES.require(codeList).codes();
    return codes.get(random.nextInt(codes.size())).code();
  }

  private <T> Optional<T> opt(boolean present, T value) {
    return present ? Optional.of(value) : Optional.empty();
  }

  private String text() {
    return TEXT[random.nextInt(TEXT.length)];
  }

  private static double round(double d) {
    return Math.round(d * 1_000_000d) / 1_000_000d;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  private int pickInt(int... options) {
    return options[random.nextInt(options.length)];
  }

  private double pickDouble(double... options) {
    return options[random.nextInt(options.length)];
  }
}

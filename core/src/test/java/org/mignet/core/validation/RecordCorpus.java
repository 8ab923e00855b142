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
package org.mignet.core.validation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.mignet.core.code.Code;
import org.mignet.core.code.CodeLists;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;

/**
 * A deterministic corpus of model records of every exchangeable type, built from the model's own
 * declarations: every component filled or left empty at random, every constrained value valid (a
 * code from its list, a text its pattern matches, a number within its bounds, bounds included) or,
 * with a set probability, a seeded defect of its constraint's kind (an unknown or lower-cased code,
 * a text the pattern refuses, a number just or far beyond a bound). Same seed, same corpus.
 */
final class RecordCorpus {

  /** Texts each pattern of the model accepts; a pattern missing here fails the corpus loudly. */
  private static final Map<String, List<String>> PATTERN_EXAMPLES =
      Map.of(
          "\\d{4}(-(Q[1-4]|S[12]|\\d{2}))?(/\\d{4})?",
              List.of("2021", "2020-Q3", "2019-S1", "2022-07", "2015/2020"),
          "\\d+\\.\\d+", List.of("1.0", "2.13"),
          "([1-9]|1[0-7])\\.([1-9]|[a-c])", List.of("10.7", "16.2", "17.c", "1.1"),
          "[0-9][a-z]?", List.of("0", "2a", "3"),
          "[A-Z][A-Z<]?", List.of("P", "PM", "I<", "V"),
          "[A-Z0-9<]{1,35}", List.of("L898902C3", "X12345678", "AB<<12"));

  /** Texts that break each pattern. */
  private static final List<String> PATTERN_DEFECTS =
      List.of(
          "",
          "x",
          "2020-13-01",
          "10.70",
          "p",
          "AB 12",
          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
          "1.0.0",
          "Q");

  private static final List<String> CODE_DEFECTS =
      List.of("ZZZ", "XX", "Q1", "", "not a code", "UNKNOWN-CODE");

  private final Random random;
  private final double defectRate;
  private int depth;

  /**
   * @param seed the seed
   * @param defectRate the chance that a constrained value is a defect
   */
  RecordCorpus(long seed, double defectRate) {
    this.random = new Random(seed);
    this.defectRate = defectRate;
  }

  /**
   * @return {@code perType} records of each exchangeable type, types interleaved
   */
  List<MignetRecord> records(int perType) {
    List<MignetRecord> out = new ArrayList<>();
    Class<?>[] types = MignetRecord.class.getPermittedSubclasses();
    for (int i = 0; i < perType; i++) {
      for (Class<?> t : types) {
        out.add((MignetRecord) record(t));
      }
    }
    return out;
  }

  /**
   * @return one record of a model type
   */
  Object record(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] raws = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      raws[i] = components[i].getType();
    }
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor(raws);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    RuntimeException last = null;
    depth++;
    try {
      // a constructor refuses some combinations (an observation with a number and a text): draw
      // again
      for (int attempt = 0; attempt < 50; attempt++) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          Field f = field(type, components[i].getName());
          args[i] =
              value(
                  components[i].getGenericType(), f.getDeclaredAnnotations(), f.getAnnotatedType());
        }
        try {
          return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
          last =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    } finally {
      depth--;
    }
    throw new IllegalStateException("the corpus cannot build a " + type.getSimpleName(), last);
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object value(Type type, Annotation[] declared, AnnotatedType annotated) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type arg = p.getActualTypeArguments()[0];
      AnnotatedType argAnnotated =
          ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      if (raw == Optional.class) {
        return random.nextInt(3) == 0
            ? Optional.empty()
            : Optional.of(value(arg, argAnnotated.getDeclaredAnnotations(), argAnnotated));
      }
      if (raw == List.class) {
        int size = depth > 3 ? 0 : random.nextInt(depth > 2 ? 2 : 4);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          list.add(value(arg, argAnnotated.getDeclaredAnnotations(), argAnnotated));
        }
        return list;
      }
      if (raw == Map.class) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          map.put(
              random.nextBoolean() ? "test:k" + random.nextInt(9) : "K" + random.nextInt(9),
              "v" + random.nextInt(99));
        }
        return map;
      }
      throw new IllegalArgumentException("no corpus value for " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return text(declared);
    }
    if (c == int.class || c == Integer.class) {
      return (int) number(declared, false, 0, 9);
    }
    if (c == long.class || c == Long.class) {
      return (long) number(declared, false, 0, 9);
    }
    if (c == double.class || c == Double.class) {
      return number(declared, true, -50, 50);
    }
    if (c == boolean.class || c == Boolean.class) {
      return random.nextBoolean();
    }
    if (c == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextInt(100_000), 2);
    }
    if (c == Instant.class) {
      return Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(5 * 365 * 86_400));
    }
    if (c == LocalDate.class) {
      return LocalDate.of(
          2015 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
    if (c == PartialDate.class) {
      int year = 1950 + random.nextInt(80);
      return switch (random.nextInt(3)) {
        case 0 -> PartialDate.ofYear(year);
        case 1 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
        default -> PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      };
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (c.isRecord()) {
      return record(c);
    }
    throw new IllegalArgumentException("no corpus value for " + c);
  }

  private boolean defect() {
    return random.nextDouble() < defectRate;
  }

  private String text(Annotation[] declared) {
    for (Annotation a : declared) {
      if (a instanceof InCodeList list) {
        if (defect()) {
          if (random.nextBoolean()) {
            return CODE_DEFECTS.get(random.nextInt(CODE_DEFECTS.size()));
          }
          // a real code in the wrong case: resolvable by a reader, not canonical
          return code(list.value()).toLowerCase(java.util.Locale.ROOT) + "x";
        }
        return code(list.value());
      }
      if (a instanceof Pattern p) {
        if (defect()) {
          return PATTERN_DEFECTS.get(random.nextInt(PATTERN_DEFECTS.size()));
        }
        List<String> examples = PATTERN_EXAMPLES.get(p.regexp());
        if (examples == null) {
          throw new IllegalStateException(
              "the corpus has no example for the pattern " + p.regexp());
        }
        return examples.get(random.nextInt(examples.size()));
      }
    }
    // free text; some with characters a JSON Pointer escapes
    return switch (random.nextInt(6)) {
      case 0 -> "t" + random.nextInt(1000);
      case 1 -> "a/b~" + random.nextInt(10);
      default -> "x" + Integer.toString(random.nextInt(1 << 20), 36);
    };
  }

  private String code(String list) {
    List<Code> codes = CodeLists.standard().require(list).codes();
    return codes.get(random.nextInt(codes.size())).code();
  }

  /**
   * A number within the declared bounds (the bounds themselves included), or just or far beyond one
   * as a defect.
   */
  private double number(
      Annotation[] declared, boolean decimal, double defaultLow, double defaultHigh) {
    double low = Double.NaN;
    double high = Double.NaN;
    for (Annotation a : declared) {
      if (a instanceof Min m) {
        low = m.value();
      } else if (a instanceof Max m) {
        high = m.value();
      } else if (a instanceof DecimalMin m) {
        low = Double.parseDouble(m.value());
      } else if (a instanceof DecimalMax m) {
        high = Double.parseDouble(m.value());
      } else if (a instanceof PositiveOrZero) {
        low = 0;
      }
    }
    boolean bounded = !Double.isNaN(low) || !Double.isNaN(high);
    double lo = Double.isNaN(low) ? defaultLow : low;
    double hi = Double.isNaN(high) ? Math.max(lo + 10, defaultHigh) : high;
    if (bounded && defect()) {
      double step =
          decimal && random.nextBoolean()
              ? 0.001
              : 1 + random.nextInt(random.nextBoolean() ? 3 : 1000);
      boolean below = Double.isNaN(high) || (!Double.isNaN(low) && random.nextBoolean());
      return below ? lo - step : hi + step;
    }
    return switch (random.nextInt(5)) {
      case 0 -> lo;
      case 1 -> hi;
      default ->
          decimal ? lo + (hi - lo) * random.nextDouble() : lo + random.nextInt((int) (hi - lo) + 1);
    };
  }
}

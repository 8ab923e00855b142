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
package org.mignet.examples.cli;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.code.CodeLists;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.CoordinatePrecision;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordType;
import org.mignet.core.privacy.PersonalData;

/**
 * Hostile canary records for the command-line tests, by reflection over the public model (the
 * examples do not use core's internal metamodel): every component under a {@link PersonalData} mark
 * holds a marker ({@code CANARY<n>} for text, coded or not, so that code rules fire on personal
 * fields; {@code 2911-11-11} for dates, a future date; {@code 11.1111} for coordinates and
 * decimals; {@code 1111} for whole numbers, out of range). The formats module's {@code
 * org.mignet.formats.privacy.Canaries} is the full version, built through the record metamodel.
 */
final class CliCanaries {

  static final String TEXT = "CANARY";

  private static final CodeLists CODES = CodeLists.standard();
  private int counter = 100;

  private CliCanaries() {}

  static MignetRecord of(RecordType type) {
    return (MignetRecord) new CliCanaries().record(type.javaType(), false);
  }

  /**
   * @return the markers found in a text, empty if none
   */
  static List<String> found(String text) {
    List<String> out = new ArrayList<>();
    int at = text.toUpperCase(Locale.ROOT).indexOf(TEXT);
    if (at >= 0) {
      out.add(text.substring(at, Math.min(text.length(), at + TEXT.length() + 4)));
    }
    for (String m : List.of("2911-11-11", "2911-11", "11.1111", "22.2222")) {
      if (text.contains(m)) {
        out.add(m);
      }
    }
    // a whole number only: pseudonyms (hexadecimal) and temporary names may hold the digits by
    // chance
    if (WHOLE_NUMBER.matcher(text).find()) {
      out.add("1111");
    }
    return out;
  }

  private static final java.util.regex.Pattern WHOLE_NUMBER =
      java.util.regex.Pattern.compile("(?<![0-9A-Za-z])1111(?![0-9A-Za-z])");

  private Object record(Class<?> type, boolean personal) {
    if (type == PartialDate.class) {
      return personal ? PartialDate.of(2911, 11, 11) : PartialDate.of(2020, 5, 17);
    }
    if (type == AgeRange.class) {
      return AgeRange.of(9, 17);
    }
    if (type == Coordinates.class) {
      return personal
          ? new Coordinates(11.1111, 22.2222, CoordinatePrecision.EXACT)
          : new Coordinates(35.5, -5.25, CoordinatePrecision.APPROXIMATE);
    }
    RecordComponent[] rc = type.getRecordComponents();
    Object[] args = new Object[rc.length];
    Class<?>[] raws = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      raws[i] = rc[i].getType();
      boolean p = personal || rc[i].isAnnotationPresent(PersonalData.class);
      args[i] = value(rc[i].getGenericType(), rc[i].getAnnotatedType(), rc[i].getName(), p);
      if (type == org.mignet.core.model.Observation.class && rc[i].getName().equals("textValue")) {
        args[i] = java.util.Optional.empty(); // a value is a number or a text, never both
      }
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(raws);
      return c.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "canary " + type.getSimpleName() + " rejected: " + e.getCause(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object value(Type type, AnnotatedType annotated, String name, boolean personal) {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    AnnotatedType inner =
        annotated instanceof AnnotatedParameterizedType p
            ? p.getAnnotatedActualTypeArguments()[p.getAnnotatedActualTypeArguments().length - 1]
            : annotated;
    if (raw == Optional.class) {
      if (name.equals("textValue")) {
        // an observation has a number or a text value, never both (Observation's constructor
        // refuses both)
        return Optional.empty();
      }
      return Optional.of(value(arg(type, 0), inner, name, personal));
    }
    if (raw == List.class) {
      return name.equals("dimensionIds")
          ? List.of("SEX", "AGE")
          : List.of(value(arg(type, 0), inner, name, personal));
    }
    if (raw == Map.class) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (arg(type, 1) == Object.class) {
        m.put("x-agency:note", personal ? marker() : "plain note");
      } else {
        m.put("SEX", "F");
        m.put("AGE", "Y18T24");
      }
      return m;
    }
    if (raw == String.class) {
      if (personal) {
        return marker();
      }
      InCodeList code = annotated.getAnnotation(InCodeList.class);
      return code != null ? CODES.require(code.value()).codes().get(0).code() : text(name);
    }
    if (raw == int.class || raw == Integer.class) {
      return personal ? 1111 : 3;
    }
    if (raw == long.class || raw == Long.class) {
      return personal ? 1111L : 3L;
    }
    if (raw == double.class || raw == Double.class) {
      return personal ? 11.1111 : 12.5;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return true;
    }
    if (raw == BigDecimal.class) {
      return personal
          ? new BigDecimal("11.1111")
          : name.equals("sustainabilityScore") ? new BigDecimal("0.75") : new BigDecimal("1250.50");
    }
    if (raw == Instant.class) {
      return Instant.parse("2024-05-17T08:30:00Z");
    }
    if (raw == GcmObjective.class) {
      return GcmObjective.ERADICATE_TRAFFICKING;
    }
    if (raw == GuidingPrinciple.class) {
      return GuidingPrinciple.CHILD_SENSITIVE;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    if (raw.isRecord()) {
      return record(raw, personal);
    }
    throw new IllegalArgumentException("no canary value for " + type);
  }

  private String marker() {
    return TEXT + (++counter);
  }

  private static Type arg(Type t, int i) {
    return ((ParameterizedType) t).getActualTypeArguments()[i];
  }

  private static String text(String name) {
    return switch (name) {
      case "country", "hostCountry", "originCountry", "countryOfBirth", "refArea" -> "NG";
      case "countries", "citizenships", "countriesOfOrigin" -> "IT";
      case "issuingState", "nationality", "nationalities" -> "NGA";
      case "currency" -> "EUR";
      case "languages" -> "en";
      case "schemaVersion" -> "1.0";
      case "documentCode" -> "P";
      case "score" -> "2a";
      case "timePeriod" -> "2023";
      case "number" -> "X1234567";
      case "sdgTargets" -> "10.7";
      default -> "plain " + name;
    };
  }
}

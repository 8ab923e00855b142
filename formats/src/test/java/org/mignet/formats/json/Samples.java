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
package org.mignet.formats.json;

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
import java.util.Map;
import java.util.Optional;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.CodeLists;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.CoordinatePrecision;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.Sex;

/**
 * Rich samples of every record type with every component populated, down to nested records: built
 * by walking the model's record components, so that a component added to the model is covered
 * without editing this class. Values are plausible but synthetic; no real person.
 */
final class Samples {

  private Samples() {}

  /**
   * @return a sample of the type in which every optional is present and every list and map has
   *     entries
   */
  static MignetRecord rich(RecordType type) {
    return (MignetRecord) build(type.javaType(), 0);
  }

  /**
   * @return a small person for the golden test
   */
  static Person smallPerson() {
    RecordMeta meta = RecordMeta.of("org.iom.mimosa.case", "P-0001");
    return new Person(
        meta,
        List.of(),
        Sex.FEMALE,
        Optional.empty(),
        Optional.of(PartialDate.ofMonth(1990, 5)),
        Optional.empty(),
        Optional.empty(),
        List.of("NG"),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  private static Object build(Class<?> type, int depth) {
    if (type == RecordMeta.class) {
      Map<String, Object> ext = new LinkedHashMap<>();
      ext.put("iom:unit", "Field office 3");
      ext.put("iom:count", 42L);
      ext.put("iom:ratio", new BigDecimal("0.25"));
      ext.put("iom:flag", true);
      ext.put("iom:none", null);
      ext.put("iom:list", List.of("a", 1L, Map.of("x", new BigDecimal("1.5"))));
      return new RecordMeta(
          Identifier.of("org.iom.mimosa", "R-" + depth),
          Optional.of("IOM"),
          Optional.of(Instant.parse("2024-05-17T08:30:00Z")),
          Optional.of(Instant.parse("2024-06-01T10:00:00.123Z")),
          "1.0",
          Sensitivity.STRICTLY_CONFIDENTIAL,
          Optional.of("consent"),
          Optional.of("C-1"),
          ext);
    }
    if (type == AgeRange.class) {
      return AgeRange.of(9, 17);
    }
    if (type == PartialDate.class) {
      return PartialDate.of(1990, 5, 17);
    }
    if (type == Coordinates.class) {
      return new Coordinates(35.5, -5.25, CoordinatePrecision.APPROXIMATE);
    }
    RecordComponent[] rc = type.getRecordComponents();
    Object[] args = new Object[rc.length];
    Class<?>[] raws = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      raws[i] = rc[i].getType();
      args[i] = value(rc[i].getGenericType(), rc[i].getAnnotatedType(), rc[i].getName(), depth + 1);
    }
    if (type == Observation.class) {
      // a value is a number or a text, never both: this one has the number, textObservation() the
      // text
      args[2] = Optional.empty();
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(raws);
      return c.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "sample of " + type.getSimpleName() + " rejected: " + e.getCause(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @return an observation like the given one but of another sex and with a text value instead of a
   *     number
   */
  private static Observation textObservation(Observation o) {
    Map<String, String> dims = new LinkedHashMap<>(o.dimensions());
    dims.put("SEX", "M");
    return new Observation(
        dims,
        Optional.empty(),
        Optional.of("n.a."),
        o.unit(),
        o.status(),
        o.confidentiality(),
        o.attributes());
  }

  private static Object value(Type type, AnnotatedType annotated, String name, int depth) {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == Optional.class) {
      return Optional.of(value(arg(type, 0), arg(annotated, 0), name, depth));
    }
    if (raw == List.class) {
      List<Object> l = new ArrayList<>();
      l.add(value(arg(type, 0), arg(annotated, 0), name, depth));
      if (arg(type, 0) == Observation.class) {
        l.add(textObservation((Observation) l.get(0)));
      }
      if (arg(type, 0) instanceof Class<?> c && c.isEnum() && c.getEnumConstants().length > 1) {
        l.add(c.getEnumConstants()[c.getEnumConstants().length - 1]);
      }
      return l;
    }
    if (raw == Map.class) {
      return Map.of("SEX", "F", "AGE", "Y18T24");
    }
    if (raw == String.class) {
      InCodeList coded = annotated.getAnnotation(InCodeList.class);
      return coded == null
          ? text(name)
          : code(CodeLists.standard().require(coded.value()), text(name));
    }
    if (raw == int.class || raw == Integer.class) {
      return 3;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return true;
    }
    if (raw == double.class) {
      return 12.5;
    }
    if (raw == BigDecimal.class) {
      return name.equals("sustainabilityScore")
          ? new BigDecimal("0.75")
          : new BigDecimal("1250.50");
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
      return build(raw, depth);
    }
    throw new IllegalArgumentException("no sample for " + type);
  }

  /**
   * A code of the list (the schema lists the codes of closed lists): the usual sample if it is one.
   */
  private static String code(CodeList list, String usual) {
    return list.contains(usual) ? usual : list.codes().get(0).code();
  }

  private static String text(String name) {
    return switch (name) {
      case "country", "hostCountry", "originCountry", "countryOfBirth" -> "NGA";
      case "refArea" -> "NG";
      case "countries", "citizenships", "countriesOfOrigin" -> "ITA";
      case "issuingState", "nationality", "nationalities" -> "NGA";
      case "currency" -> "EUR";
      case "languages" -> "en";
      case "schemaVersion" -> "1.0";
      case "documentCode" -> "P";
      case "score" -> "2a";
      case "timePeriod" -> "2023";
      case "number" -> "X1234567";
      case "sdgTargets" -> "10.7";
      default -> name + " \u00e9\u4e2d \"q\" /~";
    };
  }

  private static AnnotatedType arg(AnnotatedType t, int i) {
    return ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()[i];
  }

  private static Type arg(Type t, int i) {
    return ((ParameterizedType) t).getActualTypeArguments()[i];
  }
}

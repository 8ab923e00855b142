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
package org.mignet.core.model;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.privacy.PersonalData;

/**
 * Builds an instance of any model record with every component populated, by reflection over the
 * canonical constructors (except where two components exclude each other: an observation's text
 * value is left out). Lists are passed as mutable {@link ArrayList}s so that tests can check they
 * were copied. Every string is a unique token; tokens placed under a {@link PersonalData} component
 * are remembered, so that tests can check they never appear in {@code toString()}.
 */
final class ModelSamples {

  private final Set<String> personalTokens = new LinkedHashSet<>();
  private final List<List<?>> passedLists = new ArrayList<>();
  private int counter;

  /**
   * @return every record type of the public model package, sorted by name
   */
  static List<Class<?>> modelRecordTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mignet.core.model")) {
      if (c.getPackageName().equals("org.mignet.core.model") && c.reflect().isRecord()) {
        out.add(c.reflect());
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  Set<String> personalTokens() {
    return personalTokens;
  }

  List<List<?>> passedLists() {
    return passedLists;
  }

  Object sample(Class<?> recordType) {
    return value(recordType, false);
  }

  private Object value(Type type, boolean personal) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type arg = p.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        return Optional.of(value(arg, personal));
      }
      if (raw == List.class) {
        List<Object> list = new ArrayList<>();
        list.add(value(arg, personal));
        list.add(value(arg, personal));
        passedLists.add(list);
        return list;
      }
      if (raw == Map.class) {
        Map<String, Object> map = new LinkedHashMap<>();
        Type valueType = p.getActualTypeArguments()[1];
        map.put(
            "test:" + token(false),
            valueType == Object.class ? token(personal) : value(valueType, personal));
        return map;
      }
      throw new IllegalArgumentException("no sample for " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return token(personal);
    }
    if (c == int.class || c == Integer.class) {
      return 3;
    }
    if (c == long.class || c == Long.class) {
      return 3L;
    }
    if (c == double.class || c == Double.class) {
      return 12.5;
    }
    if (c == boolean.class || c == Boolean.class) {
      return true;
    }
    if (c == BigDecimal.class) {
      return new BigDecimal("1405.50");
    }
    if (c == Instant.class) {
      return Instant.parse("2024-03-01T10:15:30Z");
    }
    if (c == LocalDate.class) {
      return LocalDate.of(2024, 3, 1);
    }
    if (c == PartialDate.class) {
      return PartialDate.of(2020, 2, 29);
    }
    if (c == AgeRange.class) {
      return AgeRange.of(9, 17);
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[constants.length - 1];
    }
    if (c.isRecord()) {
      return construct(c, personal);
    }
    throw new IllegalArgumentException("no sample for " + c);
  }

  private Object construct(Class<?> c, boolean personal) {
    RecordComponent[] components = c.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      boolean marked = personal || components[i].isAnnotationPresent(PersonalData.class);
      args[i] = value(components[i].getGenericType(), marked);
    }
    if (c == Observation.class) {
      // a value is a number or a text, never both: the sample has the number
      args[2] = Optional.empty();
    }
    try {
      Constructor<?> k = c.getDeclaredConstructor(types);
      return k.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot build a sample " + c.getSimpleName() + ": " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private String token(boolean personal) {
    String t = "tok" + (++counter) + "x";
    if (personal) {
      personalTokens.add(t);
    }
    return t;
  }
}

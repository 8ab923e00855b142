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
package org.mignet.formats.privacy;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.code.CodeLists;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.CoordinatePrecision;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordType;

/**
 * Canary records: for a record type, a record in which every component reachable from a
 * {@code @PersonalData} mark holds a distinctive marker, built through the {@link RecordModel} so
 * that a newly marked component is covered without editing this class. Unmarked components hold
 * plausible, unremarkable values.
 *
 * <p>Markers, searchable in any output:
 *
 * <ul>
 *   <li>free text: {@code CANARY<n>} (upper-case letters and digits, so that it also fits the MRZ
 *       alphabet and the travel-document number pattern);
 *   <li>partial dates: {@code 1911-11-11} ({@link Kind#HOSTILE}: {@code 2911-11-11}, a future date
 *       that rules reject);
 *   <li>instants: {@code 1911-11-11T11:11:11Z}; coordinates: {@code 11.1111, 22.2222}; decimals:
 *       {@code 0.1111} ({@link Kind#HOSTILE}: {@code 11.1111}, out of range); whole numbers ({@link
 *       Kind#HOSTILE} only): {@code 1111}, out of range.
 * </ul>
 *
 * Codes (code-list or pattern constrained text), enums, booleans and bounded numbers cannot be
 * unique markers: in a {@link Kind#VALID} canary a coded personal field holds the first code of its
 * list, which is findable only as a code and is not searched for. In a {@link Kind#HOSTILE} canary
 * every personal text holds a marker, coded or not, so that code rules fire on personal fields and
 * must mask what they found.
 */
final class Canaries {

  /** The prefix of every text marker. */
  static final String TEXT = "CANARY";

  /** A marker partial date of a valid canary. */
  static final String DATE = "1911-11-11";

  /** The marker partial date of a hostile canary: in the future. */
  static final String FUTURE_DATE = "2911-11-11";

  /** Marker coordinates. */
  static final String COORDINATE = "11.1111";

  /** Marker decimal, and the marker number of a hostile canary. */
  static final String NUMBER = "1111";

  /** Which canary. */
  enum Kind {
    /** Valid codes in coded personal fields, past dates: a record every writer should take. */
    VALID,
    /**
     * Markers everywhere under a mark, out-of-range numbers, future dates: validation fires on
     * personal fields.
     */
    HOSTILE
  }

  private static final CodeLists CODES = CodeLists.standard();

  private final Kind kind;
  private final Set<String> markers = new LinkedHashSet<>();
  private final Set<String> textMarkers = new LinkedHashSet<>();
  private int counter = 100;

  private Canaries(Kind kind) {
    this.kind = kind;
  }

  /**
   * A built canary.
   *
   * @param markers the text markers placed in it
   * @param textMarkers those of them in text components (not agency extensions), which a policy can
   *     pseudonymise
   */
  record Canary(
      RecordType type, MignetRecord record, Set<String> markers, Set<String> textMarkers) {}

  static Canary of(RecordType type, Kind kind) {
    Canaries c = new Canaries(kind);
    MignetRecord r = (MignetRecord) c.record(RecordModel.of(type.javaType()), false);
    return new Canary(type, r, Set.copyOf(c.markers), Set.copyOf(c.textMarkers));
  }

  /**
   * @param text any output
   * @return the markers found in it (text markers case-insensitively, dates, coordinates, numbers),
   *     empty if none
   */
  static List<String> found(String text) {
    List<String> out = new ArrayList<>();
    String upper = text.toUpperCase(Locale.ROOT);
    int at = upper.indexOf(TEXT);
    if (at >= 0) {
      out.add(text.substring(at, Math.min(text.length(), at + TEXT.length() + 4)));
    }
    for (String m :
        List.of(
            DATE,
            FUTURE_DATE,
            "1911-11",
            "2911-11",
            "11/11/1911",
            "11111911",
            COORDINATE,
            "22.2222")) {
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

  private Object record(RecordModel model, boolean personal) {
    Class<?> t = model.type();
    if (t == PartialDate.class) {
      return personal ? date() : PartialDate.of(2020, 5, 17);
    }
    if (t == AgeRange.class) {
      return AgeRange.of(9, 17);
    }
    if (t == Coordinates.class) {
      return personal
          ? new Coordinates(11.1111, 22.2222, CoordinatePrecision.EXACT)
          : new Coordinates(35.5, -5.25, CoordinatePrecision.APPROXIMATE);
    }
    Object[] args = new Object[model.components().size()];
    for (Component c : model.components()) {
      args[c.index()] = value(c.type(), c, c.annotatedType(), personal || c.isPersonal());
      if (t == org.mignet.core.model.Observation.class && c.name().equals("textValue")) {
        args[c.index()] = Optional.empty(); // a value is a number or a text, never both
      }
    }
    return model.construct(args);
  }

  private Object value(ValueType type, Component c, AnnotatedType annotated, boolean personal) {
    AnnotatedType inner =
        annotated instanceof AnnotatedParameterizedType p
            ? p.getAnnotatedActualTypeArguments()[p.getAnnotatedActualTypeArguments().length - 1]
            : annotated;
    switch (type.kind()) {
      case OPTIONAL -> {
        return Optional.of(value(type.element(), c, inner, personal));
      }
      case LIST -> {
        if (c.name().equals("dimensionIds")) {
          return List.of("SEX", "AGE");
        }
        return List.of(value(type.element(), c, inner, personal));
      }
      case MAP -> {
        Map<String, Object> m = new LinkedHashMap<>();
        if (type.element().raw() == Object.class) {
          m.put("x-agency:note", personal ? marker() : "plain note");
        } else {
          m.put("SEX", "F");
          m.put("AGE", "Y18T24");
        }
        return m;
      }
      case RECORD -> {
        return record(type.record(), personal);
      }
      case ENUM -> {
        Class<?> raw = type.raw();
        if (raw == GcmObjective.class) {
          return GcmObjective.ERADICATE_TRAFFICKING;
        }
        if (raw == GuidingPrinciple.class) {
          return GuidingPrinciple.CHILD_SENSITIVE;
        }
        return raw.getEnumConstants()[0];
      }
      default -> {
        return scalar(type.raw(), c, annotated, personal);
      }
    }
  }

  private Object scalar(Class<?> raw, Component c, AnnotatedType annotated, boolean personal) {
    boolean hostile = personal && kind == Kind.HOSTILE;
    if (raw == String.class) {
      InCodeList code = annotated.getAnnotation(InCodeList.class);
      if (personal && (code == null || hostile)) {
        String m = marker();
        textMarkers.add(m);
        return m;
      }
      if (code != null) {
        return CODES.require(code.value()).codes().get(0).code();
      }
      return text(c.name());
    }
    if (raw == int.class || raw == Integer.class) {
      return hostile ? 1111 : 3;
    }
    if (raw == long.class || raw == Long.class) {
      return hostile ? 1111L : 3L;
    }
    if (raw == double.class || raw == Double.class) {
      return personal ? 11.1111 : 12.5;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return true;
    }
    if (raw == BigDecimal.class) {
      if (personal) {
        return new BigDecimal(hostile ? "11.1111" : "0.1111");
      }
      return c.name().equals("sustainabilityScore")
          ? new BigDecimal("0.75")
          : new BigDecimal("1250.50");
    }
    if (raw == Instant.class) {
      return Instant.parse(personal ? "1911-11-11T11:11:11Z" : "2024-05-17T08:30:00Z");
    }
    if (raw == PartialDate.class) {
      // a text value in the canonical form and the metamodel, not a record
      return personal ? date() : PartialDate.of(2020, 5, 17);
    }
    throw new IllegalArgumentException("no canary value for " + c);
  }

  private PartialDate date() {
    return kind == Kind.HOSTILE ? PartialDate.of(2911, 11, 11) : PartialDate.of(1911, 11, 11);
  }

  private String marker() {
    String m = TEXT + (++counter);
    markers.add(m);
    return m;
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

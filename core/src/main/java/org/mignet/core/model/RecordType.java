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

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The exchangeable record types and their permanent names, written in the canonical JSON {@code
 * recordType} member. Names are public API: they are never changed or reused.
 */
public enum RecordType {
  /** {@link Person}. */
  PERSON("Person", Person.class),
  /** {@link TravelDocument}. */
  TRAVEL_DOCUMENT("TravelDocument", TravelDocument.class),
  /** {@link Journey}. */
  JOURNEY("Journey", Journey.class),
  /** {@link TraffickingCase}. */
  TRAFFICKING_CASE("TraffickingCase", TraffickingCase.class),
  /** {@link SmugglingCase}. */
  SMUGGLING_CASE("SmugglingCase", SmugglingCase.class),
  /** {@link ReturnCase}. */
  RETURN_CASE("ReturnCase", ReturnCase.class),
  /** {@link Incident}. */
  INCIDENT("Incident", Incident.class),
  /** {@link Dataset}. */
  DATASET("Dataset", Dataset.class),
  /** {@link Organization}. */
  ORGANIZATION("Organization", Organization.class),
  /** {@link Programme}. */
  PROGRAMME("Programme", Programme.class),
  /** {@link Policy}. */
  POLICY("Policy", Policy.class),
  /** {@link IndicatorValue}. */
  INDICATOR_VALUE("IndicatorValue", IndicatorValue.class),
  /** {@link Referral}. */
  REFERRAL("Referral", Referral.class);

  private final String typeName;
  private final Class<? extends MignetRecord> type;

  // values() clones its array on every call, and of(Class) runs once or twice per record read
  private static final RecordType[] ALL = values();

  RecordType(String typeName, Class<? extends MignetRecord> type) {
    this.typeName = typeName;
    this.type = type;
  }

  /** Returns the permanent name, e.g. {@code TraffickingCase}. */
  public String typeName() {
    return typeName;
  }

  /** Returns the Java type. */
  public Class<? extends MignetRecord> javaType() {
    return type;
  }

  /**
   * Returns its record type.
   *
   * @param javaType a record class of the model; not null
   * @throws IllegalArgumentException if the class is not an exchangeable record
   */
  public static RecordType of(Class<?> javaType) {
    Objects.requireNonNull(javaType, "javaType");
    for (RecordType t : ALL) {
      if (t.type == javaType) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        javaType.getSimpleName() + " is not an exchangeable mignet record");
  }

  /**
   * Returns the record type, empty if the name is unknown.
   *
   * @param typeName a permanent name such as {@code Incident}; not null
   */
  public static Optional<RecordType> named(String typeName) {
    Objects.requireNonNull(typeName, "typeName");
    return Optional.ofNullable(ByName.TYPES.get(typeName));
  }

  /** The types by name, built on first look-up (a lookup per record read). */
  private static final class ByName {
    static final java.util.Map<String, RecordType> TYPES =
        java.util.Map.copyOf(
            Arrays.stream(values())
                .collect(java.util.stream.Collectors.toMap(t -> t.typeName, t -> t)));
  }
}

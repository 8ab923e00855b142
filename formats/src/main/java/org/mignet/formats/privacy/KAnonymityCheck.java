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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.Walk;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Person;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A k-anonymity and l-diversity check of microdata: the people in a stream of records (every {@link
 * Person} nested in them, e.g. the victims of trafficking cases, smuggled migrants, returnees) are
 * grouped into equivalence classes by their quasi-identifiers; a class smaller than k lets an
 * intruder who knows those attributes single a person out, and a class with fewer than l distinct
 * values of the sensitive attribute lets the intruder learn it.
 *
 * <p>Quasi-identifiers are components of {@link Person}, by JSON name; the default is every
 * component the model marks {@link PersonalDataCategory#QUASI_IDENTIFIER}, and gender ({@link
 * #defaultQuasiIdentifiers()}). An absent value is a value of its own. The sensitive attribute is a
 * component, by JSON name, of the record that holds the person (e.g. a victim's {@code
 * exploitationTypes}) or of the person; people without it are left out of the l-diversity count.
 * Nothing of a value is kept but its hash-equal form inside this object, and {@link Result} holds
 * only counts.
 *
 * <p>Use: {@link #of}, {@link #add} each record, then {@link #result}. Memory grows with the number
 * of distinct classes. Not thread-safe.
 */
public final class KAnonymityCheck {

  private final int k;
  private final int l;
  private final List<String> quasiIdentifiers;
  private final Optional<String> sensitive;
  private final Map<List<Object>, long[]> classes = new HashMap<>();
  private final Map<List<Object>, Set<Object>> sensitiveValues = new HashMap<>();
  private long people;

  private KAnonymityCheck(int k, int l, List<String> quasiIdentifiers, Optional<String> sensitive) {
    this.k = k;
    this.l = l;
    this.quasiIdentifiers = quasiIdentifiers;
    this.sensitive = sensitive;
  }

  /**
   * Returns the JSON names of the components of {@link Person} the model marks as
   * quasi-identifiers, and {@code gender}: the model marks it {@link
   * PersonalDataCategory#SENSITIVE} (a special category), but anyone who knows the person knows it,
   * so it singles people out like sex does (CTDC's own k-anonymisation counts it).
   */
  public static List<String> defaultQuasiIdentifiers() {
    List<String> out = new ArrayList<>();
    for (Component c : RecordModel.of(Person.class).components()) {
      if (c.mark().equals(Optional.of(PersonalDataCategory.QUASI_IDENTIFIER))
          || c.name().equals("gender")) {
        out.add(c.name());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the check.
   *
   * @param k the smallest class size wanted; 2 or more
   * @param l the fewest distinct sensitive values wanted per class; 1 or more (1: no l-diversity
   *     check)
   * @param quasiIdentifiers components of {@link Person} by JSON name; empty for the default
   * @param sensitive the sensitive attribute's JSON name, or null for none
   * @throws IllegalArgumentException for k below 2, l below 1, or a name that is not a component of
   *     Person
   */
  public static KAnonymityCheck of(int k, int l, List<String> quasiIdentifiers, String sensitive) {
    if (k < 2 || l < 1) {
      throw new IllegalArgumentException("k must be at least 2 and l at least 1");
    }
    List<String> qi =
        quasiIdentifiers == null || quasiIdentifiers.isEmpty()
            ? defaultQuasiIdentifiers()
            : List.copyOf(quasiIdentifiers);
    RecordModel person = RecordModel.of(Person.class);
    for (String name : qi) {
      if (person.components().stream().noneMatch(c -> c.name().equals(name))) {
        throw new IllegalArgumentException(
            "quasi-identifier "
                + name
                + " is not a component of Person; known: "
                + person.components().stream().map(Component::name).toList());
      }
    }
    if (l > 1 && sensitive == null) {
      throw new IllegalArgumentException("l-diversity needs a sensitive attribute");
    }
    return new KAnonymityCheck(k, l, qi, Optional.ofNullable(sensitive));
  }

  /** Adds the people of one record. */
  public void add(MignetRecord record) {
    Objects.requireNonNull(record, "record");
    Map<String, Object> parents = new HashMap<>();
    Walk.records(
        record,
        (value, model, pointer) -> {
          parents.put(pointer, value);
          if (!(value instanceof Person p)) {
            return;
          }
          RecordModel pm = RecordModel.of(Person.class);
          List<Object> key = new ArrayList<>(quasiIdentifiers.size());
          for (String name : quasiIdentifiers) {
            key.add(
                normal(
                    pm.components().stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .get(p)));
          }
          people++;
          classes.computeIfAbsent(key, x -> new long[1])[0]++;
          if (sensitive.isPresent()) {
            Object parent =
                parents.get(
                    pointer.contains("/") ? pointer.substring(0, pointer.lastIndexOf('/')) : "");
            Object v =
                sensitiveValue(parent, sensitive.get())
                    .or(() -> sensitiveValue(p, sensitive.get()))
                    .orElse(null);
            if (v != null) {
              sensitiveValues.computeIfAbsent(key, x -> new HashSet<>()).add(v);
            }
          }
        });
  }

  private static Optional<Object> sensitiveValue(@Nullable Object record, String name) {
    if (record == null || !RecordModel.isModelRecord(record.getClass())) {
      return Optional.empty();
    }
    return RecordModel.of(record.getClass()).components().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .map(c -> normal(c.get(record)))
        .filter(v -> !"".equals(v));
  }

  private static Object normal(Object v) {
    if (v instanceof Optional<?> o) {
      return o.isPresent() ? normal(o.get()) : "";
    }
    if (v instanceof List<?> list) {
      return list.isEmpty() ? "" : List.copyOf(list);
    }
    return v == null || Walk.isAbsent(v) ? "" : v;
  }

  /** Returns the result so far. */
  public Result result() {
    long below = 0;
    long peopleBelow = 0;
    long smallest = Long.MAX_VALUE;
    Map<Long, Long> sizesBelow = new java.util.TreeMap<>();
    for (long[] n : classes.values()) {
      smallest = Math.min(smallest, n[0]);
      if (n[0] < k) {
        below++;
        peopleBelow += n[0];
        sizesBelow.merge(n[0], 1L, Long::sum);
      }
    }
    long notDiverse = 0;
    if (sensitive.isPresent() && l > 1) {
      for (Set<Object> values : sensitiveValues.values()) {
        if (values.size() < l) {
          notDiverse++;
        }
      }
    }
    return new Result(
        k,
        l,
        quasiIdentifiers,
        sensitive,
        people,
        classes.size(),
        below,
        peopleBelow,
        sizesBelow,
        notDiverse,
        classes.isEmpty() ? 0 : 1.0 / smallest,
        people == 0 ? 0 : (double) classes.size() / people);
  }

  /**
   * What the check found; counts only.
   *
   * @param k the k asked for
   * @param l the l asked for
   * @param quasiIdentifiers the quasi-identifiers used
   * @param sensitive the sensitive attribute, if any
   * @param people the people seen
   * @param classes the equivalence classes
   * @param classesBelowK classes smaller than k
   * @param peopleBelowK people in them
   * @param sizesBelowK how many classes there are of each size below k
   * @param classesBelowL classes with fewer than l distinct sensitive values (among the people who
   *     have one)
   * @param maximumRisk the highest re-identification risk of a person (1 / the smallest class),
   *     prosecutor model
   * @param averageRisk the average risk (classes / people)
   */
  public record Result(
      int k,
      int l,
      List<String> quasiIdentifiers,
      Optional<String> sensitive,
      long people,
      long classes,
      long classesBelowK,
      long peopleBelowK,
      Map<Long, Long> sizesBelowK,
      long classesBelowL,
      double maximumRisk,
      double averageRisk) {

    /** Copies the lists. */
    public Result {
      quasiIdentifiers = List.copyOf(quasiIdentifiers);
      sizesBelowK = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sizesBelowK));
    }

    /** Returns whether every class has k people and l sensitive values. */
    public boolean passes() {
      return classesBelowK == 0 && classesBelowL == 0;
    }

    /** Returns one line for a report. */
    public String summary() {
      return String.format(
          java.util.Locale.ROOT,
          "k-anonymity (k=%d) over %s: %d people in %d equivalence classes;"
              + " %d classes below k (%d people, sizes %s)%s; residual risk: maximum %.3f, average %.3f",
          k,
          String.join(",", quasiIdentifiers),
          people,
          classes,
          classesBelowK,
          peopleBelowK,
          sizesBelowK,
          l > 1
              ? String.format(
                  java.util.Locale.ROOT,
                  "; l-diversity (l=%d) of %s: %d classes below l",
                  l,
                  sensitive.orElse(""),
                  classesBelowL)
              : "",
          maximumRisk,
          averageRisk);
    }
  }

  @Override
  public String toString() {
    return "KAnonymityCheck[k=" + k + ", l=" + l + ", quasiIdentifiers=" + quasiIdentifiers + "]";
  }
}

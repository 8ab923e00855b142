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

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.internal.Walk;
import org.mignet.core.model.AgeRange;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.ReportedAge;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * Applies a {@link SharingPolicy} to a record before any writer sees it, from the model's
 * personal-data marks: every component gets the action of the longest policy path that covers it,
 * else of its category (its own mark or the nearest marked component above it), else keep. What
 * each action does to a value:
 *
 * <ul>
 *   <li>drop: the value is removed (an optional, list or map left empty, an enum set to {@code
 *       UNKNOWN}; an enum without one, which says what kind of thing its record is, stays); a
 *       required value that cannot be removed makes the record unwritable ({@link
 *       PolicyException});
 *   <li>pseudonymise: text becomes a keyed HMAC-SHA-256 pseudonym (an identifier pseudonymises its
 *       value, and its system too when it lies under a personal mark); numbers and dates, which
 *       have no pseudonym, are dropped; enums and booleans are kept;
 *   <li>generalise: a partial date becomes its year, an instant the start of its year, coordinates
 *       are rounded to one decimal, an age range widens to five-year bands that keep the age of
 *       majority (15–17, 18–24); codes (code-list or pattern constrained text), enums and booleans
 *       are already coarse and kept; free text and numbers have no coarser form and are dropped.
 * </ul>
 *
 * Every change is counted by normalised path and action. Immutable and thread-safe.
 */
public final class Redactor {

  /** Receives each change the policy makes. */
  @FunctionalInterface
  public interface Counter {
    /**
     * Counts one changed value.
     *
     * @param normalisedPath the changed value's path, {@code *} for list indices
     * @param action what was done to it: {@link SharingAction#DROP}, {@link
     *     SharingAction#PSEUDONYMISE} or {@link SharingAction#GENERALISE} (never keep)
     */
    void count(String normalisedPath, SharingAction action);
  }

  private final SharingPolicy policy;
  // null when the policy pseudonymises nothing (no key is read then)
  private final @Nullable Pseudonymiser pseudonymiser;

  private Redactor(SharingPolicy policy, @Nullable Pseudonymiser pseudonymiser) {
    this.policy = policy;
    this.pseudonymiser = pseudonymiser;
  }

  /**
   * Returns the redactor.
   *
   * @param policy the policy; not null
   * @param environment where a key variable is read (normally {@code System::getenv})
   * @throws PolicyException if the policy pseudonymises and its key cannot be had
   */
  public static Redactor of(SharingPolicy policy, Function<String, String> environment) {
    return new Redactor(policy, policy.needsKey() ? policy.pseudonymiser(environment) : null);
  }

  /** Returns the policy applied. */
  public SharingPolicy policy() {
    return policy;
  }

  /**
   * Returns the record as it may leave the agency.
   *
   * @param record the record; not null
   * @param counter receives every change
   * @throws PolicyException if the policy asks to drop a value the record cannot be without
   */
  public MignetRecord apply(MignetRecord record, Counter counter) {
    return (MignetRecord)
        record(record, RecordModel.of(record.getClass()), "", Optional.empty(), counter);
  }

  private Object record(
      Object rec,
      RecordModel model,
      String path,
      Optional<PersonalDataCategory> inherited,
      Counter counter) {
    Object[] args = model.values(rec);
    boolean changed = false;
    for (Component c : model.components()) {
      String p = path + "/" + c.token();
      Optional<PersonalDataCategory> cat = c.mark().or(() -> inherited);
      Object before = args[c.index()];
      Object after = value(before, c.type(), p, cat, c, counter);
      if (after != before) {
        args[c.index()] = after;
        changed = true;
      }
    }
    if (!changed) {
      return rec;
    }
    try {
      return model.construct(args);
    } catch (RuntimeException e) {
      throw new PolicyException(
          "the sharing policy "
              + policy.agreement()
              + " removes a value that "
              + model.type().getSimpleName()
              + " at "
              + (path.isEmpty() ? "/" : path)
              + " cannot be without");
    }
  }

  private @Nullable Object value(
      Object v,
      ValueType type,
      String path,
      Optional<PersonalDataCategory> cat,
      Component c,
      Counter counter) {
    if (Walk.isAbsent(v)) {
      return v;
    }
    SharingAction action = policy.actionFor(path, cat);
    if (action == SharingAction.DROP && type.isContainer()) {
      counter.count(path, SharingAction.DROP);
      return type.empty();
    }
    switch (type.kind()) {
      case OPTIONAL -> {
        Object inner = ((Optional<?>) v).get();
        Object after = element(inner, type.element(), path, cat, c, counter);
        return after == inner ? v : after == null ? Optional.empty() : Optional.of(after);
      }
      case LIST -> {
        List<?> list = (List<?>) v;
        List<Object> out = new ArrayList<>(list.size());
        boolean changed = false;
        for (Object e : list) {
          Object after = element(e, type.element(), path + "/*", cat, c, counter);
          changed |= after != e;
          if (after != null) {
            out.add(after);
          }
        }
        return changed ? List.copyOf(out) : v;
      }
      case MAP -> {
        if (action == SharingAction.KEEP) {
          return v;
        }
        // agency extensions and free maps have no known shape: nothing in them can be pseudonymised
        // or generalised
        counter.count(path, SharingAction.DROP);
        return Map.of();
      }
      case RECORD -> {
        if (action == SharingAction.PSEUDONYMISE && v instanceof Identifier id) {
          counter.count(path, SharingAction.PSEUDONYMISE);
          // the issuing system stays readable unless it lies under a personal mark (then it is
          // personal as well)
          String system = cat.isPresent() ? pseudonymiser().pseudonym(id.system()) : id.system();
          return new Identifier(system, pseudonymiser().pseudonym(id.value()));
        }
        if (action == SharingAction.GENERALISE && v instanceof Coordinates co) {
          counter.count(path, SharingAction.GENERALISE);
          return generalise(co);
        }
        if (action == SharingAction.GENERALISE && v instanceof ReportedAge age) {
          counter.count(path, SharingAction.GENERALISE);
          return new ReportedAge(
              band(age.range()), age.asOf().map(d -> d.truncatedTo(PartialDate.Precision.YEAR)));
        }
        if (action == SharingAction.GENERALISE && v instanceof AgeRange range) {
          counter.count(path, SharingAction.GENERALISE);
          return band(range);
        }
        return record(v, type.record(), path, cat, counter);
      }
      default -> {
        return scalar(v, path, action, c, counter);
      }
    }
  }

  /**
   * An element of an optional or list: when the policy leaves too little of it to be a value (a
   * name with none of its parts), the element itself is removed, which an optional or list can be
   * without.
   */
  private @Nullable Object element(
      Object e,
      ValueType type,
      String path,
      Optional<PersonalDataCategory> cat,
      Component c,
      Counter counter) {
    try {
      return value(e, type, path, cat, c, counter);
    } catch (PolicyException x) {
      counter.count(path, SharingAction.DROP);
      return null;
    }
  }

  /** Returns the value as the action leaves it; null when it is removed. */
  private @Nullable Object scalar(
      Object v, String path, SharingAction action, Component c, Counter counter) {
    boolean coarse = v instanceof Enum<?> || v instanceof Boolean;
    switch (action) {
      case KEEP -> {
        return v;
      }
      case DROP -> {
        return drop(v, path, counter);
      }
      case PSEUDONYMISE -> {
        if (v instanceof String s) {
          counter.count(path, SharingAction.PSEUDONYMISE);
          return pseudonymiser().pseudonym(s);
        }
        return coarse ? v : drop(v, path, counter);
      }
      case GENERALISE -> {
        if (v instanceof PartialDate d) {
          if (d.precision() == PartialDate.Precision.YEAR) {
            return v;
          }
          counter.count(path, SharingAction.GENERALISE);
          return d.truncatedTo(PartialDate.Precision.YEAR);
        }
        if (v instanceof Instant t) {
          counter.count(path, SharingAction.GENERALISE);
          return t.atOffset(ZoneOffset.UTC)
              .withDayOfYear(1)
              .toLocalDate()
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC);
        }
        if (coarse || (v instanceof String && c.isCoded())) {
          return v;
        }
        return drop(v, path, counter);
      }
      default -> throw new IllegalStateException("unknown action " + action);
    }
  }

  private Pseudonymiser pseudonymiser() {
    if (pseudonymiser == null) {
      // policy.needsKey() is true whenever an action pseudonymises
      throw new IllegalStateException("the sharing policy pseudonymises without a key");
    }
    return pseudonymiser;
  }

  private @Nullable Object drop(Object v, String path, Counter counter) {
    if (v instanceof Enum<?> e) {
      for (Object constant : e.getDeclaringClass().getEnumConstants()) {
        if (((Enum<?>) constant).name().equals("UNKNOWN")) {
          if (constant != v) {
            counter.count(path, SharingAction.DROP);
          }
          return constant;
        }
      }
      // an enum with no "unknown" says what kind of thing its record is (a name's use, a document's
      // type), not
      // who the person is: the record that must stay keeps it
      return v;
    }
    counter.count(path, SharingAction.DROP);
    return null;
  }

  private static Coordinates generalise(Coordinates c) {
    return new Coordinates(
        Math.round(c.latitude() * 10) / 10.0, Math.round(c.longitude() * 10) / 10.0, c.precision());
  }

  /**
   * Five-year bands that never straddle the age of majority: 0–4, 5–9, 10–14, 15–17, 18–24, 25–29,
   * …
   */
  private static AgeRange band(AgeRange r) {
    return AgeRange.of(lower(r.min()), Math.min(150, upper(r.max())));
  }

  private static int lower(int age) {
    if (age >= AgeRange.ADULT_AGE && age < 25) {
      return AgeRange.ADULT_AGE;
    }
    if (age >= 15 && age < AgeRange.ADULT_AGE) {
      return 15;
    }
    return age - Math.floorMod(age, 5);
  }

  private static int upper(int age) {
    if (age >= 15 && age < AgeRange.ADULT_AGE) {
      return AgeRange.ADULT_AGE - 1;
    }
    if (age >= AgeRange.ADULT_AGE && age < 25) {
      return 24;
    }
    return age - Math.floorMod(age, 5) + 4;
  }
}

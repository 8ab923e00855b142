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
package org.mignet.core.validation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.mignet.core.internal.Walk;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.Referral;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.Victim;

/**
 * Facts the standard rules share: interval comparisons of partial dates, ages, and what a record
 * holds.
 */
public final class Facts {

  private Facts() {}

  /**
   * Returns whether both dates are known and every day of {@code later} falls before every day of
   * {@code earlier}.
   */
  public static boolean outOfOrder(Optional<PartialDate> earlier, Optional<PartialDate> later) {
    return earlier.isPresent()
        && later.isPresent()
        && later.get().isDefinitelyBefore(earlier.get());
  }

  /** Returns whether the date is known and every day it stands for is after today. */
  public static boolean inFuture(Optional<PartialDate> date, LocalDate today) {
    return date.isPresent() && date.get().isDefinitelyAfter(today);
  }

  /** Returns the calendar day of an instant in UTC. */
  public static LocalDate day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * Returns the events of a case that concern a victim: those naming it, and those naming no
   * victim.
   */
  public static List<TraffickingEvent> eventsOf(TraffickingCase c, Victim v) {
    Identifier id = v.person().meta().identifier();
    List<TraffickingEvent> out = new ArrayList<>();
    for (TraffickingEvent e : c.events()) {
      if (concerns(e, id)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether an event concerns the victim with that identifier: it names the victim ({@code
   * system|value}), or it names no victim.
   */
  public static boolean concerns(TraffickingEvent e, Identifier victim) {
    if (e.victimId().isEmpty()) {
      return true;
    }
    // victimId.equals(victim.toString()), without building the string
    String id = e.victimId().get();
    String system = victim.system();
    String value = victim.value();
    int bar = system.length();
    return id.length() == bar + 1 + value.length()
        && id.startsWith(system)
        && id.charAt(bar) == '|'
        && id.startsWith(value, bar + 1);
  }

  /** Returns the earliest dated event of a case that concerns a victim. */
  public static Optional<PartialDate> firstEventDate(TraffickingCase c, Victim v) {
    Identifier id = v.person().meta().identifier();
    PartialDate first = null;
    for (TraffickingEvent e : c.events()) {
      if (e.date().isPresent() && concerns(e, id)) {
        PartialDate d = e.date().get();
        // the first of equal dates, as a stable sort would give
        if (first == null || d.compareTo(first) < 0) {
          first = d;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Whether the evidence shows the victim was under 18 on a date: the age when trafficked, or the
   * birth date, or a reported age carried forward to that date.
   */
  public static boolean provenChildOn(Victim v, PartialDate on) {
    if (v.ageWhenTrafficked().isPresent()) {
      return v.ageWhenTrafficked().get() < 18;
    }
    Person p = v.person();
    if (p.birthDate().isPresent()) {
      // no possible age: the date is before the birth; counted as a child, as before
      return p.birthDate().get().ageRangeOn(on).map(r -> r.isChild()).orElse(true);
    }
    if (p.age().isPresent()) {
      int max = p.age().get().range().max();
      Optional<PartialDate> asOf = p.age().get().asOf();
      if (asOf.isPresent() && asOf.get().earliest().isBefore(on.latest())) {
        // the person may have had a birthday in every started year between the two dates
        long days = ChronoUnit.DAYS.between(asOf.get().earliest(), on.latest());
        max += (int) ((days + 364) / 365);
      }
      return max < 18;
    }
    return false;
  }

  /** Returns whether any person anywhere in the record has a recorded name. */
  public static boolean hasNamedPerson(MignetRecord root) {
    if (!Walk.canMeet(root.getClass(), Person.class)) {
      return false; // no person can be anywhere in a record of this type: no walk
    }
    return Walk.anyRecord(root, value -> value instanceof Person p && !p.names().isEmpty());
  }

  /**
   * Whether a record holds personal data: a person anywhere in it, a referral that shares personal
   * data, or a non-empty component marked {@link org.mignet.core.privacy.PersonalData}. Extensions
   * that {@link KnownExtensions} knows not to be personal are left out. One walk, which stops at
   * the first personal value.
   */
  public static boolean holdsPersonalData(MignetRecord root) {
    if (root instanceof Referral r && r.sharesPersonalData()) {
      return true;
    }
    Map<String, Object> extensions = root.meta().extensions();
    Predicate<Object> known = v -> v == extensions && allKnownNotPersonal(root, extensions);
    return Walk.anyRecord(
        root, value -> value instanceof Person || Walk.hasPersonalComponent(value, known));
  }

  private static boolean allKnownNotPersonal(MignetRecord root, Map<String, Object> extensions) {
    for (String k : extensions.keySet()) {
      if (!KnownExtensions.isNotPersonal(root, k)) {
        return false;
      }
    }
    return true;
  }
}

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
package org.mignet.core.code;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The registry of code lists, found by id: {@code iso3166}, {@code icao-nationality}, {@code
 * iso639}, {@code iso4217}, {@code gcm-objective}, {@code gcm-principle} and {@code htcds:<field>}
 * for every HTCDS v2.0 picklist.
 *
 * <p>{@link #standard()} is built once, lazily, and cached; the registry is immutable and
 * thread-safe.
 */
public final class CodeLists {

  /**
   * The lists other than HTCDS's, by id, each built on first use: a validation that meets only
   * country codes does not read the JDK's language and currency data (a cold start pays for the
   * lists it uses only).
   */
  private static final Map<String, Supplier<CodeList>> SINGLE = singleLists();

  private final Map<String, Supplier<CodeList>> single;

  private static final class Holder {
    static final CodeLists STANDARD = new CodeLists(SINGLE);
  }

  /** Every list, built on first call of {@link #all()}. */
  private volatile @Nullable Map<String, CodeList> byId;

  private CodeLists(Map<String, Supplier<CodeList>> single) {
    this.single = single;
  }

  private static Map<String, Supplier<CodeList>> singleLists() {
    Map<String, Supplier<CodeList>> m = new LinkedHashMap<>();
    m.put(Countries.ID, Countries::instance);
    m.put(IcaoCodes.ID, IcaoCodes::instance);
    m.put(Languages.ID, Languages::instance);
    m.put(Currencies.ID, Currencies::instance);
    m.put("gcm-objective", GcmObjective::codeList);
    m.put("gcm-principle", GuidingPrinciple::codeList);
    return java.util.Collections.unmodifiableMap(m);
  }

  private Map<String, CodeList> byId() {
    Map<String, CodeList> all = byId;
    if (all == null) {
      Map<String, CodeList> m = new LinkedHashMap<>();
      single.forEach((id, list) -> m.put(id, list.get()));
      for (CodeList l : HtcdsCodeLists.instance().all()) {
        if (m.putIfAbsent(l.id(), l) != null) {
          throw new IllegalStateException("duplicate code list id " + l.id());
        }
      }
      all = java.util.Collections.unmodifiableMap(m);
      byId = all;
    }
    return all;
  }

  /**
   * Returns the standard registry (built on first call, then cached; thread-safe). Each list is
   * built on its first use.
   *
   * @return the registry
   */
  public static CodeLists standard() {
    return Holder.STANDARD;
  }

  /**
   * Finds a code list by id.
   *
   * @param id the id, e.g. {@code iso3166}, not null
   * @return the list, or empty
   * @throws NullPointerException if the id is null
   */
  public Optional<CodeList> named(String id) {
    Objects.requireNonNull(id, "id");
    Supplier<CodeList> one = single.get(id);
    if (one != null) {
      return Optional.of(one.get());
    }
    if (id.startsWith(HtcdsCodeLists.ID_PREFIX)) {
      for (CodeList l : HtcdsCodeLists.instance().all()) {
        if (l.id().equals(id)) {
          return Optional.of(l);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a code list by id.
   *
   * @param id the id, not null
   * @return the list
   * @throws IllegalArgumentException naming the known ids if there is no such list
   * @throws NullPointerException if the id is null
   */
  public CodeList require(String id) {
    return named(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no code list with id '"
                        + (id.length() > 60 ? id.substring(0, 60) + "…" : id)
                        + "'; known ids: "
                        + byId().keySet()));
  }

  /** Returns every code list, in registration order, unmodifiable. */
  public Collection<CodeList> all() {
    return byId().values();
  }

  @Override
  public String toString() {
    return "CodeLists" + byId().keySet();
  }
}

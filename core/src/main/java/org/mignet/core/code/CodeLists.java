package org.mignet.core.code;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of code lists, found by id: {@code iso3166}, {@code icao-nationality}, {@code iso639},
 * {@code iso4217}, {@code gcm-objective}, {@code gcm-principle} and {@code htcds:<field>} for every HTCDS
 * v2.0 picklist.
 *
 * <p>{@link #standard()} is built once, lazily, and cached; the registry is immutable and thread-safe.
 */
public final class CodeLists {

  private final Map<String, CodeList> byId;

  private static final class Holder {
    static final CodeLists STANDARD = new CodeLists(standardLists());
  }

  private CodeLists(List<CodeList> lists) {
    Map<String, CodeList> m = new LinkedHashMap<>();
    for (CodeList l : lists) {
      if (m.putIfAbsent(l.id(), l) != null) {
        throw new IllegalStateException("duplicate code list id " + l.id());
      }
    }
    this.byId = java.util.Collections.unmodifiableMap(m);
  }

  private static List<CodeList> standardLists() {
    List<CodeList> lists = new ArrayList<>(List.of(Countries.instance(), IcaoCodes.instance(),
        Languages.instance(), Currencies.instance(), GcmObjective.codeList(), GuidingPrinciple.codeList()));
    lists.addAll(HtcdsCodeLists.instance().all());
    return lists;
  }

  /**
   * Returns the standard registry (built on first call, then cached; thread-safe).
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
    return Optional.ofNullable(byId.get(id));
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
    return named(id).orElseThrow(() -> new IllegalArgumentException("no code list with id '"
        + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "'; known ids: " + byId.keySet()));
  }

  /** Returns every code list, in registration order, unmodifiable. */
  public Collection<CodeList> all() {
    return byId.values();
  }

  @Override
  public String toString() {
    return "CodeLists" + byId.keySet();
  }
}

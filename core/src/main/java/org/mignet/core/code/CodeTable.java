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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mignet.core.code.internal.Text;

/**
 * The general immutable {@link CodeList}: canonical codes plus lookup tables for aliases, names and
 * inputs known to be unresolvable. Built once with {@link #builder(String, String, String)}.
 *
 * <p>Resolution order: exact code, code in another case, alias (exact, then case-insensitive, then
 * folded key), name (folded key), known-unresolvable input (folded key, gives a note). Thread-safe.
 */
final class CodeTable implements CodeList {

  /** Where an alias or name leads, and the note to show. */
  private record Target(String code, @Nullable String note) {}

  private final String id;
  private final String version;
  private final String source;
  private final List<Code> codes;
  private final Map<String, Code> byCode;
  private final Map<String, String> byUpperCode;
  private final Map<String, Target> aliases;
  private final Map<String, Target> upperAliases;

  /**
   * The names and known-unresolvable inputs the builder was given, in order, folded to keys only on
   * the first {@link #resolve} or {@link #unresolvableNote}: checking a code ({@link #contains},
   * {@link #get}), as validation does, never pays for the Unicode folding of every name and alias.
   */
  private final List<String[]> namePairs;

  private final List<String[]> unresolvablePairs;

  /** The folded-key lookups, made on first use (racing threads make equal ones). */
  private volatile @Nullable Keys keys;

  /** Lookups by folded key ({@link Text#key}): aliases, names and known-unresolvable inputs. */
  private record Keys(
      Map<String, Target> aliasKeys, Map<String, String> names, Map<String, String> unresolvable) {}

  private CodeTable(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.source = b.source;
    this.codes = List.copyOf(b.codes.values());
    this.byCode = Map.copyOf(b.codes);
    Map<String, String> upper = new HashMap<>();
    Set<String> clash = new HashSet<>();
    for (String c : b.codes.keySet()) {
      String u = c.toUpperCase(Locale.ROOT);
      if (upper.putIfAbsent(u, c) != null) {
        clash.add(u);
      }
    }
    clash.forEach(upper::remove);
    this.byUpperCode = Map.copyOf(upper);
    this.aliases = Map.copyOf(b.aliases);
    Map<String, Target> upperAliases = new HashMap<>();
    for (Map.Entry<String, Target> e : b.aliases.entrySet()) {
      upperAliases.putIfAbsent(e.getKey().toUpperCase(Locale.ROOT), e.getValue());
    }
    this.upperAliases = Map.copyOf(upperAliases);
    this.namePairs = List.copyOf(b.names);
    this.unresolvablePairs = List.copyOf(b.unresolvable);
  }

  private Keys keys() {
    Keys k = keys;
    if (k == null) {
      k = foldKeys();
      keys = k;
    }
    return k;
  }

  /**
   * Folds the aliases, names and unresolvable inputs to keys in the order they were given: an alias
   * or an input keeps its first target; a name claimed by two codes is dropped, because an
   * ambiguous name must not resolve.
   */
  private Keys foldKeys() {
    Map<String, Target> aliasKeys = new HashMap<>();
    for (Map.Entry<String, Target> e : aliases.entrySet()) {
      String k = Text.key(e.getKey());
      if (!k.isEmpty()) {
        aliasKeys.putIfAbsent(k, e.getValue());
      }
    }
    Map<String, String> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String[] pair : namePairs) {
      String k = Text.key(pair[0]);
      if (k.isEmpty() || ambiguous.contains(k)) {
        continue;
      }
      String prev = names.putIfAbsent(k, pair[1]);
      if (prev != null && !prev.equals(pair[1])) {
        names.remove(k);
        ambiguous.add(k);
      }
    }
    Map<String, String> unresolvable = new HashMap<>();
    for (String[] pair : unresolvablePairs) {
      String k = Text.key(pair[0]);
      if (!k.isEmpty()) {
        unresolvable.putIfAbsent(k, pair[1]);
      }
    }
    return new Keys(Map.copyOf(aliasKeys), Map.copyOf(names), Map.copyOf(unresolvable));
  }

  /**
   * Starts a table.
   *
   * @param id the list id
   * @param version the data version
   * @param source the citation
   * @return a builder (not thread-safe)
   */
  public static Builder builder(String id, String version, String source) {
    return new Builder(id, version, source);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public List<Code> codes() {
    return codes;
  }

  @Override
  public boolean contains(String canonicalCode) {
    Objects.requireNonNull(canonicalCode, "canonicalCode must not be null");
    return byCode.containsKey(canonicalCode);
  }

  @Override
  public Optional<Code> get(String canonicalCode) {
    Objects.requireNonNull(canonicalCode, "canonicalCode must not be null");
    return Optional.ofNullable(byCode.get(canonicalCode));
  }

  @Override
  public Resolution resolve(String input) {
    Objects.requireNonNull(input, "input to resolve against code list " + id + " must not be null");
    String s = Text.trim(input);
    if (s.isEmpty()) {
      return Resolution.unresolved(input, "empty input");
    }
    if (byCode.containsKey(s)) {
      return Resolution.of(input, s, ResolutionKind.EXACT, null);
    }
    String upper = s.toUpperCase(Locale.ROOT);
    String ci = byUpperCode.get(upper);
    if (ci != null) {
      return Resolution.of(input, ci, ResolutionKind.CASE_INSENSITIVE, null);
    }
    Target t = aliases.get(s);
    if (t == null) {
      t = upperAliases.get(upper);
    }
    String key = Text.key(s);
    Keys folded = keys();
    if (t == null && !key.isEmpty()) {
      t = folded.aliasKeys().get(key);
    }
    if (t != null) {
      return Resolution.of(input, t.code(), ResolutionKind.ALIAS, t.note());
    }
    if (key.isEmpty()) {
      return Resolution.unresolved(input);
    }
    String name = folded.names().get(key);
    if (name != null) {
      return Resolution.of(input, name, ResolutionKind.NAME, null);
    }
    String why = folded.unresolvable().get(key);
    return why == null ? Resolution.unresolved(input) : Resolution.unresolved(input, why);
  }

  /**
   * Returns the note kept for an input known to be unresolvable, if any.
   *
   * @param input the input, not null
   * @return the note
   */
  public Optional<String> unresolvableNote(String input) {
    return Optional.ofNullable(keys().unresolvable().get(Text.key(Text.trim(input))));
  }

  @Override
  public String toString() {
    return "CodeList[" + id + " " + version + ", " + codes.size() + " codes]";
  }

  /** Collects the parts of a {@link CodeTable}. Not thread-safe; use once. */
  public static final class Builder {
    private final String id;
    private final String version;
    private final String source;
    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Set<String> extras = new HashSet<>();
    private final Map<String, Target> aliases = new LinkedHashMap<>();
    private final List<String[]> names = new ArrayList<>();
    private final List<String[]> unresolvable = new ArrayList<>();

    private Builder(String id, String version, String source) {
      this.id = Objects.requireNonNull(id, "id");
      this.version = Objects.requireNonNull(version, "version");
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Adds a canonical code, in list order; its label also becomes a name.
     *
     * @param code the code
     * @param label the label
     * @return this builder
     * @throws IllegalStateException on a duplicate code
     */
    public Builder code(String code, String label) {
      if (codes.putIfAbsent(code, new Code(code, label)) != null) {
        throw new IllegalStateException("duplicate code " + code + " in code list " + id);
      }
      name(label, code);
      return this;
    }

    /**
     * Declares a code that aliases may lead to although it is not a canonical code of the list (an
     * extension such as Kosovo's XKX).
     *
     * @param code the code
     * @return this builder
     */
    public Builder extra(String code) {
      extras.add(code);
      return this;
    }

    /**
     * Returns whether a code is canonical or a declared extra.
     *
     * @param code a code
     */
    public boolean knows(String code) {
      return codes.containsKey(code) || extras.contains(code);
    }

    /**
     * Adds an alias; the first alias for a string wins.
     *
     * @param alias the alias text
     * @param code the canonical (or extra) code it stands for
     * @param note the note shown with the resolution, or null
     * @return this builder
     * @throws IllegalStateException if the code is unknown
     */
    public Builder alias(String alias, String code, @Nullable String note) {
      if (!knows(code)) {
        throw new IllegalStateException(
            "alias " + alias + " of code list " + id + " leads to unknown code " + code);
      }
      if (!codes.containsKey(alias)) {
        aliases.putIfAbsent(alias, new Target(code, note));
      }
      return this;
    }

    /**
     * Adds a name. Names are matched by folded key; a key claimed by two codes is dropped, because
     * an ambiguous name must not resolve.
     *
     * @param name the name
     * @param code the canonical code
     * @return this builder
     */
    public Builder name(String name, String code) {
      names.add(new String[] {Objects.requireNonNull(name, "name"), code});
      return this;
    }

    /**
     * Records an input that must stay unresolved, with the reason.
     *
     * @param input the input (matched by folded key)
     * @param note why it does not resolve
     * @return this builder
     */
    public Builder unresolvable(String input, String note) {
      unresolvable.add(new String[] {Objects.requireNonNull(input, "input"), note});
      return this;
    }

    /** Returns the immutable table. */
    public CodeTable build() {
      if (codes.isEmpty()) {
        throw new IllegalStateException("code list " + id + " has no codes");
      }
      return new CodeTable(this);
    }
  }
}

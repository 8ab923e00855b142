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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.code.internal.TsvResource;

/**
 * The code lists of the IOM Human Trafficking Case Data Standard (HTCDS) v2.0, one {@link CodeList}
 * per picklist field, with id {@code htcds:<field>} (e.g. {@code htcds:vic_MethodsOfControl}).
 *
 * <p>Canonical codes are the exact v2.0 value names, in the standard's order; labels are the v2.0
 * value labels, trimmed (the standard has trailing no-break spaces; inputs match with or without
 * them). Codes of HTCDS v0.2 and v1.0 that v2.0 renamed resolve as {@link ResolutionKind#ALIAS}
 * with a note naming the version; old codes without a v2.0 counterpart stay unresolved with a note.
 * Labels resolve as {@link ResolutionKind#NAME}.
 *
 * <p>mignet extension codes (currently {@code ForcedCriminality} in {@code vic_TypeOfExploitation})
 * are kept apart: they are not in {@link CodeList#codes()} and {@link CodeList#contains(String)} is
 * false for them, but they resolve as {@link ResolutionKind#ALIAS} with a note, and {@link
 * #isExtension(String, String)} tells them apart.
 *
 * <p>Source: IOM HTCDS v2.0, CC BY 4.0, repository UNMigration/HTCDS. Immutable and thread-safe.
 */
public final class HtcdsCodeLists {

  /** The prefix of the code-list ids. */
  public static final String ID_PREFIX = "htcds:";

  /** An HTCDS field name, e.g. {@code gen_gender}: compiled once, not once per row. */
  private static final java.util.regex.Pattern FIELD_NAME =
      java.util.regex.Pattern.compile("[a-z]{3}_[A-Za-z]+");

  private final Map<String, CodeList> lists;
  private final Map<String, List<Code>> extensions;

  private static final class Holder {
    static final HtcdsCodeLists INSTANCE = new HtcdsCodeLists();
  }

  private HtcdsCodeLists() {
    TsvResource tsv = TsvResource.read("htcds-codelists.tsv", 6, "kind");
    Map<String, CodeTable.Builder> builders = new LinkedHashMap<>();
    Map<String, List<Code>> ext = new HashMap<>();
    for (TsvResource.Row r : tsv.rows()) {
      String kind = r.get(0);
      String field = r.get(1);
      String value = r.get(2);
      if (!FIELD_NAME.matcher(field).matches() || value.isEmpty()) {
        throw TsvResource.malformed(tsv.name(), r.line(), "bad field name or empty value");
      }
      CodeTable.Builder b = builders.get(field);
      if (b == null && !kind.equals("code")) {
        throw TsvResource.malformed(
            tsv.name(), r.line(), "field " + field + " has no codes before this row");
      }
      try {
        switch (kind) {
          case "code" ->
              builders
                  .computeIfAbsent(
                      field,
                      f ->
                          CodeTable.builder(
                              ID_PREFIX + f, tsv.version(), tsv.source() + ", field " + f))
                  .code(value, r.get(3));
          case "ext" -> {
            Objects.requireNonNull(b)
                .extra(value); // not null: refused above unless the kind is "code"
            String note =
                "mignet extension code "
                    + value
                    + ", not in HTCDS "
                    + tsv.version()
                    + (r.get(5).isEmpty() ? "" : ": " + r.get(5));
            b.alias(value, value, note);
            b.alias(r.get(3), value, note);
            ext.computeIfAbsent(field, f -> new java.util.ArrayList<>())
                .add(new Code(value, r.get(3)));
          }
          case "alias" -> Objects.requireNonNull(b).alias(value, r.get(3), r.get(5));
          case "unmapped" -> Objects.requireNonNull(b).unresolvable(value, r.get(5));
          default -> throw TsvResource.malformed(tsv.name(), r.line(), "unknown kind " + kind);
        }
      } catch (IllegalStateException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("malformed")) {
          throw e;
        }
        throw TsvResource.malformed(tsv.name(), r.line(), e.getMessage());
      }
    }
    Map<String, CodeList> built = new LinkedHashMap<>();
    builders.forEach((field, b) -> built.put(field, b.build()));
    this.lists = java.util.Collections.unmodifiableMap(built);
    Map<String, List<Code>> extCopy = new HashMap<>();
    ext.forEach((k, v) -> extCopy.put(k, List.copyOf(v)));
    this.extensions = Map.copyOf(extCopy);
  }

  /**
   * Returns the shared instance, building it on first use (thread-safe).
   *
   * @return the HTCDS code lists
   */
  public static HtcdsCodeLists instance() {
    return Holder.INSTANCE;
  }

  /**
   * Returns the code list of an HTCDS field.
   *
   * @param fieldName the field name including its prefix, e.g. {@code vic_MethodsOfControl}, not
   *     null
   * @return the list, or empty if the field has no HTCDS code list
   * @throws NullPointerException if the name is null
   */
  public Optional<CodeList> forField(String fieldName) {
    Objects.requireNonNull(fieldName, "fieldName");
    return Optional.ofNullable(lists.get(fieldName));
  }

  /** Returns the field names with a code list, in the standard's order, unmodifiable. */
  public Set<String> fields() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(lists.keySet()));
  }

  /** Returns all HTCDS code lists, in the standard's field order, unmodifiable. */
  public List<CodeList> all() {
    return List.copyOf(lists.values());
  }

  /**
   * Tells whether a code is a mignet extension of an HTCDS field (exact code).
   *
   * @param field the field name, not null
   * @param code the code, not null
   * @return true for an extension code such as {@code ForcedCriminality} in {@code
   *     vic_TypeOfExploitation}
   */
  public boolean isExtension(String field, String code) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    return extensionCodes(field).stream().anyMatch(c -> c.code().equals(code));
  }

  /**
   * Returns the mignet extension codes of a field.
   *
   * @param field the field name, not null
   * @return the extension codes, possibly empty, unmodifiable
   */
  public List<Code> extensionCodes(String field) {
    Objects.requireNonNull(field, "field");
    return extensions.getOrDefault(field, List.of());
  }
}

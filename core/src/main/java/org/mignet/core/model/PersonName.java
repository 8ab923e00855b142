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

import static org.mignet.core.model.internal.Checks.list;
import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's name in a form that works in every culture: the full name as the person writes it,
 * and, where they are known, its structured parts. Not every name has a given and a family part,
 * the family part is not always last, and a person may have several given or family names (HTCDS
 * issue #22).
 *
 * <p>The whole record is personal data; it is marked where it is used.
 *
 * @param use what the name is used for; required
 * @param fullName the name as written by or for the person, in its own order
 * @param givenNames given names in order
 * @param middleNames middle names in order (HTCDS {@code prs_MiddleName})
 * @param familyNames family names or surnames in order (HTCDS {@code prs_SecondName})
 * @param salutation a salutation or honorific (HTCDS {@code prs_Salutation})
 * @param script the ISO 15924 script of the name, e.g. {@code Latn}, {@code Arab}
 */
public record PersonName(
    NameUse use,
    Optional<String> fullName,
    List<String> givenNames,
    List<String> middleNames,
    List<String> familyNames,
    Optional<String> salutation,
    Optional<String> script) {

  /** Checks that the use is present and the name is not empty. */
  public PersonName {
    required(use, "name.use");
    fullName = optional(fullName);
    givenNames = list(givenNames, "name.givenNames");
    middleNames = list(middleNames, "name.middleNames");
    familyNames = list(familyNames, "name.familyNames");
    salutation = optional(salutation);
    script = optional(script);
    if (fullName.isEmpty()
        && givenNames.isEmpty()
        && middleNames.isEmpty()
        && familyNames.isEmpty()) {
      throw new IllegalArgumentException("a name needs a full name or at least one part");
    }
  }

  /** Returns a primary name known only as one string. */
  public static PersonName full(String fullName) {
    return new PersonName(
        NameUse.PRIMARY,
        Optional.of(fullName),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /** Returns a primary name with one given and one family part. */
  public static PersonName of(String given, String family) {
    return new PersonName(
        NameUse.PRIMARY,
        Optional.empty(),
        List.of(given),
        List.of(),
        List.of(family),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns the full name if given, else the parts joined in given–middle–family order (which is
   * right for many cultures and wrong for some: prefer storing {@code fullName}).
   */
  public String displayName() {
    if (fullName.isPresent()) {
      return fullName.get();
    }
    StringBuilder b = new StringBuilder();
    for (List<String> part : List.of(givenNames, middleNames, familyNames)) {
      for (String s : part) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(s);
      }
    }
    return b.toString();
  }

  /** Shows the use and which parts are present, never the name. */
  @Override
  public String toString() {
    return "PersonName["
        + use
        + ", parts="
        + (givenNames.size() + middleNames.size() + familyNames.size())
        + (fullName.isPresent() ? ", full" : "")
        + "]";
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.use = use;
    b.fullName = fullName.orElse(null);
    b.givenNames.addAll(givenNames);
    b.middleNames.addAll(middleNames);
    b.familyNames.addAll(familyNames);
    b.salutation = salutation.orElse(null);
    b.script = script.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link PersonName}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code use}.
   */
  public static final class Builder {
    private @Nullable NameUse use;
    private @Nullable String fullName;
    private final List<String> givenNames = new ArrayList<>();
    private final List<String> middleNames = new ArrayList<>();
    private final List<String> familyNames = new ArrayList<>();
    private @Nullable String salutation;
    private @Nullable String script;

    private Builder() {}

    /** Returns this builder with the use set (required). */
    public Builder use(NameUse value) {
      use = value;
      return this;
    }

    /** Returns this builder with the full name set; null for none. */
    public Builder fullName(@Nullable String value) {
      fullName = value;
      return this;
    }

    /** Returns this builder with given names added. */
    public Builder givenName(String... values) {
      givenNames.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with middle names added. */
    public Builder middleName(String... values) {
      middleNames.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with family names added. */
    public Builder familyName(String... values) {
      familyNames.addAll(List.of(values));
      return this;
    }

    /** Returns this builder with the salutation set; null for none. */
    public Builder salutation(@Nullable String value) {
      salutation = value;
      return this;
    }

    /** Returns this builder with the script set; null for none. */
    public Builder script(@Nullable String value) {
      script = value;
      return this;
    }

    /**
     * Returns the person name; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public PersonName build() {
      return new PersonName(
          Objects.requireNonNull(use, "personName.use is required and must not be null"),
          Optional.ofNullable(fullName),
          givenNames,
          middleNames,
          familyNames,
          Optional.ofNullable(salutation),
          Optional.ofNullable(script));
    }
  }
}

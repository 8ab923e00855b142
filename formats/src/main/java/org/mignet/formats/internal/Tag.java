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
package org.mignet.formats.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An HXL hashtag with its attributes, such as {@code #affected+idps+ind}: the syntax, used by
 * tabular mapping specs to select columns and by the public {@code org.mignet.formats.hxl.HxlTag},
 * which delegates here so that there is one definition. It lives in the formats-wide internal
 * package because both features need it and {@code hxl} sits above {@code tabular}. Immutable and
 * thread-safe. {@link #toString()} gives the normal form (lower case) that {@link
 * #parse(CharSequence)} reads back.
 *
 * @param hashtag the hashtag without attributes, lower case, e.g. {@code #affected}
 * @param attributes the attributes without {@code +}, lower case, in their order
 */
public record Tag(String hashtag, List<String> attributes) {

  private static final Pattern HASHTAG = Pattern.compile("#[a-z][a-z0-9_]*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern PLUS = Pattern.compile("\\s*\\+\\s*");

  /** Checks the syntax (HXL 1.1) and copies the attributes. */
  public Tag {
    Objects.requireNonNull(hashtag, "hashtag");
    if (!HASHTAG.matcher(hashtag).matches()) {
      throw new IllegalArgumentException("a hashtag is # then a letter, then letters, digits or _");
    }
    attributes = List.copyOf(attributes);
    for (String a : attributes) {
      if (!ATTRIBUTE.matcher(a).matches()) {
        throw new IllegalArgumentException("an attribute is a letter, then letters, digits or _");
      }
    }
  }

  /**
   * Returns the tag, or empty if the text is not one.
   *
   * @param text a tag spec such as {@code #affected +idps +ind}; whitespace around the spec and
   *     around {@code +}, and case, are ignored; whitespace inside a hashtag or an attribute
   *     ({@code #adm 1}) makes it no tag spec, as in libhxl, rather than another tag ({@code
   *     #adm1})
   */
  public static Optional<Tag> tryParse(CharSequence text) {
    String s = text.toString().strip().toLowerCase(Locale.ROOT);
    if (!s.startsWith("#")) {
      return Optional.empty();
    }
    String[] parts = PLUS.split(s, -1);
    if (!HASHTAG.matcher(parts[0]).matches()) {
      return Optional.empty();
    }
    List<String> attrs = new java.util.ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      if (!ATTRIBUTE.matcher(parts[i]).matches()) {
        return Optional.empty();
      }
      attrs.add(parts[i]);
    }
    return Optional.of(new Tag(parts[0], attrs));
  }

  /**
   * Returns the tag.
   *
   * @param text a tag spec
   * @throws IllegalArgumentException if the text is not a tag spec
   */
  public static Tag parse(CharSequence text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not an HXL tag spec"));
  }

  /**
   * Returns whether this tag matches.
   *
   * @param pattern a tag pattern such as {@code #affected+idps}: this tag matches if it has the
   *     pattern's hashtag and at least all of its attributes
   */
  public boolean matches(Tag pattern) {
    return hashtag.equals(pattern.hashtag) && attributes.containsAll(pattern.attributes);
  }

  /** Returns the normal form, e.g. {@code #affected+idps+ind}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(hashtag);
    attributes.forEach(a -> b.append('+').append(a));
    return b.toString();
  }
}

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
package org.mignet.formats.hxl;

import java.util.List;
import java.util.Optional;
import org.mignet.formats.internal.Tag;

/**
 * An HXL hashtag with its attributes, such as {@code #affected+idps+ind}. Immutable and
 * thread-safe. {@link #toString()} gives the normal form (lower case) that {@link
 * #parse(CharSequence)} reads back.
 *
 * @param hashtag the hashtag without attributes, lower case, e.g. {@code #affected}
 * @param attributes the attributes without {@code +}, lower case, in their order
 */
public record HxlTag(String hashtag, List<String> attributes) {

  /** Checks the syntax (HXL 1.1) and copies the attributes. */
  public HxlTag {
    // one definition of the syntax, shared with the tabular mapping specs below this package
    Tag checked = new Tag(hashtag, attributes);
    attributes = checked.attributes();
  }

  /**
   * Returns the tag, or empty if the text is not one.
   *
   * @param text a tag spec such as {@code #affected +idps +ind}; whitespace around the spec and
   *     around {@code +}, and case, are ignored; whitespace inside a hashtag or an attribute
   *     ({@code #adm 1}) makes it no tag spec
   */
  public static Optional<HxlTag> tryParse(CharSequence text) {
    return Tag.tryParse(text).map(t -> new HxlTag(t.hashtag(), t.attributes()));
  }

  /**
   * Returns the tag.
   *
   * @param text a tag spec
   * @throws IllegalArgumentException if the text is not a tag spec
   */
  public static HxlTag parse(CharSequence text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not an HXL tag spec"));
  }

  /**
   * Returns whether this tag matches.
   *
   * @param pattern a tag pattern such as {@code #affected+idps}: this tag matches if it has the
   *     pattern's hashtag and at least all of its attributes
   */
  public boolean matches(HxlTag pattern) {
    return toTag().matches(pattern.toTag());
  }

  private Tag toTag() {
    return new Tag(hashtag, attributes);
  }

  /** Returns the normal form, e.g. {@code #affected+idps+ind}. */
  @Override
  public String toString() {
    return toTag().toString();
  }
}

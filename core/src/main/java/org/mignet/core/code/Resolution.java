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

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link CodeList#resolve(String)}: which canonical code an input stands for, how it
 * was matched, and a note where the match deserves one (a withdrawn code, an earlier version of a
 * standard).
 *
 * <p>Inputs are codes or code names, not personal data; {@link #toString()} still cuts long inputs
 * short.
 *
 * @param input the input as given (before trimming), never null
 * @param code the canonical code, empty if and only if {@code kind} is {@link
 *     ResolutionKind#UNRESOLVED}
 * @param kind how the input was matched, never null
 * @param note an explanation for a human reader, never null (may be empty)
 */
public record Resolution(
    String input, Optional<String> code, ResolutionKind kind, Optional<String> note) {

  /**
   * Checks the outcome.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code code} is present for an unresolved kind or absent
   *     otherwise
   */
  public Resolution {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
    if (code.isPresent() == (kind == ResolutionKind.UNRESOLVED)) {
      throw new IllegalArgumentException(
          "a code must be present exactly when the kind is not UNRESOLVED");
    }
  }

  /**
   * Returns an unresolved outcome without a note.
   *
   * @param input the input, not null
   * @return the outcome
   */
  public static Resolution unresolved(String input) {
    return new Resolution(input, Optional.empty(), ResolutionKind.UNRESOLVED, Optional.empty());
  }

  /**
   * Returns an unresolved outcome with a note.
   *
   * @param input the input, not null
   * @param note why it is unresolved, not null
   * @return the outcome
   */
  public static Resolution unresolved(String input, String note) {
    return new Resolution(input, Optional.empty(), ResolutionKind.UNRESOLVED, Optional.of(note));
  }

  /**
   * Returns a resolved outcome.
   *
   * @param input the input, not null
   * @param code the canonical code, not null
   * @param kind how it matched, not {@link ResolutionKind#UNRESOLVED}
   * @param note an optional note, null for none
   * @return the outcome
   */
  public static Resolution of(
      String input, String code, ResolutionKind kind, @Nullable String note) {
    return new Resolution(input, Optional.of(code), kind, Optional.ofNullable(note));
  }

  /** Returns true if the input stands for a code. */
  public boolean isResolved() {
    return code.isPresent();
  }

  @Override
  public String toString() {
    String in = input.length() <= 40 ? input : input.substring(0, 40) + "…";
    return "Resolution["
        + kind
        + " '"
        + in
        + "'"
        + code.map(c -> " -> " + c).orElse("")
        + note.map(n -> " (" + n + ")").orElse("")
        + "]";
  }
}

package org.mignet.formats;

import java.util.Objects;

/**
 * A change a writer made to personal data under a sharing policy, counted over a conversion.
 *
 * @param pointer the normalised path ({@code *} for list indices), e.g. {@code /victims/&#42;/person/birthDate}
 * @param action what was done: {@code pseudonymised}, {@code generalised}, {@code dropped}, {@code suppressed}
 * @param count how many values
 */
public record Transformation(String pointer, String action, long count) {

  /** Checks the parts. */
  public Transformation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(action, "action");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
  }
}

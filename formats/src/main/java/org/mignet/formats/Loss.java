package org.mignet.formats;

import java.util.Objects;

/**
 * A populated field that a conversion's target format cannot carry, counted over the conversion.
 *
 * @param pointer the normalised path ({@code *} for list indices), e.g. {@code /victims/&#42;/methodsOfControl}
 * @param reason why the target cannot carry it
 * @param count in how many records it was populated
 */
public record Loss(String pointer, String reason, long count) {

  /** Checks the parts. */
  public Loss {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(reason, "reason");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
  }
}

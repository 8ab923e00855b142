package org.mignet.core.code;

import java.util.Objects;

/**
 * One entry of a {@link CodeList}: its canonical code and a display label.
 *
 * @param code the canonical code, never null or blank; codes are permanent public API
 * @param label the display label (in English unless the list says otherwise), never null, may be empty
 */
public record Code(String code, String label) {

  /**
   * Checks the entry.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the code is blank
   */
  public Code {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
  }
}

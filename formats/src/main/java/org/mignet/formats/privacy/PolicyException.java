package org.mignet.formats.privacy;

import org.mignet.core.MignetException;

/**
 * A sharing policy that cannot be used: malformed, with a member or value nobody knows, or without the key it
 * needs. A usage error: nothing has been written when it is thrown. Its message names the policy file, the JSON
 * Pointer of the problem and what was expected; it never repeats a key or a value from the data.
 */
public final class PolicyException extends MignetException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * @param file the policy's file name
   * @param pointer the JSON Pointer of the problem in the policy ({@code ""} for the whole document)
   * @param expected what was expected there
   */
  public PolicyException(String file, String pointer, String expected) {
    super("sharing policy " + file + " " + (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected);
    this.pointer = pointer;
  }

  /**
   * @param message the whole message (never holding a key or personal data)
   */
  public PolicyException(String message) {
    super(message);
    this.pointer = "";
  }

  /** Returns the JSON Pointer of the problem in the policy. */
  public String pointer() {
    return pointer;
  }
}

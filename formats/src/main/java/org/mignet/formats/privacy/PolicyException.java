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
package org.mignet.formats.privacy;

import org.mignet.core.MignetException;

/**
 * A sharing policy that cannot be used: malformed, with a member or value nobody knows, or without
 * the key it needs. A usage error: nothing has been written when it is thrown. Its message names
 * the policy file, the JSON Pointer of the problem and what was expected; it never repeats a key or
 * a value from the data.
 */
public final class PolicyException extends MignetException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * @param file the policy's file name
   * @param pointer the JSON Pointer of the problem in the policy ({@code ""} for the whole
   *     document)
   * @param expected what was expected there
   */
  public PolicyException(String file, String pointer, String expected) {
    super(
        "sharing policy "
            + file
            + " "
            + (pointer.isEmpty() ? "/" : pointer)
            + ": expected "
            + expected);
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

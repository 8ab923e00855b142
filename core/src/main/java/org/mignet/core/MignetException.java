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
package org.mignet.core;

import org.jspecify.annotations.Nullable;

/**
 * Root of the small hierarchy of unchecked exceptions that mignet throws when input cannot be read
 * at all, or when an API is misused.
 *
 * <p>Data that can be read but breaks rules never causes an exception: it is reported as issues in
 * a {@link org.mignet.core.validation.ValidationReport}. Messages of mignet exceptions never
 * contain personal data.
 */
public class MignetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong and what was expected; must not contain personal data
   */
  public MignetException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong and what was expected; must not contain personal data
   * @param cause the underlying failure, may be {@code null}
   */
  public MignetException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}

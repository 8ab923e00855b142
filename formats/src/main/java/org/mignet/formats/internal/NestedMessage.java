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

import java.util.Locale;
import java.util.Objects;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Term;

/**
 * The message of one issue used as an argument of another (a cell whose value the canonical reader
 * refused), kept as the issue so that it is rendered in the outer message's language, never as
 * English text. Immutable.
 *
 * @param issue the inner issue; its arguments are never personal data
 */
public record NestedMessage(Issue issue) implements Term {

  /** Checks the issue. */
  public NestedMessage {
    Objects.requireNonNull(issue, "issue");
  }

  @Override
  public String text(Locale locale) {
    return issue.message(locale);
  }

  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}

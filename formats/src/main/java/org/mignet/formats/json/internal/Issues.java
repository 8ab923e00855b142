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
package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadLimits;

/** Access to the mapping of syntax errors for the public entry points. */
public final class Issues {

  private Issues() {}

  /** Returns the read-level issue for a syntax or constraint error at a location. */
  public static Issue syntax(JsonProcessingException e, SourceLocation at, ReadLimits limits) {
    return SyntaxErrors.issue(e, at, 0, limits);
  }
}

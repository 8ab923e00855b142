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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.internal.ReadRules;
import org.mignet.formats.internal.Words;

/**
 * Turns Jackson's syntax and constraint exceptions into read-level issues without echoing the
 * input.
 */
final class SyntaxErrors {

  private SyntaxErrors() {}

  static Issue issue(
      JsonProcessingException e, SourceLocation start, long lineBase, ReadLimits limits) {
    SourceLocation at = start;
    JsonLocation l = e.getLocation();
    if (l != null && l.getLineNr() > 0) {
      at = start.withLine(lineBase + l.getLineNr(), Math.max(0, l.getColumnNr()));
    }
    if (e instanceof JsonEOFException) {
      return ReadRules.issue(ReadRules.TRUNCATED, at);
    }
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("nesting")) {
        return ReadRules.issue(ReadRules.LIMIT, at, Words.NESTING_DEPTH, limits.maxNestingDepth());
      }
      if (m.contains("number")) {
        return ReadRules.issue(ReadRules.LIMIT, at, Words.NUMBER_LENGTH, limits.maxNumberLength());
      }
      if (m.contains("string") || m.contains("name")) {
        return ReadRules.issue(ReadRules.LIMIT, at, Words.STRING_LENGTH, limits.maxStringLength());
      }
      return ReadRules.issue(ReadRules.LIMIT, at, Words.STREAM_CONSTRAINT, "-");
    }
    return ReadRules.issue(ReadRules.MALFORMED, at);
  }
}

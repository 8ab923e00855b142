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
package org.mignet.formats.stat;

import java.util.List;

/**
 * A record an aggregation did not count, and why: its number in the input (1-based, as in the
 * conversion report) and the ids of the rules that left it out. No value of the record is kept.
 *
 * @param source the input's name
 * @param record the record's number in that input
 * @param rules the rule ids, at least one
 */
public record LeftOut(String source, long record, List<String> rules) {

  /** Copies the rules and checks there is one. */
  public LeftOut {
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a record left out needs the rule that left it out");
    }
  }

  @Override
  public String toString() {
    return source + " record " + record + ": " + String.join(", ", rules);
  }
}

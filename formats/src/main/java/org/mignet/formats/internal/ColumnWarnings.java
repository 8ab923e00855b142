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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;

/**
 * The issues a header raises column by column (unmapped columns, bad or unknown hashtags), at most
 * one per rule id: the first is kept, the others of that rule are counted in one {@code MG-TAB-026}
 * issue placed at the second. A header of thousands of columns then says what is wrong with it in a
 * few lines. Not thread-safe.
 */
public final class ColumnWarnings {

  private final List<Issue> first = new ArrayList<>();
  private final Map<String, long[]> more = new LinkedHashMap<>();
  private final Map<String, SourceLocation> moreAt = new LinkedHashMap<>();

  /**
   * Adds an issue about one column: kept if it is the first of its rule, else counted.
   *
   * @param issue the issue
   */
  public void add(Issue issue) {
    String id = issue.ruleId().value();
    if (first.stream().noneMatch(i -> i.ruleId().value().equals(id))) {
      first.add(issue);
    } else {
      more.computeIfAbsent(id, k -> new long[1])[0]++;
      moreAt.putIfAbsent(id, issue.location());
    }
  }

  /**
   * Returns the first issue of each rule, each followed by the count of the others of its rule, if
   * any.
   */
  public List<Issue> issues() {
    List<Issue> out = new ArrayList<>();
    for (Issue i : first) {
      out.add(i);
      long[] n = more.get(i.ruleId().value());
      if (n != null) {
        out.add(
            TabularRules.issueWithValue(
                TabularRules.MORE_COLUMNS,
                moreAt.get(i.ruleId().value()),
                Long.toString(n[0]),
                false,
                Long.toString(n[0]),
                i.ruleId()));
      }
    }
    return List.copyOf(out);
  }
}

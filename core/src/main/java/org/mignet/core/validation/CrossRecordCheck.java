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
package org.mignet.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mignet.core.Reason;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.model.MignetRecord;

/**
 * The cross-record rules of one profile over one file or batch ({@link
 * Validation#crossRecord(Profile)}): hand it every record of the file or batch in order, with where
 * it was read, and it returns the issues of each record given the records before it. Its memory
 * grows with the distinct keys the rules keep (see {@link SeenKeys}), not with the number of
 * records. Not thread-safe: one instance per file or batch.
 */
public final class CrossRecordCheck {

  private final List<RuleDefinition> definitions;
  private final List<CrossRecordRule.Scope> scopes;

  CrossRecordCheck(List<CrossRecordRule> rules) {
    List<RuleDefinition> d = new ArrayList<>(rules.size());
    List<CrossRecordRule.Scope> s = new ArrayList<>(rules.size());
    for (CrossRecordRule r : rules) {
      d.add(r.definition());
      s.add(Objects.requireNonNull(r.open(), "scope of " + r.definition().id()));
    }
    this.definitions = List.copyOf(d);
    this.scopes = List.copyOf(s);
  }

  /** Returns whether no cross-record rule is active, so that checking records finds nothing. */
  public boolean isEmpty() {
    return scopes.isEmpty();
  }

  /**
   * Checks the next record of the file or batch.
   *
   * @param record the record; not null
   * @param at where it was read (source, record number, line); not null
   * @return the issues of this record, located at {@code at}; empty if none
   */
  public List<Issue> check(MignetRecord record, SourceLocation at) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(at, "at");
    List<Issue> out = new ArrayList<>(0);
    for (int i = 0; i < scopes.size(); i++) {
      scopes.get(i).check(record, new Context(definitions.get(i), record, at, out));
    }
    return out;
  }

  private record Context(
      RuleDefinition rule, MignetRecord record, SourceLocation location, List<Issue> out)
      implements CrossRecordContext {

    @Override
    public void report(String pointer, Object... arguments) {
      out.add(
          new Issue(
              rule,
              rule.severity(),
              Objects.requireNonNull(pointer, "pointer"),
              location,
              Reason.DUPLICATE,
              Issue.arguments(arguments),
              Optional.empty(),
              false));
    }

    @Override
    public void reportValue(String pointer, Object value, Object... arguments) {
      Objects.requireNonNull(pointer, "pointer");
      RecordModel model = RecordModel.of(record.getClass());
      // the record's own extensions are marked on every type; any other mark means the type holds
      // personal data
      boolean personal =
          model.categoryAt(pointer).isPresent()
              || model.markedPaths().stream().anyMatch(m -> !m.path().startsWith("/meta/"));
      boolean present = value != null && !(value instanceof Optional<?> o && o.isEmpty());
      Optional<String> shown =
          present && !personal
              ? Optional.of(String.valueOf(value instanceof Optional<?> o ? o.get() : value))
              : Optional.empty();
      out.add(
          new Issue(
              rule,
              rule.severity(),
              pointer,
              location,
              Reason.DUPLICATE,
              Issue.arguments(arguments),
              shown,
              present && personal));
    }
  }
}

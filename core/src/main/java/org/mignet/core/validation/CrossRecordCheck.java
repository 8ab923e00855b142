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
import org.jspecify.annotations.Nullable;
import org.mignet.core.Reason;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.model.MignetRecord;

/**
 * The cross-record rules of one profile over one file or batch ({@link
 * Validation#crossRecord(Profile)}): hand it every record of the file or batch in order, with where
 * it was read, and it returns the issues of each record given the records before it. Its memory
 * grows with the distinct keys the rules keep (see {@link SeenKeys}), not with the number of
 * records. Not thread-safe: one instance per file or batch, fed by one thread in input order; only
 * {@link #prepare(MignetRecord)} may run on other threads.
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
   * Checks the next record of the file or batch; the same as {@code check(prepare(record), at)}.
   *
   * @param record the record; not null
   * @param at where it was read (source, record number, line); not null
   * @return the issues of this record, located at {@code at}; empty if none
   */
  public List<Issue> check(MignetRecord record, SourceLocation at) {
    return check(prepare(record), at);
  }

  /**
   * Works out what the rules need of a record before it is checked against the records before it
   * (for mignet's own rules, the hash of its key), so that a pipeline does this on its worker
   * threads and keeps only the look-up in input order ({@link #check(Prepared, SourceLocation)}).
   * Thread-safe, unlike the rest of this class.
   *
   * @param record the record; not null
   * @return what {@link #check(Prepared, SourceLocation)} takes, for this check only
   */
  public Prepared prepare(MignetRecord record) {
    Objects.requireNonNull(record, "record");
    @Nullable Object[] prepared = new Object[scopes.size()];
    boolean whole = false;
    for (int i = 0; i < prepared.length; i++) {
      if (scopes.get(i) instanceof SplitScope split) {
        prepared[i] = split.prepare(record);
      } else {
        whole = true;
      }
    }
    // the record itself is kept only for a scope that sees it whole: a pipeline holds prepared
    // records until their turn comes, and what it holds stays live through collections
    return new Prepared(this, whole ? record : null, record.getClass(), prepared);
  }

  /**
   * Checks the next record of the file or batch, prepared by {@link #prepare(MignetRecord)}.
   *
   * @param prepared the record as this check prepared it; not null
   * @param at where it was read (source, record number, line); not null
   * @return the issues of this record, located at {@code at}; empty if none
   * @throws IllegalArgumentException if another check prepared the record
   */
  public List<Issue> check(Prepared prepared, SourceLocation at) {
    Objects.requireNonNull(prepared, "prepared");
    Objects.requireNonNull(at, "at");
    if (prepared.check != this) {
      throw new IllegalArgumentException("the record was prepared by another CrossRecordCheck");
    }
    List<Issue> out = new ArrayList<>(0);
    for (int i = 0; i < scopes.size(); i++) {
      CrossRecordRule.Scope scope = scopes.get(i);
      Context context = new Context(definitions.get(i), prepared.record, prepared.type, at, out);
      if (scope instanceof SplitScope split) {
        split.check(Objects.requireNonNull(prepared.values[i]), context);
      } else {
        scope.check(Objects.requireNonNull(prepared.record), context);
      }
    }
    return out;
  }

  /**
   * A record with what the rules of one {@link CrossRecordCheck} need of it, worked out by {@link
   * #prepare(MignetRecord)} on any thread, for {@link #check(Prepared, SourceLocation)}. Holds the
   * record; shows nothing of it.
   */
  public static final class Prepared {
    private final CrossRecordCheck check;

    /** The record, when a scope of the check sees it whole; else null. */
    private final @Nullable MignetRecord record;

    private final Class<? extends MignetRecord> type;
    private final @Nullable Object[] values;

    private Prepared(
        CrossRecordCheck check,
        @Nullable MignetRecord record,
        Class<? extends MignetRecord> type,
        @Nullable Object[] values) {
      this.check = check;
      this.record = record;
      this.type = type;
      this.values = values;
    }

    @Override
    public String toString() {
      return "CrossRecordCheck.Prepared[" + type.getSimpleName() + "]";
    }
  }

  /**
   * A scope that splits its work in two: what depends on the record alone (such as hashing its
   * key), on any thread, and the look-up against the records before it, in input order. mignet's
   * own rules are such scopes; an agency's rule is not (its {@link CrossRecordRule.Scope#check}
   * runs whole, in order).
   */
  interface SplitScope extends CrossRecordRule.Scope {

    /**
     * Returns all that {@link #check(Object, CrossRecordContext)} needs of the record (it does not
     * see the record itself, so that what waits for its turn is small); thread-safe.
     */
    Object prepare(MignetRecord record);

    /** Sees the next record, as {@link #prepare} gave it, in input order. */
    void check(Object prepared, CrossRecordContext context);

    @Override
    default void check(MignetRecord record, CrossRecordContext context) {
      check(prepare(record), context);
    }
  }

  /**
   * @param whole the record, for a scope that sees it whole; null for a {@link SplitScope}, which
   *     sees only what it prepared
   */
  private record Context(
      RuleDefinition rule,
      @Nullable MignetRecord whole,
      Class<? extends MignetRecord> recordClass,
      SourceLocation location,
      List<Issue> out)
      implements CrossRecordContext {

    @Override
    public MignetRecord record() {
      if (whole == null) {
        throw new IllegalStateException("a split scope sees what it prepared, not the record");
      }
      return whole;
    }

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
      RecordModel model = RecordModel.of(recordClass);
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

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

import java.util.List;
import java.util.Optional;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.MignetRecord;

/** mignet's own cross-record rules. */
final class CrossRecordRules {

  private CrossRecordRules() {}

  /** MG-XREC-001: a record identifier used twice by records of one type in a file or batch. */
  static final RuleDefinition DUPLICATE_IDENTIFIER =
      StandardRules.def(
          "MG-XREC-001",
          Severity.ERROR,
          RuleKind.CROSS_RECORD,
          "A record identifier names one record in its issuing system: two records of one type under one identifier "
              + "cannot both be referred to, corrected or withdrawn, and one of them is usually a row exported twice. "
              + "Format keys read into the identifier are checked with it: the Missing Migrants Project's Incident ID "
              + "(Web ID), an HTCDS or CTDC case id. Only a keyed 64-bit fingerprint of each identifier is kept, so memory grows "
              + "with the distinct identifiers, not the records; an identifier of a record that carries personal data "
              + "is never repeated in the report.",
          "mignet RecordMeta (identifier scoped to its issuing system); IOM Missing Migrants Project (Incident ID)");

  static List<CrossRecordRule> standard() {
    return List.of(new DuplicateIdentifier());
  }

  /**
   * Where a record is, as the message shows it: {@code record 3, line 12} (without the line when
   * unknown).
   */
  private record RecordAndLine(long record, long line) implements Term {
    @Override
    public String text(java.util.Locale locale) {
      return Issue.recordAndLine(locale, record, line);
    }
  }

  /**
   * The scope of {@link DuplicateIdentifier}: each record's type, identifier system and value,
   * hashed (on any thread, {@link #prepare}); the first record to use them is remembered (in input
   * order, {@link #check(Object, CrossRecordContext)}).
   */
  private static final class Keys implements CrossRecordCheck.SplitScope {
    private final SeenKeys seen;

    Keys(SeenKeys seen) {
      this.seen = seen;
    }

    @Override
    public Object prepare(MignetRecord record) {
      Identifier id = record.meta().identifier();
      return new Key(
          seen.hash(
              record.recordType().typeName() + '\u0000' + id.system() + '\u0000' + id.value()),
          id.value());
    }

    @Override
    public void check(Object prepared, CrossRecordContext context) {
      Key key = (Key) prepared;
      Optional<SeenKeys.Occurrence> first = seen.firstOrAdd(key.hash, context.location());
      // {0} the first's source, {1} its record and line, in the reader's language
      first.ifPresent(
          f ->
              context.reportValue(
                  "/meta/identifier/value",
                  key.value,
                  f.source(),
                  new RecordAndLine(f.record(), f.line())));
    }

    /**
     * A record's key as hashed, and its identifier's value, shown (or not) when it is used again.
     */
    private static final class Key {
      final long[] hash;
      final String value;

      Key(long[] hash, String value) {
        this.hash = hash;
        this.value = value;
      }

      @Override
      public String toString() {
        return "Key[hashed]";
      }
    }
  }

  /** MG-XREC-001 over one file or batch; its scope is {@link Keys}. */
  private static final class DuplicateIdentifier implements CrossRecordRule {
    @Override
    public RuleDefinition definition() {
      return DUPLICATE_IDENTIFIER;
    }

    @Override
    public Scope open() {
      return new Keys(new SeenKeys());
    }

    @Override
    public String toString() {
      return "CrossRecordRule[" + DUPLICATE_IDENTIFIER.id() + "]";
    }
  }
}

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

import org.mignet.core.model.MignetRecord;

/**
 * A rule over the records of one file or batch rather than one record: an identifier used twice, a
 * key that must be unique across a file. A pipeline sees the records one by one, as they stream by,
 * and hands each to every active rule's {@link Scope}; the scope keeps what it needs of the records
 * seen so far and reports through the {@link CrossRecordContext}.
 *
 * <p><b>Bounded state.</b> A scope must not keep records, nor values that grow with the file: keep
 * a fixed-size digest of each key (see {@link SeenKeys}, which stores a keyed 64-bit fingerprint of
 * the key and where it was first seen, never the key itself), so that memory grows with the number
 * of <em>distinct keys</em> only, and no personal value stays in memory in the clear.
 *
 * <p><b>Plugging in a rule.</b> An agency adds its own cross-record rules either with {@link
 * Validation.Builder#addCrossRecordRule} or, like {@link RuleProvider}, through {@link
 * java.util.ServiceLoader}: list the implementation (public, with a public no-argument constructor)
 * in {@code META-INF/services/org.mignet.core.validation.CrossRecordRule}, and {@link
 * Validation#standard()} and every {@link Validation#builder()} pick it up. Its definition's kind
 * should be {@link RuleKind#CROSS_RECORD}; its id must not clash with another rule's, and it is
 * active in the profiles its definition names. For example, a rule that a case worker's reference
 * (kept in a record's extensions) is used by one record only:
 *
 * <pre>{@code
 * public final class UniqueCaseReference implements CrossRecordRule {
 *   private static final RuleDefinition DEFINITION = new RuleDefinition("ACME-XREC-001", Severity.ERROR,
 *       RuleKind.CROSS_RECORD, Set.of("exchange"),
 *       Map.of("en", "Expected each case reference once in a batch; found it again, first in {0}, record {1}."),
 *       "One reference, one case.", "ACME case management manual, 4.2");
 *
 *   public RuleDefinition definition() { return DEFINITION; }
 *
 *   public Scope open() {
 *     SeenKeys seen = new SeenKeys();
 *     return (record, context) -> {
 *       Object ref = record.meta().extensions().get("acme:caseRef");
 *       if (ref == null) {
 *         return;
 *       }
 *       seen.firstOrAdd(ref.toString(), context.location()).ifPresent(first ->
 *           // the reference is personal (it sits in the extensions): no value, only where it was first seen
 *           context.report("/meta/extensions/acme:caseRef", first.source(), Long.toString(first.record())));
 *     };
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe; a {@link Scope} is used by one thread for one file or
 * batch.
 */
public interface CrossRecordRule {

  /**
   * Returns the rule's definition: id, severity, kind {@link RuleKind#CROSS_RECORD}, profiles,
   * messages.
   */
  RuleDefinition definition();

  /**
   * Starts a file or batch.
   *
   * @return a new scope, with no record seen yet
   */
  Scope open();

  /** The state of one rule over one file or batch. Not thread-safe. */
  @FunctionalInterface
  interface Scope {

    /**
     * Sees the next record of the file or batch and reports what is wrong with it given the records
     * before it.
     *
     * @param record the record, as read; never null
     * @param context where the record is, and how to report; valid during this call only
     */
    void check(MignetRecord record, CrossRecordContext context);
  }
}

package org.mignet.core.model;

/**
 * An exchangeable record: a top-level unit that agencies send each other, validate and convert. Every one
 * carries {@link RecordMeta}. The set is closed; an agency's own fields travel in
 * {@link RecordMeta#extensions()}.
 */
public sealed interface MignetRecord
    permits Person, TravelDocument, Journey, TraffickingCase, SmugglingCase, ReturnCase, Incident, Dataset,
        Organization, Programme, Policy, IndicatorValue, Referral {

  /** Returns the record's metadata; never null. */
  RecordMeta meta();

  /** Returns the record's type, whose name is written in the canonical JSON {@code recordType} member. */
  default RecordType recordType() {
    return RecordType.of(getClass());
  }
}

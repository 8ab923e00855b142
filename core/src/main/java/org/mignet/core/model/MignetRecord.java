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
package org.mignet.core.model;

/**
 * An exchangeable record: a top-level unit that agencies send each other, validate and convert.
 * Every one carries {@link RecordMeta}. The set is closed; an agency's own fields travel in {@link
 * RecordMeta#extensions()}.
 */
public sealed interface MignetRecord
    permits Person,
        TravelDocument,
        Journey,
        TraffickingCase,
        SmugglingCase,
        ReturnCase,
        Incident,
        Dataset,
        Organization,
        Programme,
        Policy,
        IndicatorValue,
        Referral {

  /** Returns the record's metadata; never null. */
  RecordMeta meta();

  /**
   * Returns the record's type, whose name is written in the canonical JSON {@code recordType}
   * member.
   */
  default RecordType recordType() {
    return RecordType.of(getClass());
  }
}

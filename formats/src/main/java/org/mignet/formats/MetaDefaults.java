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
package org.mignet.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordMeta;

/**
 * Record metadata to fill where a record does not give it: the publisher ({@code
 * sourceOrganization}, MG-META-010), when the record was created ({@code created}, MG-META-011) and
 * the legal basis for sharing ({@code legalBasis}, MG-META-012), which the {@code exchange} profile
 * requires and which statistics files seldom carry. Only ABSENT fields are filled; a value the
 * record has is never replaced. Used by a conversion ({@link Conversion#fillingMeta(MetaDefaults)},
 * reported as a transformation per path) and by mapping specs ({@code recordMeta}). Immutable and
 * thread-safe.
 *
 * @param sourceOrganization the organisation that published or holds the records, e.g. {@code
 *     Eurostat}
 * @param created when the records were created (for statistics: published or extracted)
 * @param legalBasis the legal basis on which they are shared
 */
public record MetaDefaults(
    Optional<String> sourceOrganization, Optional<Instant> created, Optional<String> legalBasis) {

  /** Nothing to fill. */
  public static final MetaDefaults NONE =
      new MetaDefaults(Optional.empty(), Optional.empty(), Optional.empty());

  /** The names {@link #parse(String)} accepts, in the order of the components. */
  public static final List<String> NAMES = List.of("sourceOrganization", "created", "legalBasis");

  /** Normalises absent parts and refuses blank texts. */
  public MetaDefaults {
    sourceOrganization = sourceOrganization == null ? Optional.empty() : sourceOrganization;
    created = created == null ? Optional.empty() : created;
    legalBasis = legalBasis == null ? Optional.empty() : legalBasis;
    if (sourceOrganization.filter(String::isBlank).isPresent()
        || legalBasis.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("record metadata to fill must not be blank");
    }
  }

  /** Returns whether there is nothing to fill. */
  public boolean isEmpty() {
    return sourceOrganization.isEmpty() && created.isEmpty() && legalBasis.isEmpty();
  }

  /**
   * Returns the defaults.
   *
   * @param spec {@code name=value} pairs separated by commas, e.g. {@code
   *     sourceOrganization=Eurostat, created=2024-03-01}; names are those of {@link #NAMES}; {@code
   *     created} is an ISO 8601 instant ({@code 2024-03-01T10:00:00Z}) or date (the start of that
   *     day, UTC); a value cannot hold a comma
   * @throws IllegalArgumentException naming the part that is not understood
   */
  public static MetaDefaults parse(String spec) {
    String org = null;
    Instant created = null;
    String basis = null;
    for (String part : spec.split(",", -1)) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part.strip() : part.substring(0, eq).strip();
      String value = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (eq < 0 || value.isEmpty()) {
        throw new IllegalArgumentException("'" + name + "' needs a value: name=value");
      }
      switch (name) {
        case "sourceOrganization" -> org = value;
        case "created" -> created = instant(value);
        case "legalBasis" -> basis = value;
        default ->
            throw new IllegalArgumentException(
                "unknown record metadata '" + name + "'; known: " + String.join(", ", NAMES));
      }
    }
    return new MetaDefaults(
        Optional.ofNullable(org), Optional.ofNullable(created), Optional.ofNullable(basis));
  }

  /**
   * Returns the instant (a date is the start of its day, UTC).
   *
   * @param text an ISO 8601 instant or date
   * @throws IllegalArgumentException if it is neither
   */
  public static Instant instant(String text) {
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "created: expected an ISO 8601 date (2024-03-01) or instant " + "(2024-03-01T10:00:00Z)");
    }
  }

  /**
   * Returns the metadata with its absent fields filled.
   *
   * @param meta a record's metadata; not null
   * @param filled told the path of each field filled ({@code /meta/sourceOrganization}, …)
   */
  public RecordMeta fill(RecordMeta meta, Consumer<String> filled) {
    RecordMeta m = meta;
    if (m.sourceOrganization().isEmpty() && sourceOrganization.isPresent()) {
      m = m.withSourceOrganization(sourceOrganization.get());
      filled.accept("/meta/sourceOrganization");
    }
    if (m.created().isEmpty() && created.isPresent()) {
      m = m.withTimestamps(created.get(), m.updated().orElse(null));
      filled.accept("/meta/created");
    }
    if (m.legalBasis().isEmpty() && legalBasis.isPresent()) {
      m = m.withLegalBasis(legalBasis.get());
      filled.accept("/meta/legalBasis");
    }
    return m;
  }

  /**
   * Returns the record with its metadata's absent fields filled (the same record if none was).
   *
   * @param record a record; not null
   * @param filled told the path of each field filled
   */
  public MignetRecord fill(MignetRecord record, Consumer<String> filled) {
    List<String> paths = new ArrayList<>(3);
    RecordMeta meta = fill(record.meta(), paths::add);
    if (paths.isEmpty()) {
      return record;
    }
    RecordModel model = RecordModel.of(record.getClass());
    Object[] values = model.values(record);
    values[model.component("meta").orElseThrow().index()] = meta;
    paths.forEach(filled);
    return (MignetRecord) model.construct(values);
  }
}

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

import org.mignet.core.model.MignetRecord;

/**
 * A streaming writer of records. Records are written as they come; {@link #close()} finishes the
 * output (e.g. closes a bundle's array) and flushes it. Whether the underlying stream is closed is
 * said by the factory.
 *
 * <p>Not thread-safe.
 */
public interface RecordWriter extends AutoCloseable {

  /**
   * Writes one record.
   *
   * @param record the record to write; not null
   * @throws java.io.UncheckedIOException if the underlying stream fails
   * @throws IllegalStateException if the writer is closed
   */
  void write(MignetRecord record);

  /**
   * What the writer changed to protect personal data (pseudonymised, generalised, dropped) since it
   * was opened, counted by path. Writers that transform nothing return an empty list.
   *
   * @return the transformations so far
   */
  default java.util.List<Transformation> transformations() {
    return java.util.List.of();
  }

  /**
   * How many of the records given to {@link #write} the finished output holds nothing of: a writer
   * that suppresses rows (k-anonymity in {@code ctdc}) or that writes nothing for a record may
   * withhold records whole. Known once {@link #transformations()} has been called; a conversion
   * counts these records as rejected, not written.
   *
   * @return the records withheld so far, 0 for writers that write every record they take
   */
  default long withheld() {
    return 0;
  }

  /** Finishes and flushes the output; never throws a checked exception. */
  @Override
  void close();
}
